//! Document structure: the §§ (ärenden) with their number, heading, body and decision type,
//! and the attendance block that names the officials.

use super::lexicon::Lexicon;
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
    /// Paragraph indices of the body (after the heading, up to the next §), from its first
    /// paragraph to its last that is no running header or footer. A body over a page break
    /// has running lines inside the range; [`Document::span`] leaves them out.
    ///
    /// [`Document::span`]: crate::ingest::Document::span
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
    /// The municipality's name ("Sjövik" from "Sjöviks kommun"), if the document names it
    /// near the top: a place, never a person, and the domain of its staff's e-mail.
    pub kommun: Option<String>,
    /// Every paragraph in lower case, made once: the word lists are asked about every §
    /// and sentence, and lower-casing was most of the cost of a scan.
    #[serde(skip)]
    pub(crate) lower: Vec<String>,
    /// Whether each paragraph is a running header or footer (a PDF's page furniture).
    #[serde(skip)]
    pub(crate) running: Vec<bool>,
}

impl Structure {
    /// Paragraph `i` in lower case.
    pub(crate) fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    /// Whether paragraph `i` is a running header or footer.
    pub(crate) fn running(&self, i: usize) -> bool {
        self.running.get(i).copied().unwrap_or(false)
    }

    /// The lower-case text of the paragraphs, one line each.
    pub(crate) fn lower_lines(&self, paragraphs: impl IntoIterator<Item = usize>) -> String {
        paragraphs
            .into_iter()
            .map(|i| self.lower(i))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The word is the municipality's name, also in the genitive.
    pub fn is_kommun(&self, word: &str) -> bool {
        self.kommun
            .as_deref()
            .is_some_and(|k| word == k || word.strip_suffix('s') == Some(k))
    }

    /// `name.surname@sjovik.se`: an address of the municipality's own domain, or of a
    /// subdomain for its staff ("politiker.valsjo.se"), not one for its pupils
    /// ("elev.valsjo.se", `[kontakt] elevdomaner`): pupils are private persons.
    pub fn is_kommun_mail(&self, address: &str, lex: &Lexicon) -> bool {
        let Some(kommun) = self.kommun.as_deref() else {
            return false;
        };
        let domain = address.rsplit('@').next().unwrap_or("").to_lowercase();
        let folded = folded(kommun);
        let own = |label: &str| {
            label == folded || label == format!("{folded}s") || label == format!("{folded}kommun")
        };
        let labels: Vec<&str> = domain.split('.').collect();
        let pupils = || {
            (labels.iter()).any(|l| {
                lex.kontakt
                    .elevdomaner
                    .iter()
                    .any(|p| l.starts_with(p.as_str()))
            })
        };
        match labels.as_slice() {
            [label, _] => own(label),
            [.., label, _] => own(label) && !pupils(),
            _ => false,
        }
    }

    /// `sjovik@vision.se`, `asmyra-kolsjo@sverigeslarare.se`: a local branch's mailbox,
    /// named after the municipality ([`branch_mailbox`]). No person's.
    pub fn is_branch_mail(&self, address: &str, lex: &Lexicon) -> bool {
        self.kommun
            .as_deref()
            .is_some_and(|kommun| branch_mailbox(address, &folded(kommun), lex))
    }

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
    let lower: Vec<String> = doc
        .paragraphs
        .iter()
        .map(|p| super::lower_case(&p.text))
        .collect();
    let main: Vec<usize> = (0..doc.paragraphs.len())
        .filter(|&i| {
            let part = doc.paragraphs[i].part;
            doc.parts
                .get(part)
                .is_some_and(|p| matches!(p.kind, PartKind::Body | PartKind::Page))
        })
        .collect();
    let mut headings: Vec<(usize, String, String)> = main
        .iter()
        .filter_map(|&i| section_heading(&doc.paragraphs[i].text, lex).map(|(n, h)| (i, n, h)))
        .collect();
    // A meeting system that spells its § out ("Paragraf 49") or numbers its matters
    // "Ärende 5", and writes no § sign at all: those lines are the matters' headings (in
    // a protocol with § signs, "Paragraf 8 Uppsägning" quotes an agreement).
    if headings.is_empty() {
        headings = main
            .iter()
            .filter_map(|&i| {
                let text = doc.paragraphs[i].text.trim_start();
                let heading = match text.strip_prefix("Paragraf ") {
                    Some(rest) => spelled_out(rest),
                    None => matter_heading(text),
                };
                heading.map(|(n, h)| (i, n, h))
            })
            .collect();
    }
    // Where the run of body paragraphs each paragraph stands in ends (made once: a
    // 5,000-page protocol has thousands of §§).
    let mut in_body = vec![false; doc.paragraphs.len()];
    for &i in &main {
        in_body[i] = true;
    }
    let mut run_end = vec![doc.paragraphs.len(); doc.paragraphs.len()];
    let mut end = doc.paragraphs.len();
    for i in (0..doc.paragraphs.len()).rev() {
        if !in_body[i] {
            end = i;
        }
        run_end[i] = end;
    }
    let mut sections = Vec::new();
    for (k, (index, number, heading)) in headings.iter().enumerate() {
        // The last § ends where the body does: a header or footer part after it (its
        // running title, "Justerandes signatur") is no part of the matter.
        let body_end = run_end[*index];
        let end = headings.get(k + 1).map_or(body_end, |h| h.0.min(body_end));
        // "§ 41  Dnr SN 2024/0012" with the title on the next line: that line is the
        // heading, not the body (secrecy masks the body, and the title must stay).
        let (heading, first_body) = match title_below(doc, heading, *index, end) {
            Some((title, first_body)) => (title, first_body),
            None => (heading.clone(), index + 1),
        };
        // A body begins and ends with a paragraph of its own: a page's running footer and
        // the next page's header around it belong to the pages, not to the matter.
        let running = |i: usize| doc.paragraphs[i].running;
        let first_body = (first_body..end).find(|&i| !running(i)).unwrap_or(end);
        let end = (first_body..end)
            .rev()
            .find(|&i| !running(i))
            .map_or(first_body, |last| last + 1);
        let body = first_body..end;
        let lines: Vec<&str> = doc.span(body.clone()).map(|i| lower[i].as_str()).collect();
        let decision = section_decision(&lines, lex);
        sections.push(Section {
            number: number.clone(),
            heading,
            heading_paragraph: *index,
            body,
            decision,
        });
    }
    let first = headings.first().map_or(doc.paragraphs.len(), |h| h.0);
    Structure {
        attendance: attendance(doc, &lower, lex, &main, first),
        namnd: namnd(doc, first),
        kommun: kommun(doc, &lower, first).or_else(|| kommun_of_domain(doc, lex)),
        sections,
        lower,
        running: doc.paragraphs.iter().map(|p| p.running).collect(),
    }
}

/// The attendance block: the paragraphs before the first § from the first attendance
/// heading on ("Beslutande", "Ledamöter", "Justerare: …"). Without such a heading there
/// is none: text before the first § is then not a list of officials (a protocol extract
/// may start with an applicant's name). `lower` is every paragraph in lower case, made
/// once by [`analyse`].
fn attendance(
    doc: &Document,
    lower: &[String],
    lex: &Lexicon,
    main: &[usize],
    first: usize,
) -> Vec<usize> {
    let is_heading = |i: usize| {
        let text = lower[i].trim();
        lex.tjansteman.rubriker.iter().any(|r| {
            text.strip_prefix(r.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', ' ', '\t']))
        })
    };
    // A running header or footer between its lines is no part of the block.
    let before: Vec<usize> = main
        .iter()
        .copied()
        .filter(|&i| i < first && !doc.paragraphs[i].running)
        .collect();
    // Only a heading before the document's other parts: "Föredragande: Therese Ahl" under
    // a kallelse's "Ärenden" presents a matter, and the next matter's line names no official.
    let parts = (before.iter())
        .position(|&i| other_part(&lower[i], lex))
        .unwrap_or(before.len());
    // A document without §§ (a kallelse, a diarium, an MBL protocol) has no first § to end
    // the block: it ends where another part of the document begins, or at prose. Another
    // heading before those parts opens it again (a "Närvarolista" after the "ANSLAG/BEVIS"
    // text of a protocol's first page).
    // Reopened only by a whole list's heading alone on its line ("Närvarolista"), not by
    // a one-person label ("Handläggare") nor a heading with words after it.
    let reopens = |i: usize| {
        let text = lower[i].trim();
        (lex.tjansteman.narvarolistor.iter()).any(|h| text == h.as_str())
    };
    let mut block = Vec::new();
    let mut open = false;
    let mut opened = false;
    for (k, &i) in before.iter().enumerate() {
        if k < parts && is_heading(i) && (!opened || reopens(i)) {
            open = true;
            opened = true;
        } else if open && ends_attendance(&doc.paragraphs[i].text, &lower[i], lex) {
            open = false;
        }
        if open {
            block.push(i);
        }
    }
    block
}

/// A heading of another part ("Ärendelista", "Diarieutdrag") or a paragraph of prose (long,
/// and not a list of names) is no longer the attendance block. `lower` is `text` in lower
/// case.
fn ends_attendance(text: &str, lower: &str, lex: &Lexicon) -> bool {
    let text = text.trim();
    let separators = text.matches([',', ';', '|']).count();
    other_part(lower, lex)
        || text.chars().count() > 200 && separators < 4
        || prose(text, lex)
        || register_record(lower, lex)
}

/// A register's record line: its sender ("Avsändare: …", `[arende] avsandarrad`) or its
/// number, direction and date set with middle dots ("KS 2026/406-1 · Inkommande ·
/// 2026-09-21", `[arende] riktningar`). A registrar's "Handläggare:" under it names no one
/// present; an attendance list set with middle dots ("Anna Berg · S · ordförande") is none.
fn register_record(lower: &str, lex: &Lexicon) -> bool {
    let lower = lower.trim_start();
    let direction = || {
        lower
            .split(" · ")
            .any(|cell| lex.arende.riktningar.iter().any(|r| cell.trim() == r))
    };
    (lex.arende.avsandarrad.iter()).any(|l| lower.starts_with(l.as_str()))
        || lower.starts_with("mottagare:")
        || lower.matches(" · ").count() >= 2 && direction()
}

/// The fewest words of a line of prose that ends the attendance block.
const PROSE_MIN_WORDS: usize = 6;

/// "Kommunen har mottagit ett skadeståndsanspråk. Sökande är Ahmed Osman.": sentences, not
/// a label and its names ("Övriga närvarande: Anna Berg, sekreterare, §§ 1–5.").
fn prose(text: &str, lex: &Lexicon) -> bool {
    let labelled = text
        .split_once(':')
        .is_some_and(|(label, _)| label.split_whitespace().count() <= 4);
    // "Karin Nyström deltog på distans …": a note on someone present, not prose.
    let mut words = text.split_whitespace();
    let opens_with_name = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    let lower = super::lower_case(text);
    let attendance_note =
        opens_with_name && (lex.tjansteman.narvaroord.iter()).any(|w| lower.contains(w.as_str()));
    text.ends_with(['.', '?', '!'])
        && !labelled
        && !attendance_note
        && !text.contains('\t')
        && text.split_whitespace().count() >= PROSE_MIN_WORDS
        && text.matches([',', ';']).count() < 3
}

/// A heading of another part of the document than its attendance block ("Ärendelista",
/// "Ärenden", "Diarieutdrag"), in lower case.
fn other_part(lower: &str, lex: &Lexicon) -> bool {
    let lower = lower.trim();
    (lex.tjansteman.andra_delar.iter()).any(|h| lower.starts_with(h.as_str()))
}

/// "§ 21 Bygglov för …" → ("21", "Bygglov för …"); also after a short prefix
/// ("PU § 14 Dagordning", "Ärende 4 – § 34") and with the diarienummer before the title
/// ("§ 2 Dnr KS 2025/00031 Ekonomisk uppföljning" → "Ekonomisk uppföljning").
fn section_heading(text: &str, lex: &Lexicon) -> Option<(String, String)> {
    let text = text.trim_start();
    let at = text.find('§')?;
    let rest = text[at + '§'.len_utf8()..].trim_start();
    if let Some(number) = number_before(&text[..at], rest, lex) {
        return Some((number.to_string(), without_reference(rest).to_string()));
    }
    if !heading_prefix(&text[..at], lex) {
        return None;
    }
    numbered(rest)
}

/// The number of a § written before its sign ("25 §⇥Dnr SN 2026/0044", "3 § Jäv"): a
/// title line, short and capitalised or a diarienummer, not a law's § quoted in prose
/// ("3 § Kommunen ska …. ", "12 § förvaltningslagen") or with the law's name alone ("6 §
/// Föräldrabalken", "6 § LVU" under "Lagrum").
fn number_before<'a>(prefix: &'a str, rest: &str, lex: &Lexicon) -> Option<&'a str> {
    let number = prefix.trim_end();
    let digits =
        !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit());
    let title = rest.is_empty()
        || rest.starts_with(char::is_uppercase)
            && rest.chars().count() <= 150
            && !rest.contains(". ")
            && !names_a_law(rest, lex);
    (digits && title).then_some(number)
}

