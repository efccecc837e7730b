//! Columns: what a table's header row says its cells hold.
//!
//! A delegation list names two kinds of people in two columns: the party a decision is
//! about ("Sökande", "Part", "Elev") and the official who took it ("Delegat",
//! "Beslutsfattare"). Only the header row tells them apart, so detection reads it: a name
//! no list knows in a party cell is still a person, and a delegate named nowhere else is
//! still an official. The headings are data (`[tabell]` in lexikon.toml).
//!
//! Detection reads a table row as one paragraph, its cells joined by
//! [`CELL_SEPARATOR`]. A line whose cells a writer lined up with tabs is read the same way,
//! each run of tabs ending a cell: Word users build many lists so, and a meeting system's
//! export keeps them. A header row is such a paragraph of short headings without digits,
//! one of them known. The rows after it with as many cells are its table; a running
//! header or footer between them (a table over a page break) is no row of it and does not
//! end it, nor does another short line; prose or a § does.

use super::lexicon::Lexicon;
use super::rows::CELL_SEPARATOR;
use crate::ingest::Document;
use std::rc::Rc;

/// Whom a column names, by its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    /// A party to the matter: a private person, unless the cell names an organisation.
    Party,
    /// An official in their role.
    Official,
    /// A union representative.
    Union,
    /// A property designation ("Fastighet").
    Property,
    /// A home address ("Adress" in a pupil register).
    Address,
    /// A place lent or let ("Plats" in a list of market stalls).
    Place,
    /// Public premises ("Vallokal"): the row's address is the premises'.
    Premises,
    /// A debt ("Skuld" in a list of customers cut off), or a private bank account
    /// ("Clearing och konto").
    Debt,
    /// The decision ("Beslut" in a delegation list).
    Decision,
    /// Anything else (a date, a decision, a diarienummer).
    Other,
}

/// The longest heading a header cell may hold, in characters.
const HEADING_MAX_CHARS: usize = 40;
/// A line between rows of one table no longer than this is a page header or footer.
const INTERRUPTION_MAX_CHARS: usize = 80;

/// Per paragraph: the roles of its cells when it is a row under a header row.
pub(crate) fn of(doc: &Document, lex: &Lexicon) -> Vec<Option<Rc<[Column]>>> {
    let mut out = vec![None; doc.paragraphs.len()];
    let mut table: Option<Rc<[Column]>> = None;
    // Whether a row has come since the header, and a note: one line of prose right under
    // the header ("Fält: …" then "Information: …") is no end of the table yet.
    let mut rows = false;
    let mut noted = false;
    // Whether the last row opened with a digit (a date, a number); none once a sentence
    // has come after it.
    let mut opened_with_digit: Option<bool> = None;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        if p.running {
            continue;
        }
        if let Some(header) = header(&p.text, lex) {
            table = Some(header.into());
            rows = false;
            noted = false;
            opened_with_digit = None;
            continue;
        }
        let Some(columns) = &table else { continue };
        let cells = cell_count(&p.text);
        let digit = (p.text.trim_start()).starts_with(|c: char| c.is_ascii_digit());
        // A short row only among rows that open alike ("2026-05-04 ⇥ …"), with no line of
        // prose since: not a page's header line after the table and its decision
        // ("Vård- och omsorgsnämnden ⇥ Sammanträdesdatum ⇥ 2026-03-25").
        let short = || {
            opened_with_digit == Some(digit) && short_of_empty_cells(&p.text, cells, columns.len())
        };
        let row =
            cells == columns.len() || single_tab_cells(&p.text, columns.len()).is_some() || short();
        if row {
            opened_with_digit = Some(digit);
        } else if cells == 1 && p.text.trim_end().ends_with('.') {
            opened_with_digit = None;
        }
        if row {
            out[i] = Some(columns.clone());
            rows = true;
        } else if cells == 1 && ends_a_table(&p.text) {
            if rows || noted || is_section(&p.text) {
                table = None;
            }
            noted = true;
        }
    }
    out
}

