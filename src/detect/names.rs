//! Person names: first name + surname from the lexicon (with hyphenated first names,
//! initials and genitives), any capitalised name right after a role word that introduces a
//! private person ("sökande", "eleven"), and later mentions of a found person by surname
//! or first name alone.

use super::lexicon::{starts_upper, strip_genitive, Lexicon};
use std::collections::HashSet;

/// A name found in a paragraph (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpan {
    pub start: usize,
    pub end: usize,
    /// Introduced by a role word: certainly a private person.
    pub role: bool,
    /// Followed by a party in parentheses: an elected official.
    pub party: bool,
}

struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

/// The words of a text: an initial ("A.") or a run of letters, apostrophes and inner
/// hyphens. Written out by hand because it runs over every word of every protocol.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphabetic() {
            continue;
        }
        if c.is_uppercase() && chars.peek().is_some_and(|&(_, n)| n == '.') {
            chars.next();
            out.push(Word {
                text: &text[start..start + c.len_utf8() + 1],
                start,
                end: start + c.len_utf8() + 1,
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            if !(n.is_alphabetic() || n == '\'' || n == '-') {
                break;
            }
            end = i + n.len_utf8();
            chars.next();
        }
        let word = text[start..end].trim_end_matches('-');
        out.push(Word {
            text: word,
            start,
            end: start + word.len(),
        });
    }
    out
}

/// Only spaces between two words (a name does not run across punctuation).
fn adjacent(text: &str, a: &Word, b: &Word) -> bool {
    text[a.end..b.start]
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}')
}

