//! Runs every detector over the document and decides each find's rule and suggestion from
//! the document's structure, as the guideline does.

use super::columns::{self, Column};
use super::firms;
use super::lexicon::Lexicon;
use super::rows::CELL_SEPARATOR;
use super::structure::{self, Decision, Structure};
use super::{
    names, patterns, personnummer, Candidate, CandidateIds, Location, Rulebook, Suggestion,
};
use crate::ingest::{Document, Image, ImageSource, PartKind};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

/// A find before it becomes a [`Candidate`]: byte offsets in its paragraph.
#[derive(Debug, Clone)]
pub struct Found {
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub end_paragraph: Option<usize>,
    pub rule: &'static str,
    pub confidence: f64,
    /// Overrides the rule's default suggestion (fastighetsbeteckning in a gynnande beslut).
    pub suggestion: Option<Suggestion>,
    pub provision: Option<String>,
    /// An image find: its index in [`Document::images`].
    pub image: Option<usize>,
    /// Token-level finds compete for the same text (lower rank wins); sentence and §
    /// finds (`None`) sit above them.
    rank: Option<u8>,
}

/// Ranks of the token-level detectors.
const IDENTITY: u8 = 0;
const CONTACT: u8 = 1;
const PROPERTY: u8 = 2;
const ADDRESS: u8 = 3;
const NAME: u8 = 4;

impl Found {
    fn new(
        paragraph: usize,
        start: usize,
        end: usize,
        rule: &'static str,
        confidence: f64,
        rank: Option<u8>,
    ) -> Self {
        Found {
            paragraph,
            start,
            end,
            end_paragraph: None,
            rule,
            confidence,
            suggestion: None,
            provision: None,
            image: None,
            rank,
        }
    }

    fn priority(&self) -> Option<u8> {
        self.rank
    }

    pub fn into_candidate(
        self,
        doc: &Document,
        rulebook: &Rulebook,
        ids: &CandidateIds,
        cursor: &mut CharCursor,
    ) -> Option<Candidate> {
        let rule = rulebook.rule(self.rule)?;
        let first = doc.paragraphs.get(self.paragraph)?;
        let last_index = self.end_paragraph.unwrap_or(self.paragraph);
        let last = doc.paragraphs.get(last_index)?;
        let text = if self.image.is_some() {
            format!("[bild: {}]", rule.title.to_lowercase())
        } else if last_index == self.paragraph {
            first.text.get(self.start..self.end)?.to_string()
        } else {
            // The paragraphs between, without the running lines among them.
            let mut parts = vec![first.text.get(self.start..)?];
            parts.extend(
                doc.span(self.paragraph..last_index + 1)
                    .filter(|&i| i != self.paragraph && i != last_index)
                    .map(|i| doc.paragraphs[i].text.as_str()),
            );
            parts.push(last.text.get(..self.end)?);
            parts.join("\n\n")
        };
        let start = cursor.chars_before(doc, self.paragraph, self.start)?;
        let location = Location {
            // A paragraph may run on over a page break: the page is the candidate's own.
            page: first.page_at(start),
            paragraph: self.paragraph,
            start,
            end: if last_index == self.paragraph {
                start + first.text.get(self.start..self.end)?.chars().count()
            } else {
                last.text.get(..self.end)?.chars().count()
            },
            end_paragraph: self.end_paragraph,
            image: self.image,
        };
        Some(Candidate {
            id: ids.id(self.rule, &location),
            rule: self.rule.to_string(),
            text,
            location,
            suggestion: self.suggestion.unwrap_or(rule.suggestion),
            locked: rule.locked,
            confidence: self.confidence,
            rationale: rule.rationale.clone(),
            provision: self.provision,
        })
    }
}

/// Byte offsets to character offsets, counted on from the offset last asked in the same
/// paragraph: finds taken in reading order cost one pass over each paragraph, not one
/// per find (a register line of thousands of names).
#[derive(Debug, Default)]
pub struct CharCursor {
    paragraph: usize,
    byte: usize,
    chars: usize,
}

impl CharCursor {
    /// The characters of paragraph `paragraph` before byte `byte`.
    pub fn chars_before(&mut self, doc: &Document, paragraph: usize, byte: usize) -> Option<usize> {
        if paragraph != self.paragraph || byte < self.byte {
            *self = CharCursor {
                paragraph,
                byte: 0,
                chars: 0,
            };
        }
        let text = doc.paragraphs.get(paragraph)?.text.get(self.byte..byte)?;
        self.chars += text.chars().count();
        self.byte = byte;
        Some(self.chars)
    }
}

/// Every find of the document, classified.
pub fn find_all(doc: &Document, lex: &Lexicon, structure: &Structure, year: i32) -> Vec<Found> {
    let mut found = Vec::new();
    let own_domains =
        patterns::organisation_domains(doc.paragraphs.iter().map(|p| p.text.as_str()), lex);
    let staff_mail = |address: &str| {
        let domain = address.rsplit('@').next().unwrap_or("").to_lowercase();
        structure.is_kommun_mail(address, lex) || own_domains.contains(&domain)
    };
    // "skarvsjo@vision.se" beside "hr@skarvsjo.se": a union branch's mailbox, named
    // after the organisation's own domain (or its municipality), is no one's.
    let branch_mail = |address: &str| {
        structure.is_branch_mail(address, lex)
            || structure::union_branch_mailbox(address, lex)
            || own_domains.iter().any(|domain| {
                let label = domain.split('.').next().unwrap_or("");
                !address.ends_with(domain.as_str())
                    && structure::branch_mailbox(address, label, lex)
            })
    };
    let tables = columns::of(doc, lex);
    let own_phones = patterns::organisation_phone_series(
        doc.paragraphs.iter().map(|p| p.text.as_str()),
        lex,
        staff_mail,
    );
    let own_phone = |number: &str| {
        !number.contains('@')
            && patterns::phone_key(number).is_some_and(|k| own_phones.contains(&k))
    };
    for (i, p) in doc.paragraphs.iter().enumerate() {
        for m in personnummer::find(&p.text, year) {
            if !m.checksum_ok && patterns::after_bookkeeping_label(&p.text[..m.start], lex) {
                continue;
            }
            let rule = match m.kind {
                personnummer::IdKind::Personnummer => "personnummer",
                personnummer::IdKind::Samordningsnummer => "samordningsnummer",
            };
            found.push(Found::new(
                i,
                m.start,
                m.end,
                rule,
                m.confidence(),
                Some(IDENTITY),
            ));
        }
        for s in patterns::contacts(&p.text, lex) {
            // Staff's work addresses at the municipality's own domain are public.
            let contact = &p.text[s.start..s.end];
            // A branch's mailbox is no staff member's, and the numbers beside it stay
            // the ombud's own: it is left out here only. A union representative's work
            // address in the list of representatives is masked with the name (not the
            // employer's contact's: "HR-chef Maria Holm" in that column).
            let union_row = || {
                tables[i].as_deref().is_some_and(|c| {
                    let cells = columns::cells_of(&p.text, c, Column::Union);
                    cells.iter().any(|&(start, end)| {
                        let cell = p.text[start..end].trim();
                        let first = cell.split_whitespace().next().unwrap_or("");
                        first.starts_with(char::is_uppercase) && !lex.tjansteman.is_title(first)
                    })
                })
            };
            if (!staff_mail(contact) || union_row()) && !own_phone(contact) && !branch_mail(contact)
            {
                found.push(Found::new(i, s.start, s.end, s.rule, 0.9, Some(CONTACT)));
            }
        }
        // Only in a list that decides on each place ("Plats ⇥ Beslut"): an incident
        // log's "Plats" is where something happened, a home perhaps.
        let places = tables[i]
            .as_deref()
            .filter(|c| c.contains(&Column::Decision))
            .map_or(Vec::new(), |c| columns::cells_of(&p.text, c, Column::Place));
        // "Valdistrikt ⇥ Vallokal ⇥ Adress": the address after the premises is theirs.
        let premises = tables[i]
            .as_deref()
            .filter(|c| !c.contains(&Column::Party))
            .map_or(Vec::new(), |c| columns::premises_cells(&p.text, c));
        let premises_or_place = |a: usize, b: usize| {
            premises
                .iter()
                .chain(&places)
                .any(|&(s, e)| s <= a && b <= e)
        };
        for s in patterns::addresses(&p.text, lex, staff_mail) {
            if premises_or_place(s.start, s.end) {
                continue;
            }
            found.push(Found::new(i, s.start, s.end, s.rule, 0.9, Some(ADDRESS)));
        }
        for (start, end) in (address_cells(&p.text, tables[i].as_deref(), &found, i, lex))
            .into_iter()
            .filter(|&(a, b)| !premises_or_place(a, b))
        {
            found.push(Found::new(i, start, end, "adress", 0.85, Some(ADDRESS)));
        }
        for s in patterns::document_numbers(
            &p.text,
            structure.lower(i),
            &lex.integritetskanslig.dokumentnummer,
        ) {
            found.push(Found::new(i, s.start, s.end, s.rule, 0.85, Some(IDENTITY)));
        }
        // An account number outranks the phone number its digits may also look like.
        for s in patterns::bank_accounts(&p.text) {
            // A personkonto's number is the holder's personnummer, found and locked as one:
            // the account keeps its clearing number, which tells the bank only and may
            // stay once the number after it is masked.
            let identity = (found.iter().rev())
                .take_while(|f| f.paragraph == i)
                .filter(|f| f.rule == "personnummer" || f.rule == "samordningsnummer")
                .find(|f| s.start < f.start && f.end <= s.end)
                .map(|f| f.start);
            let end = identity.map_or(s.end, |at| p.text[..at].trim_end_matches(['-', ' ']).len());
            let mut account = Found::new(i, s.start, end, s.rule, 0.85, Some(IDENTITY));
            if identity.is_some() {
                account.suggestion = Some(Suggestion::Keep);
            }
            found.push(account);
        }
        let mut previous = 0;
        // The § title (on the § line or below it), not the § line itself.
        let heading = structure.section_of(i).map(|s| s.heading.as_str());
        for s in designations(
            &p.text,
            structure.lower(i),
            heading,
            tables[i].as_deref(),
            structure.kommun.as_deref(),
            lex,
        ) {
            let mut f = Found::new(i, s.start, s.end, s.rule, 0.85, Some(PROPERTY));
            let clause = previous..s.start;
            let row = tables[i]
                .as_deref()
                .and_then(|c| decided_in_cell(&p.text, c, lex));
            f.suggestion = Some(property_suggestion(lex, structure, &p.text, clause, i, row));
            previous = s.end;
            found.push(f);
        }
    }
    found.extend(blocks_named_again(doc, lex, structure, &found));
    keep_designations_kept_in_their_matter(doc, lex, structure, &mut found);
    let (people, dead) = people(doc, lex, structure, &tables, &found);
    found.extend(debt_cells(doc, &tables, &people, &found));
    found.extend(village_homes(doc, lex, &people, &found));
    drop_officials_contacts(doc, lex, &people, &mut found);
    drop_recipients_addresses(doc, lex, &mut found);
    found.extend(homes_named_again(doc, &found));
    let private_sections = sections_with_private_data(doc, lex, structure, &found, &people, &dead);
    let mut sentences =
        sensitive_sentences(doc, lex, structure, &private_sections, &people, &found);
    let reasons = absence_reasons(doc, lex, structure);
    sentences.retain(|s| !an_officials_own_reason(doc, lex, s, &reasons, &people));
    found.extend(sentences);
    found.extend(reasons);
    found.extend(classify_people(doc, lex, structure, &people, &found));
    found.extend(private_peoples_work_mail(doc, lex, &people, &found));
    mask_homes_of_sensitive_items(doc, lex, structure, &mut found);
    found.extend(measured_firms(doc, lex, structure, &tables));
    found.extend(secrecy(doc, lex, structure, &private_sections));
    found.extend(images(doc, lex));
    keep_what_is_consented(doc, lex, structure, &mut found);
    keep_proposers_own_words(doc, lex, structure, &mut found);
    drop_overlaps(found)
}

/// "Ulla Granström (MP) har begärt att bli entledigad … på grund av en cancerbehandling":
/// a one-paragraph sentence that opens with an official's full name and gives a reason of
/// their own ([`absence_reasons`]), with nothing sensitive and no one else between the
/// name and the reason. Only the reason is masked; the name and what they ask stay, as a
/// resignation is published with the name.
fn an_officials_own_reason(
    doc: &Document,
    lex: &Lexicon,
    sentence: &Found,
    reasons: &[Found],
    people: &[Person],
) -> bool {
    if sentence.end_paragraph.is_some() {
        return false;
    }
    let i = sentence.paragraph;
    let text = &doc.paragraphs[i].text;
    let Some(official) = people.iter().find(|p| {
        p.official
            && p.paragraph == i
            && p.start == sentence.start
            && text[p.start..p.end].contains(' ')
    }) else {
        return false;
    };
    let Some(reason) = reasons
        .iter()
        .find(|r| r.paragraph == i && sentence.start <= r.start && r.end <= sentence.end)
    else {
        return false;
    };
    let between = text.get(official.end..reason.start).unwrap_or("");
    let someone_else = people
        .iter()
        .any(|p| p.paragraph == i && official.end <= p.start && p.end <= reason.start);
    !someone_else && sensitive_rule_of(&super::lower_case(between), lex).is_none()
}

/// Each mention of a sole trader's firm where its § or its row measures it
/// ([`firms`]): masked with the owner under myndighetsutövning.
fn measured_firms(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    tables: &[Option<Rc<[Column]>>],
) -> Vec<Found> {
    let Some(firms) = firms::Firms::of(doc, structure, lex) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let mut mentions = firms.mentions(&p.text).peekable();
        if mentions.peek().is_none() {
            continue;
        }
        let row = tables[i]
            .as_deref()
            .and_then(|c| decided_in_cell(&p.text, c, lex));
        let decision = row.or_else(|| structure.section_of(i).map(|s| s.decision));
        if decision == Some(Decision::Ingripande) {
            out.extend(mentions.map(|(start, end)| {
                Found::new(i, start, end, "myndighetsutovning", 0.8, Some(NAME))
            }));
        }
    }
    out
}

/// "Själv har jag diabetes typ 1 och skidåkningen var det som gjorde att jag lärde mig
/// hantera sjukdomen": what a proposer tells of themselves in the first person in their
/// citizens' proposal, which they signed for publication, stays; not what it tells of
/// anyone else ("min son", "grannen").
fn keep_proposers_own_words(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    found: &mut [Found],
) {
    // A proposal form's proposer, outside any §: the lines below, up to the form's end.
    let proposers: Vec<usize> = (found.iter())
        .filter(|f| f.rule == "medborgarforslag" && structure.section_of(f.paragraph).is_none())
        .map(|f| f.paragraph)
        .collect();
    let on_a_form =
        |i: usize| (proposers.iter()).any(|&at| at < i && i - at <= PROPOSAL_FORM_LINES);
    let own = |f: &Found| {
        let proposal = match structure.section_of(f.paragraph) {
            Some(section) => mentions_proposal(&super::lower_case(&section.heading), lex),
            None => on_a_form(f.paragraph),
        };
        if f.end_paragraph.is_some() || !proposal {
            return false;
        }
        let lower = super::lower_case(&doc.paragraphs[f.paragraph].text[f.start..f.end]);
        let words = || lower.split(|c: char| !c.is_alphanumeric());
        let first_person = words().any(|w| matches!(w, "jag" | "mig"));
        // Anyone else: "han", "hennes", "min son", "grannen".
        let someone_else = words().any(|w| lex.arende.annan_person.iter().any(|o| o == w));
        first_person && !someone_else
    };
    for f in found.iter_mut() {
        if matches!(f.rule, "kanslig" | "integritetskanslig") && own(f) {
            f.suggestion = Some(Suggestion::Keep);
        }
    }
}

/// A sentence that records a consent to publication ("Pristagaren har tillfrågats och
/// samtyckt till att hans namn och bild publiceras"; "I sitt förslag, som hon
/// undertecknat … och samtyckt till publicering av, berättar hon att hon själv har MS"):
/// the names, photos and sensitive facts in it stay, and so do the name, photo and
/// signature of the one private person its § names.
fn keep_what_is_consented(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    found: &mut [Found],
) {
    let words = &lex.arende;
    let consents = |sentence: &str| {
        sentence.contains("publicer")
            && words.samtycke.iter().any(|p| sentence.contains(p.as_str()))
            && !sentence.split(|c: char| !c.is_alphanumeric()).any(|w| {
                (words.samtycke_forbehall.iter())
                    .any(|r| w == r || r.len() > 4 && w.starts_with(r.as_str()))
            })
    };
    let keepable = |f: &Found| {
        matches!(
            f.rule,
            "namn" | "foto" | "namnteckning" | "kanslig" | "integritetskanslig"
        )
    };
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let lower = structure.lower(i);
        if !lower.contains("samtyck") || lower.len() != p.text.len() {
            continue;
        }
        for (start, end) in sentences(&p.text)
            .into_iter()
            .filter(|&(s, e)| consents(&lower[s..e]))
        {
            let mut consenting: Vec<String> = Vec::new();
            for f in found.iter_mut().filter(|f| f.paragraph == i && keepable(f)) {
                if start <= f.start && f.end <= end {
                    f.suggestion = Some(Suggestion::Keep);
                    if f.rule == "namn" {
                        consenting.push(p.text[f.start..f.end].to_string());
                    }
                }
            }
            keep_named_again(doc, structure, i, &consenting, found);
            let several = lower[start..end]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| words.samtycke_flera.iter().any(|s| s == w));
            keep_the_named(doc, structure, i, several, found);
        }
    }
}

/// In the § of paragraph `at`, the other mentions of the names a consent names
/// ("Juryn föreslår Tilde Sjöberg, …" above "Vårdnadshavarna till Tilde Sjöberg har
/// samtyckt till att hennes namn och bild publiceras"), where the § names others too.
fn keep_named_again(
    doc: &Document,
    structure: &Structure,
    at: usize,
    names: &[String],
    found: &mut [Found],
) {
    let section = |i: usize| structure.section_of(i).map(|s| s.heading_paragraph);
    let Some(own) = section(at) else {
        return;
    };
    for f in found.iter_mut() {
        let text = &doc.paragraphs[f.paragraph].text[f.start..f.end];
        if f.rule == "namn" && section(f.paragraph) == Some(own) && names.iter().any(|n| n == text)
        {
            f.suggestion = Some(Suggestion::Keep);
        }
    }
}

/// In the § of paragraph `at`, the name, photos and signatures of the one private person
/// named (`namn`), when it names exactly one; or, when the consent is given for
/// `several`, of everyone named in its own paragraph (others the § names after it may
/// not have been asked).
fn keep_the_named(
    doc: &Document,
    structure: &Structure,
    at: usize,
    several: bool,
    found: &mut [Found],
) {
    let Some(section) = structure.section_of(at).map(|s| s.heading_paragraph) else {
        return;
    };
    let in_section = |f: &Found| {
        structure
            .section_of(f.paragraph)
            .map(|s| s.heading_paragraph)
            == Some(section)
    };
    let text = |f: &Found| &doc.paragraphs[f.paragraph].text[f.start..f.end];
    let people: HashSet<String> = found
        .iter()
        .filter(|f| f.rule == "namn" && in_section(f))
        .map(|f| text(f).split_whitespace().last().unwrap_or("").to_string())
        .collect();
    if people.len() != 1 && !several {
        return;
    }
    let named = |f: &Found| people.len() == 1 || f.paragraph == at;
    for f in found.iter_mut() {
        if matches!(f.rule, "namn" | "foto" | "namnteckning") && in_section(f) && named(f) {
            f.suggestion = Some(Suggestion::Keep);
        }
    }
}

/// The property designations of a paragraph: by their form, and in a table's property
/// column any cell of a name and a number ("Gärdet 4").
fn designations(
    text: &str,
    lower: &str,
    heading: Option<&str>,
    columns: Option<&[Column]>,
    kommun: Option<&str>,
    lex: &Lexicon,
) -> Vec<patterns::Span> {
    let mut spans = patterns::designations(text, lex);
    let listed: Vec<_> = (spans.iter())
        .flat_map(|s| patterns::listed_after(text, *s, lex).into_iter().skip(1))
        .collect();
    for s in listed {
        if !spans.iter().any(|o| o.start < s.end && s.start < o.end) {
            spans.push(s);
        }
    }
    // A § about building names its property in lines that do not say "bygglov" again.
    // Asked only of a paragraph with a block in it, once.
    let building = std::cell::OnceCell::new();
    let building = || {
        *building.get_or_init(|| {
            lex.building_matter.mentioned_in(lower)
                || heading.is_some_and(|h| lex.building_matter.mentioned_in(&super::lower_case(h)))
        })
    };
    for s in patterns::block_designations(text, kommun, lex) {
        let titled = || {
            closes_title(text, s.start, s.end, || {
                structure::decision(lower, lex) != Decision::Okand
                    || text.matches('\t').count() == 1
            })
        };
        let new = !spans.iter().any(|o| o.start < s.end && s.start < o.end);
        if new && (building() || titled()) {
            spans.push(s);
        }
    }
    let cells = columns.map_or(Vec::new(), |c| columns::cells_of(text, c, Column::Property));
    for (start, end) in cells {
        let new = !spans.iter().any(|s| s.start < end && start < s.end);
        let cell = &text[start..end];
        let designation = if patterns::name_and_number_cell(cell) {
            Some(end)
        } else {
            patterns::name_and_number_opening(cell).map(|len| start + len)
        };
        if let Some(end) = designation.filter(|_| new) {
            spans.push(patterns::Span {
                start,
                end,
                rule: "fastighetsbeteckning",
            });
        }
    }
    spans.sort_by_key(|s| s.start);
    spans
}

/// A line that names a matter rather than tells it: short and not closed by a full stop
/// ("Förbud mot övernattning – Föreningen Gnistans samlingslokal, Gnistan 1"). A block
/// at its end is the property the matter is about, whatever the matter.
fn title_line(text: &str) -> bool {
    let text = text.trim_end();
    !text.ends_with(['.', ':', '?']) && text.split_whitespace().count() <= 20
}

