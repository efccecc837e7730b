//! `maskera verify`, `approve`, `identity`, `trust` and `report`, and the audit note that
//! `export` writes: thin over `maskera::audit`.

use crate::{print_out, usage, write_atomically, Failure};
use maskera::audit::{self, keys, keys::Identity, keys::Role, keys::TrustList, Verification};
use maskera::locale::Lang;
use std::path::{Path, PathBuf};

fn fail(lang: Lang, e: audit::AuditError) -> Failure {
    Failure(e.message(lang))
}

fn read(path: &Path, lang: Lang) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| {
        Failure(match lang {
            Lang::Swedish => format!("{}: filen kan inte läsas ({e}).", path.display()),
            Lang::English => format!("{}: the file cannot be read ({e}).", path.display()),
        })
    })
}

/// The signer of an export: the user's identity, created on first use (role
/// nämndsekreterare, named by `--reviewer` or the login name).
pub fn identity_for_export(reviewer: Option<&str>, lang: Lang) -> Result<Identity, Failure> {
    let dir = keys::config_dir();
    if let Some(identity) = Identity::load(&dir).map_err(|e| fail(lang, e))? {
        return Ok(identity);
    }
    let name = reviewer
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .unwrap_or_else(|| "okänd granskare".into());
    let identity = Identity::create(&name, Role::Namndsekreterare).map_err(|e| fail(lang, e))?;
    identity.save(&dir).map_err(|e| fail(lang, e))?;
    eprintln!(
        "maskera: {} {}",
        say(lang, "ny nyckel skapad för", "new key created for"),
        described(&identity.public, lang)
    );
    Ok(identity)
}

/// The export's audit note, signed `granskad`; refused if it would hold a masked value.
pub fn signed_note(
    review: &audit::Review,
    output_name: &str,
    exported: &maskera::export::Exported,
    identity: &Identity,
    lang: Lang,
) -> Result<Vec<u8>, Failure> {
    audit::signed_note(review, output_name, exported, identity, &keys::config_dir())
        .map_err(|e| fail(lang, e))
}

fn own_and_trusted(lang: Lang) -> Result<(Option<Identity>, TrustList), Failure> {
    let dir = keys::config_dir();
    Ok((
        Identity::load(&dir).map_err(|e| fail(lang, e))?,
        TrustList::load(&dir).map_err(|e| fail(lang, e))?,
    ))
}

/// `maskera verify OUT.pdf OUT.audit.json` or `maskera verify FOLDER`.
pub fn verify_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let pairs = match args {
        [dir] if Path::new(dir).is_dir() => pairs_in(Path::new(dir))?,
        [pdf, note] => vec![(PathBuf::from(pdf), Some(PathBuf::from(note)))],
        _ => return Err(usage(lang)),
    };
    let (own, trust) = own_and_trusted(lang)?;
    let mut all_valid = !pairs.is_empty();
    let mut out = String::new();
    for (pdf, note) in pairs {
        let Some(note) = note else {
            all_valid = false;
            out.push_str(&format!(
                "{}: {}\n",
                pdf.display(),
                match lang {
                    Lang::Swedish => "ogiltig: ingen granskningsanteckning (.audit.json) hittades",
                    Lang::English => "invalid: no audit note (.audit.json) found",
                }
            ));
            continue;
        };
        let checked = audit::verify(
            &read(&note, lang)?,
            &read(&pdf, lang)?,
            &trust,
            own.as_ref(),
        );
        match checked {
            Ok(v) => {
                all_valid &= v.valid();
                out.push_str(&summary(&pdf, &v, lang));
            }
            Err(e) => {
                all_valid = false;
                out.push_str(&format!("{}: {}\n", note.display(), e.message(lang)));
            }
        }
    }
    print_out(&out)?;
    if !all_valid {
        std::process::exit(1);
    }
    Ok(())
}

