//! Running headers and footers — a PDF's lines repeated at the same height on every page
//! ("Socialnämnden", "Sida 2 (2)", "Justerandes signatur"), a .docx's header and footer
//! parts — are text of the document that the reader sees on every page, but no part of a
//! § body: a § under secrecy is masked without them, also where its body runs over a page
//! break or is the last of the document, and export leaves them standing.

mod support;
use support::protocol_pdf::{pdf_from_placed, with_running_lines, Placed};

use maskera::detect::{scan, Candidate, Rulebook};
use maskera::export;
use maskera::ingest::{self, Document, Origin};
use maskera::review::session::Store;
use maskera::review::MaskKind;
use maskera::workspace::Workspace;
use std::sync::Arc;

fn placed(y: f32, size: f32, text: &str) -> Placed {
    Placed {
        x: 50.0,
        y,
        size,
        text: text.to_string(),
    }
}

/// Each page of the protocol under the nämnd's name, with the running header and footer
/// of a meeting system ("Sammanträdesprotokoll", "Sida n (N)", "Justerandes signatur").
fn protocol(pages: Vec<Vec<Placed>>) -> Vec<u8> {
    let pages = pages
        .into_iter()
        .map(|mut page| {
            page.push(placed(815.0, 9.0, "Socialnämnden"));
            page
        })
        .collect();
    pdf_from_placed(&with_running_lines(pages))
}

const RUNNING: &[&str] = &[
    "Socialnämnden",
    "Sammanträdesprotokoll",
    "Sida 1 (2)",
    "Sida 2 (2)",
    "Justerandes signatur",
];

/// Page 1 ends inside the last §, an individual matter of ekonomiskt bistånd; page 2
/// holds the rest of its body.
fn last_section_over_a_page_break() -> Vec<u8> {
    protocol(vec![
        vec![
            placed(760.0, 12.0, "§ 11 Val av justerare"),
            placed(740.0, 10.0, "Anna Berg utses att justera protokollet."),
            placed(710.0, 12.0, "§ 12 Ansökan om ekonomiskt bistånd"),
            placed(
                690.0,
                10.0,
                "Zahra Mohammadi, Storgatan 5 i Norrvik, har ansökt om ekonomiskt bistånd.",
            ),
        ],
        vec![
            placed(
                760.0,
                10.0,
                "Socialnämnden beslutar att bevilja ansökan om bistånd.",
            ),
            placed(
                740.0,
                10.0,
                "Beslutet kan överklagas hos förvaltningsrätten.",
            ),
        ],
    ])
}

fn read(bytes: &[u8]) -> Document {
    ingest::ingest_bytes(bytes, "pdf").expect("the PDF reads")
}