/// "Föräldrabalken", "LVU", "SoL": the text after a § sign is a law's name alone, a quoted
/// law's § ("6 § Föräldrabalken" under "Lagrum"), not a matter's title ("Förslag om …").
fn names_a_law(rest: &str, lex: &Lexicon) -> bool {
    let word = rest.trim().trim_end_matches([',', '.', ';', ':']);
    if word.contains(char::is_whitespace) {
        return false;
    }
    let lower = super::lower_case(word);
    let abbreviation = (2..=5).contains(&word.chars().count())
        && word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word.chars().all(char::is_alphabetic);
    abbreviation || (lex.arende.lagnamn.iter()).any(|end| lower.ends_with(end.as_str()))
}

/// "Paragraf 49⇥Dnr SN 2026/0140": a § whose sign a meeting system spells out, opening
/// its line, with a title or a diarienummer after the number (or nothing), not prose
/// ("Paragraf 3 i avtalet anger …").
fn spelled_out(rest: &str) -> Option<(String, String)> {
    let (number, heading) = numbered(rest)?;
    let after = rest[number.len()..].trim_start_matches(['.', ':']);
    let title_like = heading.is_empty() || heading.starts_with(char::is_uppercase);
    (title_like && (after.is_empty() || after.starts_with(char::is_whitespace)))
        .then_some((number, heading))
}