/// Whether `start..end` closes a title line, or a title in a cell of a row set with tabs
/// or runs of spaces ("Beslut: föreläggande, olägenhet i bostad, Humlan 3   Gun-Britt …")
/// where the row states a decision or is a form's field ("Plats⇥Källaren i min bostad,
/// Kvarnen 14"): a register's object cell ("Stensjöskolans kök, Skolan 3") names a place
/// more often than a matter.
fn closes_title(text: &str, start: usize, end: usize, decided: impl Fn() -> bool) -> bool {
    let rest = &text[end..];
    let closes_cell = rest.trim().is_empty() || rest.starts_with('\t') || rest.starts_with("  ");
    let before = &text[..start];
    let cell_start = [
        before.rfind('\t').map(|k| k + 1),
        before.rfind("  ").map(|k| k + 2),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(0);
    let row = text.contains('\t') || text.contains("  ");
    closes_cell && title_line(&text[cell_start..end]) && (!row || decided())
}

/// The cells of a row under an address heading ("Elev | Klass | Adress") that hold a word
/// and a number ("Brännmyra 40") and no address found already: a village address has no
/// street ending to tell it by. A cell after an organisation's name ("Folkets hus |
/// Bruksgatan 4") is the organisation's.
fn address_cells(
    text: &str,
    columns: Option<&[Column]>,
    found: &[Found],
    paragraph: usize,
    lex: &Lexicon,
) -> Vec<(usize, usize)> {
    let Some(columns) = columns else {
        // A form's field "Gatuadress⇥Vävsta bygata 17" holds an address, whatever its form;
        // not a venue's ("Adress⇥Kommunhuset, Storgatan 20").
        return columns::address_field_value(text, lex)
            .filter(|&(start, end)| {
                !found
                    .iter()
                    .any(|f| f.paragraph == paragraph && f.start < end && start < f.end)
                    && !lex
                        .organisation
                        .ord
                        .mentioned_in(&super::lower_case(&text[start..end]))
            })
            .into_iter()
            .collect();
    };
    columns::cells_of(text, columns, Column::Address)
        .into_iter()
        .filter(|&(start, end)| {
            !found
                .iter()
                .any(|f| f.paragraph == paragraph && f.start < end && start < f.end)
                && (patterns::name_and_number_cell(&text[start..end])
                    || patterns::room_of_a_home(&text[start..end]))
                && (columns.contains(&Column::Party)
                    || !patterns::organisation_before(text, start, lex))
        })
        .collect()
}

/// "Sökande: Anna Lind, Lainio 112.": a village and a house number right after a private
/// person's name and its comma is their home, though no street ending says so (rural
/// addresses are written so). Not an organisation's, nor a designation ("Lainio 1:12").
fn village_homes(doc: &Document, lex: &Lexicon, people: &[Person], found: &[Found]) -> Vec<Found> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::constant_regex(&RE, r"^, (\p{Lu}\p{Ll}+ \d{1,4}(?: ?[A-Z])?)(?:$|[.,;)\t])");
    people
        .iter()
        .filter(|p| !p.official)
        .filter_map(|p| {
            let text = &doc.paragraphs[p.paragraph].text;
            let home = re.captures(text.get(p.end..)?)?.get(1)?;
            let (start, end) = (p.end + home.start(), p.end + home.end());
            let word = home.as_str().split(' ').next().unwrap_or("");
            let taken = found
                .iter()
                .any(|f| f.paragraph == p.paragraph && f.start < end && start < f.end);
            let organisation = lex.organisation.ord.mentioned_in(&super::lower_case(word));
            // "Fiskaren 3": a block's name in the definite form is a designation's.
            let block = ["en", "et", "an", "rn"].iter().any(|e| word.ends_with(e));
            (!taken && !organisation && !block && !lex.is_first_name(word))
                .then(|| Found::new(p.paragraph, start, end, "adress", 0.8, Some(ADDRESS)))
        })
        .collect()
}

/// The cells of a row under a debt heading ("Kund | Personnummer | Skuld") in a row that
/// names a private person: their debt. A company's or an estate's row keeps its figure.
fn debt_cells(
    doc: &Document,
    tables: &[Option<Rc<[Column]>>],
    people: &[Person],
    found: &[Found],
) -> Vec<Found> {
    let debt_rows: Vec<usize> = (0..doc.paragraphs.len())
        .filter(|&i| {
            tables[i]
                .as_deref()
                .is_some_and(|c| c.contains(&Column::Debt))
        })
        .collect();
    if debt_rows.is_empty() {
        return Vec::new();
    }
    let private: HashSet<usize> = people
        .iter()
        .filter(|n| !n.official)
        .map(|n| n.paragraph)
        .chain(
            found
                .iter()
                .filter(|f| matches!(f.rule, "personnummer" | "samordningsnummer"))
                .map(|f| f.paragraph),
        )
        .collect();
    let mut out = Vec::new();
    for i in debt_rows.into_iter().filter(|i| private.contains(i)) {
        let columns = tables[i].as_deref().unwrap_or(&[]);
        for (start, end) in columns::cells_of(&doc.paragraphs[i].text, columns, Column::Debt) {
            if start < end {
                out.push(Found::new(i, start, end, "integritetskanslig", 0.8, None));
            }
        }
    }
    out
}

/// A name followed by its bearer's own mailbox, which detection left unmasked as the
/// organisation's ("Vidarebefordrad till kvalitetsenheten ⇥ 2026-07-02, Johan Kvist,
/// johan.kvist@stavhamn.se"): a member of staff, whose name is as public as the address.
fn with_work_mailbox(
    text: &str,
    name: std::ops::Range<usize>,
    paragraph: usize,
    found: &[Found],
    lex: &Lexicon,
) -> bool {
    let Some((at, address)) = own_mailbox_after(text, name) else {
        return false;
    };
    // Asked last: the finds are many, names before a mailbox few.
    let masked = || {
        found
            .iter()
            .any(|f| f.paragraph == paragraph && f.start <= at && at < f.end)
    };
    !lex.kontakt.at_webmail(address) && !masked()
}

/// The mailbox right after a name that spells its surname ("Malin Ekdahl
/// <malin.ekdahl@liljea.se>", "Johan Kvist, johan.kvist@…"), and where it starts.
fn own_mailbox_after(text: &str, name: std::ops::Range<usize>) -> Option<(usize, &str)> {
    let after = &text[name.end..];
    let gap = after.len() - after.trim_start_matches([',', ' ', '\t', '<']).len();
    if gap == 0 || gap > 3 {
        return None;
    }
    let at = name.end + gap;
    let address = text[at..]
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '>'))
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    let (local, _) = address.split_once('@')?;
    let surname = text[name].split_whitespace().last().unwrap_or("");
    spells_surname(local, surname).then_some((at, address))
}

/// "Samebyns kontaktperson är Jovnna Nutti, 070-…, jovnna.nutti@ahkkejavri.se": a mailbox
/// at an organisation's domain that spells the surname of a private person its paragraph
/// names (a party, a union representative) is theirs, and goes with the name; not where
/// an official of the paragraph spells it too.
fn private_peoples_work_mail(
    doc: &Document,
    lex: &Lexicon,
    people: &[Person],
    found: &[Found],
) -> Vec<Found> {
    let surname = |p: &Person| {
        let text = &doc.paragraphs[p.paragraph].text[p.start..p.end];
        names::natural_order(text)
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_string()
    };
    let mut out = Vec::new();
    let mut paragraphs: Vec<usize> = people
        .iter()
        .filter(|p| !p.official)
        .map(|p| p.paragraph)
        .collect();
    paragraphs.dedup();
    for i in paragraphs {
        let text = &doc.paragraphs[i].text;
        let here: Vec<&Person> = people.iter().filter(|p| p.paragraph == i).collect();
        for s in patterns::contacts(text, lex) {
            let address = &text[s.start..s.end];
            let Some((local, _)) = address.split_once('@') else {
                continue;
            };
            let spelt = |official: bool| {
                (here.iter()).any(|p| p.official == official && spells_surname(local, &surname(p)))
            };
            let known = found
                .iter()
                .any(|f| f.paragraph == i && f.start <= s.start && s.end <= f.end);
            if !known && spelt(false) && !spelt(true) {
                out.push(Found::new(
                    i,
                    s.start,
                    s.end,
                    "kontakt",
                    0.85,
                    Some(CONTACT),
                ));
            }
        }
    }
    out
}

/// A part of a mailbox's local name is the surname, or an initial and it ("jkvist"), not
/// a word that holds it ("lindbacksskolan@…" of "Anna Lind").
fn spells_surname(local: &str, surname: &str) -> bool {
    let surname = structure::folded(surname);
    let long = surname.chars().count() > 2;
    surname.chars().count() > 1
        && structure::folded(local).split(['.', '-', '_']).any(|part| {
            part == surname
                || long
                    && part
                        .strip_suffix(surname.as_str())
                        .is_some_and(|initial| initial.chars().count() == 1)
        })
}

/// A phone number or e-mail right after an official's name ("Skolskjutshandläggare
/// Ximena Contreras, tel. 0980-319 244", "Mikael Fors, miljöinspektör, 0980-319 246") is
/// their work contact, public like the name. An address at webmail is not ("Anmälan till
/// Barbro Lind, barbro.lind44@telia.com": a representative's own mailbox).
fn drop_officials_contacts(
    doc: &Document,
    lex: &Lexicon,
    people: &[Person],
    found: &mut Vec<Found>,
) {
    let text_of = |f: &Found| &doc.paragraphs[f.paragraph].text[f.start..f.end];
    let labelled_after = |p: &Person, f: &Found| {
        if !p.official
            || lex.kontakt.at_webmail(text_of(f))
            || p.paragraph != f.paragraph
            || p.end > f.start
        {
            return false;
        }
        let text = &doc.paragraphs[f.paragraph].text;
        let between = without_employer_and_mail(&text[p.end..f.start]);
        let pieces: Vec<&str> = between.split(',').collect();
        // "Sofia Ek, certifierad kommunal revisor, Norrlandsrevision AB, sofia.ek@…": past
        // the company they work at, only their own work mailbox is theirs.
        let via_employer = pieces.iter().any(|piece| employer(piece, lex));
        let own_mailbox = || {
            let local = text_of(f).split('@').next().unwrap_or("");
            let surname = text[p.start..p.end].split_whitespace().last().unwrap_or("");
            text_of(f).contains('@') && spells_surname(local, surname)
        };
        f.start - p.end <= if via_employer { 80 } else { 50 }
            && pieces.iter().all(|piece| {
                patterns::only_contact_words(piece, |w| lex.tjansteman.is_title(w))
                    || qualified_title(piece, lex)
                    || employer(piece, lex)
            })
            && (!via_employer || own_mailbox())
    };
    // "Malin Ekdahl" over "Bostadsstrateg, Liljeå kommun, …, 0226-63 50 47": the line
    // under an official's signed name gives their office's contacts.
    let signed_under = |p: &Person, f: &Found| {
        let text = |i: usize| doc.paragraphs[i].text.as_str();
        p.official
            && p.paragraph + 1 == f.paragraph
            && text(p.paragraph).trim() == &text(p.paragraph)[p.start..p.end]
            && !lex.kontakt.at_webmail(text_of(f))
            && titled_address_line(text(f.paragraph), lex)
    };
    found.retain(|f| {
        f.rule != "kontakt"
            || !people
                .iter()
                .any(|p| labelled_after(p, f) || signed_under(p, f))
    });
}

/// A letter's recipient line ("Till Tekniska nämnden i Kölfors kommun") and under it a
/// line of nothing but an address ("Box 83, 686 80 Kölfors"): the body's address, public.
fn drop_recipients_addresses(doc: &Document, lex: &Lexicon, found: &mut Vec<Found>) {
    // The recipient itself is the body: its name up to " i " or a comma ends like one
    // ("Tekniska nämnden i Kölfors kommun", "Kölfors kommun"), not a person in it ("Till
    // ägaren av fastigheten Norrby 4:12 i Kölfors kommun").
    let body = |line: &str| {
        let lower = super::lower_case(line.trim());
        lower.strip_prefix("till ").is_some_and(|rest| {
            let recipient = rest.split(" i ").next().unwrap_or("");
            let recipient = recipient.split(',').next().unwrap_or("");
            recipient.split_whitespace().last().is_some_and(|w| {
                w == "kommun"
                    || (lex.organisation.fore_adress.iter()).any(|e| w.ends_with(e.as_str()))
            })
        })
    };
    let recipients: Vec<usize> = (1..doc.paragraphs.len())
        .filter(|&i| body(&doc.paragraphs[i - 1].text))
        .collect();
    for i in recipients {
        let text = &doc.paragraphs[i].text;
        let mut rest = text.to_string();
        for f in found
            .iter()
            .filter(|f| f.paragraph == i && f.rule == "adress")
        {
            rest.replace_range(f.start..f.end, &" ".repeat(f.end - f.start));
        }
        // Nothing but the addresses and their commas.
        if rest.trim_matches([' ', ',']).is_empty() {
            found.retain(|f| f.paragraph != i || f.rule != "adress");
        }
    }
}

/// ", Norrlandsrevision AB,": the company an official works at, set off after their
/// title; a company by its form ([organisation] bolagsformer), not a shop or a pizzeria.
fn employer(piece: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = piece.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && (words.last()).is_some_and(|w| lex.organisation.company_form(w))
}

/// ", utredare pedagogisk omsorg,": a title and the lower-case words of the field it
/// serves in, set off after a name.
fn qualified_title(piece: &str, lex: &Lexicon) -> bool {
    // "certifierad kommunal revisor": up to two qualifiers before the title.
    let piece = piece.trim_start();
    let piece = names::without_qualifier(piece, lex).map_or(piece, |rest| {
        names::without_qualifier(rest, lex).unwrap_or(rest)
    });
    let mut words = piece.split_whitespace();
    words.next().is_some_and(|w| lex.tjansteman.is_title(w))
        && words.clone().count() <= 3
        && words.all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// The text between an official's name and a number without the municipality they work
/// for ("Robert Ilić | Hällebro kommun | 040-628 04 31": an employer's row of an MBL
/// table) and without their e-mail address ("Ellinor Sundin, ellinor.sundin@hallebro.se,
/// 040-628 04 41").
fn without_employer_and_mail(between: &str) -> std::borrow::Cow<'_, str> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    super::constant_regex(
        &RE,
        r"\p{Lu}[\p{L}-]+ (?:kommun|region)(?-u:\b)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    )
    .replace_all(between, "")
}

/// Keep a fastighetsbeteckning only in a gynnande beslut, or when the municipality owns
/// the property (see [`municipal`]); in doubt, integrity wins. The nearest decision
/// decides: the one in the designation's own clause ("… att bifalla ansökan för
/// fastigheten Vuolleby 4:15, och att avslå ansökan för fastigheten Lund 2:31"), else the
/// one its line states (a list of delegation decisions, "Bygglov …, Sjövik 3:41,
/// beviljat", holds grants and sanctions side by side), else its §'s.
fn property_suggestion(
    lex: &Lexicon,
    structure: &Structure,
    text: &str,
    clause: std::ops::Range<usize>,
    paragraph: usize,
    row: Option<Decision>,
) -> Suggestion {
    let lower = structure.lower(paragraph);
    let stated =
        |body: &str| Some(structure::decision(body, lex)).filter(|d| *d != Decision::Okand);
    // A line decides as a whole when it is one item (a table row, a list line); in
    // prose the § decides ("… påbörjats på fastigheten Kråkan 5. Bygglov beviljades
    // 2024-02-14 men …" is a sanction's story, not a grant).
    let item =
        text.contains(CELL_SEPARATOR) || text.len() <= LIST_ITEM || sentences(text).len() == 1;
    let decision = row
        .or_else(|| own_clause(lower, text, clause.clone()).and_then(stated))
        .or_else(|| item.then(|| stated(lower)).flatten())
        .or_else(|| row_names_a_permit(lower, lex).then_some(Decision::Gynnande))
        .or_else(|| {
            // A table's introducing line decides its rows only where the § decides nothing.
            let section = structure.section_of(paragraph).map(|s| s.decision);
            section
                .filter(|d| *d != Decision::Okand)
                .or_else(|| {
                    table_introduced(structure, paragraph)
                        .filter(|intro| {
                            !lex.tabell
                                .register
                                .iter()
                                .any(|r| intro.contains(r.as_str()))
                        })
                        .and_then(stated)
                })
                .or(section)
        })
        .or_else(|| stated(lower));
    // A plan's name, unless a refusal or a measure is decided about the property; also
    // the land it covers after its name ("Detaljplan för Björnbacken, del av Kölfors
    // 2:211").
    let before = &text[..clause.end];
    let plans_land = || {
        let before = super::lower_case(before);
        // In the designation's own sentence.
        let line = before.rsplit(". ").next().unwrap_or("").trim_end();
        line.ends_with("del av")
            && (lex.beslut.planens_namn.iter()).any(|p| line.contains(p.as_str()))
    };
    let plan = (patterns::ends_with_phrase(before, &lex.beslut.planens_namn) || plans_land())
        && !matches!(decision, Some(Decision::Avslag | Decision::Ingripande));
    match decision {
        _ if objecting_neighbours(lower, text, clause.end, lex) => Suggestion::Mask,
        _ if plan || municipal(text, clause.end, lex, structure) => Suggestion::Keep,
        Some(Decision::Gynnande) => Suggestion::Keep,
        _ => Suggestion::Mask,
    }
}

/// The decision a row's decision column states: a refusal or a measure anywhere in the
/// cell ("Bifall till anstånd, föreläggande med vite kvarstår"), unless it is left to a
/// decision of its own ("Beviljat, byggsanktionsavgift beslutas separat", `[beslut]
/// separat`); else its first clause, else the whole cell; a permit's name alone
/// ("Tillstånd") grants it.
fn decided_in_cell(text: &str, columns: &[Column], lex: &Lexicon) -> Option<Decision> {
    let (start, end) = columns::cells_of(text, columns, Column::Decision)
        .into_iter()
        .next()?;
    let cell = super::lower_case(text[start..end].trim());
    let first = cell.split([',', ';', '(']).next()?.trim();
    let stated =
        |part: &str| Some(structure::decision(part, lex)).filter(|d| *d != Decision::Okand);
    let whole = stated(&cell);
    let deferred = lex.beslut.separat.iter().any(|p| cell.contains(p.as_str()));
    match whole {
        Some(Decision::Avslag | Decision::Ingripande) if !deferred => whole,
        _ => stated(first)
            .or(whole)
            .or_else(|| (lex.beslut.lov_i_rad.contains(&cell)).then_some(Decision::Gynnande)),
    }
}

/// The designation at `at` is the property of neighbours who object, in their sentence
/// ("Ägarna till grannfastigheten Gärdsvallen 3:57, … har invänt", "Ola Vinge, ägare till
/// Hagelstad 2:8, påpekar att …"): theirs to keep out of the protocol, whatever is granted
/// to the applicant. `lower` is `text` in lower case.
fn objecting_neighbours(lower: &str, text: &str, at: usize, lex: &Lexicon) -> bool {
    let words = &lex.beslut;
    // Asked of every designation: most paragraphs speak of no neighbour or owner.
    if !(words.grannfastighet.iter().chain(&words.agarfraser)).any(|g| lower.contains(g.as_str())) {
        return false;
    }
    // "grannfastigheten Mossaryd 1:45", "grannfastigheten, Mossaryd 1:49,", and the next
    // of a list ("grannfastigheterna Mossaryd 1:45 och Mossaryd 1:46").
    static LISTED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let listed = super::constant_regex(
        &LISTED,
        r"(?:(?:\p{Lu}[\p{L}-]+[ \u{a0}]+){1,2}\d{1,4}(?::\d{1,4})?(?:,[ \u{a0}]*|[ \u{a0}]+(?:och|samt)[ \u{a0}]+))+$",
    );
    let before = &text[..at];
    let before = listed.find(before).map_or(before, |m| &before[..m.start()]);
    let before = before.trim_end();
    let before = before.strip_suffix(',').unwrap_or(before);
    if !patterns::ends_with_phrase(before, &words.grannfastighet) && !owned_by(before, lex) {
        return false;
    }
    let Some(&(start, end)) = sentences(text).iter().find(|&&(s, e)| s <= at && at < e) else {
        return false;
    };
    let sentence = lower.get(start..end).unwrap_or("");
    words
        .invandning
        .iter()
        .any(|p| sentence.contains(p.as_str()))
}

/// Whether `before` ends with an owner's or resident's phrase, with or without one
/// lower-case noun after it ("ägare till", "som äger fritidshuset", "bosatt på").
fn owned_by(before: &str, lex: &Lexicon) -> bool {
    let phrases = &lex.beslut.agarfraser;
    let without_noun = before
        .rsplit_once(' ')
        .filter(|(_, noun)| noun.chars().all(char::is_lowercase))
        .map(|(rest, _)| rest);
    patterns::ends_with_phrase(before, phrases)
        || without_noun.is_some_and(|rest| patterns::ends_with_phrase(rest, phrases))
}

/// The lower-case line of prose above the table or list that row `paragraph` stands in
/// ("Nämnden har beviljat följande lov." above a notice board's list of properties): it
/// says what was decided about every row.
fn table_introduced(structure: &Structure, paragraph: usize) -> Option<&str> {
    let row = |i: usize| {
        let line = structure.lower(i);
        line.contains('\t') || line.contains(CELL_SEPARATOR)
    };
    // A list's line: one short item, no sentence ("Nöbbeshög – bygglov för nybyggnad av
    // enbostadshus, Nöbbeshög 7:14 (SBN 2026/0366)" under "… har beviljat följande lov.").
    let item = |i: usize| {
        let line = structure.lower(i).trim_end();
        !row(i) && line.len() <= LIST_ITEM && !line.contains(". ") && !line.ends_with(['.', ':'])
    };
    let (in_block, header): (&dyn Fn(usize) -> bool, usize) = if row(paragraph) {
        (&row, 1)
    } else if item(paragraph) {
        (&item, 0)
    } else {
        return None;
    };
    // The header and the rows above, a long table's no further than a page of rows; a
    // page break's running footer and header between them are no part of it.
    let above = (paragraph.saturating_sub(MAX_ROWS_UP)..=paragraph)
        .rev()
        .filter(|&i| !structure.running(i));
    let first = above.take_while(|&i| in_block(i)).last()?;
    let intro_at = (0..first).rev().find(|&i| !structure.running(i))?;
    // A table of a header and rows, not a § heading set with a tab ("Bygglov …⇥§ 32")
    // under the last line of the § before it.
    let body = |i: usize| {
        structure
            .section_of(i)
            .map(|s| (s.heading_paragraph, s.heading_paragraph == i))
    };
    let same_body = body(intro_at).map(|b| b.0) == body(paragraph).map(|b| b.0);
    let headings = (intro_at..=paragraph).any(|i| body(i).is_some_and(|b| b.1));
    let intro = structure.lower(intro_at);
    (first + header <= paragraph
        && same_body
        && !headings
        && intro.trim_end().ends_with(['.', ':']))
    .then_some(intro)
}

