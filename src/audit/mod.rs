//! Audit: who decided what, bound to the published PDF and signed.
//!
//! [`keys`] gives every user an Ed25519 identity (name, role) and a trust list;
//! [`note`] is the audit note's format; this module builds a note from a review, signs
//! it, verifies a note against a PDF, and adds the web editor's approval; [`report`]
//! renders the Swedish "granskningsrapport" from a note.

pub mod keys;
pub mod note;
pub mod report;

use crate::detect::{Candidate, Rulebook, Structure, Suggestion};
use crate::export::check;
use crate::ingest::Document;
use crate::locale::Lang;
use crate::review::{self, Action, Decisions, Mask, MaskKind};
use hmac::{Hmac, KeyInit, Mac};
use keys::{Identity, Role, TrustList};
use note::{AuditNote, Entry, NoteSignature, Notice, Place, RuleCount, SecrecyEntry};
use sha2::{Digest, Sha256};

/// What went wrong with keys or notes.
#[derive(Debug, Clone, PartialEq)]
pub enum AuditError {
    BadKeyFile,
    NoIdentity,
    WrongRole {
        needed: Role,
    },
    UnreadableNote(String),
    /// The note would hold a value the PDF was masked of (in a reason, say).
    WouldLeak,
    Io(String),
}

impl AuditError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AuditError::BadKeyFile, Lang::Swedish) => {
                "nyckelfilen kan inte läsas (skadad eller fel format)".into()
            }
            (AuditError::BadKeyFile, Lang::English) => {
                "the key file cannot be read (damaged or wrong format)".into()
            }
            (AuditError::NoIdentity, Lang::Swedish) => {
                "ingen identitet finns ännu; skapa en med maskera identity --name NAMN --role ROLL"
                    .into()
            }
            (AuditError::NoIdentity, Lang::English) => {
                "no identity yet; create one with maskera identity --name NAME --role ROLE".into()
            }
            (AuditError::WrongRole { needed }, Lang::Swedish) => {
                format!("det här kräver rollen {}", needed.name())
            }
            (AuditError::WrongRole { needed }, Lang::English) => {
                format!("this needs the role {}", needed.name())
            }
            (AuditError::UnreadableNote(e), Lang::Swedish) => {
                format!("granskningsanteckningen kan inte läsas ({e})")
            }
            (AuditError::UnreadableNote(e), Lang::English) => {
                format!("the audit note cannot be read ({e})")
            }
            (AuditError::WouldLeak, Lang::Swedish) => {
                "granskningsanteckningen skulle innehålla en maskerad uppgift; ingenting skrevs"
                    .into()
            }
            (AuditError::WouldLeak, Lang::English) => {
                "the audit note would hold a masked value; nothing was written".into()
            }
            (AuditError::Io(e), _) => e.clone(),
        }
    }
}

/// Everything a note is built from.
pub struct Review<'a> {
    pub doc: &'a Document,
    pub source_name: &'a str,
    pub structure: &'a Structure,
    pub candidates: &'a [Candidate],
    pub decisions: &'a Decisions,
    pub masks: &'a [Mask],
    pub rulebook: &'a Rulebook,
    /// Who decided, where the decisions file does not say (the signer).
    pub reviewer: &'a str,
}