/// "Ärende 5 Bidrag till föreningar" → ("5", "Bidrag till föreningar"), also "Ärende 5"
/// alone with the title below, as some meeting systems number their matters.
fn matter_heading(text: &str) -> Option<(String, String)> {
    let rest = text.trim_start().strip_prefix("Ärende ")?;
    let (number, heading) = numbered(rest)?;
    // "Ärende 5 återremitteras …" is prose about the matter: a title starts capitalised
    // or with its diarienummer.
    let title_like = heading.is_empty() || heading.starts_with(|c: char| c.is_uppercase());
    title_like.then_some((number, heading))
}

/// The number at the start of a § line's rest and the title after it: "21 Bygglov för …"
/// → ("21", "Bygglov för …"); a year after the number is part of it ("14/2026").
fn numbered(rest: &str) -> Option<(String, String)> {
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let year = rest[digits..]
        .strip_prefix('/')
        .filter(|y| y.len() >= 4 && y.as_bytes()[..4].iter().all(u8::is_ascii_digit))
        .map_or(0, |_| 5);
    let number = &rest[..digits + year];
    // "Ärende 5. Avstängning", "§ 12: Bygglov": the point closes the number.
    let after = &rest[number.len()..];
    let after = after
        .strip_prefix(['.', ':'])
        .filter(|t| t.is_empty() || t.starts_with(char::is_whitespace))
        .unwrap_or(after);
    let heading = without_reference(after).to_string();
    Some((number.to_string(), heading))
}