/// How far up [`table_introduced`] looks for a table's first row.
const MAX_ROWS_UP: usize = 60;

/// A table row with a cell that opens with a permit and a comma ("Bygglov, tillbyggnad av
/// enbostadshus"): a delegation list's grant, where no other decision word is stated. An
/// agenda names a matter still to decide otherwise ("Bygglov för …, Beslutas på
/// sammanträdet").
fn row_names_a_permit(lower: &str, lex: &Lexicon) -> bool {
    // "Tillstånd till bergvärmepump", "Registrering av livsmedelsanläggning", a
    // register's "Beslut: tillstånd att inrätta …": what was granted, after "till", "av"
    // or "att" (an agenda's "för" names what is still to decide).
    let granted = |rest: &str| {
        rest.starts_with(',')
            || rest.starts_with(" till ")
            || rest.starts_with(" av ")
            || rest.starts_with(" att ")
    };
    // A row: cells set with tabs or bars, or with runs of spaces but no sentence (prose
    // with two spaces after its full stops is no row).
    let cells = columns::cells(lower);
    let row = lower.contains(CELL_SEPARATOR) || lower.contains('\t') || !lower.contains(". ");
    row && cells.len() > 1
        && cells.iter().any(|&(start, end)| {
            let cell = lower[start..end].trim_start();
            let cell = cell.strip_prefix("beslut: ").unwrap_or(cell);
            lex.beslut
                .lov_i_rad
                .iter()
                .any(|permit| cell.strip_prefix(permit.as_str()).is_some_and(granted))
        })
}

/// The longest line (bytes) read as one list item whatever its full stops: a delegation
/// decision with an initial ("…, beviljat 2024-02-05, delegat J. Berglund").
const LIST_ITEM: usize = 160;

/// The lower-case clause before a designation: from the sentence's start or the previous
/// designation on the line, whichever is later.
fn own_clause<'l>(lower: &'l str, text: &str, clause: std::ops::Range<usize>) -> Option<&'l str> {
    // Lower-casing may change a letter's length; then the clauses do not line up.
    if lower.len() != text.len() {
        return None;
    }
    let before = lower.get(clause)?;
    let start = before.rfind(". ").map_or(0, |k| k + 2);
    Some(&before[start..])
}

/// The text before a designation says the municipality owns it ("den kommunägda
/// fastigheten …", "beslutar att sälja fastigheten …"), or its table row names the
/// municipality as the party ("… | Fjällsta 4:1 | Fjällsta kommun | …"). (Not a
/// department of it, "Fjällsta kommun, bygglovsenheten": that may be the handling unit.)
fn municipal(line: &str, at: usize, lex: &Lexicon, structure: &Structure) -> bool {
    let before = line.get(..at).unwrap_or("");
    // The cue's 50 characters: "Markanvisning för personalbostäder, del av …".
    let from = before.char_indices().rev().nth(49).map_or(0, |(i, _)| i);
    let tail = super::lower_case(&before[from..]);
    let cue = lex
        .beslut
        .kommunens_fastighet
        .iter()
        .any(|cue| tail.contains(cue.as_str()))
        || (lex.beslut.bolagets_fastighet.iter())
            .any(|cue| tail.trim_end().ends_with(cue.as_str()));
    let own_name = structure
        .kommun
        .as_ref()
        .map(|k| format!("{} kommun", k.to_lowercase()));
    let party_cell = |cell: &str| {
        let cell = cell.trim().to_lowercase();
        cell == "kommunen" || own_name.as_ref().is_some_and(|n| cell == *n)
    };
    let cells = columns::cells(line);
    cue || cells.len() > 1
        && cells
            .iter()
            .any(|&(start, end)| party_cell(&line[start..end]))
}

/// The text right after a designation says the municipality owns it ("Prästgården 1:1
/// och Prästgården 1:3, som båda ägs av kommunen").
fn owned_as_said_after(line: &str, end: usize, lex: &Lexicon) -> bool {
    let after = line.get(end..).unwrap_or("");
    let to = after.char_indices().nth(60).map_or(after.len(), |(i, _)| i);
    let head = super::lower_case(&after[..to]);
    lex.beslut
        .kommunens_fastighet_efter
        .iter()
        .any(|cue| head.contains(cue.as_str()))
}

/// A block found once ("fastigheten Humlan 3") is the same property wherever the document
/// names it again ("Bostaden på Humlan 3 är fylld …"), where no form of its own tells it.
fn blocks_named_again(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    found: &[Found],
) -> Vec<Found> {
    // A plot number listed alone ("Lärkan 5 och 6") is no name to look for again.
    let block = |t: &str| !t.contains(':') && t.contains(char::is_alphabetic);
    let designations: Vec<&Found> = found
        .iter()
        .filter(|f| f.rule == "fastighetsbeteckning")
        .collect();
    named_again(doc, &designations, block)
        .into_iter()
        .map(|(i, start, end)| {
            let mut f = Found::new(i, start, end, "fastighetsbeteckning", 0.8, Some(PROPERTY));
            let text = &doc.paragraphs[i].text;
            f.suggestion = Some(property_suggestion(lex, structure, text, 0..start, i, None));
            f
        })
        .collect()
}

/// A home found once ("med adressen Boamåla Östergård 4, 335 94 Boamåla") is the same home
/// wherever the document names it again ("Familjen bor … på Boamåla Östergård 4"), where
/// no postcode or street word of its own tells it.
fn homes_named_again(doc: &Document, found: &[Found]) -> Vec<Found> {
    // A street and a number, not a postcode or a flat number alone.
    let home = |t: &str| {
        t.contains(char::is_alphabetic)
            && t.contains(|c: char| c.is_ascii_digit())
            && t.starts_with(char::is_uppercase)
            && !t.starts_with("Box")
    };
    let homes: Vec<&Found> = found
        .iter()
        .filter(|f| f.rule == "adress" && f.suggestion.is_none_or(|s| s == Suggestion::Mask))
        .collect();
    named_again(doc, &homes, home)
        .into_iter()
        .map(|(i, start, end)| Found::new(i, start, end, "adress", 0.8, Some(ADDRESS)))
        .collect()
}

/// Where the texts of `finds` (of one rule) that pass `wanted` stand again in the
/// document, as whole words, outside those finds: (paragraph, start, end).
fn named_again(
    doc: &Document,
    finds: &[&Found],
    wanted: impl Fn(&str) -> bool,
) -> Vec<(usize, usize, usize)> {
    let of_rule = || finds.iter().filter(|f| f.end_paragraph.is_none());
    let texts: BTreeSet<&str> = of_rule()
        .map(|f| &doc.paragraphs[f.paragraph].text[f.start..f.end])
        .filter(|t| wanted(t))
        .collect();
    let mut out = Vec::new();
    // One automaton over every text: a long protocol names hundreds of them.
    if texts.is_empty() {
        return out;
    }
    // The longest at each place: "Björken 12", not "Björken 1" inside it.
    let Ok(automaton) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&texts)
    else {
        return out;
    };
    let mut taken_by: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for f in of_rule() {
        taken_by
            .entry(f.paragraph)
            .or_default()
            .push((f.start, f.end));
    }
    for (i, p) in doc.paragraphs.iter().enumerate() {
        for m in automaton.find_iter(&p.text) {
            let (start, end) = (m.start(), m.end());
            let whole = !p.text[..start].ends_with(|c: char| c.is_alphanumeric())
                && !p.text[end..].starts_with(|c: char| c.is_alphanumeric() || c == ':');
            let taken =
                (taken_by.get(&i).into_iter().flatten()).any(|&(s, e)| s < end && start < e);
            if whole && !taken {
                out.push((i, start, end));
            }
        }
    }
    out
}

/// A designation kept in one place is kept in others where nothing decides about it: the
/// municipality's own property wherever it is named, and one named outside every § (a
/// site visit in the protocol's opening) or on a line that states no decision (the
/// matter's description before its "Beslut:") as where its decision keeps it.
fn keep_designations_kept_in_their_matter(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    found: &mut [Found],
) {
    let text = |f: &Found| &doc.paragraphs[f.paragraph].text[f.start..f.end];
    let designations = || found.iter().filter(|f| f.rule == "fastighetsbeteckning");
    let kept: HashSet<&str> = designations()
        .filter(|f| f.suggestion == Some(Suggestion::Keep))
        .map(text)
        .collect();
    let owned: HashSet<&str> = designations()
        .filter(|f| {
            let line = &doc.paragraphs[f.paragraph].text;
            municipal(line, f.start, lex, structure) || owned_as_said_after(line, f.end, lex)
        })
        .map(text)
        .collect();
    let follow: Vec<usize> = (0..found.len())
        .filter(|&k| {
            let f = &found[k];
            f.rule == "fastighetsbeteckning"
                && (owned.contains(text(f))
                    || kept.contains(text(f))
                        && (structure.section_of(f.paragraph).is_none()
                            || structure::decision(structure.lower(f.paragraph), lex)
                                == Decision::Okand))
        })
        .collect();
    for k in follow {
        found[k].suggestion = Some(Suggestion::Keep);
    }
}

/// A row or a one-sentence line that tells something sensitive of a private person
/// ("Bengt-Göran Lilja | Kärrsta 5:44 | Trapphiss … | ALS … | Bifall"): the property it
/// names is their home, masked with what it tells, however favourable the decision.
fn mask_homes_of_sensitive_items(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    found: &mut [Found],
) {
    let masked = |f: &Found| f.suggestion.is_none_or(|s| s == Suggestion::Mask);
    // What it tells, not a name under the combination rule; and a private person named.
    let paragraphs = |told: bool| -> HashSet<usize> {
        (found.iter())
            .filter(|f| {
                masked(f)
                    && f.end_paragraph.is_none()
                    && if told {
                        matches!(f.rule, "kanslig" | "lagovertradelse") && f.rank.is_none()
                    } else {
                        f.rank == Some(NAME)
                    }
            })
            .map(|f| f.paragraph)
            .collect()
    };
    let (told, named) = (paragraphs(true), paragraphs(false));
    for f in found.iter_mut().filter(|f| {
        f.rule == "fastighetsbeteckning"
            && f.suggestion == Some(Suggestion::Keep)
            && told.contains(&f.paragraph)
            && named.contains(&f.paragraph)
    }) {
        let text = &doc.paragraphs[f.paragraph].text;
        let item =
            text.contains(CELL_SEPARATOR) || text.contains('\t') || sentences(text).len() == 1;
        if item && !municipal(text, f.start, lex, structure) {
            f.suggestion = Some(Suggestion::Mask);
        }
    }
}

/// A name found in the text.
#[derive(Debug, Clone)]
struct Person {
    paragraph: usize,
    start: usize,
    end: usize,
    official: bool,
    role: bool,
    /// A union representative: masked under `facklig` wherever they stand.
    union: bool,
    /// Represents an association whose name tells its members' health or origin ("DHR",
    /// "Sverigefinska pensionärsföreningen"): masked under `kanslig` wherever they stand.
    sensitive: bool,
}

/// Every name, marked official when it stands in the attendance block or with a party;
/// and the paragraphs that name a dead private person (whose name is none of these).
fn people(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    tables: &[Option<Rc<[Column]>>],
    found: &[Found],
) -> (Vec<Person>, Vec<usize>) {
    // "kultur- och fritidschefen Lars-Göran Vide, 19600315-9933, …": an official's
    // identity number is no protocol's business; whoever is named with one is a party
    // to the matter, whatever their title.
    let mut numbers: HashMap<usize, Vec<usize>> = HashMap::new();
    for f in found
        .iter()
        .filter(|f| matches!(f.rule, "personnummer" | "samordningsnummer"))
    {
        numbers.entry(f.paragraph).or_default().push(f.start);
    }
    let identified = |paragraph: usize, end: usize| {
        numbers.get(&paragraph).is_some_and(|starts| {
            starts.iter().any(|&start| {
                doc.paragraphs[paragraph]
                    .text
                    .get(end..start)
                    .is_some_and(|gap| matches!(gap.trim(), "," | "" | "("))
            })
        })
    };
    let mut out = Vec::new();
    let mut dead: HashSet<&str> = HashSet::new();
    // Where the dead are named: no later mention of someone else's surname inside them.
    let mut dead_spans: Vec<(usize, usize, usize)> = Vec::new();
    // Paragraphs naming a dead private person (no politician): their matter (an estate,
    // a burial, the heirs) is still a private one.
    let mut private_dead: Vec<usize> = Vec::new();
    // Association representatives, with whether the association's name is sensitive.
    let mut representatives: HashMap<&str, bool> = HashMap::new();
    // Cut once, read twice: by the name search and by the search for later mentions.
    let words: Vec<_> = doc
        .paragraphs
        .iter()
        .map(|p| names::words(&p.text))
        .collect();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let columns = tables[i].as_deref().unwrap_or(&[]);
        // A party's or a union ombud's cell holds a name, unless it names an organisation
        // ("Vretaby Åkeri AB").
        let party_column = columns::cells_of(&p.text, columns, Column::Party);
        // "Moderaterna Gotland ⇥ Per Klintberg ⇥ Strandparken 1": a political party
        // applies, and the person in another party cell is its contact, no party to the
        // matter: an official stays one.
        let party_applies =
            (party_column.iter()).any(|&(s, e)| names::names_a_party(&p.text[s..e], lex));
        let party_cells: Vec<std::ops::Range<usize>> = party_column
            .into_iter()
            .chain(columns::cells_of(&p.text, columns, Column::Union))
            .chain(columns::name_field_value(&p.text, lex))
            .filter(|&(s, e)| !names::names_a_body(&p.text[s..e], lex))
            .map(|(s, e)| s..e)
            .collect();
        // The union lists of the paragraph, looked for at its first name.
        let mut unions: Option<Vec<std::ops::Range<usize>>> = None;
        // Whether the row names an association that tells health or origin, asked once;
        // and whether it names a union.
        let mut sensitive_row: Option<bool> = None;
        let mut union_row: Option<bool> = None;
        // The line's list of officials after a title and a colon, read once.
        let mut official_list: Option<Option<std::ops::Range<usize>>> = None;
        for n in names::find_in_row(&p.text, &words[i], lex, &party_cells) {
            if n.dead {
                dead.insert(&p.text[n.start..n.end]);
                dead_spans.push((i, n.start, n.end));
                if !n.party {
                    private_dead.push(i);
                }
                continue;
            }
            // "Ljungsala", "Sámi Searvi Ljungsala": the municipality or one of its bodies.
            if p.text[n.start..n.end]
                .split_whitespace()
                .any(|w| structure.is_kommun(w))
            {
                continue;
            }
            if let Some(org) = &n.represents {
                let text = &p.text[n.start..n.end];
                let sensitive = lex.kanslig.sensitive_association(&p.text[org.clone()]);
                *representatives
                    .entry(text.strip_suffix('s').unwrap_or(text))
                    .or_default() |= sensitive;
            }
            let in_attendance = structure.attendance.contains(&i);
            // Whoever attends for an association or a company is a party wherever named
            // ("Vice ordföranden Ánná-Kirste Sárri" later in the notes).
            let for_private_body = in_attendance && attends_for_a_private_body(structure, i, lex);
            if for_private_body {
                let text = &p.text[n.start..n.end];
                representatives
                    .entry(text.strip_suffix('s').unwrap_or(text))
                    .or_default();
            }
            // "Anställning av förskolechef | Ana Pérez": the one hired, also in a column
            // of the parties ("Berörd").
            let hired_here = hired_by_label(&p.text[..n.start], lex);
            let titled = after_official_title(&p.text[..n.start], lex)
                || decided_by(&p.text[..n.start], lex)
                || presents_an_item(&p.text[..n.start], &p.text[n.end..], lex)
                || adjusted_by(&p.text[..n.start], lex)
                || hired(&p.text[..n.start], &p.text[n.end..], lex)
                || hired_here
                || definite_title_presents(&p.text[..n.start], &p.text[n.end..], lex)
                || newly_appointed(&p.text[..n.start], &p.text[n.end..], lex)
                || holds_public_office(&p.text[..n.start], lex)
                || elected_to_a_seat(&p.text[..n.start], lex)
                || patterns::ends_with_phrase(&p.text[..n.start], &lex.tjansteman.tillsatt_med)
                || above_a_title(doc, i, n.start..n.end, lex)
                || stood_in_for(&p.text[..n.start], lex)
                || with_work_mailbox(&p.text, n.start..n.end, i, found, lex)
                || official_list
                    .get_or_insert_with(|| official_line(&p.text, lex))
                    .as_ref()
                    .is_some_and(|list| list.contains(&n.start));
            // Most paragraphs are no table row: their cells are not counted.
            let column = (!columns.is_empty())
                .then(|| {
                    columns
                        .get(columns::cell_at(&p.text, n.start, columns.len()))
                        .copied()
                })
                .flatten();
            // A register's recipient "Handläggare Anna Berg": a title opening a party's
            // cell speaks of the office the letter goes to.
            // Only a party's or a body's office ("Ordförande", "Kretsordförande"): a
            // "Lärare" or "Sjuksköterska" opening a complainant's cell is a party's work.
            // Asked last: most names stand in no party's cell.
            let office = || {
                p.text[..n.start]
                    .trim_end()
                    .rsplit(|c: char| c.is_whitespace() || c == '\t')
                    .next()
                    .is_some_and(|w| super::lower_case(w).ends_with("ordförande"))
            };
            let title_wins = column == Some(Column::Party)
                && !identified(i, n.end)
                && (n.titled && !n.role && office() || hired_here);
            let contact = party_applies && column == Some(Column::Party);
            // "Från: Malin Ekdahl <malin.ekdahl@liljea.se>": a mail's sender at the
            // municipality's own domain writes as its staff, not as a party.
            let staff_sender = n.role
                && own_mailbox_after(&p.text, n.start..n.end)
                    .is_some_and(|(_, address)| structure.is_kommun_mail(address, lex));
            let role = n.role && !contact && !hired_here && !staff_sender
                || column == Some(Column::Party) && !title_wins && !contact
                || identified(i, n.end)
                || listed_as_pupil(&p.text[n.end..], lex);
            // "genom ombudet Roger Lindholm (S)", a register's sender "Camilla Nord (S)": a
            // known party outweighs a role word and a party's column, but not an identity
            // number ("Sökande: Lisa Berg (Umeå)" names a town, no party).
            let party_wins = n.party
                && role
                && !identified(i, n.end)
                && (names::known_party_after(&p.text[n.end..], lex)
                    || files_an_initiative(&p.text[n.end..], lex));
            let union = n.union
                || column == Some(Column::Union)
                // A diarium row from "Kommunal sektion …" has its handläggare in it.
                || column != Some(Column::Official)
                    && *union_row.get_or_insert_with(|| names_a_union(&p.text, columns, lex))
                || unions
                    .get_or_insert_with(|| union_lists(structure.lower(i), lex).collect())
                    .iter()
                    .any(|list| list.contains(&n.start));
            let official = n.represents.is_none()
                && (n.party || !acts_for_a_body(&p.text[..n.start], lex))
                && !for_private_body
                && (in_attendance
                    || n.party
                    || (n.titled || titled || column == Some(Column::Official))
                        && (titled_before(&p.text[..n.start], lex)
                            || !own_matter(structure, i, lex))
                        && (!own_matter_section(structure, i, lex)
                            || presents(&p.text[..n.start], &p.text[n.end..], lex)));
            out.push(Person {
                paragraph: i,
                start: n.start,
                end: n.end,
                official: (!role || party_wins) && !union && official,
                role,
                union,
                // "Kurdiska kulturföreningen Newroz | 802499-1187 | Rezan Ahmed": the
                // contact person a row names with such an association.
                sensitive: column == Some(Column::Party)
                    && *sensitive_row
                        .get_or_insert_with(|| names_sensitive_association(&p.text, lex)),
            });
        }
    }
    // The same person in the genitive ("Kristina Åbergs yrkande") is the same official.
    let key = |p: &Person| {
        let name = names::natural_order(&doc.paragraphs[p.paragraph].text[p.start..p.end]);
        name.strip_suffix('s')
            .map_or_else(|| name.clone(), str::to_string)
    };
    // Someone who has died ("Hilma Lindblom (1889–1961)") is no one's data where named again.
    out.retain(|p| {
        let alive = !dead.contains(key(p).as_str());
        if !alive {
            dead_spans.push((p.paragraph, p.start, p.end));
        }
        alive
    });
    // "Bengt Hedman (PRO Norrbräcke)" in a council's attendance: an association's
    // representative, also where the notes name him again among the members.
    // A union representative is one wherever named: as the union side's justerare too.
    let unionists: HashSet<String> = out.iter().filter(|p| p.union).map(key).collect();
    let carried = !unionists.is_empty() || !representatives.is_empty();
    for p in out.iter_mut().filter(|_| carried) {
        let name = key(p);
        if !p.union && unionists.contains(&name) {
            p.union = true;
            p.official = false;
        }
        if let Some(&sensitive) = representatives.get(name.as_str()) {
            p.official = false;
            p.sensitive = sensitive;
        }
    }
    let officials: HashSet<String> = out.iter().filter(|p| p.official).map(key).collect();
    for p in &mut out {
        if !p.role && !p.union && officials_named(&key(p), &officials) {
            p.official = true;
        }
    }
    listed_among_officials(doc, lex, &mut out);
    signing_together(doc, lex, &mut out);
    members_own_matters(doc, structure, lex, &mut out);
    // "Enhetschef Per Sandgren har bedrivit konsultverksamhet … Nämnden förbjuder Per
    // Sandgren att utöva bisysslan": an employee whom a § measures is its subject there,
    // named as a party, not an official.
    let section = |p: &Person| {
        structure
            .section_of(p.paragraph)
            .map(|s| s.heading_paragraph)
    };
    let subjects: HashSet<(Option<usize>, String)> = out
        .iter()
        .filter(|p| p.role && section(p).is_some())
        .map(|p| (section(p), key(p)))
        .collect();
    for p in &mut out {
        if p.official && subjects.contains(&(section(p), key(p))) {
            p.official = false;
            p.role = true;
        }
    }
    let later = later_mentions(doc, structure, &words, lex, &out);
    out.extend(later.into_iter().filter(|m| {
        !(dead_spans.iter()).any(|&(i, s, e)| m.paragraph == i && s <= m.start && m.end <= e)
    }));
    (out, private_dead)
}

