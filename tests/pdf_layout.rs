//! Reading order on pages that are not one plain column: two columns under a heading,
//! tables, text drawn out of order. Checked against `pdftotext` on the same file where it
//! reads the page the same way; tables are read row by row, each cell one paragraph
//! marked with its table, row and column, as .docx ingest marks a Word table's cells.

mod support;
use support::protocol_files;
use support::protocol_pdf::{pdf_from_placed, with_running_lines, Placed};

use maskera::ingest::{ingest_path, Document, MarkKind, Origin, Paragraph, Rect};

fn placed(x: f32, y: f32, size: f32, text: &str) -> Placed {
    Placed {
        x,
        y,
        size,
        text: text.to_string(),
    }
}

/// Writes the page to a temporary PDF and returns (our words, pdftotext's words, our paragraphs).
fn read_both(page: Vec<Placed>) -> (Vec<String>, Vec<String>, Vec<String>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sida.pdf");
    std::fs::write(&path, pdf_from_placed(&[page])).expect("write");
    let doc = ingest_path(&path).expect("ingest");
    let paragraphs = doc.paragraphs.iter().map(|p| p.text.clone()).collect();
    (
        support::document_words(&doc),
        support::pdftotext_words(&path),
        paragraphs,
    )
}

const LEFT: &[&str] = &[
    "Vänster spalt börjar med en mening",
    "om bygglov för en tillbyggnad av",
    "ett enbostadshus i Norrvik, där",
    "sökande är Märta Lindqvist.",
];
const RIGHT: &[&str] = &[
    "Höger spalt fortsätter med beslutet",
    "att bevilja ansökan med villkor",
    "om att fasaden utförs i trä och",
    "att arbetet avslutas inom två år.",
];

fn two_column_page() -> Vec<Placed> {
    let mut page = vec![placed(
        50.0,
        780.0,
        16.0,
        "§ 12 Bygglov för tillbyggnad av enbostadshus",
    )];
    for (i, (l, r)) in LEFT.iter().zip(RIGHT).enumerate() {
        let y = 740.0 - 13.0 * i as f32;
        page.push(placed(50.0, y, 10.0, l));
        page.push(placed(320.0, y, 10.0, r));
    }
    page
}

#[test]
fn two_columns_are_read_column_by_column_after_the_heading() {
    let (ours, reference, paragraphs) = read_both(two_column_page());
    support::assert_same_words(&ours, &reference, "two columns");
    assert!(paragraphs[0].starts_with("§ 12"));
    let left_at = paragraphs
        .iter()
        .position(|p| p.contains("Märta Lindqvist"))
        .expect("left column");
    let right_at = paragraphs
        .iter()
        .position(|p| p.contains("bevilja"))
        .expect("right column");
    assert!(
        left_at < right_at,
        "left column before right: {paragraphs:?}"
    );
}

#[test]
fn a_name_wrapped_inside_a_column_stays_in_one_paragraph() {
    let (_, _, paragraphs) = read_both(two_column_page());
    assert!(
        paragraphs
            .iter()
            .any(|p| p.contains("där sökande är Märta Lindqvist.")),
        "{paragraphs:?}"
    );
}

#[test]
fn text_drawn_right_to_left_is_still_read_left_to_right() {
    // Some generators draw the words of a line in reverse order.
    let page = vec![
        placed(150.0, 700.0, 10.0, "Lindqvist"),
        placed(100.0, 700.0, 10.0, "Märta"),
        placed(50.0, 700.0, 10.0, "Sökande:"),
    ];
    let (ours, reference, _) = read_both(page);
    assert_eq!(ours, ["Sökande:", "Märta", "Lindqvist"]);
    support::assert_same_words(&ours, &reference, "reversed drawing order");
}

#[test]
fn a_table_reads_like_pdftotext() {
    let rows = [
        ["Namn", "Parti", "Uppdrag"],
        ["Karin Lund", "S", "ordförande"],
        ["Per-Erik Ström", "M", "vice ordförande"],
        ["Aino Pokka", "C", "ledamot"],
    ];
    let mut page = vec![placed(50.0, 780.0, 14.0, "Beslutande")];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            page.push(placed(
                50.0 + 170.0 * c as f32,
                750.0 - 16.0 * r as f32,
                10.0,
                cell,
            ));
        }
    }
    let (ours, reference, _) = read_both(page);
    support::assert_same_words(&ours, &reference, "table");
}

/// A table cell as (table, row, column).
type Cell = (u32, u32, u32);

/// The table cell a paragraph is marked as; the mark must cover the whole paragraph.
fn cell(p: &Paragraph) -> Option<Cell> {
    p.marks.iter().find_map(|m| match m.kind {
        MarkKind::TableCell { table, row, column } => {
            assert_eq!((m.start, m.end), (0, p.char_count()), "{:?}", p.text);
            Some((table, row, column))
        }
        _ => None,
    })
}

/// Ingests a PDF given as bytes.
fn ingest_bytes(pdf: Vec<u8>) -> Document {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sidor.pdf");
    std::fs::write(&path, pdf).expect("write");
    ingest_path(&path).expect("ingest")
}

/// Ingests pages of placed text.
fn ingest_pages(pages: &[Vec<Placed>]) -> Document {
    ingest_bytes(pdf_from_placed(pages))
}

/// Every paragraph's text with the cell it is marked as, in reading order.
fn read_cells(doc: &Document) -> Vec<(String, Option<Cell>)> {
    doc.paragraphs
        .iter()
        .map(|p| (p.text.clone(), cell(p)))
        .collect()
}

/// The paragraphs of one table row, left to right.
fn table_row(doc: &Document, table: u32, row: u32) -> Vec<String> {
    doc.paragraphs
        .iter()
        .filter(|p| cell(p).is_some_and(|(t, r, _)| (t, r) == (table, row)))
        .map(|p| p.text.clone())
        .collect()
}

/// A table as a meeting system prints it: the cells of each row at the columns' x, rows
/// `pitch` apart from baseline `top` down; an empty string is an empty cell.
fn table_at(columns: &[f32], top: f32, pitch: f32, rows: &[&[&str]]) -> Vec<Placed> {
    let mut page = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        for (&x, text) in columns.iter().zip(row.iter()) {
            if !text.is_empty() {
                page.push(placed(x, top - pitch * r as f32, 10.0, text));
            }
        }
    }
    page
}

/// Lines of running text at the left margin, `pitch` apart from baseline `top` down.
fn prose_at(top: f32, pitch: f32, lines: &[&str]) -> Vec<Placed> {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| placed(50.0, top - pitch * i as f32, 10.0, line))
        .collect()
}

const ATTENDANCE: &[&[&str]] = &[
    &["Funktion", "Namn", "Parti"],
    &["Ordförande", "Karin Lund", "S"],
    &["Vice ordförande", "Per-Erik Ström", "M"],
    &["Ledamot", "Aino Pokka", "C"],
    &["Tjänstgörande ersättare", "Ahmed Yusuf Hassan", "V"],
];