/// Nothing, an abbreviation of the body ("PU", "KSAU", "Ks", "Dir") or "Ärende 4 –".
fn heading_prefix(prefix: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = prefix.split_whitespace().collect();
    match words.as_slice() {
        [] => true,
        [abbreviation] => {
            let capitals = abbreviation.chars().count() <= 6
                && abbreviation.chars().all(|c| c.is_uppercase() || c == 'Ö');
            // "Ks § 45", not a short word of prose ("Se § 12").
            let mut chars = abbreviation.chars();
            let capitalised = (2..=3).contains(&abbreviation.chars().count())
                && chars.next().is_some_and(char::is_uppercase)
                && chars.all(char::is_lowercase)
                && !lex
                    .arende
                    .prosa_fore_paragraf
                    .iter()
                    .any(|w| w == abbreviation);
            capitals || capitalised
        }
        [word, number, dash] => {
            matches!(*word, "Ärende" | "Punkt")
                && number.chars().all(|c| c.is_ascii_digit())
                && matches!(*dash, "–" | "-" | "—")
        }
        _ => false,
    }
}

/// A title without the diarienummer in front of it: "Dnr KS 2025/00031 Ekonomisk
/// uppföljning" → "Ekonomisk uppföljning"; a line that is only a diarienummer → "".
fn without_reference(text: &str) -> &str {
    let text = text.trim();
    let lower = super::lower_case(text);
    let Some(label) = ["dnr", "diarienr", "diarienummer"]
        .iter()
        .find(|d| lower.starts_with(*d))
    else {
        return text;
    };
    let mut rest = text[label.len()..].trim_start_matches([':', '.', ' ']);
    // The reference: a register's letters ("KS", "MBN") and the number with its year.
    while let Some((word, tail)) = rest.split_once(char::is_whitespace).or(Some((rest, ""))) {
        let reference = !word.is_empty()
            && (word.chars().any(|c| c.is_ascii_digit())
                || word.chars().all(|c| c.is_uppercase() || c == '-'));
        if !reference {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// A heading that is only a diarienummer without its label ("KS 2026/401–405", "BMN
/// 2026-000188"): a register's letters and a number with its year.
fn reference_only(heading: &str) -> bool {
    let words: Vec<&str> = heading.split_whitespace().collect();
    let register = |w: &str| w.chars().all(|c| c.is_uppercase() || c == '-');
    let number = |w: &str| {
        w.chars().filter(char::is_ascii_digit).count() >= 4
            && w.contains(['/', '-', '–', ':'])
            && w.chars().all(|c| c.is_ascii_digit() || "/-–:.".contains(c))
    };
    words.last().is_some_and(|w| number(w))
        && words.len() <= 3
        && words[..words.len() - 1].iter().all(|w| register(w))
}

/// The title below a § line that holds only its number (and diarienummer): the next line
/// that is not only a diarienummer, and the index of the first body line after it.
fn title_below(doc: &Document, heading: &str, index: usize, end: usize) -> Option<(String, usize)> {
    // "§ 32 | SN 2026/0291": a table's cell apart from the number.
    let heading = heading.trim_start_matches(|c: char| c == '|' || c.is_whitespace());
    let unlabelled = reference_only(heading);
    if !heading.trim().is_empty() && !unlabelled {
        return None;
    }
    // The two lines below, past a page break's running footer and header.
    (index + 1..end)
        .filter(|&i| !doc.paragraphs[i].running)
        .take(2)
        .map(|i| (without_reference(&doc.paragraphs[i].text), i))
        .find(|(title, _)| !title.is_empty())
        .filter(|(title, _)| title.chars().count() <= 200)
        // Below an unlabelled number a sentence is the body's first ("Karin Nowak har
        // ansökt om …."), not a title.
        .filter(|(title, _)| !(unlabelled && title.trim_end().ends_with('.')))
        .map(|(title, i)| (title.to_string(), i + 1))
}

/// A §'s decision: what its decision says, where the § sets it apart ("Beslut" above it,
/// "Beslut: …", "… beslutar att …"), else what its whole body says. The story and the
/// assessment speak of other outcomes ("… kan inte ligga till grund för avslag").
fn section_decision(body: &[&str], lex: &Lexicon) -> Decision {
    // Each paragraph is searched once, not once for the stated part and again for the
    // whole body: no stem spans a line break, so the lists a joined text mentions are
    // those its lines mention, and the strongest of them is the smallest index.
    let lists: Vec<Option<usize>> = body
        .iter()
        .map(|p| lex.decisions.first_list_in(p))
        .collect();
    // What the § states as its decision: the line under a "Beslut" heading or opening
    // with "Beslut:", whole; in a line of the proceedings only what follows its first
    // "beslutar" ("X (SD) yrkar avslag. Ordföranden … finner att nämnden beslutar enligt
    // förvaltningens förslag" decides no refusal).
    let stated = |k: usize| {
        let p = body[k];
        let after_heading = k.checked_sub(1).is_some_and(|b| {
            lex.beslut
                .rubriker
                .iter()
                .any(|r| body[b].trim().trim_end_matches(':') == r)
        });
        if after_heading || p.starts_with("beslut:") {
            lists[k]
        } else {
            p.find(" beslutar ")
                .and_then(|at| lex.decisions.first_list_in(&p[at..]))
        }
    };
    let stated_list = (0..body.len()).filter_map(stated).min();
    match stated_list {
        None => decision_of_list(lists.iter().flatten().copied().min()),
        list => decision_of_list(list),
    }
}

/// The strongest decision the body states: an intervention, a refusal, or a grant.
pub(crate) fn decision(body: &str, lex: &Lexicon) -> Decision {
    decision_of_list(lex.decisions.first_list_in(body))
}

/// The decision of the first decision list (ingripande, avslag, gynnande) mentioned.
fn decision_of_list(list: Option<usize>) -> Decision {
    match list {
        Some(0) => Decision::Ingripande,
        Some(1) => Decision::Avslag,
        Some(_) => Decision::Gynnande,
        None => Decision::Okand,
    }
}

/// A place name as a mail domain writes it: "Skärvsjö" → "skarvsjo".
/// A branch's mailbox named after `place` (folded: "skarvsjo"), first, perhaps with its
/// neighbour ("asmyra-kolsjo"), at an organisation's domain. Not a person's mailbox that
/// starts with a name the place shares ("nora.lindqvist@…"), nor one at a webmail domain.
pub(super) fn branch_mailbox(address: &str, place: &str, lex: &Lexicon) -> bool {
    let Some((local, _)) = address.split_once('@') else {
        return false;
    };
    let local = local.to_lowercase();
    let mut parts = local.split(['-', '.', '_']);
    let names_someone = |part: &str| {
        let capitalised = super::names::title_case(part);
        lex.is_first_name(&capitalised) || lex.is_surname(&capitalised)
    };
    !lex.kontakt.at_webmail(address)
        && parts.next() == Some(place)
        && parts.all(|part| !names_someone(part))
}

/// "hoglandet@kommunal.se": a mailbox at a union's own domain (`[kontakt] fackdomaner`)
/// whose local part is one word that names no one: a branch's, named after its area.
pub(super) fn union_branch_mailbox(address: &str, lex: &Lexicon) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let domain = domain.to_lowercase();
    let local = local.to_lowercase();
    // One word of letters, long enough to be an area's name: "kholm", "kerstin-holm" and
    // "kerstinh" are people's.
    let one_word = local.chars().count() >= 6 && local.chars().all(char::is_alphabetic);
    // A given name opening it or a surname (or a surname's ending) closing it names
    // someone ("kerstinh", "kholm").
    let cuts: Vec<usize> = local.char_indices().map(|(k, _)| k).skip(3).collect();
    let names_someone = lex.is_first_name(&super::names::title_case(&local))
        || lex.is_surname(&super::names::title_case(&local))
        || (lex.namn.efternamnsandelser.iter()).any(|e| local.ends_with(e.as_str()))
        || cuts.iter().any(|&k| {
            lex.is_first_name(&super::names::title_case(&local[..k]))
                || lex.is_surname(&super::names::title_case(&local[k..]))
        });
    one_word && !names_someone && lex.kontakt.fackdomaner.contains(&domain)
}

/// A name as a mailbox spells it: lower case, without Swedish diacritics.
pub(crate) fn folded(name: &str) -> String {
    name.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            c => c,
        })
        .collect()
}