/// Builds the (unsigned) note for an export whose PDF is `output`.
pub fn build_note(
    review: &Review,
    output_name: &str,
    output: &[u8],
    value_key: &[u8; 32],
) -> AuditNote {
    let now = utc_now();
    let secrets = check::Finder::new(
        review
            .masks
            .iter()
            .map(|m| m.text(review.doc))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let scrub = |reason: &Option<String>| {
        reason.as_ref().map(|r| {
            if secrets.any_in(r) {
                "[skäl med maskerad uppgift]".to_string()
            } else {
                r.clone()
            }
        })
    };
    let mut counts: std::collections::BTreeMap<String, RuleCount> = Default::default();
    let mut entries = Vec::new();
    let mut underrattelse = Vec::new();
    for c in review.candidates {
        let action = review::action_for(c, review.decisions);
        let decision = review.decisions.decisions.iter().find(|d| d.id == c.id);
        let reason = scrub(&decision.and_then(|d| d.reason.clone()));
        let count = counts.entry(c.rule.clone()).or_default();
        count.candidates += 1;
        match action {
            Action::Mask => count.masked += 1,
            Action::Keep => count.kept += 1,
        }
        let masked_text = (action == Action::Mask && c.location.image.is_none())
            .then(|| value_hmac(value_key, &c.text));
        entries.push(Entry {
            id: c.id.clone(),
            rule: c.rule.clone(),
            place: Place {
                page: c.location.page,
                paragraph: c.location.paragraph,
                start: c.location.start,
                end: c.location.end,
                end_paragraph: c.location.end_paragraph,
                image: c.location.image,
            },
            suggestion: suggestion_name(c.suggestion).into(),
            decision: action_name(action).into(),
            reason: reason.clone(),
            reviewer: decision
                .and_then(|d| d.reviewer.clone())
                .unwrap_or_else(|| review.reviewer.to_string()),
            time: decision
                .and_then(|d| d.time.clone())
                .unwrap_or_else(|| now.clone()),
            value_hmac: masked_text,
        });
        if action == Action::Keep && c.suggestion == Suggestion::Mask {
            underrattelse.push(Notice {
                id: c.id.clone(),
                rule: c.rule.clone(),
                text: c.text.clone(),
                reason,
            });
        }
    }
    for (i, m) in review.decisions.manual.iter().enumerate() {
        counts.entry(m.rule.clone()).or_default().manual += 1;
        let text: String = review
            .doc
            .paragraphs
            .get(m.paragraph)
            .map(|p| p.text.chars().skip(m.start).take(m.end - m.start).collect())
            .unwrap_or_default();
        entries.push(Entry {
            id: format!("manuell-{}", i + 1),
            rule: m.rule.clone(),
            place: Place {
                page: m.page.unwrap_or_else(|| {
                    review.doc.paragraphs.get(m.paragraph).map_or(1, |p| p.page)
                }),
                paragraph: m.paragraph,
                start: m.start,
                end: m.end,
                end_paragraph: None,
                image: None,
            },
            suggestion: "mask".into(),
            decision: "mask".into(),
            reason: scrub(&m.reason),
            reviewer: review.reviewer.to_string(),
            time: now.clone(),
            value_hmac: Some(value_hmac(value_key, &text)),
        });
    }
    let secrecy = review
        .masks
        .iter()
        .filter_map(|m| match &m.kind {
            MaskKind::Secrecy { provision } => Some(SecrecyEntry {
                section: review
                    .structure
                    .section_of(m.paragraph)
                    .map(|s| s.number.clone())
                    .unwrap_or_default(),
                paragraph: m.paragraph,
                provision: provision.clone(),
            }),
            _ => None,
        })
        .collect();
    AuditNote {
        format: note::FORMAT.into(),
        tool: note::Tool {
            name: "maskera".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        rulebook: note::RulebookRef {
            id: review.rulebook.id.clone(),
            version: review.rulebook.version.clone(),
            sha256: review.rulebook.hash.clone(),
        },
        source: note::FileRef {
            name: review.source_name.into(),
            sha256: review.doc.sha256.clone(),
        },
        output: note::FileRef {
            name: output_name.into(),
            sha256: crate::ingest::sha256_hex(output),
        },
        document: note::DocumentInfo {
            format: match review.doc.format {
                crate::ingest::Format::Pdf => "pdf".into(),
                crate::ingest::Format::Docx => "docx".into(),
            },
            kind: serde_json::to_value(crate::detect::document_kind(review.doc))
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default(),
            pages: review.doc.pages,
        },
        value_key: keys::fingerprint(&keys::hex(&Sha256::digest(value_key))),
        counts,
        entries,
        secrecy,
        underrattelse,
        signatures: Vec::new(),
    }
}

fn suggestion_name(s: Suggestion) -> &'static str {
    match s {
        Suggestion::Mask => "mask",
        Suggestion::Keep => "keep",
    }
}

fn action_name(a: Action) -> &'static str {
    match a {
        Action::Mask => "mask",
        Action::Keep => "keep",
    }
}

/// HMAC-SHA256 of a value (case and spacing normalised) under the municipality key.
pub fn value_hmac(key: &[u8; 32], value: &str) -> String {
    let normalised: String = value
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let Ok(mut mac) = <Hmac<Sha256> as KeyInit>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(normalised.as_bytes());
    keys::hex(&mac.finalize().into_bytes())
}