/// "Beslutande", the attendance table with padded rows (1.4 em apart, the name column
/// 1.4 em after the longest function, as a word processor sizes it), and a paragraph.
fn attendance_page() -> Vec<Placed> {
    let mut page = vec![placed(50.0, 780.0, 12.0, "Beslutande")];
    page.extend(table_at(&[50.0, 170.0, 300.0], 760.0, 14.0, ATTENDANCE));
    page.extend(prose_at(
        680.0,
        12.0,
        &[
            "Nämnden beslutar att godkänna närvarolistan och att protokollet",
            "justeras av Aino Pokka på kansliet.",
        ],
    ));
    page
}

#[test]
fn an_attendance_table_reads_row_by_row_with_each_cell_marked() {
    let doc = ingest_pages(&[attendance_page()]);
    let mut expected = vec![("Beslutande".to_string(), None)];
    for (r, row) in ATTENDANCE.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            expected.push((text.to_string(), Some((0, r as u32, c as u32))));
        }
    }
    expected.push((
        "Nämnden beslutar att godkänna närvarolistan och att protokollet justeras av Aino \
         Pokka på kansliet."
            .to_string(),
        None,
    ));
    assert_eq!(read_cells(&doc), expected);
}

#[test]
fn a_wrapped_cell_stays_one_paragraph_in_its_row() {
    // Rows are 16 pt apart from the last line of the row above; a wrapped cell's lines 12.
    let columns = [50.0, 130.0, 330.0, 460.0];
    let mut page = table_at(
        &columns,
        760.0,
        16.0,
        &[&["Dnr", "Ärende", "Fastighet", "Beslut"]],
    );
    page.extend(table_at(
        &columns,
        744.0,
        12.0,
        &[
            &[
                "BN 2024/0151",
                "Bygglov för tillbyggnad av",
                "Tallåsen 3:17",
                "Beviljat",
            ],
            &["", "enbostadshus med uterum", "", ""],
        ],
    ));
    page.extend(table_at(
        &columns,
        716.0,
        12.0,
        &[
            &[
                "BN 2024/0166",
                "Bostadsanpassningsbidrag",
                "Märta Lindqvist,",
                "Beviljat",
            ],
            &["", "", "Ängsvägen 4 B", ""],
        ],
    ));
    page.extend(table_at(
        &columns,
        688.0,
        12.0,
        &[&[
            "BN 2024/0174",
            "Bygglov, carport",
            "Tallåsen 3:22",
            "Avslag",
        ]],
    ));
    let doc = ingest_pages(&[page]);
    assert_eq!(
        table_row(&doc, 0, 1),
        [
            "BN 2024/0151",
            "Bygglov för tillbyggnad av enbostadshus med uterum",
            "Tallåsen 3:17",
            "Beviljat"
        ]
    );
    assert_eq!(
        table_row(&doc, 0, 2),
        [
            "BN 2024/0166",
            "Bostadsanpassningsbidrag",
            "Märta Lindqvist, Ängsvägen 4 B",
            "Beviljat"
        ]
    );
    assert_eq!(
        table_row(&doc, 0, 3),
        [
            "BN 2024/0174",
            "Bygglov, carport",
            "Tallåsen 3:22",
            "Avslag"
        ]
    );
    let wrapped = doc
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("Märta"))
        .expect("the wrapped cell");
    assert_eq!(cell(wrapped), Some((0, 2, 2)));
}

#[test]
fn tables_are_numbered_through_the_document() {
    let mut first = attendance_page();
    first.push(placed(50.0, 640.0, 12.0, "Justering"));
    first.extend(table_at(
        &[50.0, 200.0],
        620.0,
        14.0,
        &[
            &["Justerare", "Aino Pokka"],
            &["Plats och tid", "Kansliet, 2026-03-16"],
            &["Sekreterare", "Märta Lindqvist"],
        ],
    ));
    let second = table_at(
        &[50.0, 150.0, 400.0],
        780.0,
        14.0,
        &[
            &["Dnr", "Ärende", "Beslut"],
            &["BN 2024/0151", "Bygglov, uterum", "Beviljat"],
            &["BN 2024/0174", "Bygglov, carport", "Avslag"],
        ],
    );
    let doc = ingest_pages(&[first, second]);
    let tables_on = |page: u32| {
        let mut tables: Vec<u32> = doc
            .paragraphs
            .iter()
            .filter(|p| p.page == page)
            .filter_map(|p| cell(p).map(|(t, _, _)| t))
            .collect();
        tables.dedup();
        tables
    };
    assert_eq!(tables_on(1), [0, 1]);
    assert_eq!(tables_on(2), [2]);
    assert_eq!(
        table_row(&doc, 1, 1),
        ["Plats och tid", "Kansliet, 2026-03-16"]
    );
    assert_eq!(
        table_row(&doc, 2, 2),
        ["BN 2024/0174", "Bygglov, carport", "Avslag"]
    );
}

#[test]
fn a_single_row_whose_cells_wrap_is_read_cell_by_cell() {
    // The auditors' signatures under a report: one Word table row of five narrow cells,
    // each name wrapping before its party. Read line by line, "Ingela Svensson" would
    // stand apart from her "(M)".
    let doc = generated(&[
        "Granskad och antagen av de förtroendevalda revisorerna 2026-03-05:",
        "Bo-Göran Lindell (S), ordförande | Ingela Svensson (M) | Hans Åkerlund (C) | Fatima Yousef (S) | Jan-Olof Bäck (SD)",
        "Hyltaryd den 26 februari 2026",
    ]);
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    for cell in [
        "Bo-Göran Lindell (S), ordförande",
        "Ingela Svensson (M)",
        "Jan-Olof Bäck (SD)",
    ] {
        assert!(texts.contains(&cell), "{cell} in {texts:?}");
    }
}