/// The municipality of a document that never writes "… kommun" (a council's notes,
/// "Trygghetsrådet i Skärvsjö"): the capitalised word that its mail domain spells
/// ("trygghet@skarvsjo.se"), and that names no union or other organisation (a union
/// branch writes "skarvsjo@vision.se"). Only asked when [`kommun`] found none.
fn kommun_of_domain(doc: &Document, lex: &Lexicon) -> Option<String> {
    // Asked of every document that names no municipality: only lines with an address are
    // split, and only words as long as a label are folded.
    let labels: Vec<String> = doc
        .paragraphs
        .iter()
        .filter(|p| p.text.contains('@'))
        .flat_map(|p| p.text.split_whitespace())
        .filter(|w| {
            !lex.kontakt
                .at_webmail(w.trim_end_matches(['.', ',', ';', ')']))
        })
        .filter_map(|w| w.split_once('@'))
        .filter_map(|(_, domain)| domain.split('.').next())
        .filter(|label| label.len() >= 3)
        .map(str::to_lowercase)
        .collect();
    if labels.is_empty() {
        return None;
    }
    doc.paragraphs
        .iter()
        .flat_map(|p| p.text.split(|c: char| !c.is_alphabetic() && c != '-'))
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter(|w| {
            let length = w.chars().count();
            labels.iter().any(|l| l.len() == length) && labels.contains(&folded(w))
        })
        .find(|w| {
            let lower = super::lower_case(w);
            !lex.facklig.ord.mentioned_in(&lower) && !lex.organisation.ord.mentioned_in(&lower)
        })
        .map(str::to_string)
}