/// Every PDF of a folder with the note beside it (`X.audit.json` for `X.pdf`).
fn pairs_in(dir: &Path) -> Result<Vec<(PathBuf, Option<PathBuf>)>, Failure> {
    let entries = std::fs::read_dir(dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    let mut pdfs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
        .collect();
    pdfs.sort();
    Ok(pdfs
        .into_iter()
        .map(|pdf| {
            let note = pdf.with_extension("audit.json");
            let note = note.exists().then_some(note);
            (pdf, note)
        })
        .collect())
}

/// The Swedish or the English text, by the user's language.
fn say(lang: Lang, swedish: &'static str, english: &'static str) -> &'static str {
    match lang {
        Lang::Swedish => swedish,
        Lang::English => english,
    }
}

/// One verified pair: the verdict, each signature, the counts.
fn summary(pdf: &Path, v: &Verification, lang: Lang) -> String {
    let sv = lang == Lang::Swedish;
    let verdict = match (v.valid(), v.trusted(), v.pdf_matches) {
        (true, true, _) => say(lang, "giltig", "valid"),
        (true, false, _) => say(
            lang,
            "giltig men signerad med nyckel som inte är betrodd",
            "valid, but signed with a key that is not trusted",
        ),
        (false, _, false) => say(
            lang,
            "OGILTIG: PDF-filen är inte den som anteckningen beskriver",
            "INVALID: the PDF is not the one the note describes",
        ),
        (false, _, true) => say(
            lang,
            "OGILTIG: signaturen stämmer inte",
            "INVALID: a signature does not hold",
        ),
    };
    let mut out = format!("{}: {verdict}\n", pdf.display());
    for s in &v.signatures {
        out.push_str(&format!(
            "  {} {} ({}) {} — {} {} — {}{}\n",
            s.signature.purpose,
            s.signature.signer,
            s.signature.role.name(),
            s.signature.time,
            say(lang, "nyckel", "key"),
            keys::fingerprint(&s.signature.public_key),
            if s.valid {
                say(lang, "giltig", "valid")
            } else {
                say(lang, "OGILTIG", "INVALID")
            },
            if s.trusted {
                say(lang, ", betrodd", ", trusted")
            } else {
                say(lang, ", ej betrodd", ", not trusted")
            }
        ));
    }
    let (masked, kept, manual) = v.note.counts.values().fold((0, 0, 0), |(m, k, n), c| {
        (m + c.masked, k + c.kept, n + c.manual)
    });
    out.push_str(&if sv {
        format!(
            "  {masked} maskerade, {kept} kvar, {manual} manuella, {} underrättelser krävs\n",
            v.note.underrattelse.len()
        )
    } else {
        format!(
            "  {masked} masked, {kept} kept, {manual} manual, {} notices required\n",
            v.note.underrattelse.len()
        )
    });
    out
}

/// `maskera approve OUT.pdf OUT.audit.json`: the web editor's signature, added in place.
pub fn approve_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let [pdf, note] = args else {
        return Err(usage(lang));
    };
    let (pdf, note) = (PathBuf::from(pdf), PathBuf::from(note));
    let (own, trust) = own_and_trusted(lang)?;
    let identity = own.ok_or_else(|| fail(lang, audit::AuditError::NoIdentity))?;
    let (checked, approved) =
        audit::approve(&read(&note, lang)?, &read(&pdf, lang)?, &identity, &trust)
            .map_err(|e| Failure(format!("{}: {}", note.display(), e.message(lang))))?;
    if !checked.valid() {
        print_out(&summary(&pdf, &checked, lang))?;
        std::process::exit(1);
    }
    write_atomically(&note, &approved.to_json())
        .map_err(|e| Failure(format!("{}: {e}", note.display())))?;
    let v = audit::verify(
        &approved.to_json(),
        &read(&pdf, lang)?,
        &trust,
        Some(&identity),
    )
    .map_err(|e| fail(lang, e))?;
    print_out(&summary(&pdf, &v, lang))
}