/// A tab-set row with one cell fewer than its header: its last cell was empty
/// ("Anm."), and a PDF draws nothing for them (nor for the tab before them).
fn short_of_empty_cells(text: &str, cells: usize, columns: usize) -> bool {
    text.contains('\t')
        && !text.contains(CELL_SEPARATOR)
        && cells >= 3
        && cells < columns
        && cells + MISSING_CELLS_MAX >= columns
}

/// The most empty cells a PDF's row may have lost at its end. One: with two, a row whose
/// middle cell was empty (a delegate's) would shift an applicant into its column.
const MISSING_CELLS_MAX: usize = 1;

/// The byte ranges of a row's cells, untrimmed: split at [`CELL_SEPARATOR`] when the text
/// has one, else at each run of tabs, else at the semicolons of a record exported from a
/// register (none: the whole text is one cell).
pub(crate) fn cells(text: &str) -> Vec<(usize, usize)> {
    let separators: Vec<(usize, usize)> = if text.contains(CELL_SEPARATOR) {
        text.match_indices(CELL_SEPARATOR)
            .map(|(at, sep)| (at, at + sep.len()))
            .collect()
    } else if text.contains('\t') {
        tab_runs(text)
    } else if !is_record(text) {
        space_runs(text).unwrap_or_default()
    } else {
        record_separators(text).map(|at| (at, at + 1)).collect()
    };
    let mut out = Vec::with_capacity(separators.len() + 1);
    let mut start = 0;
    for (end, next) in separators {
        out.push((start, end));
        start = next;
    }
    out.push((start, text.len()));
    out
}

/// The number of a row's cells, as [`cells`] counts them, without collecting them: it is
/// asked of every paragraph after a header row.
fn cell_count(text: &str) -> usize {
    if text.contains(CELL_SEPARATOR) {
        return text.matches(CELL_SEPARATOR).count() + 1;
    }
    if !text.contains('\t') && is_record(text) {
        return record_separators(text).count() + 1;
    }
    if !text.contains('\t') {
        return space_runs(text).map_or(1, |runs| runs.len() + 1);
    }
    let inner = text.trim_matches('\t').as_bytes();
    let runs = inner
        .iter()
        .enumerate()
        .filter(|&(k, &b)| b == b'\t' && (k == 0 || inner[k - 1] != b'\t'))
        .count();
    runs + 1
}

/// The fewest fields of a record exported from a register as a line.
const RECORD_MIN_FIELDS: usize = 4;

/// "KS 2026/118;2;2026-04-06;Inkommande;Skadeståndsanspråk …": a register's record
/// exported as a line, its fields apart by semicolons with no space after them (prose
/// puts one after each; a field's own text may too, "Förvaltningsrätten; klagande …").
pub(crate) fn is_record(text: &str) -> bool {
    let (mut bare, mut spaced) = (0, 0);
    for (k, _) in text.match_indices(';') {
        if text.as_bytes().get(k + 1) == Some(&b' ') {
            spaced += 1;
        } else {
            bare += 1;
        }
    }
    bare + 1 >= RECORD_MIN_FIELDS && bare > spaced
}

/// The semicolons that end a record's fields (no space after them).
fn record_separators(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.match_indices(';')
        .map(|(k, _)| k)
        .filter(|&k| text.as_bytes().get(k + 1) != Some(&b' '))
}

/// The runs of tabs between two cells' text (not those that indent the line or end it).
fn tab_runs(text: &str) -> Vec<(usize, usize)> {
    inner_runs(text, '\t')
}

/// The runs of `c` inside `text`, as byte ranges: not those that indent it or end it.
fn inner_runs(text: &str, c: char) -> Vec<(usize, usize)> {
    let inner = text.trim_matches(c);
    let offset = text.len() - text.trim_start_matches(c).len();
    let width = c.len_utf8();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (at, _) in inner.match_indices(c) {
        let at = offset + at;
        match runs.last_mut() {
            Some(run) if run.1 == at => run.1 = at + width,
            _ => runs.push((at, at + width)),
        }
    }
    runs
}

