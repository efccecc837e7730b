//! The audit note and its signatures: `export` writes it, `verify` checks it against the
//! PDF (one pair or a folder), `approve` adds the web editor's signature, `report` renders
//! it. Tampering with any byte of either file, a wrong key, an untrusted key and a wrong
//! role are each told apart; the note never holds a masked value.

mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One user: a configuration directory of their own (identity, trust list).
struct User {
    config: tempfile::TempDir,
}

impl User {
    fn new() -> User {
        User {
            config: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_maskera"))
            .args(args)
            .env("LANG", "sv_SE.UTF-8")
            .env("MASKERA_CONFIG_DIR", self.config.path())
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "{stderr}");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr,
        )
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The secretary exports the example protocol; returns (pdf, note).
fn exported(secretary: &User, dir: &Path) -> (PathBuf, PathBuf) {
    let input = dir.join("protokoll.pdf");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/examples/protokoll-miljo-och-byggnamnden.pdf"),
        &input,
    )
    .expect("copy");
    let (code, _, err) = secretary.run(&["export", s(&input), "--reviewer", "Linnea Forsberg"]);
    assert_eq!(code, 0, "{err}");
    (
        dir.join("protokoll.publicerbar.pdf"),
        dir.join("protokoll.publicerbar.audit.json"),
    )
}

#[test]
fn an_exported_note_verifies_and_names_the_signer_and_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secretary = User::new();
    let (pdf, note) = exported(&secretary, dir.path());
    let (code, out, _) = secretary.run(&["verify", s(&pdf), s(&note)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(": giltig\n"), "{out}");
    assert!(
        out.contains("granskad Linnea Forsberg (nämndsekreterare)"),
        "{out}"
    );
    assert!(out.contains("maskerade"), "{out}");
}

#[test]
fn a_changed_byte_in_the_pdf_makes_the_note_invalid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secretary = User::new();
    let (pdf, note) = exported(&secretary, dir.path());
    let mut bytes = std::fs::read(&pdf).expect("reads");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&pdf, bytes).expect("writes");
    let (code, out, _) = secretary.run(&["verify", s(&pdf), s(&note)]);
    assert_eq!(code, 1);
    assert!(out.contains("OGILTIG: PDF-filen är inte den"), "{out}");
}

/// Every string and number in the note, as JSON pointers (signatures' own fields too).
fn leaves(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| leaves(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaves(v, format!("{at}/{i}"), out)),
        Value::String(_) | Value::Number(_) => out.push(at),
        _ => {}
    }
}

#[test]
fn changing_any_field_of_the_note_makes_it_invalid() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secretary = User::new();
    let (pdf, note) = exported(&secretary, dir.path());
    let original: Value =
        serde_json::from_slice(&std::fs::read(&note).expect("reads")).expect("json");
    let mut pointers = Vec::new();
    leaves(&original, String::new(), &mut pointers);
    // Each kind of field once (the first entry of each list stands for the others).
    pointers.retain(|p| {
        !p.split('/')
            .any(|part| part.parse::<usize>().is_ok_and(|i| i > 0))
    });
    assert!(pointers.len() > 30, "{pointers:?}");
    let tampered = dir.path().join("andrad.audit.json");
    for pointer in pointers {
        let mut changed = original.clone();
        let Some(field) = changed.pointer_mut(&pointer) else {
            continue;
        };
        let new = match &*field {
            Value::String(text) => Value::String(format!("{text}x")),
            Value::Number(n) => Value::from(n.as_i64().unwrap_or(0) + 1),
            other => other.clone(),
        };
        *field = new;
        std::fs::write(
            &tampered,
            serde_json::to_vec_pretty(&changed).expect("json"),
        )
        .expect("writes");
        let (code, out, err) = secretary.run(&["verify", s(&pdf), s(&tampered)]);
        assert_eq!(code, 1, "changing {pointer} went unnoticed: {out}{err}");
    }
}

#[test]
fn a_signature_made_with_another_key_is_invalid_and_an_unknown_key_untrusted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secretary = User::new();
    let (pdf, note) = exported(&secretary, dir.path());
    let editor = User::new();
    editor.run(&["identity", "--name", "Ola Webb", "--role", "webbredaktör"]);
    let (code, out, _) = editor.run(&["verify", s(&pdf), s(&note)]);
    assert_eq!(code, 0);
    assert!(
        out.contains("giltig men signerad med nyckel som inte är betrodd"),
        "{out}"
    );
    assert!(out.contains("ej betrodd"), "{out}");
    // The secretary's signature with the editor's public key in place of hers: invalid.
    let key: Value = {
        let export = dir.path().join("ola.json");
        editor.run(&["identity", "--export", s(&export)]);
        serde_json::from_slice(&std::fs::read(&export).expect("reads")).expect("json")
    };
    let mut forged: Value =
        serde_json::from_slice(&std::fs::read(&note).expect("reads")).expect("json");
    forged["signatures"][0]["public_key"] = key["public_key"].clone();
    std::fs::write(&note, serde_json::to_vec_pretty(&forged).expect("json")).expect("writes");
    let (code, out, _) = editor.run(&["verify", s(&pdf), s(&note)]);
    assert_eq!(code, 1);
    assert!(out.contains("OGILTIG: signaturen stämmer inte"), "{out}");
}

