//! Document structure: the §§ (ärenden) with their number, heading, body and decision type,
//! and the attendance block that names the officials.

use super::lexicon::{Lexicon, StemSet};
use crate::ingest::{Document, PartKind};
use serde::Serialize;

/// What a § decides, which governs fastighetsbeteckning and myndighetsutövning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Gynnande,
    Avslag,
    Ingripande,
    Okand,
}

/// One § of a protocol.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub number: String,
    pub heading: String,
    /// Paragraph index of the heading.
    pub heading_paragraph: usize,
    /// Paragraph indices of the body (after the heading, up to the next §).
    pub body: std::ops::Range<usize>,
    pub decision: Decision,
}

/// The structure of a document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Structure {
    pub sections: Vec<Section>,
    /// Paragraph indices of the attendance block (before the first §).
    pub attendance: Vec<usize>,
    /// The nämnd, if the document names it near the top.
    pub namnd: Option<String>,
}

impl Structure {
    /// The § a paragraph belongs to.
    pub fn section_of(&self, paragraph: usize) -> Option<&Section> {
        // Sections are in document order and do not overlap: the candidate is the last one
        // whose heading is at or before the paragraph (a binary search, as detection asks
        // this for every find of a 5,000-page document).
        let after = self
            .sections
            .partition_point(|s| s.heading_paragraph <= paragraph);
        self.sections[..after]
            .last()
            .filter(|s| paragraph < s.body.end.max(s.heading_paragraph + 1))
    }
}

/// Finds the §§ and the attendance block.
pub fn analyse(doc: &Document, lex: &Lexicon) -> Structure {
    let main: Vec<usize> = (0..doc.paragraphs.len())
        .filter(|&i| {
            let part = doc.paragraphs[i].part;
            doc.parts
                .get(part)
                .is_some_and(|p| matches!(p.kind, PartKind::Body | PartKind::Page))
        })
        .collect();
    let headings: Vec<(usize, String, String)> = main
        .iter()
        .filter_map(|&i| section_heading(&doc.paragraphs[i].text).map(|(n, h)| (i, n, h)))
        .collect();
    let mut sections = Vec::new();
    for (k, (index, number, heading)) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(doc.paragraphs.len(), |h| h.0);
        // "§ 41  Dnr SN 2024/0012" with the title on the next line: that line is the
        // heading, not the body (secrecy masks the body, and the title must stay).
        let (heading, first_body) = match title_below(doc, heading, *index, end) {
            Some(title) => (title, index + 2),
            None => (heading.clone(), index + 1),
        };
        let body = first_body..end;
        let text: String = body
            .clone()
            .map(|i| doc.paragraphs[i].text.to_lowercase() + "\n")
            .collect();
        sections.push(Section {
            number: number.clone(),
            heading,
            heading_paragraph: *index,
            body,
            decision: decision(&text, lex),
        });
    }
    let first = headings.first().map_or(doc.paragraphs.len(), |h| h.0);
    Structure {
        attendance: attendance(doc, lex, &main, first),
        namnd: namnd(doc, first),
        sections,
    }
}

/// The attendance block: the paragraphs before the first § from the first attendance
/// heading on ("Beslutande", "Ledamöter", "Justerare: …"). Without such a heading there
/// is none: text before the first § is then not a list of officials (a protocol extract
/// may start with an applicant's name).
fn attendance(doc: &Document, lex: &Lexicon, main: &[usize], first: usize) -> Vec<usize> {
    let is_heading = |i: usize| {
        let text = doc.paragraphs[i].text.trim().to_lowercase();
        lex.tjansteman.rubriker.iter().any(|r| {
            text.strip_prefix(r.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', ' ', '\t']))
        })
    };
    let before: Vec<usize> = main.iter().copied().filter(|&i| i < first).collect();
    match before.iter().position(|&i| is_heading(i)) {
        Some(start) => before[start..].to_vec(),
        None => Vec::new(),
    }
}

/// "§ 21 Bygglov för …" → ("21", "Bygglov för …").
fn section_heading(text: &str) -> Option<(String, String)> {
    let rest = text.trim_start().strip_prefix('§')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let heading = rest[digits.len()..].trim().to_string();
    Some((digits, heading))
}

/// The title on the line after a § line that holds only its number and diarienummer.
fn title_below(doc: &Document, heading: &str, index: usize, end: usize) -> Option<String> {
    let rest = heading.trim();
    let only_reference = rest.is_empty()
        || ["dnr", "diarienr", "diarienummer"]
            .iter()
            .any(|d| rest.to_lowercase().starts_with(d));
    if !only_reference || index + 1 >= end {
        return None;
    }
    let title = doc.paragraphs[index + 1].text.trim();
    (!title.is_empty() && title.chars().count() <= 200).then(|| title.to_string())
}

/// The strongest decision the body states: an intervention, a refusal, or a grant.
fn decision(body: &str, lex: &Lexicon) -> Decision {
    let any = |stems: &StemSet| stems.mentioned_in(body);
    if any(&lex.beslut.ingripande) {
        Decision::Ingripande
    } else if any(&lex.beslut.avslag) {
        Decision::Avslag
    } else if any(&lex.beslut.gynnande) {
        Decision::Gynnande
    } else {
        Decision::Okand
    }
}

/// The first nämnd, styrelse, utskott or fullmäktige named near the top
/// ("Miljö- och byggnämnden", "Socialnämndens individutskott" → "Socialnämndens individutskott").
fn namnd(doc: &Document, before: usize) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::constant_regex(
        &RE,
        r"(?:\p{L}+-\s+och\s+)?\p{L}*(?:nämnden|nämndens\s+\p{L}+utskott|styrelsen|utskottet|fullmäktige)\b",
    );
    doc.paragraphs
        .iter()
        .take(before.min(20))
        .find_map(|p| re.find(&p.text).map(|m| m.as_str().to_string()))
}