#[test]
fn two_tables_of_other_columns_under_their_own_headings_are_read_as_two_tables() {
    // A delegation list in two parts, each a Word table under its heading: the columns
    // differ a little, so the second part's edges stand where the first part's wrapped
    // cells run. Each part is still a table of its own, read cell by cell.
    let doc = generated(&[
        "Förteckning över delegationsbeslut",
        "Nr | Datum | Dnr | Ärende | Part | Fastighet | Beslut | Delegat",
        "1 | 03-02 | MBN 2026/0101 | Bygglov, nybyggnad av fritidshus med carport | Anna Berg, Fjällvägen 12 | Fjällby 3:27 | Beviljat | EL",
        "2 | 03-04 | MBN 2026/0102 | Strandskyddsdispens för brygga | Per Lind | Sjöby 1:5 | Avslag | PH",
        "3 | 03-05 | MBN 2026/0103 | Föreläggande om åtgärder vid enskilt avlopp | Eva Holm, Byvägen 3 | Sjöby 2:8 | Föreläggande med vite | PH",
        "4 | 03-09 | MBN 2026/0104 | Rivningslov för ladugård | Johan och Karin Persson | Byn 4:1 | Beviljat | EL",
        "Kommunstyrelsen, färdtjänst och bostadsanpassning",
        "Nr | Datum | Dnr | Ärende | Sökande | Ort | Beslut | Delegat",
        "5 | 03-10 | KS 2026/0201 | Färdtjänst, tillstånd | Ola Ek | Fjällby | Beviljat | OB",
        "6 | 03-12 | KS 2026/0202 | Bostadsanpassning, ramp vid entré | Siv Ahl | Sjöby | Avslag | OB",
        "7 | 03-16 | KS 2026/0203 | Riksfärdtjänst med ledsagare | Mats Pekkari | Byn | Beviljat | OB",
        "Beslut: Redovisningen läggs till handlingarna.",
    ]);
    let tables: Vec<u32> = doc
        .paragraphs
        .iter()
        .filter_map(|p| cell(p).map(|(t, _, _)| t))
        .collect();
    assert_eq!(tables.first(), Some(&0), "{:?}", read_cells(&doc));
    assert_eq!(
        table_row(&doc, 0, 3),
        [
            "3",
            "03-05",
            "MBN 2026/0103",
            "Föreläggande om åtgärder vid enskilt avlopp",
            "Eva Holm, Byvägen 3",
            "Sjöby 2:8",
            "Föreläggande med vite",
            "PH"
        ],
        "{:?}",
        read_cells(&doc)
    );
    let second = tables.last().copied().unwrap_or(0);
    assert_ne!(second, 0, "two tables");
    assert_eq!(
        table_row(&doc, second, 0),
        ["Nr", "Datum", "Dnr", "Ärende", "Sökande", "Ort", "Beslut", "Delegat"]
    );
    assert_eq!(
        table_row(&doc, second, 3),
        [
            "7",
            "03-16",
            "KS 2026/0203",
            "Riksfärdtjänst med ledsagare",
            "Mats Pekkari",
            "Byn",
            "Beviljat",
            "OB"
        ]
    );
}

#[test]
fn a_heading_with_a_word_on_the_next_tables_edge_still_parts_two_tables() {
    // A delegation list's parts under their headings: "(1997:736)" in the heading
    // happens to start on an edge of the table below, as the heading starts on the
    // margin the tables share, without being that table's header row.
    let doc = generated(&[
        "B. Miljö- och hälsoskydd",
        "Nr | Datum | Dnr | Ärende | Part | Fastighet | Beslut | Delegat",
        "20 | 03-03 | MBN 2026-0023 | Föreläggande om sotning och brandskyddskontroll | Hans Bergkvist | Ruovdevaara 7:19 | Föreläggande | ES",
        "21 | 03-09 | MBN 2026-0025 | Anmälan, ändrad livsmedelsverksamhet | Forsnäs Bensin & Livs AB | Forsnäs 1:40 | Registrerad | JK",
        "22 | 03-11 | MBN 2026-0028 | Miljösanktionsavgift, försenad cisternkontroll | Bengt-Åke Sten | Kierovaara 1:6 | Sanktionsavgift 5 000 kr | LF",
        "26 | 03-15 | MBN 2026-0038 | Yttrande till länsstyrelsen, vattenverksamhet, ny tappningsregim | Norrälvens Kraft AB | – | Yttrande avgivet | ES",
        "C. Färdtjänst och riksfärdtjänst (lagen (1997:736) om färdtjänst)",
        "Nr | Datum | Dnr | Sökande | Personnummer | Beslut | Skäl | Delegat",
        "27 | 02-02 | KS 2026/0021 | Hilma Pokka | 251103+1284 | Beviljat t.o.m. 2031-02-28 | Rullstolsburen, hjärtsvikt | EK",
        "28 | 02-06 | KS 2026/0024 | Eero Hietala | 440301-4592 | Beviljat t.o.m. 2027-02-28 | Parkinsons sjukdom, går högst 50 meter med rollator | EK",
        "29 | 02-13 | KS 2026/0027 | Laila Marakatt | 611128-0860 | Avslag | Nedsatt gångförmåga efter knäoperation bedöms som tillfällig | EK",
        "31 | 03-05 | KS 2026/0035 | Rut Ylinenpää | 320415-2643 | Riksfärdtjänst beviljad, resa till Stockholm 2026-04-02 | Besök hos dotter som vårdas på Karolinska universitetssjukhuset | EK",
        "Beslut: Redovisningen läggs till handlingarna.",
    ]);
    let second = doc
        .paragraphs
        .iter()
        .filter_map(|p| cell(p).map(|(t, _, _)| t))
        .max()
        .unwrap_or(0);
    assert_ne!(second, 0, "two tables: {:?}", read_cells(&doc));
    assert_eq!(
        table_row(&doc, second, 3),
        [
            "29",
            "02-13",
            "KS 2026/0027",
            "Laila Marakatt",
            "611128-0860",
            "Avslag",
            "Nedsatt gångförmåga efter knäoperation bedöms som tillfällig",
            "EK"
        ],
        "{:?}",
        read_cells(&doc)
    );
}

#[test]
fn two_columns_of_prose_are_not_taken_for_a_table() {
    // The lines of the two columns stand side by side on shared baselines, with a gutter
    // between them, but each column is running text: long lines that fill it.
    let doc = ingest_pages(&[two_column_page()]);
    assert!(
        doc.paragraphs.iter().all(|p| cell(p).is_none()),
        "{:?}",
        read_cells(&doc)
    );
}

#[test]
fn running_text_has_no_table_cells() {
    let doc = ingest_bytes(support::protocol_pdf::protocol_pdf(3));
    assert!(doc.paragraphs.iter().all(|p| cell(p).is_none()));
}

#[test]
fn a_tab_aligned_list_reads_row_by_row_like_a_borderless_table() {
    // Roles and names set with a tab stop, at ordinary line spacing: a table without
    // borders to the reader. Read row by row, each role comes just before its name, and
    // both are marked as cells of one row (column by column, the roles would all come
    // first and the names after them).
    let mut page = vec![placed(50.0, 780.0, 12.0, "Beslutande")];
    page.extend(table_at(
        &[50.0, 200.0],
        762.0,
        12.0,
        &[
            &["Ordförande", "Karin Lund (S)"],
            &["Vice ordförande", "Per-Erik Ström (M)"],
            &["Ledamot", "Aino Pokka (C)"],
            &["Ersättare", "Ahmed Yusuf Hassan (V)"],
        ],
    ));
    page.extend(prose_at(700.0, 12.0, &["Justerare: Märta Lindqvist."]));
    let doc = ingest_pages(&[page]);
    assert_eq!(
        read_cells(&doc),
        [
            ("Beslutande", None),
            ("Ordförande", Some((0, 0, 0))),
            ("Karin Lund (S)", Some((0, 0, 1))),
            ("Vice ordförande", Some((0, 1, 0))),
            ("Per-Erik Ström (M)", Some((0, 1, 1))),
            ("Ledamot", Some((0, 2, 0))),
            ("Aino Pokka (C)", Some((0, 2, 1))),
            ("Ersättare", Some((0, 3, 0))),
            ("Ahmed Yusuf Hassan (V)", Some((0, 3, 1))),
            ("Justerare: Märta Lindqvist.", None),
        ]
        .map(|(text, cell)| (text.to_string(), cell))
    );
}