/// "§ 145 Utmätning i arvode för förtroendevald", "§ 146 Arvode under sjukskrivning": in a
/// § about an elected member's own pay (`[tjansteman] ledamots_egna_arenden`), the official
/// its body names first, past one who presents it, is the member it is about, a private
/// party there (and, as a subject, wherever the § names them again). A § headed as a rule
/// for all (`!bestämmelser`) is no one's matter.
fn members_own_matters(
    doc: &Document,
    structure: &Structure,
    lex: &Lexicon,
    people: &mut [Person],
) {
    let own = |heading: &str| {
        let heading = super::lower_case(heading);
        let words = &lex.tjansteman.ledamots_egna_arenden;
        // "Revidering av bestämmelser om arvode vid sjukdom": a rule for all, no one's.
        let general = || {
            words
                .iter()
                .any(|m| m.strip_prefix('!').is_some_and(|m| heading.contains(m)))
        };
        words
            .iter()
            .any(|m| !m.starts_with('!') && heading.contains(m.as_str()))
            && !general()
    };
    // The official who presents the matter ("HR-chef Lena Ek redogör …") is no subject.
    let presenting = |p: &Person| {
        let text = &doc.paragraphs[p.paragraph].text;
        presents(&text[..p.start], &text[p.end..], lex)
    };
    for section in structure.sections.iter().filter(|s| own(&s.heading)) {
        let first = (people.iter_mut())
            .filter(|p| p.official && section.body.contains(&p.paragraph) && !presenting(p))
            .min_by_key(|p| (p.paragraph, p.start));
        if let Some(p) = first {
            p.official = false;
            p.role = true;
        }
    }
}

/// "Anställning av rektor vid Rörkils skola: Johan Brink": a register's or a delegation
/// list's label of a hiring, right before the name in its cell, names the one hired; so
/// does the matter's cell before the name's ("Anställning av förskolechef | Ana Pérez")
/// and a name in brackets after it ("Anställning av enhetschef (Petra Öhman)").
fn hired_by_label(before: &str, lex: &Lexicon) -> bool {
    // A label is short: the cell's last 160 bytes hold it.
    let before = &before[patterns::window_start(before, before.len(), 160)..];
    let trimmed = before.trim_end_matches([' ', '\t']);
    let (cell_end, label_end) = if let Some(label) = trimmed.strip_suffix(':') {
        (trimmed.len(), label.len())
    } else if let Some(label) = before.strip_suffix(" (") {
        (before.len(), label.len())
    } else if let Some(label) = trimmed.strip_suffix(" |") {
        (label.len(), label.len())
    } else if before.ends_with('\t') {
        (trimmed.len(), trimmed.len())
    } else if let Some(label) = before.strip_suffix(", ") {
        // "Kommundirektör X: Anställning av förvaltningschef för …, Nadia El-Amin".
        (label.len(), label.len())
    } else {
        return false;
    };
    let cell_start = before[..cell_end].rfind(['\t', '|']).map_or(0, |t| t + 1);
    let label = &before[cell_start..label_end];
    // "Skolskjuts: 14 beslut. Anställning av rektor …: Kristin Edholm": the label opens
    // the last sentence of a line of delegation decisions.
    let label = label.rsplit(". ").next().unwrap_or(label);
    // "Kommundirektör Annika Bergdahl: Anställning av …": the delegate's label before.
    let label = label.rsplit(": ").next().unwrap_or(label);
    let label = super::lower_case(label.trim_start());
    // The office must be one of the municipality's titles ("rektor"), not a summer job,
    // a contact person or a labour-market measure ("feriearbetare", "kontaktperson").
    let office = |rest: &str| {
        let title = rest.split_whitespace().next().unwrap_or("");
        lex.tjansteman.is_title(title.trim_end_matches(','))
            && !(lex.tjansteman.enskilda_uppdrag.iter()).any(|u| rest.contains(u.as_str()))
    };
    lex.tjansteman.anstaller.iter().any(|a| {
        a.contains(' ')
            && label.strip_prefix(a.as_str()).is_some_and(office)
            && lex.sensitive.first_list_in(&label).is_none()
    })
}

/// The name closes a clause that tells a title was newly filled ("Ny enhetschef för
/// fritidsgården Kajen är sedan den 1 mars Petra Öhman", `[tjansteman] nytillsatt`), or
/// its sentence goes on to hire them to one ("…, föreslås anställas som enhetschef",
/// `[tjansteman] anstalls_som`): the name holds the office. Not where the sentence
/// tells of health or finances.
fn newly_appointed(before: &str, after: &str, lex: &Lexicon) -> bool {
    static GAP: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // What may stand between the title and the name: what it is the title of, then a
    // comma, "är (sedan den 1 mars)", "blir" or a colon.
    let gap = super::constant_regex(
        &GAP,
        r"^(?:\s+(?:för|vid|inom|på|i)\s+[^,.:;()]{1,60}?)?(?:\s*,|\s+är(?:\s+sedan\s+[^,.:;()]{1,30}?)?|\s+blir|\s*:)\s*$",
    );
    let words = &lex.tjansteman;
    // Asked of every name: only the clause's last 160 bytes can hold the title and the gap.
    let before = &before[patterns::window_start(before, before.len(), 160)..];
    let sentence = super::lower_case(before.rsplit(". ").next().unwrap_or(before));
    let filled = sentence.match_indices(' ').any(|(k, _)| {
        let (head, tail) = (&sentence[..k], &sentence[k + 1..]);
        let new = head.rsplit(' ').next().unwrap_or(head);
        let title_end = tail
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(tail.len());
        let title = &tail[..title_end];
        // Not a role an association has too ("blir ny ordförande i föreningen").
        words.nytillsatt.iter().any(|w| w == new)
            && words.is_title(title)
            && !words.rubriker.iter().any(|r| r == title)
            && gap.is_match(&tail[title_end..])
    });
    let mut end = after.len().min(160);
    while !after.is_char_boundary(end) {
        end -= 1;
    }
    let after = &after[..end];
    let rest = super::lower_case(after.split(". ").next().unwrap_or(after));
    // The office hired to and what the sentence says of it; not the post held now, set
    // off before ("…, i dag samordnare i hemtjänst Kvarnbyn, föreslås …").
    let hired_to = || {
        words.anstalls_som.iter().find_map(|phrase| {
            let (_, office) = rest.split_once(phrase.as_str())?;
            let title = office.split_whitespace().next().unwrap_or("");
            words
                .is_title(title.trim_end_matches(|c: char| !c.is_alphabetic()))
                .then_some(office)
        })
    };
    let told = if filled {
        Some(rest.as_str())
    } else {
        hired_to()
    };
    told.is_some_and(|told| {
        !(words.enskilda_uppdrag.iter()).any(|u| told.contains(u.as_str()))
            && lex.sensitive.first_list_in(told).is_none()
    }) && lex.sensitive.first_list_in(&sentence).is_none()
}

/// The text after a name lists a school year ("Ella Johansson, Stensjöskolan, åk 8",
/// "Noah Lindqvist, åk 3"): the name is a pupil's, who sits on a youth council as a
/// private person.
fn listed_as_pupil(after: &str, lex: &Lexicon) -> bool {
    let Some(rest) = after.strip_prefix(',') else {
        return false;
    };
    rest.split(',').take(2).any(|piece| {
        let piece = super::lower_case(piece.trim());
        lex.namn.arskurs.iter().any(|w| {
            piece
                .strip_prefix(w.as_str())
                .is_some_and(|n| n.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        })
    })
}

/// "Rekryteringsgruppen, bestående av Dragan Hodžić, Eva-Lena Strand och Pia Lundberg":
/// a name listed between two officials' names is an official's too, and so is the last
/// after "och" of a list of two officials or more, each with or without a title. `people`
/// are in text order.
fn listed_among_officials(doc: &Document, lex: &Lexicon, people: &mut [Person]) {
    // The text between two people of one paragraph, past the first one's party: "Dragan
    // Hodžić (S), …": a party after the name belongs to it.
    let gap = |a: &Person, b: &Person| {
        let text = &doc.paragraphs[a.paragraph].text;
        let between = (a.paragraph == b.paragraph)
            .then(|| text.get(a.end..b.start))
            .flatten()?;
        Some(match between.strip_prefix(" (") {
            Some(party) => party.split_once(')').map_or(between, |(_, rest)| rest),
            None => between,
        })
    };
    let listed = |a: &Person, b: &Person| {
        gap(a, b).is_some_and(|between| matches!(between, ", " | " och " | ", och "))
    };
    for k in 1..people.len().saturating_sub(1) {
        let (before, rest) = people.split_at_mut(k);
        let (middle, after) = rest.split_at_mut(1);
        let (a, b, c) = (&before[k - 1], &mut middle[0], &after[0]);
        if a.official && c.official && !b.role && !b.union && listed(a, b) && listed(b, c) {
            b.official = true;
        }
    }
    // "förvaltningschef Anders Hörberg, trafikhandläggare Maria Lindahl och Robin
    // Jakobsen": the last of a list of two officials or more, after "och".
    let titled_next = |a: &Person, b: &Person| {
        let text = &doc.paragraphs[a.paragraph].text;
        a.paragraph == b.paragraph
            && text.get(a.end..b.start).is_some_and(|between| {
                between.strip_prefix(", ").is_some_and(|title| {
                    title.is_empty()
                        || title
                            .strip_suffix(' ')
                            .is_some_and(|t| !t.contains(' ') && lex.tjansteman.is_title(t))
                })
            })
    };
    let last_of = |a: &Person, b: &Person, c: &Person| {
        a.official
            && b.official
            && titled_next(a, b)
            && gap(b, c).is_some_and(|between| matches!(between, " och " | ", och "))
    };
    for k in 2..people.len() {
        let (before, rest) = people.split_at_mut(k);
        let c = &mut rest[0];
        if !c.official && !c.role && !c.union && last_of(&before[k - 2], &before[k - 1], c) {
            c.official = true;
        }
    }
}

/// A row of three or more cells that each hold a name and nothing but a title after it,
/// one of them titled ("Kerstin Åberg, ordförande ⇥ Hasse Nyström ⇥ Birgit Ohlin ⇥
/// Zlatan Mujić" under "För de förtroendevalda revisorerna") and an official's: the names
/// of a body signing together, all officials. A register's row of bare names (applicant,
/// neighbour, handling officer) has no title in it.
fn signing_together(doc: &Document, lex: &Lexicon, people: &mut [Person]) {
    let mut k = 0;
    while k < people.len() {
        let paragraph = people[k].paragraph;
        let row = people[k..]
            .iter()
            .take_while(|p| p.paragraph == paragraph)
            .count();
        let (names, text) = (&people[k..k + row], &doc.paragraphs[paragraph].text);
        let under_body =
            paragraph > 0 && signs_for_a_body(&doc.paragraphs[paragraph - 1].text, lex);
        if (row >= 3 || under_body && row >= 2) && signs_as_a_body(text, names, under_body, lex) {
            for p in &mut people[k..k + row] {
                p.official = true;
            }
        }
        k += row;
    }
}

/// "För Skärså kommuns revisorer", "För kommunstyrelsen": the line above the names of the
/// members of one of the municipality's bodies (`[tjansteman] undertecknande_organ` ends
/// its last word) who sign a document together; not an association's ("För föreningen").
fn signs_for_a_body(line: &str, lex: &Lexicon) -> bool {
    let lower = super::lower_case(line.trim());
    let Some(body) = lower.strip_prefix("för ") else {
        return false;
    };
    let last = body.rsplit(' ').next().unwrap_or("");
    body.split(' ').count() <= 5
        && (lex.tjansteman.undertecknande_organ.iter()).any(|e| last.ends_with(e.as_str()))
}

/// Whether the tab-set row `text` is the names of [`signing_together`]: one per cell,
/// each alone or with ", title", none a party's; at least one titled and one an official,
/// unless the line above names the body they sign for (`under_body`).
fn signs_as_a_body(text: &str, names: &[Person], under_body: bool, lex: &Lexicon) -> bool {
    if !under_body && !names.iter().any(|p| p.official) {
        return false;
    }
    let mut titled = false;
    let mut named = 0;
    let mut at = 0;
    for raw in text.split('\t') {
        let start = at + (raw.len() - raw.trim_start().len());
        at += raw.len() + 1;
        let cell = raw.trim();
        if cell.is_empty() {
            continue;
        }
        let Some(p) = names.iter().find(|p| p.start == start) else {
            // Under the body's line, a name no list knows ("Zhao Min") signs too.
            if under_body && bare_name(cell) {
                continue;
            }
            return false;
        };
        let Some(rest) = cell.strip_prefix(&text[p.start..p.end]) else {
            return false;
        };
        match rest.strip_prefix(", ") {
            _ if rest.is_empty() => {}
            Some(title) if lex.tjansteman.is_title(title) => titled = true,
            _ => return false,
        }
        if p.role || p.union {
            return false;
        }
        named += 1;
    }
    named == names.len() && (titled || under_body)
}

/// Two or three capitalised words of letters alone: a name, whether a list knows it or not.
fn bare_name(cell: &str) -> bool {
    let words: Vec<&str> = cell.split(' ').collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// A name is the officials' when it is one of them, the start or end of one ("Ulrika Ek"
/// of "Ulrika Ek Sandin", cut where a signature line breaks; a double surname alone), or
/// several of them run together (the names under the signature lines: "Justeras Margareta
/// Björn Göran Sundin").
fn officials_named(name: &str, officials: &HashSet<String>) -> bool {
    if officials.contains(name) {
        return true;
    }
    if !name.contains(' ') {
        return false;
    }
    let part_of_one = officials.iter().any(|o| {
        o.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with(' '))
            || o.strip_suffix(name).is_some_and(|rest| rest.ends_with(' '))
    });
    part_of_one || run_of_officials(name, officials) || initialled_official(name, officials)
}

/// `name` is an official's with their given name cut to its initial ("T. Wennström" of
/// "Tomas Wennström"), as a protocol names a member again.
fn initialled_official(name: &str, officials: &HashSet<String>) -> bool {
    let Some((initial, surname)) = name.split_once(". ") else {
        return false;
    };
    let mut letters = initial.chars();
    let (Some(letter), None) = (letters.next(), letters.next()) else {
        return false;
    };
    officials.iter().any(|o| {
        o.starts_with(letter)
            && o.strip_suffix(surname)
                .is_some_and(|given| given.ends_with(' ') && !given.contains(". "))
    })
}

/// `name` is two or more officials' names one after the other.
fn run_of_officials(name: &str, officials: &HashSet<String>) -> bool {
    let mut rest = name;
    let mut count = 0;
    while !rest.is_empty() {
        // The longest official's name that opens the rest ("Anna Ek Sandin" before "Anna
        // Ek"): the set's order is random, and the first found would make the answer so.
        let next = officials
            .iter()
            .filter_map(|o| {
                let after = rest.strip_prefix(o.as_str())?;
                (after.is_empty() || after.starts_with(' ')).then(|| after.trim_start())
            })
            .min_by_key(|after| after.len());
        match next {
            Some(after) => (rest, count) = (after, count + 1),
            None => return false,
        }
    }
    count >= 2
}

/// "Arbetsgivarens företrädare: Emelie Ek, HR-chef; Robert Nyqvist": a line that opens
/// with an attendance heading and a colon lists officials, up to the next heading's colon
/// ("… Närvarande för arbetstagarna: …"). The byte range of that list, if so.
fn official_line(text: &str, lex: &Lexicon) -> Option<std::ops::Range<usize>> {
    let colon = text.find(':').filter(|&c| c <= 60)?;
    let end = text[colon + 1..]
        .find(':')
        .map_or(text.len(), |c| colon + 1 + c);
    after_official_title(&text[..=colon], lex).then_some(colon..end)
}

/// "Birgitta Sten | Vision | Ordförande", "Teemu Salo | Kommunal | Skyddsombud": a table
/// row with a cell that names a union or a union office lists union representatives.
fn names_a_union(text: &str, columns: &[Column], lex: &Lexicon) -> bool {
    !columns.is_empty()
        && columns::cells(text).iter().any(|&(start, end)| {
            let cell = text[start..end].trim();
            cell.chars().count() <= 40 && lex.facklig.ord.mentioned_in(&super::lower_case(cell))
        })
}

/// "Arbetstagarrepresentanter: Leif Eriksson (Elektrikerförbundet), …", "För
/// arbetstagarsidan deltog Ahmed Hassan och …": the byte ranges of a paragraph (in lower
/// case) that list union representatives, each from a union heading at a sentence's start
/// to the sentence's end or the next heading's colon.
fn union_lists<'a>(
    lower: &'a str,
    lex: &'a Lexicon,
) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    // Only sentence starts are compared: a paragraph has few, and the headings many.
    let bytes = lower.as_bytes();
    let starts = std::iter::once(0).chain(
        (1..bytes.len())
            .filter(move |&at| bytes[at] == b' ' && matches!(bytes[at - 1], b'.' | b';')),
    );
    starts.filter_map(move |at| {
        let at = at + (lower[at..].len() - lower[at..].trim_start().len());
        let heading = lex
            .facklig
            .rubriker
            .iter()
            .find(|h| lower[at..].starts_with(h.as_str()))?;
        let from = at + heading.len();
        let rest = &lower[from..];
        // The first colon is the heading's own; the next starts another list.
        let skip = if rest.trim_start().starts_with(':') {
            rest.find(':').map_or(0, |c| c + 1)
        } else {
            0
        };
        let end = rest[skip..]
            .find([':', '.'])
            .map_or(lower.len(), |e| from + skip + e);
        Some(from..end)
    })
}