/// The fewest runs of spaces that make a line a row set with spaces.
const SPACE_RUNS_MIN: usize = 2;

/// "KS 2026/0315-1   2026-05-04   I   Begäran …": the runs of two or more spaces between
/// the cells of a line a register exported as text, its columns set with spaces; none
/// when there are fewer than [`SPACE_RUNS_MIN`] (prose may put two spaces after a
/// sentence).
pub(crate) fn space_runs(text: &str) -> Option<Vec<(usize, usize)>> {
    let mut runs = inner_runs(text, ' ');
    runs.retain(|run| run.1 - run.0 >= 2);
    (runs.len() >= SPACE_RUNS_MIN).then_some(runs)
}

/// The cells of a row of a table of `columns` columns: as [`cells`] cuts them, or at
/// every tab where that makes the table's number ("K-H Sjöholm⇥⇥⇥X" in a vote's table
/// "Ledamot⇥Ja⇥Nej⇥Avstår": its empty cells are tabs too).
pub(crate) fn cells_in(text: &str, columns: usize) -> Vec<(usize, usize)> {
    let cells = cells(text);
    if cells.len() == columns {
        return cells;
    }
    single_tab_cells(text, columns).unwrap_or(cells)
}

/// The cells of a tab-set row cut at every tab, if there are `columns` of them.
fn single_tab_cells(text: &str, columns: usize) -> Option<Vec<(usize, usize)>> {
    if text.contains(CELL_SEPARATOR) || text.matches('\t').count() + 1 != columns {
        return None;
    }
    let mut out = Vec::with_capacity(columns);
    let mut start = 0;
    for (at, _) in text.match_indices('\t') {
        out.push((start, at));
        start = at + 1;
    }
    out.push((start, text.len()));
    Some(out)
}

/// "Förnamn⇥Leila": the value cell of a line that is a form's name field
/// (`[tabell] namnfalt`), as a byte range, trimmed.
pub(crate) fn name_field_value(text: &str, lex: &Lexicon) -> Option<(usize, usize)> {
    field_value(text, &lex.tabell.namnfalt).filter(|&(start, end)| {
        text[start..end]
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    })
}

/// "Gatuadress⇥Vävsta bygata 17": the value cell of a line that is a form's address
/// field (`[tabell] adress`) with a number in it, as a byte range, trimmed.
pub(crate) fn address_field_value(text: &str, lex: &Lexicon) -> Option<(usize, usize)> {
    field_value(text, &lex.tabell.adress).filter(|&(start, end)| {
        let value = &text[start..end];
        value.chars().count() <= 60 && value.chars().any(|c| c.is_ascii_digit())
    })
}

/// The value of a line of two cells, a label of `labels` and its value, trimmed.
fn field_value(text: &str, labels: &[String]) -> Option<(usize, usize)> {
    let &[(label_start, label_end), (start, end)] = cells(text).as_slice() else {
        return None;
    };
    let label = text[label_start..label_end].trim().to_lowercase();
    let value = text[start..end].trim();
    (!value.is_empty() && labels.contains(&label)).then(|| {
        let lead = text[start..end].len() - text[start..end].trim_start().len();
        (start + lead, start + lead + value.len())
    })
}

/// The column of the cell that byte `at` of a row's text stands in, in a table of
/// `columns` columns.
pub(crate) fn cell_at(text: &str, at: usize, columns: usize) -> usize {
    cells_in(text, columns)
        .iter()
        .take_while(|(start, _)| *start <= at)
        .count()
        .saturating_sub(1)
}

/// The cells of a row in columns of `role`: (start, end) byte ranges, trimmed.
/// The cells of a premises column and the cell right after each ("Södra skolan ⇥
/// Skolgatan 3"): the premises and its address, no other cell of the row.
pub(crate) fn premises_cells(text: &str, columns: &[Column]) -> Vec<(usize, usize)> {
    let cells = cells_in(text, columns.len());
    (cells.iter().zip(columns).enumerate())
        .filter(|(_, (_, c))| **c == Column::Premises)
        .map(|(k, (&(start, end), _))| (start, cells.get(k + 1).map_or(end, |next| next.1)))
        .collect()
}

