//! Reading order on pages that are not one plain column: two columns under a heading,
//! a table, text drawn out of order. Checked against `pdftotext` on the same file.

mod support;
use support::protocol_pdf::{pdf_from_placed, Placed};

use maskera::ingest::ingest_path;

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