#[test]
fn a_bulleted_list_with_hanging_indent_is_not_a_table() {
    // The item texts start on one x after the dashes and their second lines too, like a
    // second column; but a column of dashes is a list.
    let mut page = vec![placed(50.0, 780.0, 12.0, "Beslutsunderlag")];
    for (i, (first, second)) in [
        (
            "Tjänsteskrivelse från miljö- och byggförvaltningen,",
            "daterad 2026-02-01",
        ),
        (
            "Ansökan om bygglov från Märta Lindqvist,",
            "inkommen 2026-01-15",
        ),
        (
            "Situationsplan och fasadritningar,",
            "reviderade 2026-02-20",
        ),
    ]
    .iter()
    .enumerate()
    {
        let y = 760.0 - 26.0 * i as f32;
        page.push(placed(50.0, y, 10.0, "–"));
        page.push(placed(62.0, y, 10.0, first));
        page.push(placed(62.0, y - 12.0, 10.0, second));
    }
    let (ours, reference, _) = read_both(page.clone());
    support::assert_same_words(&ours, &reference, "bulleted list");
    let doc = ingest_pages(&[page]);
    assert!(doc.paragraphs.iter().all(|p| cell(p).is_none()));
}

/// tests/fixtures/pdf/tables.pdf: Word tables converted by LibreOffice 7.4 from a bare
/// .docx that tests/fixtures/pdf/make_tables.py writes.
fn word_tables() -> Document {
    ingest_path(std::path::Path::new("tests/fixtures/pdf/tables.pdf")).expect("fixture")
}

#[test]
fn word_tables_converted_by_libreoffice_read_row_by_row() {
    let doc = word_tables();
    // Borderless, fixed widths: a label wraps inside its word ("Tjänstgörand-e", no
    // hyphen drawn), and its second line stays in the label's cell.
    assert_eq!(
        table_row(&doc, 0, 4),
        ["Tjänstgörand e ersättare", "Ahmed Yusuf Hassan", "V"]
    );
    // A tab-aligned list.
    assert_eq!(table_row(&doc, 1, 0), ["Sekreterare", "Märta Lindqvist"]);
    // Bordered, wrapped cells: each cell's lines one paragraph, the row's cells together.
    assert_eq!(
        table_row(&doc, 2, 1),
        [
            "KS 2026/0101",
            "Bygglov för tillbyggnad av enbostadshus med uterum och altan",
            "Tallåsen 3:17",
            "Beviljat"
        ]
    );
    assert_eq!(
        table_row(&doc, 2, 3),
        [
            "KS 2026/0112",
            "Bostadsanpassningsbidrag för ramp",
            "Märta Lindqvist, Ängsvägen 4 B, 981 31 Norrvik",
            "Beviljat 64 300 kr"
        ]
    );
    // Page 2, sized to its contents: the cells are centred beside case numbers that wrap
    // over four lines, the first of them above the other cells' first lines.
    assert_eq!(
        table_row(&doc, 3, 1),
        [
            "KS 202 6/0 124",
            "Bostadsanpassnings bidrag, borttagning av trösklar",
            "Li Wu, Tallvägen 7 B",
            "Avslag"
        ]
    );
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    for around in [
        "Övriga närvarande",
        "§ 13 Delegationsbeslut om bostadsanpassning",
        "Nämnden lägger anmälan till handlingarna.",
    ] {
        let p = texts.iter().position(|t| *t == around).expect(around);
        assert_eq!(cell(&doc.paragraphs[p]), None, "{around}");
    }
}

// ---------------------------------------------------------------------------------------
// Paragraphs as a word processor wraps them: ragged right, page breaks inside them, a
// running header and footer (tests/support/protocol_files.rs writes the PDF).

/// The protocol's paragraphs (table rows as cells joined by " | ") written as a PDF the
/// way Word prints one, and read back.
fn generated(paragraphs: &[&str]) -> Document {
    let paragraphs: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    let layout = protocol_files::blocks(&paragraphs);
    ingest_bytes(protocol_files::pdf_of_with_tab_stops(&paragraphs, &layout))
}

fn texts(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

#[test]
fn a_first_line_ending_short_before_a_long_word_does_not_end_the_paragraph() {
    // The first line ends well before the margin because "tillsvidareanställd" did not
    // fit after "är": the line was full, the paragraph goes on.
    let paragraph = "Personalchef Jonas Kivi redovisar ärendet. Johanna Mäkelä, 970228-9985, är \
        tillsvidareanställd som undersköterska i hemtjänsten i Berg sedan 2019. Under april \
        2024 upptäcktes att hon hade tillgripit kontanter från två brukare.";
    let doc = generated(&["§ 31 Personalärende", paragraph]);
    assert!(texts(&doc).contains(&paragraph), "{:?}", texts(&doc));
}

#[test]
fn a_tab_drawn_as_a_glyph_is_read_as_a_tab() {
    // A producer that writes the tab character into the text (here a glyph whose
    // ToUnicode is U+0009) keeps the fields of a tab-set row apart: read as a word space,
    // name, party and vote would run together into one phrase; .docx ingest reads Word's
    // `w:tab` as a tab too.
    let row = "Roger Hansson\tS\tX";
    let doc = ingest_bytes(pdf_with_tab_glyphs(&[
        "§ 36 Omröstning",
        "Ledamot\tParti\tJa",
        row,
    ]));
    assert_eq!(
        texts(&doc)
            .into_iter()
            .filter(|t| t.contains('\t'))
            .collect::<Vec<_>>(),
        ["Ledamot\tParti\tJa", row]
    );
}

/// A page of lines in Helvetica whose tab characters are drawn as a glyph of their own,
/// mapped to U+0009 by the font's ToUnicode map (code 9, the tab's own code).
fn pdf_with_tab_glyphs(lines: &[&str]) -> Vec<u8> {
    use lopdf::content::Operation;
    use lopdf::{dictionary, Object, Stream};
    let cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
        /CMapName /Tab-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n\
        endcodespacerange\n1 beginbfchar\n<09> <0009>\nendbfchar\nendcmap\n\
        CMapName currentdict /CMap defineresource pop\nend\nend\n";
    let mut ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
    ];
    for (n, line) in lines.iter().enumerate() {
        let y = 760.0 - 20.0 * n as f32;
        ops.push(Operation::new(
            "Tm",
            vec![1.into(), 0.into(), 0.into(), 1.into(), 70.into(), y.into()],
        ));
        ops.push(Operation::new(
            "Tj",
            vec![Object::string_literal(support::protocol_pdf::win_ansi(
                line,
            ))],
        ));
    }
    ops.push(Operation::new("ET", vec![]));
    let (mut doc, _, page) =
        support::protocol_pdf::one_page_document(support::protocol_pdf::helvetica(), ops, |_| {
            lopdf::Dictionary::new()
        });
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.as_bytes().to_vec()));
    let font = doc
        .get_object(page)
        .and_then(Object::as_dict)
        .and_then(|p| p.get(b"Resources"))
        .and_then(Object::as_dict)
        .and_then(|r| r.get(b"Font"))
        .and_then(Object::as_dict)
        .and_then(|f| f.get(b"F1"))
        .and_then(Object::as_reference)
        .expect("the page's font");
    if let Ok(Object::Dictionary(font)) = doc.get_object_mut(font) {
        font.set("ToUnicode", to_unicode);
    }
    support::protocol_pdf::save(doc)
}