/// "tjänstgör för Lars Ek": the member an ersättare stands in for is an official.
/// Not after the body deciding ("Kommunstyrelsen ersätter Bengt Lund med 7 500 kronor"):
/// that verb pays a claimant.
fn stood_in_for(before: &str, lex: &Lexicon) -> bool {
    let before = before.trim_end();
    let tail = before.as_bytes();
    // Compared without allocating: it is asked before every name.
    lex.tjansteman.ersatter.iter().any(|e| {
        tail.len() >= e.len()
            && tail[tail.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
            && !paid_by_authority(&before[..before.len() - e.len()], lex)
    })
}

/// Whether the words before a verb end in the authority deciding ("Nämnden",
/// "Kommunstyrelsen").
fn paid_by_authority(before: &str, lex: &Lexicon) -> bool {
    let subject = before.trim_end().rsplit(' ').next().unwrap_or("");
    !subject.is_empty() && names_the_authority(&super::lower_case(subject), lex)
}

/// A lower-case word that names the municipality's body or office by its ending
/// (`[arende] myndighet`: "kommunstyrelsen", "förvaltningen").
fn names_the_authority(lower: &str, lex: &Lexicon) -> bool {
    (lex.arende.myndighet.iter()).any(|e| lower.ends_with(e.as_str()))
}

/// A line of one cell whose first part, up to a comma, is a title: the line under the
/// name in a letter's signature ("Bostadsstrateg, Liljeå kommun, Stora torget 1, …").
fn titled_address_line(text: &str, lex: &Lexicon) -> bool {
    let Some((title, rest)) = text.split_once(',') else {
        return false;
    };
    let title = super::lower_case(title.trim());
    // The office it works at ("Liljeå kommun", "Socialförvaltningen"), not a private
    // letter's writer and their trade ("Sjuksköterska, Björkvägen 3").
    let rest = super::lower_case(rest);
    let office = rest.split(|c: char| !c.is_alphanumeric()).any(|word| {
        lex.organisation_lower.iter().any(|o| word == o.as_str())
            || (lex.organisation.fore_adress.iter()).any(|e| word.ends_with(e.as_str()))
    });
    !text.contains(['\t', '|'])
        && title.split_whitespace().count() <= 2
        && lex.tjansteman.is_title(&title)
        && office
}

/// "Ulla Bergström" on a line (or in a cell) of its own above "Ordförande": the name line
/// of a signature, which the title under it makes an official's.
fn above_a_title(doc: &Document, i: usize, name: std::ops::Range<usize>, lex: &Lexicon) -> bool {
    let text = &doc.paragraphs[i].text;
    // Asked of every name: most stand amid other words, which rules them out at once.
    let before = text[..name.start].trim_end_matches(' ');
    let after = text[name.end..].trim_start_matches(' ');
    let whole_cell = (before.is_empty() || before.ends_with(['\t', '|']))
        && (after.is_empty() || after.starts_with(['\t', '|']));
    // A title line holds no digits: a table's next row (a diarienummer, a date) is none.
    // A letter's signature line may go on after its title with the office's address and
    // phone ("Bostadsstrateg, Liljeå kommun, Stora torget 1, …").
    let Some(below) = doc.paragraphs.get(i + 1).filter(|b| {
        whole_cell
            && (!b.text.bytes().any(|c| c.is_ascii_digit()) || titled_address_line(&b.text, lex))
    }) else {
        return false;
    };
    // "Birgitta Rova<TAB>Maria Kangas" over "Ordförande<TAB>Kommunsekreterare": the cell
    // under the name's own, in a signature block lined up with tabs.
    let cells = columns::cells(text);
    let below_cells = columns::cells(&below.text);
    let k = cells
        .iter()
        .take_while(|&&(start, _)| start <= name.start)
        .count()
        .saturating_sub(1);
    // A name alone on its line is signed over the line's first cell ("Sofia Lindgren"
    // over "Bygglovsarkitekt ⇥ Samhällsbyggnadsförvaltningen" in a letter's signature).
    let b = if cells.len() == 1 { 0 } else { k };
    if cells.len() != 1 && cells.len() != below_cells.len() {
        return false;
    }
    let (Some(&(start, end)), Some(&(b_start, b_end))) = (cells.get(k), below_cells.get(b)) else {
        return false;
    };
    if text[start..end].trim() != &text[name] {
        return false;
    }
    let signed = below.text[b_start..b_end].trim().to_lowercase();
    // "Stadsarkitekt, tillförordnad samhällsbyggnadschef": the first of two offices.
    let first_office = signed.split(',').next().unwrap_or("").trim();
    lex.tjansteman.rubriker.contains(&signed)
        || first_office.split_whitespace().count() <= 2 && lex.tjansteman.is_title(first_office)
        || cells.len() == 1 && titled_address_line(&below.text, lex)
}

/// "Vid protokollet: ", "Sekreterare: " right before a name: an official's title.
fn after_official_title(before: &str, lex: &Lexicon) -> bool {
    let Some(title) = before.trim_end().strip_suffix(':') else {
        return false;
    };
    // Only the last words can be the title (the headings are short).
    let from = title.char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    let title = super::lower_case(&title[from..]);
    let title = title.trim();
    // "Revisorerna i Sandlövs kommun:", "Ledamöter i styrelsen:": a heading of the body.
    // Only the municipality's ("Ordförande i Vallby IF:" heads an association's).
    let of_a_body = |r: &String| {
        title.strip_prefix(r.as_str()).is_some_and(|rest| {
            from == 0
                && rest.starts_with(" i ")
                && lex
                    .tjansteman
                    .myndighetsord
                    .iter()
                    .any(|b| rest.contains(b.as_str()))
        })
    };
    lex.tjansteman
        .rubriker
        .iter()
        .any(|r| title.ends_with(r.as_str()) || of_a_body(r))
}

/// A title right before the name ("Handläggare Kristoffer Hägg"): the office it is named
/// in.
fn titled_before(before: &str, lex: &Lexicon) -> bool {
    let last = before.trim_end().rsplit([' ', '\t']).next().unwrap_or("");
    lex.tjansteman.is_title(&super::lower_case(last))
}

/// A register record, or the matter line above it, is an employee's own matter
/// (`[tjansteman] egna_arenden`: "Anmälan om bisyssla", "Begäran om arbetsgivarintyg"):
/// the staff member it names by title is a private party there, not an official at work.
fn own_matter(structure: &Structure, i: usize, lex: &Lexicon) -> bool {
    let own = |k: usize| {
        let line = structure.lower(k);
        line.contains('\t') && lex.tjansteman.names_own_matter(line)
    };
    own(i) || i > 0 && own(i - 1)
}

/// A § about an employee's own matter (its heading holds one of `[tjansteman]
/// egna_arenden`: "Överenskommelse om avslut av anställning"): the staff member it is
/// about is a private party, whatever their title.
fn own_matter_section(structure: &Structure, i: usize, lex: &Lexicon) -> bool {
    structure.section_of(i).is_some_and(|s| {
        lex.tjansteman
            .names_own_matter(&super::lower_case(&s.heading))
    })
}

/// "HR-chef Malin Åkerlund redovisar …", "Malin Åkerlund, HR-chef, redovisar …": the name
/// (or its title and it) opens its sentence and a verb of presenting follows it (`[tjansteman]
/// foredragningsverb`), as the official who presents a matter is named; not "… med
/// enhetschefen Mikael Forsberg", nor "Lars Berg, lärare, har begärt …".
fn presents(before: &str, after: &str, lex: &Lexicon) -> bool {
    let opening = opens_sentence(before)
        || word_opening_sentence(before)
            .is_some_and(|title| lex.tjansteman.is_title(&super::lower_case(title)));
    // The verb, after a title set off by commas ("…, HR-chef, redovisar").
    let after = after.trim_start();
    let after = match after.strip_prefix(',') {
        Some(rest) => rest.split_once(',').map_or("", |(_, verb)| verb),
        None => after,
    };
    opening
        && lex
            .tjansteman
            .foredragningsverb
            .contains(&first_word(after))
}

/// "Planarkitekten Ida Nordin redovisar samrådsförslaget": a title in the definite form
/// opening the sentence, and after the name a verb of presenting or reporting (`[tjansteman]
/// foredragningsverb`, `[arende] rapporterar`). Not a title in the middle of a sentence
/// ("… upptäckte sjuksköterskan Maja Lindkvist att …" tells of an employee in an incident).
fn definite_title_presents(before: &str, after: &str, lex: &Lexicon) -> bool {
    let Some(title) = word_opening_sentence(before).filter(|t| t.starts_with(char::is_uppercase))
    else {
        return false;
    };
    let lower = super::lower_case(title);
    let indefinite = [lower.strip_suffix("en"), lower.strip_suffix('n')];
    let verb = first_word(after);
    (indefinite.iter().flatten()).any(|t| lex.tjansteman.is_title(t))
        && (lex.tjansteman.foredragningsverb.contains(&verb)
            || lex.arende.rapporterar.contains(&verb))
}

/// Nothing, or the end of a sentence, a cell or a label, comes before the name.
fn opens_sentence(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with(['.', '\t', ':'])
}

/// The word right before the name, where it opens its sentence ("Planarkitekten").
fn word_opening_sentence(before: &str) -> Option<&str> {
    let trimmed = before.trim_end();
    let start = trimmed.rfind([' ', '\t']).map_or(0, |k| k + 1);
    let (rest, word) = trimmed.split_at(start);
    (!word.is_empty() && opens_sentence(rest)).then_some(word)
}

/// The first word of `text`, lower case.
fn first_word(text: &str) -> String {
    text.split_whitespace()
        .next()
        .map(super::lower_case)
        .unwrap_or_default()
}

/// "Kylle Fiskelägesförening, …, genom ordföranden Gösta Smiss", "Från bolaget deltar vd
/// Mikael Stenarve och miljöchef Ieva Krūmiņa": the title before the name is an
/// association's or a company's, as its sentence says, and the person no official.
fn acts_for_a_body(before: &str, lex: &Lexicon) -> bool {
    let words = &lex.tjansteman;
    // Asked at every name: most have no title right before them, and are done here.
    if !titled_before(before, lex) {
        return false;
    }
    let from = patterns::window_start(before, before.len(), 300);
    let tail = &before[from..];
    // The sentence's start, if the window holds it.
    let start = tail.rfind(". ").map(|k| k + 2).or((from == 0).then_some(0));
    let sentence = super::lower_case(&tail[start.unwrap_or(0)..]);
    // The title right before the name: one word, after the body's phrase.
    let title_after = |phrase: &str| {
        sentence.rfind(&format!("{phrase} ")).is_some_and(|k| {
            let rest = sentence[k + phrase.len()..].trim();
            !rest.contains(' ')
                && words.is_title(rest)
                && names_an_association_or_company(&sentence[..k], lex)
        })
    };
    if words.foretradd_av.iter().any(|p| title_after(p)) {
        return true;
    }
    // "Från bolaget deltar vd Mikael Stenarve och miljöchef …": the sentence opens so.
    let opening = sentence.trim_start();
    start.is_some() && (words.fran_organisation.iter()).any(|o| opening.starts_with(o.as_str()))
}

/// "Närvarande från Áhkkejávri sameby ⇥ Jovnna Nutti, ordförande", and the lines under it
/// that open with a tab: an attendance block's label naming an association or a company
/// lists the parties a consultation meets, not the municipality's officials.
fn attends_for_a_private_body(structure: &Structure, i: usize, lex: &Lexicon) -> bool {
    const LABELS: [&str; 4] = ["närvarande från ", "närvarande för ", "från ", "för "];
    // The label of the line, or of the lines above it: a PDF gives a line under a label
    // back without its tab, so a line without one goes on under the label above.
    let label = (structure.attendance.iter().rev().filter(|&&k| k <= i)).find_map(|&k| {
        let line = structure.lower(k);
        match line.split_once(['\t', ':']) {
            Some((label, _)) if !label.trim().is_empty() => Some(label.trim()),
            Some(_) => None,
            None => LABELS.iter().any(|o| line.starts_with(o)).then_some(line),
        }
    });
    label.is_some_and(|label| {
        LABELS.iter().any(|o| {
            label
                .strip_prefix(o)
                .is_some_and(|body| names_an_association_or_company(body, lex))
        })
    })
}

/// Whether a lower-cased text names an association or a company by a word's ending
/// (`[tjansteman] enskilda_organ`: "kylle fiskelägesförening", "hallvide kalk ab").
fn names_an_association_or_company(lower: &str, lex: &Lexicon) -> bool {
    let bodies = &lex.tjansteman.enskilda_organ;
    lower.split(|c: char| !c.is_alphanumeric()).any(|word| {
        bodies
            .iter()
            .any(|e| word.ends_with(e.as_str()) && (e.len() > 2 || word == e))
    })
}

/// "Beslutet har fattats av Anna Ekström": the name right after one of the phrases of
/// `beslutat_av` is the official who took or prepared the decision.
fn decided_by(before: &str, lex: &Lexicon) -> bool {
    patterns::ends_with_phrase(before, &lex.tjansteman.beslutat_av)
}

/// "3. Kommundirektörens information – Per-Olof Rask": the name that closes an item of
/// information after a dash (`[tjansteman] informationspunkt`) whose words name an
/// office ("Kommundirektörens", "Förvaltningschefen informerar") presents it, an official.
/// Not "Redovisning av skrivelse om hyresskuld – Göran Ek": no office, and a matter about
/// someone.
fn presents_an_item(before: &str, after: &str, lex: &Lexicon) -> bool {
    let Some(item) = before
        .strip_suffix(" – ")
        .or_else(|| before.strip_suffix(" - "))
    else {
        return false;
    };
    let item = super::lower_case(item);
    // "kommundirektörens" → "kommundirektör": the title under its definite and
    // genitive endings.
    let office = |word: &str| {
        let bare = word.strip_suffix('s').unwrap_or(word);
        [
            bare,
            bare.strip_suffix("en").unwrap_or(bare),
            bare.strip_suffix('n').unwrap_or(bare),
        ]
        .iter()
        .any(|w| lex.tjansteman.is_title(w))
    };
    after.trim_end_matches(['.', ' ']).is_empty()
        && (lex.tjansteman.informationspunkt.iter()).any(|w| item.contains(w.as_str()))
        && item
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(office)
        && lex.sensitive.first_list_in(&item).is_none()
}

/// "Protokollet justerades 2026-05-04 av Mehmet Yıldız och Selma Begić": who adjusts a
/// protocol is its justerare, an official. A date may stand between the verb (`justerat`)
/// and "av", and only names, parties and "och" between "av" and the name.
fn adjusted_by(before: &str, lex: &Lexicon) -> bool {
    let tail = &before[patterns::window_start(before, before.len(), 120)..];
    // Asked at every name: most texts before one hold no form of "justera" at all.
    if !tail.contains("juster") {
        return false;
    }
    let Some(verb) = lex
        .tjansteman
        .justerat
        .iter()
        .filter_map(|v| tail.rfind(v.as_str()))
        .max()
    else {
        return false;
    };
    let Some(by) = tail[verb..].rfind(" av ") else {
        return false;
    };
    // "… av Anders Lidén, ordförande, och Stina Oldeberg": a title after each name too.
    tail[verb + by + " av ".len()..]
        .split_whitespace()
        .all(|w| {
            w == "och"
                || w.starts_with(|c: char| c.is_uppercase() || c == '(')
                || lex.tjansteman.is_title(w.trim_end_matches([',', '.']))
        })
}

/// "Personalutskottet beslutar att anställa Camilla Forsberg som socialchef": whom the
/// nämnd hires (`[tjansteman] anstaller`, then the name, then "som" or "till") holds the
/// office, unless it is a private assignment (`enskilda_uppdrag`). So does each of a list
/// of names the council or a nämnd elects (`valjer`, `valande`): "Fullmäktige väljer
/// Margareta Öst, Yusuf Demir och Britt Hedberg till nämndemän".
fn hired(before: &str, after: &str, lex: &Lexicon) -> bool {
    let listed = listed_before(before);
    let verb = listed.rsplit(' ').next().unwrap_or("");
    let after = listed_after(after);
    let Some(office) = after
        .strip_prefix(" som ")
        .or_else(|| after.strip_prefix(" till "))
    else {
        return false;
    };
    let office: String = office
        .chars()
        .take(40)
        .flat_map(char::to_lowercase)
        .collect();
    let words = &lex.tjansteman;
    let verb_of = |verbs: &[String]| verbs.iter().any(|v| v == verb);
    let office_of = |offices: &[String]| offices.iter().any(|o| office.starts_with(o.as_str()));
    let elects = || {
        let sentence = super::lower_case(before.rsplit(". ").next().unwrap_or(before));
        verb_of(&words.valjer)
            && sentence
                .split(|c: char| !c.is_alphabetic())
                .any(|word| elected_by(word, &words.valande))
    };
    // "förordna Maj-Britt Sundin till borgerlig vigselförrättare": an appointment to a
    // public office, where the same verbs also appoint röstmottagare and gode män.
    let appointed = verb_of(&words.forordnar) && office_of(&words.offentliga_uppdrag);
    // "anställa Camilla Forsberg", "Anställning av Mattias Grenholm"; not a hire, an
    // appointment or an election that tells of the person's health or finances ("… på
    // grund av nedsatt arbetsförmåga"): that is a private matter of theirs. Asked last:
    // the sentence is lower-cased and searched only for a name that is hired at all.
    let hires = patterns::ends_with_phrase(listed, &words.anstaller);
    let sensitive = || {
        let sentence = super::lower_case(after.split(". ").next().unwrap_or(after));
        lex.sensitive.first_list_in(&sentence).is_some()
    };
    (hires || appointed || elects()) && !office_of(&words.enskilda_uppdrag) && !sensitive()
}

/// "Nuvarande nämndemän från Hallvide är Bo Hejdström, …", "Till nämndemän väljs Anna
/// Berglund och …": a list of names that a public office (`offentliga_uppdrag`) named
/// just before, then "väljs", opens holds it; after "är" only the office's present
/// holders do ("Nuvarande …"), not whoever turned to it ("Den som vänt sig till
/// dataskyddsombudet är Karin Holm").
fn holds_public_office(before: &str, lex: &Lexicon) -> bool {
    let listed = listed_before(before);
    let (head, present) = match listed.strip_suffix(" väljs") {
        Some(head) => (head, true),
        None => match listed.strip_suffix(" är") {
            Some(head) => (head, false),
            None => return false,
        },
    };
    let sentence = head.rsplit(". ").next().unwrap_or(head);
    if !present && !super::lower_case(sentence).starts_with("nuvarande ") {
        return false;
    }
    // The office is among the last few words: "nämndemän från Hallvide", "Till nämndemän".
    (sentence.split_whitespace().rev().take(4)).any(|word| {
        let word = super::lower_case(word);
        (lex.tjansteman.offentliga_uppdrag.iter())
            .any(|o| !o.contains(' ') && word.starts_with(o.as_str()))
    })
}

/// "5. Till ledamöter i samrådsgruppen utses, efter förslag från föreningen, Kaarina
/// Nieminen och Veikko Hämäläinen": the names after "väljs" or "utses" (`[tjansteman]
/// valjs`; an inserted clause between) in a sentence that opens with a seat
/// (`[tjansteman] valda_platser`) fill it, as the council or nämnd elects them; not a
/// private assignment's (`enskilda_uppdrag`).
fn elected_to_a_seat(before: &str, lex: &Lexicon) -> bool {
    let listed = listed_before(before);
    let sentence = super::lower_case(listed.rsplit(". ").next().unwrap_or(listed));
    let words = &lex.tjansteman;
    let Some((at, verb)) = (words.valjs.iter())
        .filter_map(|v| sentence.rfind(&format!(" {v}")).map(|k| (k, v.len() + 1)))
        .max()
    else {
        return false;
    };
    let rest = &sentence[at + verb..];
    let opening = sentence.trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ')' | ' ' | '-' | '–')
    });
    (rest.is_empty() || rest.starts_with(','))
        && (words.valda_platser.iter()).any(|p| opening.starts_with(p.as_str()))
        && !(words.enskilda_uppdrag.iter()).any(|u| sentence.contains(u.as_str()))
}

/// `word` names a body whose elections make officials (`valande`: an entry ends it, and no
/// `!` entry is the word).
fn elected_by(word: &str, bodies: &[String]) -> bool {
    let (exceptions, endings): (Vec<&String>, Vec<&String>) =
        bodies.iter().partition(|b| b.starts_with('!'));
    endings.iter().any(|e| word.ends_with(e.as_str()))
        && !exceptions.iter().any(|e| word == &e[1..])
}

/// The text before a name without the names listed before it ("väljer Anna Ek, Per Holm
/// och " → "väljer").
fn listed_before(before: &str) -> &str {
    let mut rest = before.trim_end();
    while let Some(list) = rest.strip_suffix(',').or_else(|| rest.strip_suffix(" och")) {
        // Back over the listed name's capitalised words (and a party's parentheses).
        let mut cut = list.len();
        while let Some(space) = list[..cut].rfind(' ') {
            if !capitalised_or_party(&list[space + 1..cut]) {
                break;
            }
            cut = space;
        }
        if cut == list.len() {
            break;
        }
        rest = list[..cut].trim_end();
    }
    rest
}

/// The text after a name without the names listed after it (", Per Holm och Eva Berg till
/// nämndemän" → " till nämndemän").
fn listed_after(after: &str) -> &str {
    let mut rest = after;
    loop {
        let Some(list) = rest
            .strip_prefix(", ")
            .or_else(|| rest.strip_prefix(" och "))
        else {
            return rest;
        };
        let name_len: usize = list
            .split_inclusive(' ')
            .take_while(|w| capitalised_or_party(w.trim_end()))
            .map(str::len)
            .sum();
        // A list that ends the text has nothing after it.
        if name_len == 0 || !list[..name_len].ends_with(' ') {
            return rest;
        }
        // Keep the space before what follows the list (" till …").
        rest = &list[name_len - 1..];
    }
}

/// A word of a listed name: capitalised, or a party in parentheses ("(S)").
fn capitalised_or_party(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c == '(')
}

/// The places a document names by their form: a post town after its postcode ("771 93
/// Ljusnäs"), a trakt before its block and unit ("Ljusnäs 1:45"), a place a road goes
/// through or a building stands by ("genom Ljusnäs", "vid Ljusnäs").
fn places_named(doc: &Document) -> HashSet<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::constant_regex(
        &RE,
        r"\d{3} ?\d{2} (\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+) \d{1,4}:\d{1,4}|\b(?:genom|vid) (\p{Lu}\p{Ll}+)\b",
    );
    (doc.paragraphs.iter())
        .flat_map(|p| re.captures_iter(&p.text))
        .filter_map(|c| c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
        .map(|m| m.as_str().to_string())
        .collect()
}

/// Surname or first name alone, after the person was found in full; `words` are each
/// paragraph's words.
fn later_mentions(
    doc: &Document,
    structure: &Structure,
    words: &[Vec<names::Word>],
    lex: &Lexicon,
    people: &[Person],
) -> Vec<Person> {
    let full = |p: &Person| names::natural_order(&doc.paragraphs[p.paragraph].text[p.start..p.end]);
    let mut taken: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for p in people {
        taken.entry(p.paragraph).or_default().push((p.start, p.end));
    }
    let places = places_named(doc);
    // Officials first: a name both an official and a private person go by stays public.
    let groups: Vec<names::Known> = [true, false]
        .iter()
        .map(|&official| {
            let group: HashSet<String> = people
                .iter()
                .filter(|p| p.official == official)
                .map(full)
                .collect();
            names::Known {
                // The last word of a name found in full is the surname, known to a list or
                // not ("Begović"); a one-word find has none.
                surnames: group
                    .iter()
                    .filter(|n| n.split_whitespace().nth(1).is_some())
                    .filter_map(|n| n.split_whitespace().last())
                    .filter(|s| s.chars().count() >= 3 || lex.is_surname(s))
                    .map(str::to_string)
                    .collect(),
                first_names: group
                    .iter()
                    .filter_map(|n| n.split_whitespace().next())
                    .filter(|f| !f.ends_with('.'))
                    .map(str::to_string)
                    .collect(),
                // "Johan af Ljusnäs": a surname after a particle that is also a place's
                // name ("771 93 Ljusnäs", "Ljusnäs 1:45") is that place where it stands
                // alone.
                with_particle: group
                    .iter()
                    .filter_map(|n| {
                        let mut back = n.split_whitespace().rev();
                        let surname = back.next()?;
                        back.next()
                            .is_some_and(names::is_particle)
                            .then_some(surname)
                    })
                    .filter(|s| lex.is_place(s) || places.contains(*s))
                    .map(str::to_string)
                    .collect(),
            }
        })
        .collect();
    // Where officials and private persons share a surname or first name, a mention is
    // the one last named in full before it ("… ägaren Tord Berg … Berg har inte
    // hörsammat …" beside a member Per-Olof Berg).
    let shared: HashSet<&str> = (groups[0].surnames.iter())
        .filter(|s| groups[1].surnames.contains(*s))
        .chain((groups[0].first_names.iter()).filter(|f| groups[1].first_names.contains(*f)))
        .map(String::as_str)
        .collect();
    // Per shared word, the people named in full with it, in reading order (a long
    // protocol names thousands; each mention looks back once).
    let mut named_with: HashMap<&str, Vec<(usize, usize, bool)>> = HashMap::new();
    for p in people {
        let name = full(p);
        let mut parts = name.split_whitespace();
        let (Some(first), Some(last)) = (parts.next(), parts.last()) else {
            continue;
        };
        for word in [first, last] {
            if let Some(&shared_word) = shared.get(word) {
                named_with
                    .entry(shared_word)
                    .or_default()
                    .push((p.paragraph, p.end, p.official));
            }
        }
    }
    for list in named_with.values_mut() {
        list.sort_unstable();
    }
    let last_named = |word: &str, i: usize, start: usize| {
        let list = named_with.get(word)?;
        let before = list.partition_point(|&(paragraph, end, _)| (paragraph, end) <= (i, start));
        before.checked_sub(1).map(|k| list[k].2)
    };
    // A first name that is also a word ("Björn har … dödat fyra tackor", "fritidsgården
    // Saga") is a mention only after someone was named in full with it in the same matter:
    // elsewhere it is the word.
    let mut first_named: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for p in people {
        let text = &doc.paragraphs[p.paragraph].text[p.start..p.end];
        if let Some(first) = text.split_whitespace().next() {
            first_named
                .entry(first)
                .or_default()
                .push((p.paragraph, p.end));
        }
    }
    for list in first_named.values_mut() {
        list.sort_unstable();
    }
    let matter = |i: usize| structure.section_of(i).map(|s| s.heading_paragraph);
    let too_early = |word: &str, i: usize, start: usize| {
        let named_before = || {
            let list = first_named.get(word).map_or(&[][..], Vec::as_slice);
            let before = list.partition_point(|&at| at <= (i, start));
            before
                .checked_sub(1)
                .is_some_and(|k| matter(list[k].0) == matter(i))
        };
        lex.ambiguous.contains(word)
            && !groups.iter().any(|g| g.surnames.contains(word))
            && !named_before()
    };
    let mut out = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        for (start, end, group) in names::mentions(&p.text, &words[i], &groups, lex) {
            let spans = taken.entry(i).or_default();
            if !spans.iter().any(|&(s, e)| s < end && start < e)
                && !too_early(&p.text[start..end], i, start)
            {
                spans.push((start, end));
                let word = &p.text[start..end];
                let official = match shared.contains(word) {
                    true => last_named(word, i, start).unwrap_or(group == 0),
                    false => group == 0,
                };
                out.push(Person {
                    paragraph: i,
                    start,
                    end,
                    official,
                    role: false,
                    union: false,
                    sensitive: false,
                });
            }
        }
    }
    out
}