fn texts(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

fn secrecy(doc: &Document) -> Candidate {
    let found = scan(doc, &Rulebook::embedded().expect("rulebook"));
    let mut secrecy: Vec<Candidate> = found
        .into_iter()
        .filter(|c| c.rule == "sekretess")
        .collect();
    assert_eq!(secrecy.len(), 1, "one § under secrecy: {secrecy:?}");
    secrecy.remove(0)
}

#[test]
fn running_lines_are_flagged_and_stay_paragraphs_of_their_pages() {
    let doc = read(&last_section_over_a_page_break());
    let running: Vec<&str> = doc
        .paragraphs
        .iter()
        .filter(|p| p.running)
        .map(|p| p.text.as_str())
        .collect();
    for line in RUNNING {
        assert!(running.contains(line), "{line}: {running:?}");
    }
    assert!(
        doc.paragraphs
            .iter()
            .filter(|p| p.text.starts_with('§') || p.text.contains("Mohammadi"))
            .all(|p| !p.running),
        "{:?}",
        texts(&doc)
    );
}

#[test]
fn a_secrecy_suggestion_over_a_page_break_covers_only_the_body_of_the_last_section() {
    let doc = read(&last_section_over_a_page_break());
    let c = secrecy(&doc);
    let last = c.location.end_paragraph.unwrap_or(c.location.paragraph);
    let covered: Vec<&str> = doc
        .span(c.location.paragraph..last + 1)
        .map(|i| doc.paragraphs[i].text.as_str())
        .collect();
    assert_eq!(
        covered,
        [
            "Zahra Mohammadi, Storgatan 5 i Norrvik, har ansökt om ekonomiskt bistånd.",
            "Socialnämnden beslutar att bevilja ansökan om bistånd.",
            "Beslutet kan överklagas hos förvaltningsrätten.",
        ]
    );
    // The running lines between the pages are inside the range of paragraphs, not in it.
    assert!((c.location.paragraph..=last).any(|i| doc.paragraphs[i].running));
    let paragraphs: Vec<&str> = c.text.split("\n\n").collect();
    assert_eq!(paragraphs, covered);
}

#[test]
fn export_of_the_section_under_secrecy_keeps_the_running_header_and_footer_on_every_page() {
    let bytes = last_section_over_a_page_break();
    let doc = read(&bytes);
    let masks = support::suggested_masks(&doc);
    assert!(masks
        .iter()
        .any(|m| matches!(m.kind, MaskKind::Secrecy { .. })));
    let out = export::export_pdf(&doc, &bytes, &masks).expect("export succeeds");
    let published = read(&out.pdf);
    let on_page = |page: u32| -> Vec<&str> {
        published
            .paragraphs
            .iter()
            .filter(|p| p.is_on_page(page))
            .map(|p| p.text.as_str())
            .collect()
    };
    for page in [1, 2] {
        let texts = on_page(page);
        for line in [
            "Socialnämnden",
            "Sammanträdesprotokoll",
            "Justerandes signatur",
        ] {
            assert!(texts.contains(&line), "page {page}, {line}: {texts:?}");
        }
        let number = format!("Sida {page} (2)");
        assert!(texts.contains(&number.as_str()), "{texts:?}");
    }
    let all = texts(&published).join("\n");
    for gone in ["Mohammadi", "bevilja", "förvaltningsrätten"] {
        assert!(!all.contains(gone), "{gone}: {all}");
    }
    assert!(all.contains("§ 12 Ansökan om ekonomiskt bistånd"), "{all}");
}

#[test]
fn a_section_whose_body_starts_on_the_next_page_is_masked_from_there() {
    // The heading ends page 1: the body begins after page 2's running header.
    let bytes = protocol(vec![
        vec![
            placed(760.0, 12.0, "§ 11 Val av justerare"),
            placed(740.0, 10.0, "Anna Berg utses att justera protokollet."),
            placed(710.0, 12.0, "§ 12 Ansökan om ekonomiskt bistånd"),
        ],
        vec![
            placed(
                760.0,
                10.0,
                "Zahra Mohammadi, Storgatan 5 i Norrvik, har ansökt om ekonomiskt bistånd.",
            ),
            placed(
                740.0,
                10.0,
                "Socialnämnden beslutar att bevilja ansökan om bistånd.",
            ),
        ],
    ]);
    let doc = read(&bytes);
    let c = secrecy(&doc);
    assert!(
        c.text.starts_with("Zahra Mohammadi") && c.text.ends_with("ansökan om bistånd."),
        "{:?}",
        c.text
    );
    assert_eq!(c.location.page, 2);
}

#[test]
fn the_highlight_of_the_secrecy_suggestion_holds_the_body_and_no_running_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("protokoll.pdf");
    std::fs::write(&path, last_section_over_a_page_break()).expect("write");
    let rulebook = Arc::new(Rulebook::embedded().expect("rulebook"));
    let store = Store::new(dir.path().join("data"));
    let ws = Workspace::open(&path, rulebook, store, "Linnea", &mut |_| {}).expect("opens");
    let overview = ws.overview();
    let view = overview
        .candidates
        .iter()
        .find(|c| c.candidate.rule == "sekretess")
        .expect("a secrecy suggestion");
    let inside = |page: u32, r: &ingest::Rect| {
        let (x, y) = ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
        view.boxes
            .iter()
            .any(|b| b.page == page && x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1)
    };
    let doc = ws.document();
    let body_from = doc
        .paragraphs
        .iter()
        .position(|p| p.text.starts_with("Zahra"))
        .expect("body");
    for (index, p) in doc.paragraphs.iter().enumerate() {
        for (c, origin) in p.text.chars().zip(&p.origins) {
            let Origin::Pdf(g) = origin else { continue };
            if c.is_whitespace() {
                continue;
            }
            let body = index >= body_from && !p.running;
            assert_eq!(inside(g.page, &g.bbox), body, "{c:?} of {:?}", p.text);
        }
    }
    assert!(view.boxes.iter().any(|b| b.page == 1) && view.boxes.iter().any(|b| b.page == 2));
}

#[test]
fn a_list_of_granted_permits_continued_past_a_page_break_keeps_its_properties() {
    let paragraphs: Vec<String> = [
        "ANSLAGSTAVLA",
        "UNDERRÄTTELSE OM BEVILJADE LOV (8 kap. plan- och byggförordningen) Nämnden har beviljat följande lov.",
        "Justerandes signatur",
        "Sida 2 (2)",
        "Nöbbeshög – bygglov för nybyggnad av enbostadshus, Nöbbeshög 7:14 (SBN 2026/0366)",
        "Sillevik – strandskyddsdispens för brygga, Sillevik 5:14 (SBN 2026/0391)",
    ]
    .map(String::from)
    .to_vec();
    let mut doc = Document::from_plain_paragraphs(&paragraphs);
    doc.paragraphs[2].running = true;
    doc.paragraphs[3].running = true;
    let found = scan(&doc, &Rulebook::embedded().expect("rulebook"));
    let properties: Vec<(&str, maskera::detect::Suggestion)> = found
        .iter()
        .filter(|c| c.rule == "fastighetsbeteckning")
        .map(|c| (c.text.as_str(), c.suggestion))
        .collect();
    assert_eq!(
        properties,
        [
            ("Nöbbeshög 7:14", maskera::detect::Suggestion::Keep),
            ("Sillevik 5:14", maskera::detect::Suggestion::Keep)
        ]
    );
}
