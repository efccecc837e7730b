//! Detect: finds the candidates for masking in a [`Document`], each with the rule of the
//! guideline it falls under, the suggestion, and the rationale the user sees.
//!
//! Detectors find spans (identity numbers, contact details, addresses, property
//! designations, names, sensitive sentences); the document's structure (§§, decision
//! types, attendance block) then decides each span's rule and suggestion the way the
//! guideline does: officials stay, a property stays in a gynnande beslut, a name in an
//! ärende with sensitive content is masked under the stronger rule.

mod classify;
mod columns;
mod firms;
mod kind;
pub mod lexicon;
mod names;
mod patterns;
mod personnummer;
mod rows;
mod rulebook;
mod structure;

pub use kind::{document_kind, kind_warning, Kind};
pub use lexicon::Lexicon;
pub use personnummer::{find as find_identity_numbers, IdKind, IdMatch};
pub use rulebook::{Rule, Rulebook, RulebookError, RulebookProblem, RULE_IDS};
pub use structure::{analyse as analyse_structure, Decision, Section, Structure};

use crate::ingest::Document;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What the guideline suggests doing with a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Suggestion {
    Mask,
    Keep,
}

/// Where a candidate stands: 1-based page, paragraph index in reading order, and a
/// character (Unicode scalar) range inside that paragraph's text. A candidate over several
/// paragraphs (a § under secrecy) ends in `end_paragraph`, and `end` counts in that one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Location {
    pub page: u32,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_paragraph: Option<usize>,
    /// For an image (`namnteckning`, `foto`): its index in the document's images; the
    /// paragraph is the one it stands in or next to, and `start` = `end` = 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<usize>,
}

/// A piece of text that may have to be masked, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// Stable for the same input; derived from position, never from the value.
    pub id: String,
    pub rule: String,
    /// The exact text as it stands in the document.
    pub text: String,
    pub location: Location,
    pub suggestion: Suggestion,
    pub locked: bool,
    pub confidence: f64,
    pub rationale: String,
    /// For `sekretess`: the provision proposed for the user to confirm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provision: Option<String>,
}

/// Every candidate in the document, sorted by paragraph, position and rule.
pub fn scan(doc: &Document, rulebook: &Rulebook) -> Vec<Candidate> {
    scan_with_structure(doc, rulebook).1
}

/// The document's structure and every candidate, for callers that show both.
pub fn scan_with_structure(doc: &Document, rulebook: &Rulebook) -> (Structure, Vec<Candidate>) {
    let rows = rows::Rows::of(doc);
    let read = rows.as_ref().map_or(doc, |r| &r.view);
    let structure = analyse_structure(read, &rulebook.lexicon);
    let found = classify::find_all(read, &rulebook.lexicon, &structure, current_year());
    let (structure, found) = match &rows {
        None => (structure, found),
        Some(rows) => (
            rows.structure_in_document(doc, structure),
            found
                .into_iter()
                .filter_map(|f| rows.found_in_document(f))
                .collect(),
        ),
    };
    let ids = CandidateIds::new(&doc.sha256);
    let mut found = found;
    found.sort_by_key(|f| (f.paragraph, f.start));
    let mut cursor = classify::CharCursor::default();
    let mut out: Vec<Candidate> = found
        .into_iter()
        .filter_map(|f| f.into_candidate(doc, rulebook, &ids, &mut cursor))
        .collect();
    out.sort_by(|a, b| {
        (a.location.paragraph, a.location.start, &a.rule).cmp(&(
            b.location.paragraph,
            b.location.start,
            &b.rule,
        ))
    });
    (structure, out)
}

/// Personal data outside the shown text: tracked deletions, field codes and hidden text
/// of paragraphs, and document properties. Export drops these, but they are in the file
/// the secretary holds and in a PDF made from it by other tools, so the user is told
/// (Swedish, one warning each, never the value).
pub fn hidden_data_warnings(doc: &Document, rulebook: &Rulebook) -> Vec<String> {
    let lex = &rulebook.lexicon;
    let year = current_year();
    let personal = |text: &str| -> Option<&'static str> {
        if !personnummer::find(text, year).is_empty() {
            Some("personnummer")
        } else if !names::find(text, lex).is_empty() {
            Some("namn")
        } else {
            None
        }
    };
    let mut out = Vec::new();
    for (index, p) in doc.paragraphs.iter().enumerate() {
        for h in &p.hidden {
            let what = match h.kind {
                crate::ingest::HiddenKind::DeletedRevision => "en spårad borttagning",
                crate::ingest::HiddenKind::FieldCode => "en fältkod",
                crate::ingest::HiddenKind::Vanished => "dold text",
                crate::ingest::HiddenKind::LineEndHyphen => continue,
            };
            if let Some(kind) = personal(&h.text) {
                out.push(format!(
                    "Stycke {index} (sida {}) har {what} som innehåller ett {kind}; den visas inte men finns kvar i filen.",
                    p.page
                ));
            }
        }
    }
    for prop in &doc.properties {
        if let Some(kind) = personal(&prop.value) {
            out.push(format!(
                "Dokumentegenskapen {} ({}) innehåller ett {kind}.",
                prop.name, prop.source
            ));
        }
    }
    out
}

/// A regular expression the detectors compile once. Only constant patterns come here;
/// each module's tests run its patterns, so the `expect` cannot be reached by input.
fn constant_regex(
    cell: &'static std::sync::OnceLock<regex::Regex>,
    pattern: &str,
) -> &'static regex::Regex {
    cell.get_or_init(|| regex::Regex::new(pattern).expect("constant pattern compiles"))
}