/// Sections (by heading paragraph) that concern a private person: a private name or an
/// identity number stands in them.
fn sections_with_private_data(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    found: &[Found],
    people: &[Person],
    dead: &[usize],
) -> HashSet<usize> {
    let mut out = HashSet::new();
    let paragraphs = private_person_paragraphs(people, found)
        .chain(anonymous_people(doc))
        .chain(dead.iter().copied());
    for i in paragraphs {
        if let Some(s) = structure.section_of(i) {
            out.insert(s.heading_paragraph);
        }
    }
    for s in &structure.sections {
        if lex
            .arende
            .personliga
            .mentioned_in(&super::lower_case(&s.heading))
        {
            out.insert(s.heading_paragraph);
        }
    }
    out
}

/// Paragraphs that speak of one private person without a name ("en 84-årig kvinna",
/// "född 1938"): the § is about that person all the same.
fn anonymous_people(doc: &Document) -> impl Iterator<Item = usize> + '_ {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = super::constant_regex(&RE, r"\d{1,3}-åri(?:g|ga|ge)\s|född (?:19|20)\d\d");
    doc.paragraphs
        .iter()
        .enumerate()
        // The pattern starts with a digit class, so the regex has no literal to skip
        // ahead to; these substring checks do that for it.
        .filter(move |(_, p)| {
            (p.text.contains("åri") || p.text.contains("född ")) && re.is_match(&p.text)
        })
        .map(|(i, _)| i)
}

/// Sensitive, crime and private-sphere sentences in the body of a § about a private
/// person, and in a paragraph outside any § that names one (a row of a delegation list:
/// "Bostadsanpassningsbidrag – Erkki Hyvönen | Bifall, efter amputation …").
fn sensitive_sentences(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    private: &HashSet<usize>,
    people: &[Person],
    found: &[Found],
) -> Vec<Found> {
    // The paragraphs that name a private person or hold an identity number, and those
    // that name an official.
    let private_named: HashSet<usize> = private_person_paragraphs(people, found).collect();
    let official_named: HashSet<usize> = people
        .iter()
        .filter(|p| p.official)
        .map(|p| p.paragraph)
        .collect();
    let names_someone = |i: usize, personal: bool| {
        private_named.contains(&i) || personal && official_named.contains(&i)
    };
    // Where in each paragraph a private person is named.
    let mut named_at: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for p in people.iter().filter(|p| !p.official) {
        named_at
            .entry(p.paragraph)
            .or_default()
            .push((p.start, p.end));
    }
    let named = |i: usize| named_at.get(&i).map_or(&[][..], Vec::as_slice);
    // And where an official is: one who opens a sentence is no part of what it tells.
    let mut officials_at: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for p in people.iter().filter(|p| p.official && !p.union) {
        (officials_at.entry(p.paragraph).or_default()).push((p.start, p.end));
    }
    let officials = |i: usize| officials_at.get(&i).map_or(&[][..], Vec::as_slice);
    // Rows that name union representatives and no other private person.
    let of_kind = |union: bool| -> HashSet<usize> {
        (people.iter())
            .filter(|p| !p.official && p.union == union)
            .map(|p| p.paragraph)
            .collect()
    };
    let (union_rows, others) = (of_kind(true), of_kind(false));
    let is_row = |i: usize| {
        [CELL_SEPARATOR, "\t"]
            .iter()
            .any(|sep| doc.paragraphs[i].text.contains(sep))
    };
    let union_row = |i: usize| union_rows.contains(&i) && !others.contains(&i) && is_row(i);
    // Rows whose private persons all represent a sensitive association.
    let plain: HashSet<usize> = (people.iter())
        .filter(|p| !p.official && !p.sensitive)
        .map(|p| p.paragraph)
        .collect();
    let represented: HashSet<usize> = (people.iter())
        .filter(|p| !p.official && p.sensitive)
        .map(|p| p.paragraph)
        .collect();
    let representatives_row =
        |i: usize| represented.contains(&i) && !plain.contains(&i) && is_row(i);
    let mut out = Vec::new();
    for section in structure
        .sections
        .iter()
        .filter(|s| private.contains(&s.heading_paragraph))
    {
        // In a matter about an official's own person (a resignation for health reasons)
        // the official is the one the sentences speak of.
        let personal = lex
            .arende
            .personliga
            .mentioned_in(&super::lower_case(&section.heading));
        // A heading that names someone tells of them too (a kallelse's "Ärende 8 Klagomål
        // … – klagande Sirkka Kangas (uppger att hon har svår astma)").
        // The title may stand on a line of its own below the § line.
        for i in
            (section.heading_paragraph..section.body.start).filter(|h| private_named.contains(h))
        {
            sensitive_in_heading(&doc.paragraphs[i].text, i, lex, &mut out);
        }
        for i in doc.span(section.body.clone()) {
            // A paragraph tells of one person or of people in general: a sensitive
            // sentence is the person's when its paragraph names or points at someone.
            // A row of union representatives names their workplaces ("Ombud, hemtjänst").
            if union_row(i) && !sensitive_beyond_offices(&doc.paragraphs[i].text, lex) {
                continue;
            }
            if representatives_row(i)
                && !sensitive_beyond_associations(&doc.paragraphs[i].text, lex)
            {
                continue;
            }
            if names_someone(i, personal) || points_at_someone(structure.lower(i), lex) {
                sensitive_in_paragraph(doc, lex, structure, i, (named(i), officials(i)), &mut out);
            }
        }
    }
    let mut outside: Vec<usize> = private_named
        .iter()
        .copied()
        .filter(|&i| structure.section_of(i).is_none())
        .collect();
    // A register record in lines: its matter line tells of the sender named above it.
    let matter_lines: Vec<usize> = outside
        .iter()
        .map(|&i| i + 1)
        .filter(|&next| {
            next < doc.paragraphs.len()
                && !private_named.contains(&next)
                && structure.section_of(next).is_none()
                && (lex.arende.arenderad.iter())
                    .any(|l| structure.lower(next).starts_with(l.as_str()))
        })
        .collect();
    outside.extend(matter_lines);
    // A document without §§ (a letter as a bilaga) tells of its writer in the first
    // person: a paragraph of prose that points at someone is theirs as much as one that
    // names them. A table row is no prose (its header names the columns, no one), nor is
    // an e-diarium's record with its fields set apart by dots ("… · Från: rektor"), nor a
    // register's row of three cells or more ("SN 2026/0320 ⇥ … ⇥ Polismyndigheten ⇥
    // Orosanmälan …"). A line with fewer tabs may be either (a letter's indented line):
    // it is read.
    if structure.sections.is_empty() {
        let row = |lower: &str| lower.split('\t').filter(|c| !c.trim().is_empty()).count() >= 3;
        outside.extend((0..doc.paragraphs.len()).filter(|&i| {
            let lower = structure.lower(i);
            !private_named.contains(&i)
                && ![CELL_SEPARATOR, " · "].iter().any(|s| lower.contains(s))
                && !row(lower)
                && points_at_someone(lower, lex)
        }));
    }
    outside.sort_unstable();
    for i in outside {
        sensitive_in_paragraph(doc, lex, structure, i, (named(i), officials(i)), &mut out);
    }
    out
}

/// A row of union representatives tells something sensitive outside the cells that name
/// an office and a workplace (`[facklig] uppdrag`: "Ombud, hemtjänst"): a remark on
/// someone's sick leave, say.
fn sensitive_beyond_offices(row: &str, lex: &Lexicon) -> bool {
    sensitive_beyond(row, lex, |cell| {
        let office = super::lower_case(cell.split(',').next().unwrap_or("").trim());
        lex.facklig.uppdrag.contains(&office)
    })
}

/// A row naming the contacts of an association whose name tells their origin or health
/// ("Regnbågsträffen (hbtqi-ungdomar) ⇥ Alex Nordlund") tells something sensitive
/// outside the association's cell: the contact, masked, is what the name told of.
fn sensitive_beyond_associations(row: &str, lex: &Lexicon) -> bool {
    sensitive_beyond(row, lex, |cell| names_sensitive_association(cell, lex))
}

/// The row's cells but those `passed` (trimmed) tell something sensitive.
fn sensitive_beyond(row: &str, lex: &Lexicon, passed: impl Fn(&str) -> bool) -> bool {
    let rest: Vec<String> = columns::cells(row)
        .into_iter()
        .map(|(start, end)| row[start..end].trim())
        .filter(|cell| !passed(cell))
        .map(super::lower_case)
        .collect();
    sensitive_rule(&rest.join(". "), None, lex).is_some()
}

/// Byte ranges in a paragraph's text (where people are named).
type Ranges<'a> = &'a [(usize, usize)];

/// The sensitive sentences of paragraph `i`, where private persons are `named` and
/// officials stand (byte ranges), one find each.
fn sensitive_in_paragraph(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    i: usize,
    (named, officials): (Ranges, Ranges),
    out: &mut Vec<Found>,
) {
    let text = &doc.paragraphs[i].text;
    if sent_to(structure.lower(i), lex) {
        return;
    }
    // The lower-case paragraph lines up byte for byte with the text unless lower-casing
    // changed a letter's length (rare; then the sentence is redone).
    let lower = Some(structure.lower(i)).filter(|l| l.len() == text.len());
    let spans = sentences(text);
    for (k, &(start, end)) in spans.iter().enumerate() {
        let sentence = match lower.and_then(|l| l.get(start..end)) {
            Some(s) => std::borrow::Cow::Borrowed(s),
            None => std::borrow::Cow::Owned(super::lower_case(&text[start..end])),
        };
        if states_the_law(&sentence) {
            continue;
        }
        let original = Some(&text[start..end]).filter(|o| o.len() == sentence.len());
        let Some(rule) = sensitive_rule(&sentence, original, lex) else {
            continue;
        };
        // "… tagit bilder i damernas omklädningsrum. Händelsen är polisanmäld.": the
        // sentence before tells the crime.
        if rule == "lagovertradelse" && reports_the_event_before(&sentence, lex) {
            let before = k.checked_sub(1).and_then(|p| spans.get(p));
            if let Some(&(s, e)) = before.filter(|&&(s, e)| {
                !out.iter()
                    .any(|f| f.paragraph == i && f.start < e && s < f.end)
            }) {
                out.push(Found::new(i, s, e, rule, 0.6, None));
            }
            continue;
        }
        // A crime the authority reports is the person's crime all the same.
        let names = named.iter().any(|&(s, e)| start < e && s < end);
        if rule == "lagovertradelse"
            && !names
            && (only_reported(&sentence, lex) || states_a_duty(&sentence))
            && !points_at_someone(&sentence, lex)
        {
            continue;
        }
        if rule != "lagovertradelse"
            && !names
            && (told_by_the_authority(&sentence, lex) || an_initiative(&sentence, lex))
        {
            continue;
        }
        if !names && speaks_of_many(&sentence, lex) {
            continue;
        }
        // "Rask säger också att han själv var bostadslös som ung": an elected member who
        // opens the sentence tells of themselves in the debate, as published.
        let opened_by_official = officials.iter().any(|&(s, _)| s == start);
        if !names && opened_by_official && tells_of_oneself(&sentence) {
            continue;
        }
        let rule = if rule == "lagovertradelse" && tells_of_a_victim(&sentence, lex) {
            "integritetskanslig"
        } else {
            rule
        };
        let (start, end) = row_span_told(text, &sentence, (start, end), named, lex);
        let start = after_leading_official(text, (start, end), named, officials, lex);
        out.push(Found::new(i, start, end, rule, 0.75, None));
    }
}

/// The sentence tells of its subject themselves ("… att han själv har diabetes").
fn tells_of_oneself(lower: &str) -> bool {
    ["han själv", "hon själv", "hen själv"]
        .iter()
        .any(|p| whole_phrase(lower, p))
}

/// The part of a register row (`start..end` of `text`, `lower` its lower case) that
/// tells of a person: from the first cell that names a private person or holds the
/// sensitive fact to the last such cell. The row is read as one sentence to decide whether
/// it speaks of someone, but a register's number and date before that part, and the
/// official handling the matter after it, stay. The whole sentence when it is no row.
fn row_span_told(
    text: &str,
    lower: &str,
    (start, end): (usize, usize),
    named: &[(usize, usize)],
    lex: &Lexicon,
) -> (usize, usize) {
    if lower.len() != end - start {
        return (start, end);
    }
    let mut told: Option<(usize, usize)> = None;
    for (s, e) in record_fields(lower) {
        let cell = &lower[s..e];
        let (s, e) = (start + s, start + e);
        let names = named.iter().any(|&(ns, ne)| s < ne && ns < e);
        let tells = || sensitive_rule(cell, text.get(s..e), lex).is_some();
        if !cell.trim().is_empty() && (names || tells()) {
            let lead = cell.len() - cell.trim_start().len();
            let trail = cell.len() - cell.trim_end().len();
            told = Some(told.map_or((s + lead, e - trail), |(f, _)| (f, e - trail)));
        }
    }
    // The lower case has the text's length, but a letter whose lower case is another
    // length could shift a cell's edge off a character: then the whole sentence.
    match told {
        Some((s, e)) if text.is_char_boundary(s) && text.is_char_boundary(e) => (s, e),
        _ => (start, end),
    }
}

/// The fields of a register's record, as byte ranges: its cells (tabs, " | ", runs of
/// spaces, bare semicolons), or the parts an e-diarium sets apart with dots or dashes
/// ("KS 2026/0218-1 · Inkommande · 2026-05-18 · …"). One field when it is none.
fn record_fields(line: &str) -> Vec<(usize, usize)> {
    for mark in [" · ", " – "] {
        if line.matches(mark).count() >= RECORD_MARKS_MIN && !line.contains('\t') {
            let mut out = Vec::new();
            let mut at = 0;
            for (k, _) in line.match_indices(mark) {
                out.push((at, k));
                at = k + mark.len();
            }
            out.push((at, line.len()));
            return out;
        }
    }
    super::columns::cells(line)
}

/// The fewest dots or dashes that make a line an e-diarium's record.
const RECORD_MARKS_MIN: usize = 3;

/// Where a sensitive sentence's mask starts when an official is named in it before any
/// private person ("Rektor Camilla Sten har anmält att en elev, Nima, …", "I debatten
/// hänvisade Koskinen till en insändare av Marko Ilić …"): after the official's name and
/// party, if nothing sensitive is told before them. The official is public, and who
/// reported stays legible. A sentence that names no one else may tell of the official's
/// own person ("… avsäger sig uppdraget av hälsoskäl") or of someone wrongly taken for
/// one: it goes whole.
fn after_leading_official(
    text: &str,
    (start, end): (usize, usize),
    named: &[(usize, usize)],
    officials: &[(usize, usize)],
    lex: &Lexicon,
) -> usize {
    let Some(first_private) = named
        .iter()
        .filter(|&&(s, e)| start < e && s < end)
        .map(|&(s, _)| s)
        .min()
    else {
        return start;
    };
    let Some(cut) = officials
        .iter()
        .filter(|&&(s, e)| start <= s && e <= first_private)
        .map(|&(_, e)| e)
        .max()
    else {
        return start;
    };
    let lead = super::lower_case(&text[start..cut]);
    if sensitive_rule(&lead, None, lex).is_some() {
        return start;
    }
    let rest = &text[cut..end];
    let party = rest
        .strip_prefix(" (")
        .and_then(|r| r.find(')').filter(|&k| k <= PARTY_MAX).map(|k| k + 3))
        .unwrap_or(0);
    let skipped = rest[party..].len() - rest[party..].trim_start_matches([' ', ',']).len();
    let new_start = cut + party + skipped;
    if new_start < end {
        new_start
    } else {
        start
    }
}

/// The longest party abbreviation in brackets after a name ("(NBP)", "(MP)").
const PARTY_MAX: usize = 8;

/// The parts of a heading line that tell a sensitive fact ("… – klagande Sirkka Kangas
/// (uppger att hon har svår astma)"), each part between cell borders, brackets and dashes
/// masked on its own: the § number, the title's other parts and the diarienummer stay.
fn sensitive_in_heading(text: &str, i: usize, lex: &Lexicon, out: &mut Vec<Found>) {
    let mut cuts: Vec<(usize, usize)> = (text.match_indices(['\t', '(', ')']))
        .chain(text.match_indices(" – "))
        .map(|(k, m)| (k, m.len()))
        .collect();
    cuts.sort_unstable();
    cuts.push((text.len(), 0));
    let mut start = 0;
    for (k, len) in cuts {
        let part = text.get(start..k).unwrap_or("");
        let from = start + (part.len() - part.trim_start().len());
        let to = from + part.trim().len();
        start = k + len;
        if to <= from {
            continue;
        }
        let lower = super::lower_case(&text[from..to]);
        let original = Some(&text[from..to]).filter(|o| o.len() == lower.len());
        if let Some(rule) = sensitive_rule(&lower, original, lex) {
            out.push(Found::new(i, from, to, rule, 0.75, None));
        }
    }
}

/// Why someone is away, when it is their health or private life: "Ulf Lund (M) har
/// anmält förhinder på grund av sjukskrivning", "… avsäger sig uppdraget eftersom han och
/// hans hustru har ansökt om äktenskapsskillnad". The reason is masked wherever it
/// stands, an official's too; the name and the absence stay. So is a personal reason
/// given for anything else ("… begärt ersättning för barntillsyn, eftersom hennes son har
/// en svår autism"): a clause of "eftersom" that speaks of someone's own (`[arende]
/// egna`).
fn absence_reasons(doc: &Document, lex: &Lexicon, structure: &Structure) -> Vec<Found> {
    let mut out = Vec::new();
    let any_of = |text: &str, words: &[String]| words.iter().any(|w| text.contains(w.as_str()));
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let lower = structure.lower(i);
        let away = |text: &str| any_of(text, &lex.arende.franvaro);
        let sick = |text: &str| any_of(text, &lex.arende.sjukfranvaro);
        let because = |text: &str| any_of(text, &lex.arende.forklaringsord);
        if lower.len() != p.text.len() || !(away(lower) || sick(lower) || because(lower)) {
            continue;
        }
        for (start, end) in sentences(&p.text) {
            // Same length need not mean same letter boundaries: ask, do not slice blind.
            let Some(sentence) = lower.get(start..end) else {
                continue;
            };
            let reason = if away(sentence) {
                reason_in(sentence, lex).or_else(|| personal_reason(sentence, lex))
            } else if because(sentence) {
                personal_reason(sentence, lex)
            } else {
                None
            };
            // "Eva Strandh (S) är sjukskriven på heltid till och med den 31 maj": the sick
            // leave itself, whoever is on it.
            let on_sick_leave = || {
                (lex.arende.sjukfranvaro.iter())
                    .filter_map(|w| sentence.find(w.as_str()).map(|at| at + w.len()))
                    .filter_map(|after| sentence[..after].rfind("sjuk"))
                    .min()
                    .map(|at| (at, "kanslig"))
            };
            if let Some((at, rule)) = reason.or_else(on_sick_leave) {
                let end = start + sentence.trim_end_matches(['.', ';']).len();
                out.push(Found::new(i, start + at, end, rule, 0.7, None));
            }
        }
    }
    out
}

/// Where in a lower-case sentence a reason of health or private life starts, and its rule:
/// at the mark ("på grund av", "eftersom", " av ") right before the first sensitive word
/// ("på grund av depression till följd av utmattning" from "depression").
fn reason_in(sentence: &str, lex: &Lexicon) -> Option<(usize, &'static str)> {
    // "… av uppdraget som ordförande av hälsoskäl": the last "av" before the health word.
    let marks = ends_of(sentence, &lex.arende.orsaksord);
    marks.iter().enumerate().find_map(|(k, &at)| {
        // Each clause is read once, up to the next mark: a long paragraph of many marks
        // costs its length, not its length times its marks.
        let next = marks.get(k + 1).copied().unwrap_or(sentence.len());
        sensitive_rule_of(&sentence[at..next], lex).map(|rule| (at, rule))
    })
}

/// "… begärt ersättning för barntillsyn, eftersom hennes son har en svår autism": a
/// clause of explanation (`[arende] forklaringsord`) that opens with one's own (`egna`:
/// "hon", "hennes", "dottern") and tells a sensitive fact, where it is no one's opinion
/// ("eftersom han anser att …", "eftersom hennes yrkande …", `[arende] asiktsord`).
fn personal_reason(sentence: &str, lex: &Lexicon) -> Option<(usize, &'static str)> {
    let marks = ends_of(sentence, &lex.arende.forklaringsord);
    marks.iter().enumerate().find_map(|(k, &at)| {
        let next = marks.get(k + 1).copied().unwrap_or(sentence.len());
        let clause = &sentence[at..next];
        let words: Vec<&str> = clause
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        let own = words
            .first()
            .is_some_and(|w| lex.arende.egna.iter().any(|e| e == w));
        let opinion = (words.iter()).any(|w| lex.arende.asiktsord.iter().any(|o| o == w));
        (own && !opinion)
            .then(|| sensitive_rule_of(clause, lex))
            .flatten()
            .map(|rule| (at, rule))
    })
}