/// Every name in the paragraph text.
pub fn find(text: &str, lex: &Lexicon) -> Vec<NameSpan> {
    let words = words(text);
    let mut out: Vec<NameSpan> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // Every name starts with a capital, so a lower-case word starts none.
        if !starts_upper(words[i].text) {
            i += 1;
            continue;
        }
        let role = i > 0 && introduced_by_role(text, &words, i, lex);
        let end = name_end(text, &words, i, role, lex);
        match end {
            Some(j) if names_a_place(text, &words, j, lex) => i = j + 1,
            Some(j) => {
                out.push(NameSpan {
                    start: words[i].start,
                    end: words[j].end,
                    role,
                    party: followed_by_party(&text[words[j].end..], lex),
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A person's name that is part of a place's ("Gustav Adolfs torg", "Anna Whitlocks
/// gymnasium"): the next word is a street or building word from the lexicon.
fn names_a_place(text: &str, w: &[Word], j: usize, lex: &Lexicon) -> bool {
    w.get(j + 1).is_some_and(|next| {
        if !adjacent(text, &w[j], next) {
            return false;
        }
        let next = next.text.to_lowercase();
        lex.namn
            .platsord
            .iter()
            .any(|p| next == *p || next.ends_with(p.as_str()) && next.len() > p.len() + 3)
    })
}

/// The index of the last word of a name starting at word `i`, if one starts there.
fn name_end(text: &str, w: &[Word], i: usize, role: bool, lex: &Lexicon) -> Option<usize> {
    let first = &w[i];
    let initial = first.text.len() == 2 && first.text.ends_with('.');
    let known_first = lex.is_first_name(first.text) && !lex.ambiguous.contains(first.text);
    let ambiguous_first = lex.is_first_name(first.text) && lex.ambiguous.contains(first.text);
    let unknown_first = !initial
        && plausible_given_name(first.text)
        && (mid_sentence(text, w, i) && next_is_surname(text, w, i, lex)
            || pair_before_role_verb(text, w, i, lex));
    if !(initial
        || known_first
        || ambiguous_first
        || unknown_first
        || (role && starts_upper(first.text)))
    {
        return None;
    }
    let mut j = i;
    while j + 1 < w.len() && j < i + 3 && adjacent(text, &w[j], &w[j + 1]) {
        let next = w[j + 1].text;
        let unknown_surname = (role || known_first || ambiguous_first || unknown_first)
            && j == i
            && plausible_surname(next)
            && !lex.is_place(next);
        let fits = lex.is_first_name(next)
            || lex.is_surname(next)
            || unknown_surname
            || (role && starts_upper(next) && !is_common_capital(next));
        if !fits || !starts_upper(next) {
            break;
        }
        j += 1;
    }
    // After a known first name, a capitalised word is a surname even when no list knows
    // it ("Kristina Wallin"): in doubt, integrity wins.
    let has_surname = j > i && (lex.is_surname(w[j].text) || role || known_first);
    let party = followed_by_party(&text[w[j].end..], lex);
    match (j > i, known_first || role) {
        (true, _)
            if unknown_first
                && (lex.is_surname(w[j].text) || pair_before_role_verb(text, w, i, lex)) =>
        {
            Some(j)
        }
        (true, _) if ambiguous_first && party => Some(j),
        (true, _)
            if has_surname && !initial && !unknown_first
                || initial && lex.is_surname(w[j].text) =>
        {
            Some(j)
        }
        (true, _) if ambiguous_first && lex.is_surname(w[j].text) => Some(j),
        (false, true) if role && starts_upper(first.text) && !is_common_capital(first.text) => {
            Some(i)
        }
        _ => None,
    }
}

/// Not the first word of a sentence, where every word is capitalised.
fn mid_sentence(text: &str, w: &[Word], i: usize) -> bool {
    i > 0
        && !text[..w[i].start]
            .trim_end()
            .ends_with(['.', '!', '?', ':', '\n'])
}

/// A capitalised word of letters that could be an unknown given name ("Gunhild").
fn plausible_given_name(word: &str) -> bool {
    let letters = word.chars().count();
    starts_upper(word)
        && letters >= 3
        && word.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
        && !is_common_capital(word)
}

/// Two capitalised words right before a verb of someone acting in a matter
/// ("Ronny Palo har ansökt").
fn pair_before_role_verb(text: &str, w: &[Word], i: usize, lex: &Lexicon) -> bool {
    let Some(second) = w.get(i + 1) else {
        return false;
    };
    if !adjacent(text, &w[i], second)
        || !plausible_surname(second.text)
        || lex.is_place(second.text)
        || organisation_like(w[i].text, second.text)
    {
        return false;
    }
    // A verb phrase is short: lower-casing the rest of a long paragraph for each pair of
    // capitalised words would cost more than all the rest of the name search.
    let after: String = text[second.end..]
        .trim_start()
        .chars()
        .take(40)
        .flat_map(char::to_lowercase)
        .collect();
    lex.namn
        .rollverb
        .iter()
        .any(|v| after.starts_with(v.as_str()) && after[v.len()..].starts_with([' ', ',', '.']))
}

/// "Tekniska Verken", "Norrvik Bolaget": an adjective first or a noun in its definite form
/// second makes an organisation, not a person.
fn organisation_like(first: &str, second: &str) -> bool {
    const DEFINITE: &[&str] = &[
        "et", "an", "erna", "arna", "orna", "ningen", "ken", "pen", "elsen", "aget",
    ];
    first.ends_with("ska") || DEFINITE.iter().any(|e| second.ends_with(e))
}

/// A capitalised word of letters that could be a surname no list knows ("Wallin", "Said").
fn plausible_surname(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
        && !is_common_capital(word)
}

/// The next word, right after this one, is a surname ("Gunhild Westman").
fn next_is_surname(text: &str, w: &[Word], i: usize, lex: &Lexicon) -> bool {
    w.get(i + 1).is_some_and(|next| {
        adjacent(text, &w[i], next) && lex.is_surname(next.text) && !lex.is_first_name(next.text)
    })
}

/// Capitalised words that are not names even after a role word.
fn is_common_capital(word: &str) -> bool {
    const COMMON: &[&str] = &[
        "Nämnden",
        "Kommunen",
        "Förvaltningen",
        "Han",
        "Hon",
        "Den",
        "Det",
        "De",
        "Beslut",
        "Enligt",
        "Se",
        "Bilaga",
        "Kommunfullmäktige",
        "Kommunstyrelsen",
        "Länsstyrelsen",
        "Förskolan",
        "Skolan",
        "Och",
        "I",
        "På",
        "Till",
    ];
    COMMON.contains(&word)
}

/// A role word right before word `i` ("sökande Anna", "Sökande: Anna", "eleven, Anna").
fn introduced_by_role(text: &str, w: &[Word], i: usize, lex: &Lexicon) -> bool {
    let gap = &text[w[i - 1].end..w[i].start];
    if !gap.chars().all(|c| c == ' ' || c == ':' || c == ',') {
        return false;
    }
    let one = w[i - 1].text.to_lowercase();
    let two = (i >= 2).then(|| format!("{} {}", w[i - 2].text.to_lowercase(), one));
    lex.namn
        .rollord
        .iter()
        .any(|r| *r == one || two.as_deref() == Some(r.as_str()))
}

/// " (S)" after a name: the person is an elected official.
fn followed_by_party(after: &str, lex: &Lexicon) -> bool {
    let after = after.trim_start();
    let Some(inner) = after.strip_prefix('(').and_then(|r| r.split(')').next()) else {
        return false;
    };
    lex.tjansteman.partier.iter().any(|p| p == inner.trim())
}

/// Later mentions of known persons by surname or unambiguous first name alone.
pub fn mentions(
    text: &str,
    surnames: &HashSet<String>,
    first_names: &HashSet<String>,
    lex: &Lexicon,
) -> Vec<(usize, usize)> {
    let known = |word: &str| {
        surnames.contains(word) || first_names.contains(word) && !lex.ambiguous.contains(word)
    };
    words(text)
        .into_iter()
        .filter(|w| starts_upper(w.text) && (known(w.text) || known(strip_genitive(w.text))))
        .map(|w| (w.start, w.end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let lex = Lexicon::embedded().expect("lexicon");
        find(text, &lex)
            .into_iter()
            .map(|n| &text[n.start..n.end])
            .collect()
    }

    #[test]
    fn names_are_found_with_their_context() {
        assert_eq!(
            found("Sökande: Jörgen Åkesson, Tallvägen 7 B."),
            ["Jörgen Åkesson"]
        );
        assert_eq!(
            found("Per-Erik Ström (M) och Eva-Lena Sundqvist (L)"),
            ["Per-Erik Ström", "Eva-Lena Sundqvist"]
        );
        assert_eq!(
            found("enligt A. Lindqvist och Ahmed Yusuf Hassan"),
            ["A. Lindqvist", "Ahmed Yusuf Hassan"]
        );
        assert_eq!(found("eleven Tiina Kuusela har ansökt"), ["Tiina Kuusela"]);
        assert_eq!(
            found("Per Berg kom, men per person och hans bil"),
            ["Per Berg"]
        );
        assert_eq!(
            found("Nämnden beslutar i Lund om Rosa huset."),
            Vec::<&str>::new()
        );
        assert_eq!(
            found("Linnéa Johansson kräver skadestånd."),
            ["Linnéa Johansson"]
        );
        assert_eq!(found("Björn Eklöf (M) lyfter frågan."), ["Björn Eklöf"]);
        assert_eq!(
            found("Ronny Palo har ansökt om att köpa tomten."),
            ["Ronny Palo"]
        );
        assert_eq!(
            found("Vid Gustav Adolfs torg och Karl Johans väg ligger Anna Whitlocks gymnasium."),
            Vec::<&str>::new()
        );
        assert_eq!(
            found("Tekniska Verken har ansökt om bygglov i Stockholm."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_party_marks_an_official() {
        let lex = Lexicon::embedded().expect("lexicon");
        let t = "Karin Lund (S), ordförande";
        assert!(find(t, &lex)[0].party);
    }
}