// ---------------------------------------------------------------------------------------
// Tabs drawn as Word and LibreOffice draw them: no glyph, the text after a tab starts at
// the next tab stop.

/// Word's default tab stops, every 1.25 cm from the left margin.
const TAB_STOP: f32 = 1.25 / 2.54 * 72.0;

/// A line of 11 pt Helvetica at `y` from the left margin (70.9), each field after a tab
/// at the first tab stop at least `min_gap_em` past the end of the field before it.
fn tab_set_line(y: f32, fields: &[&str], min_gap_em: f32) -> Vec<Placed> {
    let (left, size) = (70.9, 11.0);
    let mut x = 0.0;
    let mut out = Vec::new();
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            x = ((x + min_gap_em * size) / TAB_STOP).floor() * TAB_STOP + TAB_STOP;
        }
        out.push(placed(left + x, y, size, field));
        x += protocol_files::text_width(field, size, false);
    }
    out
}

#[test]
fn a_gap_left_by_a_tab_stop_is_read_as_a_tab() {
    // The header row and a row of an attendance list, each field at the first default
    // stop past the one before: a gap of one em after "Ledamöter", of three ems after the
    // name, each wider than any word space. Read as one line each, the tab between the
    // fields, as the writer typed them (and as .docx ingest reads them).
    let mut page = tab_set_line(760.0, &["Ledamöter", "Ersättare"], 1.0);
    page.extend(tab_set_line(
        746.8,
        &["Pär Lindmark (S), ordförande", "Lo Sjöberg (V)"],
        3.0,
    ));
    let doc = ingest_pages(&[page]);
    assert_eq!(
        texts(&doc),
        [
            "Ledamöter\tErsättare",
            "Pär Lindmark (S), ordförande\tLo Sjöberg (V)"
        ]
    );
}

#[test]
fn a_justified_line_with_wide_word_spaces_has_no_tab() {
    // Justified text stretches its word spaces to fill the line: an em on the first line,
    // on the second, of two long words only, the whole blank between them. However wide,
    // they are word spaces: every line but the last reaches the right edge, and no gap of
    // a line stands out from its other gaps.
    let (left, size, width) = (70.9, 11.0, 453.0);
    let justified = |y: f32, words: &[&str]| {
        let ink: f32 = words
            .iter()
            .map(|w| protocol_files::text_width(w, size, false))
            .sum();
        let space = (width - ink) / (words.len() - 1) as f32;
        let mut x = left;
        words
            .iter()
            .map(|w| {
                let at = placed(x, y, size, w);
                x += protocol_files::text_width(w, size, false) + space;
                at
            })
            .collect::<Vec<_>>()
    };
    let first = [
        "Nämnden",
        "beslutar",
        "att",
        "bevilja",
        "ansökan",
        "om",
        "bygglov",
        "för",
        "tillbyggnad",
    ];
    let second = [
        "miljöövervakningsprogrammets",
        "tillsynsmyndighetsansvarsfördelningen",
    ];
    let mut page = justified(760.0, &first);
    page.extend(justified(746.8, &second));
    page.push(placed(
        left,
        733.6,
        size,
        "med villkor enligt förvaltningens förslag.",
    ));
    let doc = ingest_pages(&[page]);
    let expected = format!(
        "{} {} med villkor enligt förvaltningens förslag.",
        first.join(" "),
        second.join(" ")
    );
    assert_eq!(texts(&doc), [expected.as_str()]);
}

#[test]
fn a_tab_set_row_that_wraps_reads_as_one_row() {
    // Rows of a delegation list longer than the line, as Word sets them with its default
    // tab stops: the first row breaks inside its matter's cell, the second at the tab
    // before "Ja" (at the next stop it no longer fitted, after a space it would have) and
    // goes on at the left margin. Each reads back as one paragraph with its tabs, the one
    // at the break too, so its cells stay as many as the header's. (Where the text after
    // the tab would not have fitted after a space either, the page cannot tell which it
    // was: the rows of the list tell, below.) The paragraph above, its lines full, shows
    // where the column ends.
    let prose = "Förvaltningen redovisar de beslut som har fattats med stöd av delegation \
        under perioden, enligt nämndens delegationsordning, i den ordning de har fattats. \
        Nämnden har i sin delegationsordning uppdragit åt förvaltningen att besluta i \
        ärenden om bygglov, marklov och rivningslov, förhandsbesked och tillsyn.";
    let header = "Nr\tDnr\tFastighet\tSökande\tÄrende\tBifall";
    let inside_a_cell = "1\tSBN 2026/101\tRipan 4\tAnders Wikberg\t\
        Bygglov för tillbyggnad av enbostadshus\tJa";
    let at_a_tab = "2\tSBN 2026/96\tStenhuggaren 3\tNorrbräckehem AB\tFasadändring\tJa";
    let doc = generated(&[
        "§ 5 Delegationsbeslut",
        prose,
        header,
        inside_a_cell,
        at_a_tab,
    ]);
    assert_eq!(
        texts(&doc)
            .into_iter()
            .filter(|t| t.contains('\t') && !t.starts_with("Sammanträdesprotokoll"))
            .collect::<Vec<_>>(),
        [header, inside_a_cell, at_a_tab]
    );
    let lines = |text: &str| -> usize {
        doc.paragraphs
            .iter()
            .find(|p| p.text == text)
            .map_or(0, |p| {
                let mut ys: Vec<i64> = p
                    .origins
                    .iter()
                    .filter_map(|o| match o {
                        Origin::Pdf(o) => Some(o.bbox.y0 as i64),
                        _ => None,
                    })
                    .collect();
                ys.sort_unstable();
                ys.dedup();
                ys.len()
            })
    };
    assert!(
        lines(inside_a_cell) > 1 && lines(at_a_tab) > 1,
        "both rows wrap"
    );
}

/// The paragraphs with a tab, but the running header's.
fn tab_set_rows(doc: &Document) -> Vec<&str> {
    texts(doc)
        .into_iter()
        .filter(|t| t.contains('\t') && !t.starts_with("Sammanträdesprotokoll"))
        .collect()
}