/// The municipality named near the top: "Sjöviks kommun" → "Sjövik", "Ljungsala kommun"
/// → "Ljungsala".
/// `lower` is the document's paragraphs in lower case: a paragraph without "kommun" in
/// it cannot name one, and most do not (the pattern is slow to run over every paragraph).
fn kommun(doc: &Document, lower: &[String], before: usize) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::constant_regex(&RE, r"(\p{Lu}[\p{L}-]+) (?i:kommuns?)(?-u:\b)");
    // Unicode case folding of "kommun" lowers to "kommun" again (the Kelvin sign to k).
    let named = |(p, lower): (&crate::ingest::Paragraph, &String)| {
        if !lower.contains("kommun") {
            return None;
        }
        re.captures(&p.text)
            .and_then(|c| c.get(1))
            .map(|m| capitalised(m.as_str()))
    };
    let stem = |name: String| match name.strip_suffix('s') {
        // "Sjöviks" is the genitive of "Sjövik"; "Ljungsala" has none.
        Some(stem) if !stem.ends_with('s') => stem.to_string(),
        _ => name,
    };
    // Named at the top; else, of the municipalities named, the one whose name the
    // document uses most (others are named too: "Strömsviksskolan i Norrviks kommun").
    if let Some(name) = doc
        .paragraphs
        .iter()
        .zip(lower)
        .take(before.clamp(1, 20))
        .find_map(named)
    {
        return Some(stem(name));
    }
    let mut names: Vec<String> = doc
        .paragraphs
        .iter()
        .zip(lower)
        .filter_map(named)
        .map(stem)
        .collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|name| {
            let uses = doc
                .paragraphs
                .iter()
                .filter(|p| p.text.contains(name.as_str()))
                .count();
            (uses, name)
        })
        .max()
        .map(|(_, name)| name)
}

/// "LJUNGSALA" → "Ljungsala".
fn capitalised(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The first nämnd, styrelse, utskott or fullmäktige named near the top
/// ("Miljö- och byggnämnden", "Socialnämndens individutskott" → "Socialnämndens individutskott").
fn namnd(doc: &Document, before: usize) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::constant_regex(
        &RE,
        r"(?:\p{L}+-\s+och\s+)?\p{L}*(?:nämnden|nämndens\s+\p{L}+utskott|styrelsen|utskottet|fullmäktige)(?-u:\b)",
    );
    doc.paragraphs
        .iter()
        .take(before.min(20))
        .find_map(|p| re.find(&p.text).map(|m| m.as_str().to_string()))
}