pub(crate) fn cells_of(text: &str, columns: &[Column], role: Column) -> Vec<(usize, usize)> {
    cells_in(text, columns.len())
        .into_iter()
        .zip(columns)
        .filter(|(_, c)| **c == role)
        .map(|((start, end), _)| {
            let cell = &text[start..end];
            let lead = cell.len() - cell.trim_start().len();
            (
                start + lead,
                (start + cell.trim_end().len()).max(start + lead),
            )
        })
        .collect()
}

/// The roles of a header row's columns, when `text` is one: at least two cells, each a
/// short heading without digits, one heading known, and no one named ("Bo Rask | ledamot |
/// C" is a row, though a known heading fills a cell).
fn header(text: &str, lex: &Lexicon) -> Option<Vec<Column>> {
    if !text.contains(CELL_SEPARATOR)
        && !text.contains('\t')
        && !is_record(text)
        && space_runs(text).is_none()
    {
        return None;
    }
    let cells = cells(text);
    if cells.len() < 2 {
        return None;
    }
    let mut headings = Vec::new();
    for (k, &(start, end)) in cells.iter().enumerate() {
        let cell = text[start..end].trim();
        // "… Exporterad 2026-04-13. Fält: Diarienr;Handling;…": an export names its
        // fields after a label, the first field's heading after the colon.
        let cell = match cell.rsplit_once(':') {
            Some((_, heading)) if k == 0 && is_record(text) => heading.trim(),
            _ => cell,
        };
        if cell.chars().count() > HEADING_MAX_CHARS || cell.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        headings.push(cell.to_lowercase());
    }
    // "Namn | Funktion | Parti | Närvaro": an attendance list, whose names are officials.
    let words = &lex.tabell;
    // "Namn | Organisation | Uppdrag": representatives of organisations, private persons
    // (where no "Part" column says which side each row is on).
    let organisations = headings.iter().any(|h| words.organisation.contains(h));
    let representatives =
        organisations && !headings.iter().any(|h| column(h, lex) == Column::Party);
    let identities = headings.iter().any(|h| listed(h, &words.enskilda));
    let roles = headings.iter().any(|h| words.narvaro.contains(h));
    // "Organisation | Förtroendeman | Parti": members sent to a federation, no union's.
    let parties = headings.iter().any(|h| h.starts_with("parti"));
    let attendance = roles && !representatives && !identities;
    // "Namn | Personnummer/samordningsnummer | Språk": private persons, by their numbers
    // (with a party or a function, elected ones: lay judges, say).
    let private = identities && !roles;
    let columns: Vec<Column> = headings
        .iter()
        .map(|h| match column(h, lex) {
            Column::Other
                if organisations && !parties && words.facklig_bredvid_organisation.contains(h) =>
            {
                Column::Union
            }
            Column::Other if attendance && words.namn.contains(h) => Column::Official,
            Column::Other if (representatives || private) && words.namn.contains(h) => {
                Column::Party
            }
            c => c,
        })
        .collect();
    // Asked last: most rows have a digit or a long cell, and the name lists are not needed.
    // A decision column alone makes no table of people.
    let whom = |c: &Column| !matches!(c, Column::Other | Column::Decision);
    (columns.iter().any(whom) && !names_someone(text, &cells, lex)).then_some(columns)
}

/// Whether a cell of a row is a known given name followed by a capitalised word, or two
/// to four capitalised words that are no known heading ("Gustavo Pérez Molina", not
/// "Ansvarig Handläggare"): a name.
fn names_someone(text: &str, cells: &[(usize, usize)], lex: &Lexicon) -> bool {
    cells.iter().any(|&(start, end)| {
        let cell = &text[start..end];
        let words: Vec<&str> = cell.split_whitespace().collect();
        let capitalised = |w: &&str| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        };
        // "Ansvarig Handläggare": a heading in title case is still a heading.
        let heading = || column(&cell.trim().to_lowercase(), lex) != Column::Other;
        let given_then_capital = matches!(
            words.as_slice(),
            [first, second, ..] if lex.is_first_name(first) && second.starts_with(char::is_uppercase)
        );
        (2..=4).contains(&words.len()) && words.iter().all(capitalised) && !heading()
            || given_then_capital
    })
}