/// Where each occurrence of `marks` in `sentence` ends, in order, each place once.
fn ends_of(sentence: &str, marks: &[String]) -> Vec<usize> {
    let mut ends: Vec<usize> = (marks.iter())
        .flat_map(|m| {
            sentence
                .match_indices(m.as_str())
                .map(move |(at, _)| at + m.len())
        })
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends
}

/// The sensitive rule a lower-case clause's words fall under: health and the like first.
fn sensitive_rule_of(clause: &str, lex: &Lexicon) -> Option<&'static str> {
    if lex.kanslig.ord.mentioned_in(clause) {
        Some("kanslig")
    } else if lex.integritetskanslig.ord.mentioned_in(clause) {
        Some("integritetskanslig")
    } else {
        None
    }
}

/// A sentence of statistics: ten or more cases counted ("47 anmälningar om kränkande
/// behandling", "i 41 fall"), or a share of them ("en femtedel av anmälningarna") where it
/// points at no one. It speaks of many people, none of them in particular.
fn speaks_of_many(lower: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '%')
        .filter(|w| !w.is_empty())
        .collect();
    let counted = words.windows(2).any(|pair| {
        pair[0].parse::<u32>().is_ok_and(|n| n >= 10)
            && lex.arende.fall.iter().any(|f| f == pair[1])
    });
    let share = || {
        lex.arende.andel.iter().any(|a| whole_phrase(lower, a)) && !points_at_someone(lower, lex)
    };
    counted || share()
}

/// The sentence tells that someone suffered a crime and of no one convicted or charged
/// ("Anna Lind har utsatts för våld i nära relation"): `[lagovertradelse] offer`,
/// `garningsord`.
fn tells_of_a_victim(lower: &str, lex: &Lexicon) -> bool {
    let l = &lex.lagovertradelse;
    // At a word's start: "döms" is no part of "bedöms", nor "åtal" of "påtalade".
    let said = |phrase: &String| {
        (lower.match_indices(phrase.as_str())).any(|(k, _)| super::at_word_start(lower, k))
    };
    l.offer.iter().any(said) && !l.garningsord.iter().any(said)
}

/// The sentence reports the event the sentence before told to the police ("Händelsen är
/// polisanmäld", `[lagovertradelse] anmald_handelse`), and names no other crime.
fn reports_the_event_before(lower: &str, lex: &Lexicon) -> bool {
    let l = &lex.lagovertradelse;
    let reports: Vec<std::ops::Range<usize>> = (l.anmald_handelse.iter())
        .flat_map(|p| lower.match_indices(p.as_str()))
        .map(|(at, p)| at..at + p.len())
        .collect();
    !reports.is_empty()
        && !(l.ord).mentioned_where(lower, |at| !reports.iter().any(|r| r.contains(&at)))
}

/// The sentence's only crime words report a matter to the police ("Skolan har
/// polisanmält händelserna"): `[lagovertradelse] anmalan`.
fn only_reported(lower: &str, lex: &Lexicon) -> bool {
    let report = &lex.lagovertradelse.anmalan;
    !report.is_empty()
        && !lex.lagovertradelse.ord.mentioned_where(lower, |at| {
            !report.iter().any(|r| lower[at..].starts_with(r.as_str()))
        })
}

/// A sentence whose subject is an authority and that points at no one ("Förvaltningen
/// konstaterar att skulder hos Kronofogden inte påverkar avgiftsutrymmet"): how the
/// authority reasons in general, not what it tells of the person.
fn told_by_the_authority(lower: &str, lex: &Lexicon) -> bool {
    let subject = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    // Also a national authority by its name, where it turns against the municipality
    // ("Skolinspektionen har riktat kritik mot nämnden för att …", "… mot huvudmannen"),
    // not where it acts on someone ("Kronofogden har meddelat utslag i två mål").
    let national = || {
        let against = |body: &str| lower.contains(&format!(" mot {body}"));
        (lex.namn.myndigheter.iter())
            .any(|m| m.chars().flat_map(char::to_lowercase).eq(subject.chars()))
            && (lex.arende.myndighet.iter().any(|b| against(b)) || against("huvudmannen"))
    };
    let authority = names_the_authority(subject, lex) || national() || officer_reports(lower, lex);
    authority && !points_at_someone(lower, lex)
}

/// "Säkerhetssamordnare Kristina Rask rapporterar att …": a title, the officer's name and a
/// verb of reporting (`[arende] rapporterar`) open the sentence, so the officer speaks in
/// office. Not "Ordföranden i valdistriktet, Sten Jonsson, fick bröstsmärtor …".
fn officer_reports(lower: &str, lex: &Lexicon) -> bool {
    let mut words = lower.split(' ');
    words
        .next()
        .is_some_and(|title| lex.tjansteman.is_title(title))
        && words
            .take(4)
            .any(|w| lex.arende.rapporterar.iter().any(|v| v == w))
}

/// A sentence that opens with a politician's initiative, after a list item's number
/// ("7. Motion från …"): `[arende] initiativ`.
fn an_initiative(lower: &str, lex: &Lexicon) -> bool {
    let opening = lower.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    // Whole words ("Motionären berättar att hennes dotter …" tells of someone).
    let opens = opens_with_phrase_of(opening, &lex.arende.initiativ);
    // "för barn i familjer med låga inkomster": children in general are the policy's
    // subject; a pronoun, a kin word or a role still points at someone ("vars son …").
    opens && !points_at_someone(&lower.replace(" barn ", " "), lex)
}

/// A register row's cell after a sender's name opens with an initiative only an elected
/// member files (`[arende] ledamotsinitiativ`: "Maj-Britt Ehn (KV) | Motion om vägen till
/// Björnsättra gård"; not a resident's "Fråga till kommunen"), so a local party's unknown
/// abbreviation is a party.
fn files_an_initiative(after: &str, lex: &Lexicon) -> bool {
    after.split('\t').skip(1).any(|cell| {
        let cell = super::lower_case(cell.trim_start());
        opens_with_phrase_of(&cell, &lex.arende.ledamotsinitiativ)
    })
}

/// `lower` opens with one of `phrases` as whole words, a space after it.
fn opens_with_phrase_of(lower: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        lower
            .strip_prefix(p.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// A line that says where a decision is sent ("Beslutet skickas till: Klaganden;
/// biståndsenheten; enhetschef hemtjänst"): units and roles, nothing told about anyone.
fn sent_to(lower: &str, lex: &Lexicon) -> bool {
    let lower = lower.trim_start();
    lex.arende
        .sandlista
        .iter()
        .any(|opening| lower.starts_with(opening.as_str()))
}

/// The paragraphs that name a private person or hold an identity number.
fn private_person_paragraphs<'a>(
    people: &'a [Person],
    found: &'a [Found],
) -> impl Iterator<Item = usize> + 'a {
    found
        .iter()
        .filter(|f| matches!(f.rule, "personnummer" | "samordningsnummer"))
        .map(|f| f.paragraph)
        .chain(people.iter().filter(|p| !p.official).map(|p| p.paragraph))
}

/// A lower-case sentence holds a word that points at one person ("han", "eleven",
/// "modern"): the lexicon's person words and role words, as whole words.
fn points_at_someone(lower: &str, lex: &Lexicon) -> bool {
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    // "en 91-årig man", "en 14-åring": an age points at one person.
    let age = |w: &str| w.ends_with("-årig") || w.ends_with("-åring") || w.ends_with("-åringen");
    words.any(|w| lex.person_words.contains(w) || age(w))
        || lex.person_phrases.iter().any(|p| whole_phrase(lower, p))
        || age_in_apposition(lower)
}

/// "En besökare, Elvin Krasniqi, 17 år, har …", "eleven (15 år)": an age set off after
/// someone points at them.
fn age_in_apposition(lower: &str) -> bool {
    lower.match_indices(" år").any(|(at, w)| {
        let before = lower[..at].trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = at - before.len();
        (1..=3).contains(&digits)
            && (before.ends_with(", ") || before.ends_with('('))
            && lower[at + w.len()..].starts_with([',', ')'])
    })
}

/// `phrase` stands in `lower` between word boundaries.
fn whole_phrase(lower: &str, phrase: &str) -> bool {
    lower.match_indices(phrase).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A sentence that cites what a law says ("Enligt 6 kap. 10 § skollagen ska rektor anmäla
/// …", "Av 4 kap. 1 § socialtjänstlagen framgår …", "Rektor ska enligt 6 kap. …"): about
/// everyone, not about the person.
fn states_the_law(lower: &str) -> bool {
    let cites = |rest: &str| rest.starts_with(|c: char| c.is_ascii_digit());
    let opening = ["enligt ", "jämlikt ", "av "]
        .iter()
        .any(|w| lower.strip_prefix(w).is_some_and(cites));
    // The head is cut only where the opening cites: most sentences open otherwise.
    let cited_at_head = || {
        let head = &lower[..lower.char_indices().nth(50).map_or(lower.len(), |(i, _)| i)];
        head.contains('§') || head.contains("kap.")
    };
    // "Rektor ska enligt 6 kap. 10 § skollagen anmäla …": a duty the law puts on a role,
    // within the first words. Searched byte-wise: it is asked of every sentence.
    let limit = lower.len().min(48);
    let duty = lower.as_bytes()[..limit]
        .windows(b"enligt ".len())
        .position(|w| w == b"enligt ")
        .is_some_and(|at| {
            let before = &lower[..at];
            (before.ends_with("ska ") || before.ends_with("skall "))
                && cites(&lower[at + "enligt ".len()..])
        });
    duty || opening && cited_at_head()
}

/// "Nämnden har enligt 26 kap. 27 § miljöbalken en skyldighet att anmäla misstanke om
/// brott": the authority's duty under a law, cited within the sentence's first words.
fn states_a_duty(lower: &str) -> bool {
    // "Förbundet är skyldigt att anmäla misstänkta brott enligt 26 kap. 2 § miljöbalken":
    // the duty may come first and the law last.
    let Some(duty) = lower.find("skyldig") else {
        return false;
    };
    let head = lower.char_indices().nth(40).map_or(lower.len(), |(i, _)| i);
    // A law cited ("enligt 26 kap.") between the byte offsets.
    let cites = |from: usize, to: usize| {
        lower[from..to]
            .match_indices("enligt ")
            .any(|(at, w)| lower[from + at + w.len()..].starts_with(|c: char| c.is_ascii_digit()))
    };
    cites(0, head) || cites(duty, lower.len())
}

/// The strongest sensitive rule a lower-case sentence falls under.
///
/// With the sentence as written (`original`, byte for byte as `lower`), a stem inside an
/// organisation's proper name ("Vretaby Pingstförsamling", "Svenska Diabetesförbundet")
/// tells nothing of a person and does not count.
fn sensitive_rule(lower: &str, original: Option<&str>, lex: &Lexicon) -> Option<&'static str> {
    let first = match original {
        Some(text) => lex
            .sensitive
            .first_list_where(lower, |at| !in_proper_name(text, at)),
        None => lex.sensitive.first_list_in(lower),
    };
    match first? {
        0 => Some("kanslig"),
        1 => Some("lagovertradelse"),
        _ => Some("integritetskanslig"),
    }
}

/// The word around byte `at` is capitalised (not all capitals: "ADHD", "KOL" are
/// diagnoses) and follows or precedes a capitalised word: a proper name of several words
/// ("Svenska Diabetesförbundet", "Hemtjänsten Västerby").
fn in_proper_name(text: &str, at: usize) -> bool {
    // `at` is an offset in the lower-case sentence: not a letter boundary here, no name.
    let Some(head) = text.get(..at) else {
        return false;
    };
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric() && c != '-')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = &text[start..];
    let word = tail
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .map_or(tail, |end| &tail[..end]);
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
    };
    let before = text[..start].trim_end_matches(' ');
    let previous = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    // "Kristensen, Mette": a name written surname first goes on after its comma.
    let after = tail[word.len()..]
        .strip_prefix(',')
        .unwrap_or(&tail[word.len()..]);
    let next = after
        .strip_prefix(' ')
        .and_then(|rest| {
            rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
        })
        .unwrap_or("");
    // A stem inside a capitalised word after a word in lower case is part of a name of
    // one word ("för Regionsjukhusets parkeringshus"). ("ALS-sjukdom" is a diagnosis, a
    // cell's first word opens it, and after a number a PDF's merged cell goes on:
    // "Vällsjö 2:8 Lungcancer".)
    let inside_a_name = at > start
        && !text[start..at].contains('-')
        && before.len() + 1 == start
        && previous.chars().next().is_some_and(char::is_lowercase);
    capitalised(word)
        && (before.len() + 1 == start && capitalised(previous)
            || capitalised(next)
            || inside_a_name)
}

/// Sentence spans (byte offsets) of a paragraph, trimmed.
fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    // A full stop ends a sentence only before a capital or the end: "6 kap. 10 §",
    // "kl. 18.00" and "bl.a. för" go on.
    let next_starts_one = |after: &str| {
        after
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| c.is_uppercase() || !c.is_alphanumeric())
    };
    // Every mark that ends a sentence is ASCII, and no byte of a longer character is:
    // the bytes are read, not the characters.
    for (i, &b) in bytes.iter().enumerate() {
        // A table cell ends its sentence too: cells are read as one line, " | " apart.
        if b == b'|' && text[..i].ends_with(' ') && bytes.get(i + 1) == Some(&b' ') {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
            continue;
        }
        // "Rut Eklöf ./. Vård- och omsorgsnämnden": a court's "against" goes on.
        let against = b == b'.' && text[..i].ends_with("./");
        let ends = matches!(b, b'.' | b'!' | b'?' | b';')
            && bytes.get(i + 1).is_none_or(|b| *b == b' ')
            && (b != b'.' || next_starts_one(&text[i + 1..]))
            && !against;
        if ends {
            push_trimmed(text, start, i + 1, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if start + lead < end - trail {
        out.push((start + lead, end - trail));
    }
}

/// Each name's rule: official, medborgarförslag proposer, or a private person whose rule is
/// the strongest reason in its §.
fn classify_people(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    people: &[Person],
    found: &[Found],
) -> Vec<Found> {
    // The stronger rules found in each §, gathered once (a 5,000-page protocol has
    // thousands of §§ and names).
    let mut strong: HashMap<usize, HashSet<&str>> = HashMap::new();
    for f in found {
        if let Some(s) = structure.section_of(f.paragraph) {
            strong
                .entry(s.heading_paragraph)
                .or_default()
                .insert(f.rule);
        }
    }
    // Outside every § (a kallelse's agenda, a register's rows) each line is its own matter.
    let mut strong_in_line: HashMap<usize, HashSet<&str>> = HashMap::new();
    for f in found
        .iter()
        .filter(|f| structure.section_of(f.paragraph).is_none())
    {
        strong_in_line
            .entry(f.paragraph)
            .or_default()
            .insert(f.rule);
    }
    let mut rule_of_section: HashMap<Option<usize>, &'static str> = HashMap::new();
    let mut out: Vec<Found> = people
        .iter()
        .map(|p| {
            let (rule, confidence): (&str, f64) = if p.union {
                ("facklig", 0.85)
            } else if p.official {
                ("fortroendevald", 0.8)
            } else if p.sensitive && !proposers_row(doc, lex, p) {
                ("kanslig", 0.8)
            } else {
                let section = structure
                    .section_of(p.paragraph)
                    .map(|s| s.heading_paragraph);
                let rule = match section {
                    Some(_) => *rule_of_section
                        .entry(section)
                        .or_insert_with(|| private_rule(doc, lex, structure, &strong, p.paragraph)),
                    // A proposer agreed to be named with the proposal, whatever it tells.
                    None if names_a_proposal(structure, lex, p.paragraph, None) => "namn",
                    None => strongest(strong_in_line.get(&p.paragraph)).unwrap_or("namn"),
                };
                // "… förelägger grannen Per Ek att städa": someone a role word introduces in
                // a proposal is no proposer, unless the word names them so.
                let before = structure.lower(p.paragraph).get(..p.start).unwrap_or("");
                // ("Avsändaren, Joakim Sand, har ombetts att komplettera …").
                let word_before = before
                    .trim_end()
                    .trim_end_matches(',')
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("");
                let proposer = !lex.person_words.contains(word_before)
                    || word_before.starts_with("förslagsställar");
                let rule = match rule {
                    // "Svar på medborgarförslag från Birgitta Holmgren": a list item of a
                    // kallelse or kungörelse names the proposer outside any § of their own,
                    // and a register record its sender below its matter line.
                    "namn"
                        if proposer && names_a_proposal(structure, lex, p.paragraph, section) =>
                    {
                        "medborgarforslag"
                    }
                    // A proposal's § names the proposer, and the neighbour it is about; a
                    // § listing new motions and proposals names in its other items a
                    // writer whose letter is no proposal ("Skrivelse … från Jonatan
                    // Öqvist … utan kommunens mall").
                    "medborgarforslag"
                        if !proposer
                            || another_item(structure, lex, p.paragraph)
                            || beside_named_proposer(doc, structure, p) =>
                    {
                        section
                            .and_then(|h| strongest(strong.get(&h)))
                            .unwrap_or("namn")
                    }
                    rule => rule,
                };
                // "Förslagsställaren har angett att namnet inte får publiceras. Förslaget är
                // undertecknat av …": said before the name, of the one it then names.
                // "… har via e-post föreslagit …. Skrivelsen har inte lämnats på blanketten
                // …": said anywhere in the paragraph, no signature gave consent.
                let paragraph = structure.lower(p.paragraph);
                let said_before =
                    || (lex.namn.ej_publicering.iter()).any(|r| before.contains(r.as_str()));
                let unsigned =
                    || (lex.namn.utan_mall.iter()).any(|u| paragraph.contains(u.as_str()));
                let refused = rule == "medborgarforslag" && (said_before() || unsigned());
                let rule = if refused { "namn" } else { rule };
                (rule, if p.role { 0.9 } else { 0.8 })
            };
            Found::new(p.paragraph, p.start, p.end, rule, confidence, Some(NAME))
        })
        .collect();
    proposers_named_again(doc, lex, structure, &mut out);
    others_in_a_proposal_named_again(doc, structure, &mut out);
    out
}

/// "… att grannen Kjell-Åke Backman står bakom förslaget, men Backman har inte
/// undertecknat": someone a proposal's § names beside its proposer (a role word introduced
/// them) keeps their own rule where the § names them again by their surname alone.
fn others_in_a_proposal_named_again(doc: &Document, structure: &Structure, found: &mut [Found]) {
    /// A name the § gives its own rule, not the proposer's.
    struct Other {
        section: usize,
        paragraph: usize,
        surname: String,
        rule: &'static str,
    }
    let name = |f: &Found| names::natural_order(&doc.paragraphs[f.paragraph].text[f.start..f.end]);
    let surname = |f: &Found| {
        let name = name(f);
        let last = name.rsplit(' ').next().unwrap_or("");
        last.strip_suffix('s').unwrap_or(last).to_string()
    };
    let section = |f: &Found| {
        structure
            .section_of(f.paragraph)
            .map(|s| s.heading_paragraph)
    };
    let others: Vec<Other> = found
        .iter()
        .filter(|f| !matches!(f.rule, "medborgarforslag" | "fortroendevald" | "facklig"))
        .filter_map(|f| {
            Some(Other {
                section: section(f)?,
                paragraph: f.paragraph,
                surname: surname(f),
                rule: f.rule,
            })
        })
        .collect();
    for f in found.iter_mut().filter(|f| f.rule == "medborgarforslag") {
        if doc.paragraphs[f.paragraph].text[f.start..f.end].contains(' ') {
            continue;
        }
        let (at, key) = (section(f), surname(f));
        if let Some(other) = (others.iter())
            .find(|o| Some(o.section) == at && o.paragraph <= f.paragraph && o.surname == key)
        {
            f.rule = other.rule;
        }
    }
}

/// The row names an association that tells its members' health, origin or faith by a
/// capitalised word of its name ("Kurdiska kulturföreningen Newroz", "kontaktperson för
/// Kurdiska kvinnoföreningen", "DHR"), not by the languages someone speaks ("svenska,
/// bosniska"). A disease named after a person ("Parkinsons sjukdom") is no association.
fn names_sensitive_association(row: &str, lex: &Lexicon) -> bool {
    let mut rest = row;
    while let Some(start) = rest.find(char::is_alphanumeric) {
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(tail.len());
        let (word, after) = tail.split_at(end);
        if word.starts_with(char::is_uppercase)
            && lex.kanslig.sensitive_association(word)
            && !after.starts_with(" sjukdom")
        {
            return true;
        }
        rest = after;
    }
    false
}

/// A register row of a citizens' proposal whose origin or health word stands in its
/// matter ("Oksana Melnyk ⇥ Medborgarförslag, modersmål ukrainska"), not in the cell of
/// the person `p` ("RSMH Kvarnmora, Lena Berg"): the proposer agreed to be named with
/// it.
fn proposers_row(doc: &Document, lex: &Lexicon, p: &Person) -> bool {
    let text = &doc.paragraphs[p.paragraph].text;
    let cell_start = text[..p.start].rfind('\t').map_or(0, |k| k + 1);
    let cell_end = text[p.end..].find('\t').map_or(text.len(), |k| p.end + k);
    let matter = text
        .split('\t')
        .any(|cell| opens_with_proposal(&super::lower_case(cell.trim()), lex));
    matter
        && !lex
            .kanslig
            .sensitive_association(&text[cell_start..cell_end])
}

/// Paragraph `i` is an item of a § that lists new motions and citizens' proposals
/// ("Anmälan av nya motioner och medborgarförslag") and is no proposal itself.
fn another_item(structure: &Structure, lex: &Lexicon, i: usize) -> bool {
    let heading = structure
        .section_of(i)
        .map(|s| super::lower_case(&s.heading))
        .unwrap_or_default();
    // "3. Medborgarförslag från …", "c) Medborgarförslag om …", "– Medborgarförslag …":
    // the item opens with what it is, after its list mark.
    let line = structure
        .lower(i)
        .trim_start_matches(['–', '-', '•', '*', ' ', '\t']);
    let marked = line
        .split_once([')', '.'])
        .filter(|(mark, _)| {
            mark.chars().count() <= 3
                && mark
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_alphabetic())
        })
        .map_or(line, |(_, rest)| rest);
    let item = marked.trim_start();
    heading.contains("motion")
        && mentions_proposal(&heading, lex)
        && !opens_with_proposal(item, lex)
}

/// "Förslagsställare: Siiri Jatko", then in the quoted proposal "Min granne Eino Pudas":
/// where the § names its proposer in a field of their own, anyone else it names is not
/// them. The proposer named again keeps their rule (their surname as in the field).
fn beside_named_proposer(doc: &Document, structure: &Structure, p: &Person) -> bool {
    let Some(section) = structure.section_of(p.paragraph) else {
        return false;
    };
    let fields: Vec<&str> = doc
        .span(section.heading_paragraph..section.body.end)
        .filter(|&k| structure.lower(k).starts_with("förslagsställare"))
        .filter_map(|k| doc.paragraphs[k].text.split_once([':', '\t']))
        .map(|(_, field)| field)
        .collect();
    let name = &doc.paragraphs[p.paragraph].text[p.start..p.end];
    let surname = name.rsplit(' ').next().unwrap_or(name);
    let surname = surname.strip_suffix('s').unwrap_or(surname);
    !fields.is_empty() && !fields.iter().any(|f| f.contains(surname))
}

/// "Jan-Olof Sten, jo.sten@outlook.com ⇥ Mottagningsbekräftelse": a proposer named in full
/// again outside any § (a register's next record, an agenda) is the proposer still.
fn proposers_named_again(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    found: &mut [Found],
) {
    let name = |f: &Found| names::natural_order(&doc.paragraphs[f.paragraph].text[f.start..f.end]);
    let proposers: Vec<(usize, String)> = found
        .iter()
        .filter(|f| f.rule == "medborgarforslag")
        .map(|f| (f.paragraph, name(f)))
        .collect();
    // A proposer who refused to be named anywhere in the document stays masked where
    // named again.
    let refused = || {
        (0..doc.paragraphs.len()).any(|i| {
            (lex.namn.ej_publicering.iter()).any(|r| structure.lower(i).contains(r.as_str()))
        })
    };
    if proposers.is_empty() || refused() {
        return;
    }
    // Only the next records of the proposal's own: a few lines below its proposer, or
    // the form's signature line ("Underskrift ⇥ [namnteckning] ⇥ Karin Ljungqvist").
    for f in found.iter_mut() {
        if f.rule == "namn" && structure.section_of(f.paragraph).is_none() {
            let n = name(f);
            let signed = form_signature_line(structure.lower(f.paragraph));
            let near = proposers.iter().any(|(at, p)| {
                let below = f.paragraph.saturating_sub(*at);
                *p == n
                    && *at < f.paragraph
                    && (below <= PROPOSAL_RECORD_LINES || signed && below <= PROPOSAL_FORM_LINES)
            });
            if near {
                f.rule = "medborgarforslag";
            }
        }
    }
}

/// How many lines below a proposer's record a register's next records of the proposal
/// stand.
const PROPOSAL_RECORD_LINES: usize = 3;
/// How many lines below its proposer's field a proposal form ends (its signature line).
const PROPOSAL_FORM_LINES: usize = 15;

/// A form's signature line: it opens with "Underskrift" or "Namnteckning".
fn form_signature_line(lower: &str) -> bool {
    let line = lower.trim_start();
    ["underskrift", "namnteckning"]
        .iter()
        .any(|w| line.starts_with(w))
}

/// `lower` names a citizens' proposal (`[arende] medborgarforslag`).
fn mentions_proposal(lower: &str, lex: &Lexicon) -> bool {
    (lex.arende.medborgarforslag.iter()).any(|w| lower.contains(w.as_str()))
}

/// `lower` names a citizens' proposal; a register's row in a cell that is no letter about
/// one (`[arende] om_forslag`: "Synpunkt på kommunens hantering av medborgarförslag …").
fn proposal_line(lower: &str, lex: &Lexicon) -> bool {
    if !lower.contains('\t') && !lower.contains(" | ") {
        return mentions_proposal(lower, lex);
    }
    lower.split(['\t', '|']).any(|cell| {
        let cell = cell.trim();
        mentions_proposal(cell, lex)
            && !(lex.arende.om_forslag.iter()).any(|o| cell.starts_with(o.as_str()))
    })
}

/// `lower` opens with the word of a citizens' proposal.
fn opens_with_proposal(lower: &str, lex: &Lexicon) -> bool {
    (lex.arende.medborgarforslag.iter()).any(|w| lower.starts_with(w.as_str()))
}

/// Paragraph `i` names a medborgarförslag, or is a register record's sender line right
/// below a matter line that does ("Rubrik: Medborgarförslag om belysning …", then
/// "Avsändare: Stig Ahlqvist, …"), outside any § (`section`).
fn names_a_proposal(
    structure: &Structure,
    lex: &Lexicon,
    i: usize,
    section: Option<usize>,
) -> bool {
    // The matter itself is the proposal ("Rubrik: Medborgarförslag om …"), not a complaint
    // about one, and the line below is its sender's.
    let matter_line = |k: usize| {
        let lower = structure.lower(k);
        lex.arende.arenderad.iter().any(|l| {
            lower
                .strip_prefix(l.as_str())
                .is_some_and(|rest| opens_with_proposal(rest.trim_start(), lex))
        })
    };
    let sender_line = || {
        let lower = structure.lower(i);
        lex.arende
            .avsandarrad
            .iter()
            .any(|l| lower.starts_with(l.as_str()))
    };
    // "7. Svar på medborgarförslag om naturstig …", then "Förslagsställare: Elsa …".
    let proposer_line = || {
        structure.lower(i).starts_with("förslagsställare")
            && mentions_proposal(structure.lower(i - 1), lex)
    };
    proposal_line(structure.lower(i), lex)
        || section.is_none() && i > 0 && (matter_line(i - 1) && sender_line() || proposer_line())
        || section.is_none() && proposers_field(structure, lex, i)
}

/// Line `i` is the name field of a citizen's proposal form ("MEDBORGARFÖRSLAG" at its
/// top, then "Namn⇥Gerd Sjölander" under "Förslagsställare"), and the form's box for
/// refusing publication is not ticked.
fn proposers_field(structure: &Structure, lex: &Lexicon, i: usize) -> bool {
    const LABELS: &[&str] = &["namn", "namnförtydligande", "förslagsställare"];
    // A co-proposer's fields: "Fler förslagsställare (namn och adress):", "Underskrift
    // medförslagsställare:".
    const CO_PROPOSER: &[&str] = &["fler förslagsställare", "medförslagsställare"];
    // Or a line under the co-proposers' heading ("Medförslagsställare (har skrivit under
    // blanketten)", then a name and an address a line).
    let under_heading = || {
        (i.saturating_sub(CO_PROPOSERS_MAX)..i).any(|k| {
            let line = structure.lower(k).trim_start();
            CO_PROPOSER.iter().any(|c| line.starts_with(c))
                && !line.contains([':', '\t'])
                && (k + 1..=i).all(|n| structure.lower(n).len() <= CO_PROPOSER_LINE)
        })
    };
    let name_label = match structure.lower(i).split_once(['\t', ':']) {
        Some((label, _)) => {
            let label = label.trim();
            LABELS.contains(&label)
                || lex.tabell.namnfalt.iter().any(|l| l == label)
                || CO_PROPOSER.iter().any(|c| label.contains(c))
        }
        None => under_heading(),
    };
    let lines = structure.lower.len();
    // The form's title, alone on its line or in a cell of the letterhead
    // ("HYLTARYDS KOMMUN ⇥ MEDBORGARFÖRSLAG TILL KOMMUNFULLMÄKTIGE").
    let title = |cell: &str| {
        let cell = cell.trim();
        lex.arende.medborgarforslag.iter().any(|w| {
            cell.strip_prefix(w.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(" till "))
        })
    };
    let form = || (0..lines.min(FORM_TOP)).any(|k| structure.lower(k).split('\t').any(title));
    let refused = || {
        (0..lines).any(|k| {
            let line = structure.lower(k);
            let ticked = ["☒", "☑", "✔", "✓", "[x]", "(x)"]
                .iter()
                .any(|b| line.contains(b))
                || line.trim_start().starts_with("x ");
            ticked
                && lex
                    .namn
                    .ej_publicering
                    .iter()
                    .any(|r| line.contains(r.as_str()))
        })
    };
    name_label && form() && !refused()
}

/// How many lines from its top a form names itself.
const FORM_TOP: usize = 12;
/// How many co-proposers a form lists under their heading, and how long a line of one
/// (a name and an address) is at the most, in bytes.
const CO_PROPOSERS_MAX: usize = 4;
const CO_PROPOSER_LINE: usize = 120;

/// The strongest of the rules that outrank a plain name among `rules` (a matter's finds).
fn strongest(rules: Option<&HashSet<&str>>) -> Option<&'static str> {
    ["kanslig", "lagovertradelse", "integritetskanslig"]
        .into_iter()
        .find(|stronger| rules.is_some_and(|rules| rules.contains(stronger)))
}