#[test]
fn the_web_editor_approves_and_verify_shows_both_signatures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secretary = User::new();
    let (pdf, note) = exported(&secretary, dir.path());
    let editor = User::new();
    let key = dir.path().join("linnea.json");
    secretary.run(&["identity", "--export", s(&key)]);
    editor.run(&["identity", "--name", "Ola Webb", "--role", "webbredaktör"]);
    let (code, out, _) = editor.run(&["trust", s(&key)]);
    assert_eq!(code, 0, "{out}");
    let (code, out, err) = editor.run(&["approve", s(&pdf), s(&note)]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, _) = secretary.run(&["verify", s(&pdf), s(&note)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("granskad Linnea Forsberg"), "{out}");
    assert!(out.contains("godkänd Ola Webb (webbredaktör)"), "{out}");
    // The secretary cannot approve her own work.
    let (code, _, err) = secretary.run(&["approve", s(&pdf), s(&note)]);
    assert_eq!(code, 2);
    assert!(err.contains("webbredaktör"), "{err}");
}

#[test]
fn the_note_and_the_report_never_hold_a_masked_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secretary = User::new();
    let (pdf, note) = exported(&secretary, dir.path());
    let text = std::fs::read_to_string(&note).expect("reads");
    let source = maskera::ingest::ingest_path(&dir.path().join("protokoll.pdf")).expect("reads");
    let masks = support::suggested_masks(&source);
    let values = maskera::export::checked_values(&source, &masks);
    assert!(values.len() > 20);
    for v in &values {
        assert!(
            !maskera::export::check::holds(&text, &v.text),
            "{} ({}) is in the note",
            v.text,
            v.rule
        );
    }
    let report = dir.path().join("rapport.pdf");
    let (code, _, err) = secretary.run(&["report", s(&pdf), s(&note), "--out", s(&report)]);
    assert_eq!(code, 0, "{err}");
    let (_, report_text, _) = secretary.run(&["text", s(&report)]);
    assert!(report_text.contains("Granskningsrapport"), "{report_text}");
    assert!(report_text.contains("Linnea Forsberg"), "{report_text}");
    for v in &values {
        assert!(
            !maskera::export::check::holds(&report_text, &v.text),
            "{} is in the report",
            v.text
        );
    }
}

#[test]
fn a_folder_is_verified_pair_by_pair() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secretary = User::new();
    let (pdf, _) = exported(&secretary, dir.path());
    let lonely = dir.path().join("utan-anteckning.pdf");
    std::fs::copy(&pdf, &lonely).expect("copy");
    let (code, out, _) = secretary.run(&["verify", s(dir.path())]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("protokoll.publicerbar.pdf: giltig"), "{out}");
    assert!(
        out.contains("utan-anteckning.pdf: ogiltig: ingen granskningsanteckning"),
        "{out}"
    );
}

#[test]
fn keys_are_private_to_their_user() {
    let user = User::new();
    user.run(&[
        "identity",
        "--name",
        "Linnea Forsberg",
        "--role",
        "nämndsekreterare",
    ]);
    let identity = user.config.path().join("identitet.json");
    assert!(identity.is_file());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&identity)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let (code, _, err) = user.run(&["identity", "--name", "Någon Annan"]);
    assert_eq!(
        code, 2,
        "an identity is not replaced without --force: {err}"
    );
}

#[test]
fn a_flipped_byte_anywhere_in_the_note_is_never_accepted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let secretary = User::new();
    let (pdf, note) = exported(&secretary, dir.path());
    let (pdf, note) = (
        std::fs::read(pdf).expect("pdf"),
        std::fs::read(note).expect("note"),
    );
    let trust = maskera::audit::keys::TrustList::default();
    let verdict =
        |bytes: &[u8]| maskera::audit::verify(bytes, &pdf, &trust, None).map(|v| v.valid());
    assert_eq!(verdict(&note), Ok(true));
    for at in (0..note.len()).step_by(3) {
        let mut flipped = note.clone();
        flipped[at] ^= 0x01;
        assert!(
            !matches!(verdict(&flipped), Ok(true)),
            "a flip at byte {at} ({:?}) was accepted",
            note[at] as char
        );
    }
}