/// The role a heading gives its column; "Sökande/part" is read as either word.
fn column(heading: &str, lex: &Lexicon) -> Column {
    let words = &lex.tabell;
    let is = |list: &[String]| listed(heading, list);
    if is(&words.facklig) {
        Column::Union
    } else if is(&words.fastighet) {
        Column::Property
    } else if is(&words.adress) {
        Column::Address
    } else if is(&words.plats) {
        Column::Place
    } else if is(&words.lokal) {
        Column::Premises
    } else if is(&words.skuld) || is(&words.konto) {
        Column::Debt
    } else if is(&words.beslut) {
        Column::Decision
    } else if is(&words.tjansteman) {
        Column::Official
    } else if is(&words.part) {
        Column::Party
    } else {
        Column::Other
    }
}

/// The heading is one of the list's, or one of its parts split at "/" is.
fn listed(heading: &str, list: &[String]) -> bool {
    list.iter().any(|h| h == heading)
        || heading
            .split('/')
            .any(|part| list.iter().any(|h| h == part.trim()))
}

/// A § heading or a line of prose ends a table; a short line between rows does not.
/// A § or a line too long for a page's header or footer; the spaces that set a header's
/// parts apart ("Rödmossa kommun – Postlista      Sida 2 av 3") count as one.
fn ends_a_table(text: &str) -> bool {
    let words: usize = text.split_whitespace().map(|w| w.chars().count() + 1).sum();
    is_section(text) || words > INTERRUPTION_MAX_CHARS
}

