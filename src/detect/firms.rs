//! Sole traders' firms under a measure.
//!
//! A sole trader's firm ("Lamm & Ull i Snauvby, enskild firma, … innehavare Annika
//! Lammgårde") is its owner's business, run in their name: where a § or a delegation
//! list's row measures it (a föreläggande, a vite), the firm's name tells whom the measure
//! hits as plainly as the owner's name does, so every mention of it there is masked with
//! the owner under `myndighetsutovning`. Where nothing is measured (a lease, a stall lent)
//! the firm stays, as a company does.

use super::lexicon::{starts_upper, Lexicon};
use super::structure::Structure;
use crate::ingest::Document;
use aho_corasick::{AhoCorasick, MatchKind};

/// The longest firm name read, in words: a longer run is a sentence, no name.
const FIRM_MAX_WORDS: usize = 6;

/// The sole traders' firms a document names, found again with one automaton (a register
/// of hundreds of firms is searched once, not once per firm).
pub(super) struct Firms {
    automaton: AhoCorasick,
}

impl Firms {
    /// The firms the document marks as sole traders' (`[myndighetsutovning] firma_fore`
    /// after the name, `firma_efter` before it), if any.
    pub(super) fn of(doc: &Document, structure: &Structure, lex: &Lexicon) -> Option<Firms> {
        let names = sole_traders(doc, structure, lex);
        if names.is_empty() {
            return None;
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .ok()?;
        Some(Firms { automaton })
    }

    /// Every mention of a firm in `text`, as byte ranges: whole words only.
    pub(super) fn mentions<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize)> + 't {
        self.automaton
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .filter(move |&(s, e)| {
                !text[..s].ends_with(char::is_alphanumeric)
                    && !text[e..].starts_with(char::is_alphanumeric)
            })
    }
}

/// The firm names the document marks as sole traders'.
fn sole_traders(doc: &Document, structure: &Structure, lex: &Lexicon) -> Vec<String> {
    let words = &lex.myndighetsutovning;
    let mut out: Vec<String> = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let text = p.text.as_str();
        // The marks in any case (", Enskild firma" in a register's cell), in the
        // paragraph's lower case made once, where it keeps the text's length, as Swedish
        // text does; offsets are asked, not sliced blind.
        let lower = structure.lower(i);
        if lower.len() != text.len() {
            continue;
        }
        for marker in &words.firma_fore {
            for (at, _) in lower.match_indices(marker.as_str()) {
                out.extend(text.get(..at).and_then(|b| name_before(b, lex)));
            }
        }
        for marker in &words.firma_efter {
            for (at, m) in lower.match_indices(marker.as_str()) {
                out.extend(text.get(at + m.len()..).and_then(|a| name_after(a, lex)));
            }
        }
    }
    // "Pub Ankaret i Stavhamn" is called "Pub Ankaret" too.
    let without_place: Vec<String> = out
        .iter()
        .filter_map(|name| name.rsplit_once(" i ").map(|(head, _)| head.to_string()))
        .filter_map(|head| firm(&head, lex))
        .collect();
    out.extend(without_place);
    out.sort();
    out.dedup();
    out
}

/// The firm's name that ends `before`: from the last cell, label or sentence start, its
/// capitalised words and the small words between them ("Nämnden förelägger Café
/// Bäckström" → "Café Bäckström", "Lamm & Ull i Snauvby").
fn name_before(before: &str, lex: &Lexicon) -> Option<String> {
    let (from, boundary) = ["\t", ": ", ". ", "; ", "(", "|", ", "]
        .iter()
        .filter_map(|b| before.rfind(b).map(|k| (k + b.len(), *b)))
        .max()
        .unwrap_or((0, ""));
    let words: Vec<&str> = before[from..].split(' ').collect();
    // "Tillståndshavare: Nguyen pizzeria och grill": a label's or a cell's whole value,
    // lower-case words too, where it opens with a capital.
    let labelled = matches!(boundary, "\t" | ": " | "|");
    if labelled && words.len() <= FIRM_MAX_WORDS && words.first().is_some_and(|w| starts_upper(w)) {
        return firm(&words.join(" "), lex);
    }
    let mut start = words.len();
    while start > 0
        && (starts_upper(words[start - 1]) || lex.organisation.joins_a_name(words[start - 1]))
    {
        start -= 1;
    }
    // Not from a small word: "i Snauvby" alone is a place.
    while start < words.len() && !starts_upper(words[start]) {
        start += 1;
    }
    firm(&words[start..].join(" "), lex)
}

/// The firm's name that opens `after`, up to a comma, a bracket, a stop or a cell's end.
fn name_after(after: &str, lex: &Lexicon) -> Option<String> {
    let end = after
        .find([',', '(', '\t', '|', ';'])
        .into_iter()
        .chain(after.find(". "))
        .min()
        .unwrap_or(after.len());
    firm(after[..end].trim_end_matches('.'), lex)
}

/// `candidate` as a firm's name: capitalised, a few words, no digits, no company form (an
/// aktiebolag is no sole trader).
fn firm(candidate: &str, lex: &Lexicon) -> Option<String> {
    let name = candidate.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let company = words
        .last()
        .is_some_and(|w| lex.organisation.company_form(w));
    (name.starts_with(char::is_uppercase)
        && (1..=FIRM_MAX_WORDS).contains(&words.len())
        && name.chars().count() >= 3
        && !name.contains(|c: char| c.is_ascii_digit())
        && !company)
        .then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_firm_is_marked_in_any_case() {
        let lex = Lexicon::embedded().expect("lexicon");
        let doc = Document::from_plain_paragraphs(&[
            "Verksamhetsutövare\tKims Korean Kitchen, Enskild firma".to_string(),
            "Ägare: Skärså Bygg AB, innehavare Per Ek".to_string(),
        ]);
        let structure = crate::detect::analyse_structure(&doc, &lex);
        assert_eq!(
            sole_traders(&doc, &structure, &lex),
            ["Kims Korean Kitchen"]
        );
    }

    #[test]
    fn a_firm_is_read_before_its_mark_and_after_its_owners_phrase() {
        let lex = Lexicon::embedded().expect("lexicon");
        let name_before = |b| name_before(b, &lex);
        let name_after = |a| name_after(a, &lex);
        assert_eq!(
            name_before("Verksamhetsutövare: Lamm & Ull i Snauvby").as_deref(),
            Some("Lamm & Ull i Snauvby")
        );
        assert_eq!(
            name_before("M 2026-0415\tHallvide Skeppet 5\tPizzeria Rauken").as_deref(),
            Some("Pizzeria Rauken")
        );
        assert_eq!(
            name_after("Lamm & Ull i Snauvby, att senast 2026-10-31 anordna").as_deref(),
            Some("Lamm & Ull i Snauvby")
        );
        assert_eq!(name_before("Sökande: Hallvide Kalk AB"), None);
        assert_eq!(
            name_before("Nämnden förelägger Café Bäckström").as_deref(),
            Some("Café Bäckström")
        );
    }
}