/// Adds `identity`'s signature for `purpose` (`granskad` or `godkänd`).
pub fn sign(note: &mut AuditNote, identity: &Identity, purpose: &str) -> Result<(), AuditError> {
    let mut signature = NoteSignature {
        signer: identity.public.name.clone(),
        role: identity.public.role,
        public_key: identity.public.public_key.clone(),
        purpose: purpose.into(),
        time: utc_now(),
        signature: String::new(),
    };
    signature.signature = identity.sign(&note.signed_message(&signature))?;
    note.signatures.push(signature);
    Ok(())
}

/// The export's audit note as JSON, signed `granskad` by `identity`, with value hashes
/// keyed by the municipality key in `config`; refused if it would hold any value the
/// exported PDF was proven free of.
pub fn signed_note(
    review: &Review,
    output_name: &str,
    exported: &crate::export::Exported,
    identity: &Identity,
    config: &std::path::Path,
) -> Result<Vec<u8>, AuditError> {
    let key = keys::municipality_key(config)?;
    let mut note = build_note(review, output_name, &exported.pdf, &key);
    sign(&mut note, identity, "granskad")?;
    let json = note.to_json();
    let finder = check::Finder::new(exported.checked.iter().map(|v| v.text.as_str()));
    if finder.any_in(&String::from_utf8_lossy(&json)) {
        return Err(AuditError::WouldLeak);
    }
    Ok(json)
}

/// One signature as verified.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedSignature {
    pub signature: NoteSignature,
    pub valid: bool,
    /// The key is the user's own or in the trust list.
    pub trusted: bool,
}

/// The result of verifying a note against a PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Verification {
    pub note: AuditNote,
    pub pdf_matches: bool,
    pub signatures: Vec<CheckedSignature>,
}

impl Verification {
    /// The PDF is the one the note describes and every signature is valid (trusted or not).
    pub fn valid(&self) -> bool {
        self.pdf_matches && !self.signatures.is_empty() && self.signatures.iter().all(|s| s.valid)
    }

    /// Valid, and every signer is trusted.
    pub fn trusted(&self) -> bool {
        self.valid() && self.signatures.iter().all(|s| s.trusted)
    }
}

/// Reads a note and checks it against `pdf`: the hash, and every signature.
pub fn verify(
    note_bytes: &[u8],
    pdf: &[u8],
    trust: &TrustList,
    own: Option<&Identity>,
) -> Result<Verification, AuditError> {
    let note: AuditNote = serde_json::from_slice(note_bytes)
        .map_err(|e| AuditError::UnreadableNote(e.to_string()))?;
    if note.format != note::FORMAT {
        return Err(AuditError::UnreadableNote(format!(
            "okänt format {}",
            note.format
        )));
    }
    let signatures = note
        .signatures
        .iter()
        .map(|s| CheckedSignature {
            valid: keys::signature_valid(&s.public_key, &note.signed_message(s), &s.signature),
            trusted: trust.trusts(&s.public_key)
                || own.is_some_and(|o| o.public.public_key == s.public_key),
            signature: s.clone(),
        })
        .collect();
    Ok(Verification {
        pdf_matches: crate::ingest::sha256_hex(pdf) == note.output.sha256,
        signatures,
        note,
    })
}

/// The web editor's approval: the note must be valid for `pdf`; a signature `godkänd` is
/// added over the same content.
pub fn approve(
    note_bytes: &[u8],
    pdf: &[u8],
    identity: &Identity,
    trust: &TrustList,
) -> Result<(Verification, AuditNote), AuditError> {
    if identity.public.role != Role::Webbredaktor {
        return Err(AuditError::WrongRole {
            needed: Role::Webbredaktor,
        });
    }
    let checked = verify(note_bytes, pdf, trust, Some(identity))?;
    let mut note = checked.note.clone();
    if checked.valid() {
        sign(&mut note, identity, "godkänd")?;
    }
    Ok((checked, note))
}

/// Now, as RFC 3339 UTC to the second.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (Howard Hinnant).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_781), (2026, 11, 24));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn value_hashes_need_the_key() {
        let (a, b) = ([1u8; 32], [2u8; 32]);
        assert_eq!(
            value_hmac(&a, "19121212-1212"),
            value_hmac(&a, " 19121212-1212 ")
        );
        assert_ne!(
            value_hmac(&a, "19121212-1212"),
            value_hmac(&b, "19121212-1212")
        );
        assert_eq!(value_hmac(&a, "x").len(), 64);
    }
}