/// `maskera identity [--name N --role R [--force]] [--export FILE]`.
pub fn identity_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let (mut name, mut role, mut export, mut force) = (None, None, None, false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--name" => name = it.next().cloned(),
            "--role" => {
                role = Some(
                    it.next()
                        .and_then(|r| Role::parse(r))
                        .ok_or_else(|| usage(lang))?,
                )
            }
            "--export" => export = it.next().map(PathBuf::from),
            "--force" => force = true,
            _ => return Err(usage(lang)),
        }
    }
    let dir = keys::config_dir();
    let existing = Identity::load(&dir).map_err(|e| fail(lang, e))?;
    let replaceable = existing.is_none() || force;
    let identity =
        match (name, existing) {
            (Some(name), _) if replaceable => {
                let identity = Identity::create(&name, role.unwrap_or(Role::Namndsekreterare))
                    .map_err(|e| fail(lang, e))?;
                identity.save(&dir).map_err(|e| fail(lang, e))?;
                identity
            }
            (Some(_), _) => return Err(Failure(match lang {
                Lang::Swedish => {
                    "en identitet finns redan (använd --force för att ersätta den och dess nyckel)"
                        .into()
                }
                Lang::English => {
                    "an identity exists (use --force to replace it and its key)".into()
                }
            })),
            (None, Some(identity)) => identity,
            (None, None) => return Err(fail(lang, audit::AuditError::NoIdentity)),
        };
    if let Some(path) = export {
        let json =
            serde_json::to_vec_pretty(&identity.public).map_err(|e| Failure(e.to_string()))?;
        write_atomically(&path, &json).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
    }
    print_out(&format!("{}\n", described(&identity.public, lang)))
}

/// "Name (role), fingeravtryck XXXX …": how an identity is shown to the user.
fn described(key: &keys::PublicIdentity, lang: Lang) -> String {
    format!(
        "{} ({}), {} {}",
        key.name,
        key.role.name(),
        say(lang, "fingeravtryck", "fingerprint"),
        key.fingerprint()
    )
}

/// `maskera trust KEY.json`: imports a colleague's public key into the trust list.
pub fn trust_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let [file] = args else {
        return Err(usage(lang));
    };
    let path = PathBuf::from(file);
    let key: keys::PublicIdentity = serde_json::from_slice(&read(&path, lang)?)
        .map_err(|e| Failure(format!("{}: {e}", path.display())))?;
    let dir = keys::config_dir();
    let mut trust = TrustList::load(&dir).map_err(|e| fail(lang, e))?;
    let shown = format!("{} ({}), {}", key.name, key.role.name(), key.fingerprint());
    trust.import(key);
    trust.save(&dir).map_err(|e| fail(lang, e))?;
    print_out(&format!(
        "{} {shown}\n",
        match lang {
            Lang::Swedish => "betrodd:",
            Lang::English => "trusted:",
        }
    ))
}

/// `maskera report OUT.pdf OUT.audit.json [--out R.pdf] [--force]`: the granskningsrapport.
pub fn report_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let (mut files, mut out, mut force) = (Vec::new(), None, false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" => out = it.next().map(PathBuf::from),
            "--force" => force = true,
            a if !a.starts_with("--") => files.push(PathBuf::from(a)),
            _ => return Err(usage(lang)),
        }
    }
    let [pdf, note] = &files[..] else {
        return Err(usage(lang));
    };
    let out = out.unwrap_or_else(|| {
        note.with_extension("")
            .with_extension("granskningsrapport.pdf")
    });
    crate::refuse_overwrite(&out, force, lang)?;
    let (own, trust) = own_and_trusted(lang)?;
    let v = audit::verify(&read(note, lang)?, &read(pdf, lang)?, &trust, own.as_ref())
        .map_err(|e| Failure(format!("{}: {}", note.display(), e.message(lang))))?;
    let rendered = audit::report::render(&v).map_err(|e| fail(lang, e))?;
    write_atomically(&out, &rendered).map_err(|e| Failure(format!("{}: {e}", out.display())))?;
    print_out(&format!("{}\n", out.display()))
}