#[test]
fn a_row_that_breaks_at_a_tab_where_no_word_would_have_fitted_has_as_many_fields_as_its_list() {
    // A list of union representatives, each row five fields. Where the e-mail address does
    // not fit after the telephone number, the line breaks at the tab; after a space it
    // would not have fitted either, so the page alone cannot tell a tab from a space.
    // The rows around it have five fields: so has this one, and the break is its tab.
    let rows = [
        "Namn\tOrganisation\tUppdrag\tTelefon\tE-post",
        "Mohammed Al-Hassan\tKommunal\tHuvudskyddsombud\t070-174 06 08\tmohammed.alhassan@gmail.com",
        "Birgitta Sten\tVision\tOrdförande\t070-174 06 12\tskarvsjo@vision.se",
        "Outi Rautio\tSveriges Lärare\tOmbud\t070-174 06 15\touti.rautio@outlook.com",
        "Teemu Salo\tKommunal\tSkyddsombud, hemtjänsten\t08-465 004 31\tteemu.salo@gmail.com",
    ];
    let mut paragraphs = vec!["§ 7 Förteckning över fackliga ombud 2026"];
    paragraphs.extend(rows);
    assert_eq!(tab_set_rows(&generated(&paragraphs)), rows);
}

#[test]
fn a_row_that_wraps_inside_a_field_and_at_tabs_keeps_its_spaces_and_its_tabs_apart() {
    // Rows of a delegation list of six fields, each wrapping twice. Begović's row breaks
    // once at a tab (before "Tärnan 7") and once at a space (before "senast"): the page
    // cannot tell either apart, the list tells that one of them is a tab, and the line
    // that left more room at its end broke at the tab (a word wraps at a space only
    // where it does not fit, so there little room is left). Saengdao's row breaks at a
    // tab before "Avgift" and again before "Noora", which would have fitted after a
    // space: a line of a tab-set row ending that short broke at a tab.
    let rows = [
        "Beslutsdatum\tDnr\tVerksamhetsutövare/part\tAnläggning/fastighet\tBeslut\tDelegat",
        "2026-02-04\tMHN 2026:45 L\tMirza Begović, Begović Bar & Kök, 851102-9814\tTärnan 7\t\
            Föreläggande att rengöra kyl- och frysutrymmen och skadedjurssäkra lagret senast \
            2026-03-15\tAli Karimi",
        "2026-02-06\tMHN 2026:50 L\tStrandlivs i Skärvsjö AB (ICA Nära)\tButik, Strandvägen 12\t\
            Kontrollrapport utan avvikelser\tHanna Sten",
        "2026-02-09\tMHN 2026:52 L\tPornthip Saengdao, Pornthips Thaikök\tKvarnen 11\t\
            Avgift för extra offentlig kontroll 2 320 kr (uppföljning av brister i \
            temperaturkontroll)\tNoora Virtanen",
    ];
    let mut paragraphs = vec!["Redovisning av delegationsbeslut, februari 2026"];
    paragraphs.extend(rows);
    assert_eq!(tab_set_rows(&generated(&paragraphs)), rows);
}

#[test]
fn label_rows_set_at_default_tab_stops_read_as_lines_with_tabs_not_as_a_table() {
    // Labels and their values lined up with Word's default tab stops: their words start
    // on the same stops row after row, as a borderless table's cells would, but each row
    // is one line with its tab, as the writer typed it (and as .docx ingest reads it).
    let rows = [
        "Plats och tid\tKommunhuset, Ejdern, kl. 13.00–15.20",
        "Beslutande\tAnna Ek (S), ordförande",
        "Justerare\tBo Lind (M)",
    ];
    let mut paragraphs = vec!["Protokoll, socialnämnden"];
    paragraphs.extend(rows);
    let doc = generated(&paragraphs);
    assert_eq!(tab_set_rows(&doc), rows);
    assert!(doc.paragraphs.iter().all(|p| cell(p).is_none()));
}

#[test]
fn a_lone_row_that_wraps_where_the_page_cannot_tell_reads_the_break_as_a_space() {
    // Without rows around it, nothing tells how many fields the row has: the break where
    // no word would have fitted stays a space, as the line's words would run on.
    let row = "Mohammed Al-Hassan\tKommunal\tHuvudskyddsombud\t070-174 06 08\t\
        mohammed.alhassan@gmail.com";
    let doc = generated(&["§ 7 Förteckning över fackliga ombud 2026", row]);
    assert_eq!(
        tab_set_rows(&doc),
        [row.replace("08\tmoh", "08 moh").as_str()]
    );
}

#[test]
fn a_lone_row_that_wraps_once_at_a_tab_is_no_pair_of_text_columns() {
    // Its two lines each hold a piece at the left margin and one at the same stop to the
    // right: read as two columns of running text, the identity number would move to the
    // next line's place.
    let row = "2026-09-18\tAvslag på bistånd till hyresskuld\tWanpen Srisuk, 19850915-3261, \
        Kanongatan 8 lgh 1102, 593 31 Stävlinge\tDelegat: socialsekreterare";
    let doc = generated(&[
        "§ 4 Delegationsbeslut",
        "I den förteckning som skickades ut med kallelsen stod av misstag följande rader:",
        row,
    ]);
    assert_eq!(tab_set_rows(&doc), [row]);
}

#[test]
fn a_hyphen_at_a_line_end_stays_where_it_belongs_to_the_word() {
    // Lines broken at a hyphen of the word's own keep it; a word processor's hyphen
    // inside a lower-case word ("kommun-" "styrelsen") goes.
    let lines = [
        "Nämnden beslutar efter en lång överläggning att utse Ann-",
        "Christin Berg till ersättare för den tidigare personalchefen, HR-",
        "chefen, från och med dagens datum, det vill säga den 2024-",
        "05-14, och att besvara frågan om tillämpningen av plan-",
        "och bygglagen i ett brev till förslagsställaren och via e-",
        "post till förslagsställaren på adressen sanna-",
        "kaisa.lehtonen@example.com, samt meddela kommun-",
        "styrelsen i Norrvik beslutet.",
    ];
    let page: Vec<Placed> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| placed(70.0, 760.0 - 13.0 * i as f32, 11.0, l))
        .collect();
    let doc = ingest_pages(&[page]);
    assert_eq!(
        texts(&doc),
        [
            "Nämnden beslutar efter en lång överläggning att utse Ann-Christin Berg till \
         ersättare för den tidigare personalchefen, HR-chefen, från och med dagens datum, \
         det vill säga den 2024-05-14, och att besvara frågan om tillämpningen av plan- och \
         bygglagen i ett brev till förslagsställaren och via e-post till förslagsställaren \
         på adressen sanna-kaisa.lehtonen@example.com, samt meddela kommunstyrelsen i \
         Norrvik beslutet."
        ]
    );
    // The hyphen that went is still there to be found, as hidden text.
    let hidden: Vec<&str> = doc.paragraphs[0]
        .hidden
        .iter()
        .map(|h| h.text.as_str())
        .collect();
    assert_eq!(hidden, ["-"]);
}