fn is_section(text: &str) -> bool {
    text.trim_start().starts_with('§')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Lexicon;

    fn roles(lines: &[&str]) -> Vec<Option<Vec<Column>>> {
        roles_with_running(lines, &[])
    }

    /// The roles, with the paragraphs `running` flagged as running headers or footers.
    fn roles_with_running(lines: &[&str], running: &[usize]) -> Vec<Option<Vec<Column>>> {
        let lex = Lexicon::embedded().expect("lexicon");
        let paragraphs: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let mut doc = Document::from_plain_paragraphs(&paragraphs);
        for &i in running {
            doc.paragraphs[i].running = true;
        }
        of(&doc, &lex)
            .into_iter()
            .map(|r| r.map(|c| c.to_vec()))
            .collect()
    }

    #[test]
    fn a_register_export_names_its_fields_and_its_records_are_rows() {
        use Column::*;
        let r = roles(&[
            "Offentlig postlista. Exporterad 2026-04-13. Fält: Diarienr;Handling;Datum;Avsändare/Mottagare;Handläggare",
            "Information: Kommunen publicerar postlistan enligt 5 kap. OSL. Personuppgifter om enskilda har maskerats.",
            "KS 2026/118;2;2026-04-06;Gunnel Sjöstrand, Ålstorpsvägen 12;Emma Kjellberg",
            "Ordförande; Lena Ek; sekreterare; Emma Kjellberg; justerare",
        ]);
        assert_eq!(r[2], Some(vec![Other, Other, Other, Party, Official]));
        assert_eq!(r[3], None);
    }

    #[test]
    fn runs_of_spaces_cut_a_line_into_cells_only_where_there_are_two_of_them() {
        assert_eq!(cells("KS 2026/3   2026-05-05   Anna Ek").len(), 3);
        assert_eq!(cells("Beslutet gäller.  Det kan överklagas.").len(), 1);
        assert_eq!(cells("Ordet  och  ordet").len(), 3);
    }

    #[test]
    fn a_delegation_list_header_gives_its_rows_a_party_and_an_official_column() {
        use Column::*;
        let r = roles(&[
            "Dnr | Ärende | Sökande/part | Beslut | Delegat",
            "BN 2024/12 | Bygglov | Rojda Aziz | Avslås | Oskar Lindfors",
            "VRETABY KOMMUN | DELEGATIONSBESLUT | Sida 2 (3)",
            "BN 2024/13 | Bygglov | Per Nordin | Beviljas | Oskar Lindfors",
        ]);
        let expected = Some(vec![Other, Other, Party, Decision, Official]);
        assert_eq!(r[0], None);
        assert_eq!(r[1], expected);
        assert_eq!(r[2], None);
        assert_eq!(r[3], expected);
    }

    #[test]
    fn prose_or_a_section_ends_the_table() {
        let r = roles(&[
            "Beslut | Part | Delegat",
            "Beviljas | Anna Ek | Oskar Lindfors",
            "§ 12 Bygglov",
            "Avslås | Per Ek | Sara Kvist",
        ]);
        assert!(r[1].is_some());
        assert_eq!(r[3], None);
    }

    #[test]
    fn a_row_naming_someone_with_a_known_heading_in_a_cell_stays_a_row() {
        use Column::*;
        let r = roles(&[
            "Namn | Funktion | Parti",
            "Bo Rask | ledamot | C",
            "Zeynep Demir | tjänstgörande ersättare för Petter Sjöberg (KD) | S",
        ]);
        assert_eq!(r[1], Some(vec![Official, Other, Other]));
        assert_eq!(r[2], Some(vec![Official, Other, Other]));
    }

    #[test]
    fn running_lines_between_the_pages_of_a_table_are_no_rows_and_do_not_end_it() {
        use Column::*;
        let r = roles_with_running(
            &[
                "Dnr | Sökande | Delegat",
                "BN 2024/12 | Rojda Aziz | Oskar Lindfors",
                "Justerandes signatur | Utdragsbestyrkande | Sida 1 (2)",
                "Miljö- och byggnämnden i Vretaby kommun, sammanträdesprotokoll från den 14 maj 2024",
                "BN 2024/13 | Per Nordin | Oskar Lindfors",
            ],
            &[2, 3],
        );
        let expected = Some(vec![Other, Party, Official]);
        assert_eq!(r[1], expected);
        assert_eq!((&r[2], &r[3]), (&None, &None));
        assert_eq!(r[4], expected);
    }

    #[test]
    fn a_row_of_values_is_no_header() {
        let r = roles(&["Delegat | 2024-04-02 | Beviljas", "Oskar Lindfors | x | y"]);
        assert_eq!(r[1], None);
    }

    #[test]
    fn a_list_lined_up_with_tabs_is_read_as_a_table() {
        use Column::*;
        let r = roles(&[
            "Nr\tDnr\tSökande/part\tBeslut\tDelegat",
            "1\tSBN 2026/101\tAnders Wikberg\tBeviljas\tEmma Lindroos",
            "Justerandes sign\t\tUtdragsbestyrkande",
            "2\tSBN 2026/96\tNorrbräckehem AB\t\tBeviljas\tEmma Lindroos",
        ]);
        let expected = Some(vec![Other, Other, Party, Decision, Official]);
        assert_eq!(r[1], expected);
        assert_eq!(r[2], None);
        assert_eq!(r[3], expected, "a run of tabs ends one cell");
    }

    #[test]
    fn tabs_that_indent_a_line_start_no_cell() {
        let row = "\t\tAnders Wikberg\t\tEmma Lindroos\t";
        assert_eq!(cells(row).len(), 2);
        assert_eq!(cell_count(row), 2);
        assert_eq!(cell_at(row, row.find("Emma").unwrap_or(0), 0), 1);
    }

    #[test]
    fn cells_are_counted_from_the_separators() {
        let row = "BN 2024/12 | Bygglov | Rojda Aziz";
        assert_eq!(cell_at(row, row.find("Rojda").unwrap_or(0), 0), 2);
        assert_eq!(cells(row), vec![(0, 10), (13, 20), (23, 33)]);
    }
}