/// No letter, digit or underscore right before byte `at` of `text`: a word starts there.
/// The word lists and the patterns ask this instead of a Unicode `\b`, which makes the
/// regex engine fall back to a slow path on every non-ASCII protocol.
pub(crate) fn at_word_start(text: &str, at: usize) -> bool {
    !text
        .get(..at)
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// `text.to_lowercase()`, made faster for Swedish text: runs of ASCII are copied and
/// lowered a run at a time, and only the other letters (å, ä, ö) one by one. Lower-casing
/// every paragraph is a large part of a scan.
pub(crate) fn lower_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = ascii_run(rest.as_bytes());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        let Some(c) = rest[ascii..].chars().next() else {
            break;
        };
        // A capital sigma lowers by its place in the word: the standard library knows how.
        if c == 'Σ' {
            return text.to_lowercase();
        }
        push_lower(&mut out, c);
        rest = &rest[ascii + c.len_utf8()..];
    }
    out
}

/// The length of the run of ASCII bytes `bytes` opens with, read eight bytes at a time
/// (no byte of such a run has its high bit set).
fn ascii_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    for chunk in bytes.chunks_exact(8) {
        let eight = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
        if eight & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len() - n)
}

/// Pushes `c` in lower case. The letters of Latin-1 (å, ä, ö, é: nearly every other
/// letter of Swedish text) are lowered without the Unicode tables: À–Þ but × lower to the
/// letter 32 places on, and every other character of Latin-1 is its own lower case.
fn push_lower(out: &mut String, c: char) {
    match u8::try_from(c) {
        Ok(b @ 0xC0..=0xDE) if b != 0xD7 => out.push(char::from(b + 32)),
        Ok(_) => out.push(c),
        Err(_) => out.extend(c.to_lowercase()),
    }
}

/// `rule-` + 16 hex of SHA-256 over the document hash, rule and location: stable across
/// runs, and nothing in it depends on the masked value.
pub fn candidate_id(doc_sha256: &str, rule: &str, l: &Location) -> String {
    CandidateIds::new(doc_sha256).id(rule, l)
}

/// Makes the [`candidate_id`]s of one document. Every id's input opens with the document's
/// hash, a whole SHA-256 block: hashed once here, it leaves one block per id, not two.
pub struct CandidateIds(Sha256);

impl CandidateIds {
    pub fn new(doc_sha256: &str) -> CandidateIds {
        let mut h = Sha256::new();
        h.update(doc_sha256.as_bytes());
        h.update(b"\0");
        CandidateIds(h)
    }

    pub fn id(&self, rule: &str, l: &Location) -> String {
        let mut h = self.0.clone();
        // `rule\0paragraph\0start\0end`, fed piece by piece (the same bytes, the same
        // hash) without formatting a string for every candidate.
        h.update(rule.as_bytes());
        for n in [l.paragraph, l.start, l.end] {
            h.update(b"\0");
            h.update(decimal(n, &mut [0; 20]));
        }
        // Written digit by digit: a scan makes an id for every candidate.
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut id = String::with_capacity(rule.len() + 17);
        id.push_str(rule);
        id.push('-');
        for b in h.finalize().iter().take(8) {
            id.push(char::from(HEX[usize::from(b >> 4)]));
            id.push(char::from(HEX[usize::from(b & 15)]));
        }
        id
    }
}

/// `n` in decimal digits, written into `buf` from its end.
fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return &buf[at..];
        }
    }
}

/// The current calendar year (UTC), for the century of ten-digit personnummer.
fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    year_of_unix_days((secs / 86_400) as i64)
}

/// Civil year of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn year_of_unix_days(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2)) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_is_the_standard_lower_case() {
        for text in [
            "",
            "Sökande: Jörgen Åkesson, ÅÄÖ åäö É",
            "ASCII ONLY 123",
            "ΟΔΥΣΣΕΥΣ och ΣΑΣ",
            "İstanbul ẞ Ǆ K",
            "ändå Ä",
        ] {
            assert_eq!(lower_case(text), text.to_lowercase(), "{text}");
        }
        // Every character of the first planes' common blocks, Latin-1 above all, alone
        // and between letters.
        for c in (0..0x3000).filter_map(char::from_u32) {
            for text in [c.to_string(), format!("a{c}b"), format!("Ö{c}Ä")] {
                assert_eq!(lower_case(&text), text.to_lowercase(), "{c:?}");
            }
        }
    }

    #[test]
    fn candidate_ids_are_rule_and_sixteen_hex() {
        let l = Location {
            page: 1,
            paragraph: 2,
            start: 3,
            end: 4,
            end_paragraph: None,
            image: None,
        };
        let id = candidate_id("abc", "namn", &l);
        let mut h = Sha256::new();
        h.update(b"abc\0namn\x002\x003\x004");
        let hex: String = h.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(id, format!("namn-{hex}"));
    }

    #[test]
    fn ascii_runs_end_at_the_first_other_byte() {
        for len in 0..40 {
            for at in 0..=len {
                let mut text = "a".repeat(len);
                text.insert(at, 'ö');
                let plain = text
                    .bytes()
                    .position(|b| !b.is_ascii())
                    .unwrap_or(text.len());
                assert_eq!(ascii_run(text.as_bytes()), plain, "{text}");
                assert_eq!(ascii_run(&text.as_bytes()[..at]), at);
            }
        }
    }

    #[test]
    fn decimals_are_written_as_format_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(decimal(n, &mut [0; 20]), n.to_string().as_bytes());
        }
    }

    #[test]
    fn unix_days_give_the_right_year() {
        assert_eq!(year_of_unix_days(0), 1970);
        assert_eq!(year_of_unix_days(20_416), 2025); // 2025-11-24
        assert_eq!(year_of_unix_days(20_453), 2025); // 2025-12-31
        assert_eq!(year_of_unix_days(20_454), 2026);
    }
}