#[test]
fn a_line_end_hyphen_after_a_compound_with_a_slash_stays() {
    let page = prose_at(
        760.0,
        13.0,
        &[
            "Sökande ansöker om tillstånd att installera en luft/vatten-",
            "värmepump på fastigheten Tallåsen 3:17 i Norrvik.",
        ],
    );
    let doc = ingest_pages(&[page]);
    assert_eq!(
        texts(&doc),
        [
            "Sökande ansöker om tillstånd att installera en luft/vatten-värmepump på \
          fastigheten Tallåsen 3:17 i Norrvik."
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Across pages: a table or a paragraph that goes on over a page break, past the running
// header and footer (tests/support/protocol_pdf.rs puts them on every page).

/// A delegation list's columns: Dnr, Ärende, Sökande, Beslut.
const LIST_COLUMNS: [f32; 4] = [50.0, 130.0, 300.0, 470.0];

/// A row of the delegation list with its cells wrapped over two lines, the first
/// baseline at `top`: lines 12 pt apart, as the rows' cells wrap (the case number too,
/// its second line the wider, as a narrow Dnr column breaks it).
fn wrapped_row(top: f32, first: [&str; 4], second: [&str; 4]) -> Vec<Placed> {
    table_at(&LIST_COLUMNS, top, 12.0, &[&first, &second])
}

/// Page 1: a § and its delegation list down to the bottom of the page, rows 16 pt apart
/// (from a row's last line to the next row's first: a bordered table's padding).
fn page_ending_with_a_table() -> Vec<Placed> {
    let mut page = vec![placed(50.0, 760.0, 12.0, "§ 14 Delegationsbeslut")];
    page.extend(table_at(
        &LIST_COLUMNS,
        740.0,
        12.0,
        &[&["Dnr", "Ärende", "Sökande", "Beslut"]],
    ));
    let mut top = 724.0;
    for n in 0..20 {
        page.extend(wrapped_row(
            top,
            ["BN", "Bygglov för", "Karin Lund,", "Beviljas"],
            [
                &format!("2024/01{n:02}"),
                "tillbyggnad",
                "Ängsvägen 4 B",
                "",
            ],
        ));
        top -= 28.0;
    }
    page
}

/// Page 2: the list's last row alone, its cells wrapped, and a paragraph after it.
fn page_with_one_row_of_the_table() -> Vec<Placed> {
    let mut page = wrapped_row(
        760.0,
        [
            "BN",
            "Bygglov för carport",
            "Björn Nilsson, Ekeby Gård, 573",
            "Avslag",
        ],
        ["2024/0174", "vid garage", "96 Vretaby", ""],
    );
    page.push(placed(
        50.0,
        730.0,
        10.0,
        "Nämnden lägger anmälan till handlingarna.",
    ));
    page
}

#[test]
fn one_row_of_a_table_continued_on_the_next_page_reads_as_a_row_of_cells() {
    let pages = with_running_lines(vec![
        page_ending_with_a_table(),
        page_with_one_row_of_the_table(),
    ]);
    let doc = ingest_pages(&pages);
    // The row goes on from page 1's table: its number, after its header and 20 rows.
    assert_eq!(
        table_row(&doc, 0, 21),
        [
            "BN 2024/0174",
            "Bygglov för carport vid garage",
            "Björn Nilsson, Ekeby Gård, 573 96 Vretaby",
            "Avslag"
        ]
    );
    assert!(texts(&doc).contains(&"Nämnden lägger anmälan till handlingarna."));
    // The table on page 1 is read as before: a row's wrapped cells stay together.
    assert_eq!(
        table_row(&doc, 0, 20),
        [
            "BN 2024/0119",
            "Bygglov för tillbyggnad",
            "Karin Lund, Ängsvägen 4 B",
            "Beviljas"
        ]
    );
}

#[test]
fn a_table_continued_on_the_next_page_keeps_its_number_and_counts_its_rows_on() {
    let mut second = page_with_one_row_of_the_table();
    // A table of its own after the paragraph: the next number.
    second.extend(table_at(
        &[50.0, 150.0, 400.0],
        700.0,
        14.0,
        &[
            &["Dnr", "Ärende", "Beslut"],
            &["BN 2024/0151", "Bygglov, uterum", "Beviljat"],
        ],
    ));
    let doc = ingest_pages(&with_running_lines(vec![
        page_ending_with_a_table(),
        second,
    ]));
    let cells_on = |page: u32| -> Vec<Cell> {
        doc.paragraphs
            .iter()
            .filter(|p| p.page == page)
            .filter_map(cell)
            .collect()
    };
    assert_eq!(
        cells_on(2),
        [
            (0, 21, 0),
            (0, 21, 1),
            (0, 21, 2),
            (0, 21, 3),
            (1, 0, 0),
            (1, 0, 1),
            (1, 0, 2),
            (1, 1, 0),
            (1, 1, 1),
            (1, 1, 2)
        ]
    );
    assert_eq!(cells_on(1).last(), Some(&(0, 20, 3)));
    // Its cells stand in the columns of the header row on page 1.
    assert_eq!(
        table_row(&doc, 0, 0),
        ["Dnr", "Ärende", "Sökande", "Beslut"]
    );
}

#[test]
fn the_same_row_without_a_table_before_it_reads_as_two_rows() {
    // Alone, the row's two lines cannot be told from two rows of a tab-aligned list: the
    // previous page's table, its rows spaced wider than their lines, is what tells that
    // they are one row.
    let pages = with_running_lines(vec![
        prose_at(
            760.0,
            12.0,
            &["Nämnden beslutar att godkänna dagordningen."],
        ),
        page_with_one_row_of_the_table(),
    ]);
    let doc = ingest_pages(&pages);
    assert_eq!(
        table_row(&doc, 0, 0),
        [
            "BN",
            "Bygglov för carport",
            "Björn Nilsson, Ekeby Gård, 573",
            "Avslag"
        ]
    );
}

/// The last lines of page 1 (the last one the longest: the next word did not fit) under a
/// § heading, as a word processor wraps them.
fn page_ending_with(last_line: &str) -> Vec<Placed> {
    let mut page = vec![placed(
        50.0,
        760.0,
        12.0,
        "§ 12 Bygglov för tillbyggnad av enbostadshus",
    )];
    page.extend(prose_at(
        740.0,
        12.0,
        &[
            "Miljö- och byggnämnden har tagit emot en ansökan om bygglov för en",
            "tillbyggnad av enbostadshus på fastigheten Tallåsen 3:17. Sökande är",
            last_line,
        ],
    ));
    page
}

/// Page 2: `first` at the top of the body (in `size`), then the next §.
fn page_starting_with(first: &str, size: f32) -> Vec<Placed> {
    vec![
        placed(50.0, 760.0, size, first),
        placed(50.0, 730.0, 12.0, "§ 13 Anmälan av delegationsbeslut"),
        placed(
            50.0,
            710.0,
            10.0,
            "Nämnden lägger anmälan till handlingarna.",
        ),
    ]
}

const CUT_AFTER: &str = "Märta Lindqvist, som i ärendet företräds av sitt ombud, advokaten Anna";
const GOES_ON_WITH: &str = "Berg, Storgatan 5 i Norrvik. Nämnden beviljar ansökan enligt bilaga.";

#[test]
fn a_paragraph_cut_by_a_page_break_is_joined_past_the_running_footer_and_header() {
    let pages = with_running_lines(vec![
        page_ending_with(CUT_AFTER),
        page_starting_with(GOES_ON_WITH, 10.0),
    ]);
    let doc = ingest_pages(&pages);
    let whole = "Miljö- och byggnämnden har tagit emot en ansökan om bygglov för en tillbyggnad \
        av enbostadshus på fastigheten Tallåsen 3:17. Sökande är Märta Lindqvist, som i \
        ärendet företräds av sitt ombud, advokaten Anna Berg, Storgatan 5 i Norrvik. Nämnden \
        beviljar ansökan enligt bilaga.";
    let joined = doc
        .paragraphs
        .iter()
        .find(|p| p.text == whole)
        .unwrap_or_else(|| panic!("one paragraph: {:?}", texts(&doc)));
    assert_eq!((joined.page, joined.last_page), (1, 2));
    assert!(joined.is_on_page(1) && joined.is_on_page(2) && !joined.is_on_page(3));
    // Each character keeps its own page: "Anna" on page 1, "Berg" on page 2.
    let page_of = |word: &str| {
        let at = joined.text[..joined.text.find(word).expect(word)]
            .chars()
            .count();
        match &joined.origins[at] {
            Origin::Pdf(o) => o.page,
            other => panic!("{other:?}"),
        }
    };
    assert_eq!((page_of("Anna"), page_of("Berg")), (1, 2));
    // The running header and footer stay as they are, paragraphs of their own pages.
    for running in [
        "Sammanträdesprotokoll",
        "Justerandes signatur",
        "Sida 2 (2)",
    ] {
        assert!(
            texts(&doc).contains(&running),
            "{running}: {:?}",
            texts(&doc)
        );
    }
}

#[test]
fn a_paragraph_joined_over_a_page_break_has_its_box_on_each_page() {
    let doc = ingest_pages(&with_running_lines(vec![
        page_ending_with(CUT_AFTER),
        page_starting_with(GOES_ON_WITH, 10.0),
    ]));
    let joined = doc
        .paragraphs
        .iter()
        .find(|p| p.page == 1 && p.last_page == 2)
        .unwrap_or_else(|| panic!("a joined paragraph: {:?}", texts(&doc)));
    // Each page's box is the union of the paragraph's glyph boxes on that page: three
    // lines at the foot of page 1's body, one at the top of page 2's.
    let glyphs_on = |page: u32| {
        joined
            .origins
            .iter()
            .filter_map(|o| match o {
                Origin::Pdf(g) if g.page == page => Some(g.bbox),
                _ => None,
            })
            .reduce(|a, b| a.union(&b))
    };
    let pages: Vec<u32> = joined.boxes.iter().map(|b| b.page).collect();
    assert_eq!(pages, [1, 2]);
    for page in [1, 2] {
        let (Some(bbox), Some(glyphs)) = (joined.bbox_on(page), glyphs_on(page)) else {
            panic!("no box on page {page}");
        };
        let close = |a: f32, b: f32| (a - b).abs() < 0.01;
        let same = |a: &Rect, b: &Rect| {
            close(a.x0, b.x0) && close(a.y0, b.y0) && close(a.x1, b.x1) && close(a.y1, b.y1)
        };
        assert!(same(&bbox, &glyphs), "page {page}: {bbox:?} != {glyphs:?}");
    }
    let (first, second) = (joined.bbox_on(1).unwrap(), joined.bbox_on(2).unwrap());
    assert!(
        first.height() > 2.0 * second.height(),
        "{first:?} {second:?}"
    );
    assert!(second.y0 > 740.0, "the top line of page 2: {second:?}");
    assert_eq!(joined.bbox_on(3), None);
}

#[test]
fn a_page_break_after_a_finished_sentence_is_not_joined() {
    let ended = "Märta Lindqvist, som i ärendet har företrätts av sitt ombud i Norrvik.";
    let next = "Nämnden beviljar ansökan enligt bilaga och med de villkor som anges där.";
    let doc = ingest_pages(&with_running_lines(vec![
        page_ending_with(ended),
        page_starting_with(next, 10.0),
    ]));
    let texts = texts(&doc);
    assert!(texts.iter().any(|t| t.ends_with(ended)), "{texts:?}");
    assert!(texts.contains(&next), "{texts:?}");
}

#[test]
fn a_heading_at_the_top_of_the_next_page_is_not_joined() {
    let heading = "Överläggning och beslut";
    let doc = ingest_pages(&with_running_lines(vec![
        page_ending_with(CUT_AFTER),
        page_starting_with(heading, 12.0),
    ]));
    let texts = texts(&doc);
    assert!(texts.iter().any(|t| t.ends_with(CUT_AFTER)), "{texts:?}");
    assert!(texts.contains(&heading), "{texts:?}");
    assert!(doc.paragraphs.iter().all(|p| p.page == p.last_page));
}

#[test]
fn a_heading_in_the_body_size_at_the_top_of_the_next_page_is_not_joined() {
    // Bold at the size of the text (which layout does not see): one short line without
    // punctuation.
    let doc = ingest_pages(&with_running_lines(vec![
        page_ending_with(CUT_AFTER),
        page_starting_with("Beslut", 10.0),
    ]));
    assert!(texts(&doc).contains(&"Beslut"), "{:?}", texts(&doc));
    assert!(doc.paragraphs.iter().all(|p| p.page == p.last_page));
}

#[test]
fn a_blank_page_between_the_parts_keeps_them_apart() {
    let doc = ingest_pages(&[
        page_ending_with(CUT_AFTER),
        Vec::new(),
        page_starting_with(GOES_ON_WITH, 10.0),
    ]);
    assert!(texts(&doc).contains(&GOES_ON_WITH), "{:?}", texts(&doc));
}

#[test]
fn a_new_paragraph_at_the_top_of_the_next_page_is_joined_only_in_the_same_size() {
    // A continuation set in another size is another paragraph, even after a cut-off line.
    let doc = ingest_pages(&with_running_lines(vec![
        page_ending_with(CUT_AFTER),
        page_starting_with(GOES_ON_WITH, 11.0),
    ]));
    assert!(doc.paragraphs.iter().all(|p| p.page == p.last_page));
}

#[test]
fn an_empty_field_of_a_tab_set_row_is_read_where_the_text_after_it_starts_a_stop_further() {
    // Word moves the text after a run of tabs one default stop further for each: the gap
    // of an empty field is a stop wider than a tab's.
    let rows = [
        "Dnr\tDatum\tFastighet\tÅtgärd\tBeslut",
        "BN 2026-0061\t2026-04-06\tÅsen 14\tMur\tBeviljas",
        "BN 2026-0062\t2026-04-06\t\tMur\tBeviljas",
        "BN 2026-0063\t2026-04-07\tÅsen 21\t\tAvvisas",
    ];
    let mut paragraphs = vec!["§ 4 Delegationsbeslut"];
    paragraphs.extend(rows);
    let doc = generated(&paragraphs);
    assert_eq!(tab_set_rows(&doc), rows);
}
