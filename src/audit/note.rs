//! The audit note (`*.audit.json`): what was decided about every candidate of one
//! document, bound to the published PDF by its hash and signed by the people responsible.
//!
//! The signed content is the note without its signatures, serialised canonically: the
//! fields in the fixed order of these structs, maps sorted, no insignificant whitespace.
//! A verifier parses the note and serialises it again, so any change to any field, or
//! to the PDF, breaks every signature. Masked values are never in the note: an entry
//! carries an HMAC of its value under the municipality key, so nobody without that key
//! can test guesses (a personnummer has too few possibilities for a plain hash).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format this module writes and reads.
pub const FORMAT: &str = "maskera-granskning/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditNote {
    pub format: String,
    pub tool: Tool,
    pub rulebook: RulebookRef,
    pub source: FileRef,
    pub output: FileRef,
    pub document: DocumentInfo,
    /// Fingerprint of the municipality key the value hashes are made with.
    pub value_key: String,
    /// Per rule: how many candidates, masked, kept, and manual masks.
    pub counts: BTreeMap<String, RuleCount>,
    pub entries: Vec<Entry>,
    pub secrecy: Vec<SecrecyEntry>,
    /// Values kept (so published) that the guideline says the person must be told about.
    pub underrattelse: Vec<Notice>,
    /// Not part of the signed content.
    #[serde(default)]
    pub signatures: Vec<NoteSignature>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RulebookRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileRef {
    pub name: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    pub format: String,
    pub kind: String,
    pub pages: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuleCount {
    pub candidates: u32,
    pub masked: u32,
    pub kept: u32,
    pub manual: u32,
}

/// Where an entry stands in the source (as in `maskera scan`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub page: u32,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_paragraph: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<usize>,
}

/// One candidate or manual mask and what was decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The candidate id, or `manuell-N` for a manual mask.
    pub id: String,
    pub rule: String,
    pub place: Place,
    /// What the guideline suggested (`mask`/`keep`); `mask` for manual masks.
    pub suggestion: String,
    /// What was done: `mask` or `keep`.
    pub decision: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub reviewer: String,
    pub time: String,
    /// HMAC-SHA256 (municipality key) of the masked value; absent for kept ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_hmac: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecrecyEntry {
    pub section: String,
    pub paragraph: usize,
    pub provision: String,
}

/// A kept value: it is published, and the person has to be told before publication.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    pub rule: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A signature over the note's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteSignature {
    pub signer: String,
    pub role: super::keys::Role,
    pub public_key: String,
    /// `granskad` (the secretary's export) or `godkänd` (the web editor's approval).
    pub purpose: String,
    pub time: String,
    /// Hex Ed25519 signature of [`AuditNote::signed_message`] for this signature.
    pub signature: String,
}

/// The part of a signature its own signature covers too (so the name, role, purpose and
/// time shown beside a signature cannot be changed afterwards).
#[derive(Serialize)]
struct SignatureHeader<'a> {
    signer: &'a str,
    role: super::keys::Role,
    public_key: &'a str,
    purpose: &'a str,
    time: &'a str,
}

impl AuditNote {
    /// The bytes a signature covers: the format line, the canonical JSON of the note
    /// without signatures, and the signature's own header (signer, role, key, purpose,
    /// time). Every signature covers the same content; each its own header.
    pub fn signed_message(&self, signature: &NoteSignature) -> Vec<u8> {
        let mut unsigned = self.clone();
        unsigned.signatures.clear();
        let header = SignatureHeader {
            signer: &signature.signer,
            role: signature.role,
            public_key: &signature.public_key,
            purpose: &signature.purpose,
            time: &signature.time,
        };
        let mut out = format!("{FORMAT}\n").into_bytes();
        // Serialising these plain structs cannot fail; an empty body would fail every
        // signature check rather than pass one.
        out.extend(serde_json::to_vec(&unsigned).unwrap_or_default());
        out.push(b'\n');
        out.extend(serde_json::to_vec(&header).unwrap_or_default());
        out
    }

    /// The note as written to disk (pretty, UTF-8).
    pub fn to_json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(self).unwrap_or_default();
        out.push(b'\n');
        out
    }
}