/// The rule a private person's name falls under in its §: the strongest sensitive rule
/// found there, medborgarförslag, myndighetsutövning, facklig, or plain namn.
fn private_rule(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    strong: &HashMap<usize, HashSet<&str>>,
    paragraph: usize,
) -> &'static str {
    let Some(section) = structure.section_of(paragraph) else {
        return "namn";
    };
    // The proposer agreed to be named with the proposal: their name stays even where the
    // § speaks of sensitive things (those sentences are masked on their own).
    let heading = super::lower_case(&section.heading);
    if mentions_proposal(&heading, lex) {
        return "medborgarforslag";
    }
    if let Some(stronger) = strongest(strong.get(&section.heading_paragraph)) {
        return stronger;
    }
    if section.decision == Decision::Ingripande {
        return "myndighetsutovning";
    }
    // Asked line by line, not of the lines joined: no stem spans a line break, and the
    // first line with one ends the search.
    let mut lines = doc
        .span(section.heading_paragraph..section.body.end)
        .map(|i| structure.lower(i));
    if lines.any(|line| lex.facklig.ord.mentioned_in(line)) {
        return "facklig";
    }
    "namn"
}

/// A § about a matter covered by secrecy: its whole body, with the provision proposed.
///
/// A § whose body starts with "Sekretess enligt …" was marked by the secretary: what
/// follows that line is masked with the provision it names, and a § that holds only the
/// line stays as it is. Otherwise the § must be an individual matter (a private person
/// in it) of a kind the lexicon lists, or any individual matter of an överförmyndarnämnd;
/// general §§ of those nämnder (budget, statistics, guidelines) are public.
///
/// The suggestion covers the body's own paragraphs: a running header or footer (the
/// nämnd's name, "Sida 3 av 12", "Justerandes sign") stays, also between the pages of a
/// body that runs over a page break.
fn secrecy(
    doc: &Document,
    lex: &Lexicon,
    structure: &Structure,
    private: &HashSet<usize>,
) -> Vec<Found> {
    let namnd = structure.namnd.as_deref().map(str::to_lowercase);
    let guardianship = namnd
        .as_deref()
        .is_some_and(|n| n.contains("överförmyndar"));
    let no_individual_matters = namnd
        .as_deref()
        .is_some_and(|n| lex.sekretess.inga_individarenden.iter().any(|b| n == b));
    let mut out = Vec::new();
    for s in &structure.sections {
        let lower = |i: usize| structure.lower(i).trim();
        // The secretary's line may stand under the matter's diarienummer ("Dnr KS
        // 2026/101").
        let reference = |i: &usize| {
            let line = lower(*i);
            line.len() <= 40 && (line.starts_with("dnr") || line.starts_with("diarienummer"))
        };
        let opening = s.body.clone().find(|i| !reference(i));
        let (body, provision) = match opening.map(|i| (i, lower(i))) {
            None => continue,
            Some((line, first)) if first.starts_with("sekretess enligt") => {
                let named = doc.paragraphs[line]
                    .text
                    .trim()
                    .get("sekretess enligt".len()..)
                    .unwrap_or("")
                    .trim()
                    .trim_end_matches('.')
                    .to_string();
                (line + 1..s.body.end, named)
            }
            Some(_) => {
                if no_individual_matters || !private.contains(&s.heading_paragraph) {
                    continue;
                }
                let heading = super::lower_case(&s.heading);
                if lex
                    .sekretess
                    .inte_enskilt
                    .iter()
                    .any(|w| heading.contains(w.as_str()))
                {
                    continue;
                }
                let subject = format!(
                    "{heading}\n{}",
                    structure.lower_lines(doc.span(s.body.clone()))
                );
                let matter = (lex.secrecy_matters.first_in(&subject))
                    .and_then(|k| lex.sekretess.arende.get(k));
                match (matter, guardianship) {
                    (Some(m), _) => (s.body.clone(), m.bestammelse.clone()),
                    (None, true) => (
                        s.body.clone(),
                        "32 kap. 4 § offentlighets- och sekretesslagen".to_string(),
                    ),
                    (None, false) => continue,
                }
            }
        };
        // From the first paragraph of the body's own to its last (the line after the
        // secretary's may be the next page's header).
        // A page's furniture at the body's end (a footer and the next page's header typed
        // into the text, not marked as running) is no part of it either.
        let own: Vec<usize> = doc
            .span(body)
            .filter(|&i| !doc.paragraphs[i].running)
            .collect();
        // The signature block only after the last §; and a body is never trimmed away.
        let last_section = structure
            .sections
            .last()
            .is_some_and(|l| l.heading_paragraph == s.heading_paragraph);
        // A body of page furniture alone (the next page's header after the secretary's
        // line) is nothing to mask; one of signature-like lines alone is kept whole.
        let paged = own
            .iter()
            .rposition(|&i| !page_furniture(&doc.paragraphs[i].text))
            .map_or(0, |k| k + 1);
        let furniture = |i: usize| {
            let text = &doc.paragraphs[i].text;
            page_furniture(text) || last_section && signature_line(text, lex)
        };
        // A body that opens with a label of the signature block alone on its line
        // ("Underskrifter") is the block alone: nothing of the matter to mask.
        // Only a block's own lines: a label alone, or a label and a tab before the name
        // ("Sekreterare⇥⇥Emma Kjellberg"), never "Ordförande: Lisa Berg återgår …".
        let label_alone = |i: &usize| {
            let text = doc.paragraphs[*i].text.trim();
            !text.contains(char::is_whitespace) && signature_line(text, lex)
        };
        let signed = |i: &usize| {
            let text = doc.paragraphs[*i].text.trim();
            signature_line(text, lex) && text.contains('\t') && !text.contains(':')
        };
        let block_alone = last_section
            && own.first().is_some_and(label_alone)
            && own[..paged].iter().all(|i| label_alone(i) || signed(i));
        let end = own[..paged]
            .iter()
            .rposition(|&i| !furniture(i))
            .map_or(if block_alone { 0 } else { paged }, |k| k + 1);
        let (Some(&first), Some(&last)) = (own.first(), own[..end].last()) else {
            continue;
        };
        let mut f = Found::new(
            first,
            0,
            doc.paragraphs[last].text.len(),
            "sekretess",
            0.8,
            None,
        );
        f.end_paragraph = (last != first).then_some(last);
        f.provision = Some(provision);
        out.push(f);
    }
    out
}

/// A line of a page's furniture: "Justerandes sign ⇥ Utdragsbestyrkande", or a short
/// line that ends with the page's number ("Socialnämnden ⇥ PROTOKOLL ⇥ 2026-04-08 ⇥
/// 4(14)", "Sida 2 av 9", "Sid 5 (10)", "s. 3/14").
fn page_furniture(text: &str) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let page = super::constant_regex(
        &RE,
        r"(?i)(?:^|\s)(?:(?:sida|sid\.?|s\.)\s*\d{1,3}\s*(?:av\s+\d{1,3}|\(\s*\d{1,3}\s*\)|/\s*\d{1,3})|\d{1,3}\s*\(\s*\d{1,3}\s*\))\s*$",
    );
    let lower = super::lower_case(text);
    lower.contains("justerandes sign")
        || lower.contains("utdragsbestyrkande")
        || text.chars().count() <= 120 && !text.contains(". ") && page.is_match(text)
}

/// A line of the signature block after the last §: "Underskrifter", "Sekreterare ⇥⇥ Emma
/// Kjellberg". Short, no sentence, and its first word one of the block's labels alone.
fn signature_line(text: &str, lex: &Lexicon) -> bool {
    let first = text
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or("");
    // The label alone, or before a tab or a colon ("Ordförande föreslår vård …" is a
    // sentence of the body).
    let rest = &text[first.len()..];
    let labelled = rest.trim().is_empty() || rest.starts_with(['\t', ':']);
    // What follows the label is names (and a scanned signature's placeholder), not a
    // clause ("Ordförande: Lisa Berg återgår i arbete …" is the body's).
    let unbracketed: String = rest
        .split('[')
        .map(|part| part.split_once(']').map_or(part, |(_, after)| after))
        .collect();
    let names_only = unbracketed
        .split(|c: char| !c.is_alphabetic())
        .all(|w| w.chars().count() < 4 || w.starts_with(char::is_uppercase));
    let first = super::lower_case(first);
    text.chars().count() <= 80
        && !text.contains(". ")
        && labelled
        && names_only
        && lex.tjansteman.underskriftsrader.contains(&first)
}

/// Every image is a candidate: a signature where the lines around it are a signature
/// block's, else a photo. A letterhead's logo stays: an image in a running header or
/// footer, or the same picture drawn on two pages or more (a PDF's one image object, a
/// DOCX's one media part), unless it stands in a signature block (the same scanned
/// initials beside "Justerandes sign" on every page are still a signature).
fn images(doc: &Document, lex: &Lexicon) -> Vec<Found> {
    let pages_of = pages_of_pictures(doc);
    let mut out = Vec::new();
    for (index, image) in doc.images.iter().enumerate() {
        let Some(paragraph) = image.paragraph else {
            continue;
        };
        // The lines around it in its own part: a header's logo is not read with the
        // body's last lines.
        let part = doc.paragraphs[paragraph].part;
        let near: String = doc.paragraphs[paragraph.saturating_sub(2)..=paragraph]
            .iter()
            .filter(|p| p.part == part)
            .map(|p| p.text.to_lowercase() + " ")
            .collect();
        let words = &lex.tjansteman.underskriftsord;
        let signature = words.iter().any(|w| near.contains(w.as_str()));
        let letterhead = !signature
            && (in_running_part(doc, image)
                || picture(image).is_some_and(|p| pages_of.get(&p).is_some_and(|n| n.len() > 1)));
        let rule = if signature { "namnteckning" } else { "foto" };
        let confidence = match (signature, letterhead) {
            (true, _) => 0.8,
            (false, false) => 0.5,
            (false, true) => 0.3,
        };
        let mut f = Found::new(paragraph, 0, 0, rule, confidence, None);
        f.image = Some(index);
        if letterhead {
            f.suggestion = Some(Suggestion::Keep);
        }
        out.push(f);
    }
    out
}

/// Which picture an image draws: a PDF's image object, a DOCX's media part. An inline
/// PDF image has none of its own.
fn picture(image: &Image) -> Option<String> {
    match &image.source {
        ImageSource::Pdf { object, .. } => object.map(|(n, g)| format!("pdf {n} {g}")),
        ImageSource::Docx { target, .. } => Some(format!("docx {target}")),
    }
}

/// The pages each picture is drawn on.
fn pages_of_pictures(doc: &Document) -> HashMap<String, HashSet<u32>> {
    let mut pages: HashMap<String, HashSet<u32>> = HashMap::new();
    for image in &doc.images {
        if let Some(p) = picture(image) {
            pages.entry(p).or_default().insert(image.page);
        }
    }
    pages
}

/// The image stands in a DOCX header or footer part. (A PDF image is tied to the
/// paragraph above it, which may be the header even for a photo at the top of the body:
/// there only repetition tells a logo.)
fn in_running_part(doc: &Document, image: &Image) -> bool {
    let part = match &image.source {
        ImageSource::Docx { part, .. } => doc.parts.get(*part),
        ImageSource::Pdf { .. } => None,
    };
    part.is_some_and(|p| matches!(p.kind, PartKind::Header | PartKind::Footer))
}

/// Among token-level finds over the same text, the stronger rule wins.
fn drop_overlaps(mut found: Vec<Found>) -> Vec<Found> {
    // Of two finds of one priority at one start, the longer: a firm's whole name
    // ("Nguyen pizzeria och grill") over its owner's surname in it.
    found.sort_by_key(|f| {
        let priority = f.priority().unwrap_or(u8::MAX);
        (f.paragraph, priority, f.start, std::cmp::Reverse(f.end))
    });
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    // Finds are sorted by paragraph: only those of the current paragraph can clash.
    let mut paragraph_start = 0;
    for f in found {
        if kept.last().is_some_and(|k| k.paragraph != f.paragraph) {
            paragraph_start = kept.len();
        }
        let Some(prio) = f.priority() else {
            kept.push(f);
            continue;
        };
        let clash = kept[paragraph_start..].iter().any(|k| {
            k.priority().is_some_and(|kp| kp <= prio) && k.start < f.end && f.start < k.end
        });
        if !clash {
            kept.push(f);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_officials_names_is_read_with_the_longest_name_first_whatever_the_sets_order() {
        // Each set has its own random order; the answer must not depend on it.
        for _ in 0..64 {
            let officials: HashSet<String> = ["Anna Ek", "Anna Ek Sandin", "Per Holm"]
                .iter()
                .map(|s| s.to_string())
                .collect();
            assert!(run_of_officials("Anna Ek Sandin Per Holm", &officials));
            assert!(!run_of_officials("Anna Ek Sandin Eva Berg", &officials));
        }
    }

    #[test]
    fn an_officer_reporting_by_title_speaks_for_the_authority_but_not_of_their_own_health() {
        let lex = Lexicon::embedded().expect("lexicon");
        let said = |s: &str| told_by_the_authority(&super::super::lower_case(s), &lex);
        assert!(said(
            "Säkerhetssamordnare Kristina Rask rapporterar att drivmedel har stulits ur kommunens reservkraftverk."
        ));
        assert!(!said(
            "Ordföranden i valdistriktet, Sten Jonsson, fick bröstsmärtor och fördes till sjukhus."
        ));
        assert!(!said(
            "Socialchef Tove Grönlund redovisar att hon har opererats."
        ));
    }
}
