//! PDF ingest on generated protocols: text, order and source positions.

mod support;
use support::protocol_pdf::{page_lines, protocol_pdf};

use maskera::ingest::{ingest_bytes, Format, HiddenKind, Origin};

/// A paragraph's text with its hidden line-end hyphens put back where they stood.
fn with_hidden_hyphens(p: &maskera::ingest::Paragraph) -> String {
    let mut chars: Vec<char> = p.text.chars().collect();
    for h in p.hidden.iter().rev() {
        assert_eq!(h.kind, HiddenKind::LineEndHyphen);
        chars.splice(h.at..h.at, h.text.chars());
    }
    chars.into_iter().collect()
}

#[test]
fn generated_protocol_reads_back_every_character_in_order() {
    let bytes = protocol_pdf(3);
    let doc = ingest_bytes(&bytes, "pdf").expect("generated PDF must ingest");
    assert_eq!(doc.format, Format::Pdf);
    assert_eq!(doc.pages, 3);
    let ours: String = doc.paragraphs.iter().map(with_hidden_hyphens).collect();
    let expected: String = (0..3).flat_map(page_lines).map(|(_, l)| l).collect();
    let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(strip(&ours), strip(&expected));
    // The generated lines break at spaces only: the hyphens at their ends belong to the
    // text ("Miljö-" "och byggnämnden"), and none is hidden.
    let hyphens: usize = doc.paragraphs.iter().map(|p| p.hidden.len()).sum();
    assert_eq!(hyphens, 0, "no line-end hyphen of the text is hidden");
    assert!(doc
        .paragraphs
        .iter()
        .any(|p| p.text.contains("Miljö- och byggnämnden")));
}

#[test]
fn every_pdf_character_maps_to_a_glyph_on_its_page() {
    let bytes = protocol_pdf(2);
    let doc = ingest_bytes(&bytes, "pdf").expect("generated PDF must ingest");
    for p in &doc.paragraphs {
        assert_eq!(p.text.chars().count(), p.origins.len());
        for (c, o) in p.text.chars().zip(&p.origins) {
            match o {
                Origin::Pdf(g) => {
                    assert_eq!(g.page, p.page);
                    assert!(
                        g.bbox.x1 > g.bbox.x0 && g.bbox.y1 > g.bbox.y0,
                        "{c} has an empty box"
                    );
                    assert!(g.bbox.x0 >= 0.0 && g.bbox.x1 <= 595.0);
                }
                Origin::Synthetic => assert_eq!(c, ' '),
                Origin::Docx(_) => panic!("PDF text with a DOCX origin"),
            }
        }
    }
}

/// Overwrites every xref offset with garbage of the same length.
fn break_xref(pdf: &[u8]) -> Vec<u8> {
    let mut out = pdf.to_vec();
    let start = pdf
        .windows(4)
        .rposition(|w| w == b"xref")
        .expect("has xref");
    let mut i = start;
    while i + 20 <= out.len() && &out[i..i + 7] != b"trailer" {
        if out[i..i + 10].iter().all(u8::is_ascii_digit) && out[i + 10] == b' ' {
            out[i..i + 10].copy_from_slice(b"0000000007");
        }
        i += 1;
    }
    out
}

#[test]
fn a_pdf_with_a_broken_xref_table_is_repaired_and_read() {
    let broken = break_xref(&protocol_pdf(2));
    let doc = ingest_bytes(&broken, "pdf").expect("a broken xref is rebuilt, not refused");
    assert_eq!(doc.pages, 2);
    assert!(doc
        .paragraphs
        .iter()
        .any(|p| p.text.contains("Per-Erik Ström")));
}

#[test]
fn generated_protocol_reads_the_same_words_as_pdftotext() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("protokoll.pdf");
    std::fs::write(&path, protocol_pdf(5)).expect("write");
    let doc = maskera::ingest::ingest_path(&path).expect("ingest");
    let reference = support::pdftotext_words(&path);
    support::assert_same_words(
        &joined_as_pdftotext(&support::document_words(&doc), &reference),
        &reference,
        "generated protocol",
    );
}

/// Our words with "Miljö-" "och" run together where `pdftotext` runs them together: it
/// drops every hyphen at a line end, also one of the text's own before a conjunction,
/// which Maskera keeps.
fn joined_as_pdftotext(ours: &[String], reference: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ours.len() {
        if let (Some(head), Some(next)) = (ours[i].strip_suffix('-'), ours.get(i + 1)) {
            let joined = format!("{head}{next}");
            if reference.get(out.len()) == Some(&joined) {
                out.push(joined);
                i += 2;
                continue;
            }
        }
        out.push(ours[i].clone());
        i += 1;
    }
    out
}
