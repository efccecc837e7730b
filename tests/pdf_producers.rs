//! Text fidelity on PDFs from real producers (LibreOffice, reportlab, MuPDF) and special
//! cases (Form XObject, incremental update, encryption, scanned page, damage). The fixtures
//! and the script that made them are in tests/fixtures/pdf/.

mod support;

use maskera::ingest::{ingest_path, Document, Problem};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pdf")
        .join(name)
}

fn read(name: &str) -> Document {
    ingest_path(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn full_text(doc: &Document) -> String {
    doc.paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Our words equal pdftotext's words on the same file, in the same order.
fn assert_reads_like_pdftotext(name: &str) -> Document {
    let doc = read(name);
    support::assert_same_words(
        &support::document_words(&doc),
        &support::pdftotext_words(&fixture(name)),
        name,
    );
    doc
}

#[test]
fn libreoffice_pdf_reads_like_pdftotext() {
    let doc = assert_reads_like_pdftotext("libreoffice.pdf");
    let text = full_text(&doc);
    for word in ["å", "ä", "ö"] {
        assert!(text.contains(word), "Swedish letter {word} read");
    }
}

#[test]
fn reportlab_pdf_reads_like_pdftotext() {
    let doc = assert_reads_like_pdftotext("reportlab.pdf");
    let text = full_text(&doc);
    assert!(
        text.contains("Officiell skrivelse från Raflesia-föreningen."),
        "ligatures read as letters"
    );
}

#[test]
fn pymupdf_identity_h_pdf_reads_like_pdftotext() {
    let doc = assert_reads_like_pdftotext("pymupdf.pdf");
    assert!(!full_text(&doc).contains('\u{FFFD}'), "every glyph decoded");
}

#[test]
fn form_xobject_pdf_reads_like_pdftotext() {
    assert_reads_like_pdftotext("form-xobject.pdf");
}

#[test]
fn incremental_update_shows_the_last_revision() {
    assert_reads_like_pdftotext("incremental.pdf");
}

#[test]
fn a_pdf_encrypted_with_an_empty_user_password_opens() {
    assert_reads_like_pdftotext("encrypted-empty-password.pdf");
}

#[test]
fn a_pdf_encrypted_by_reportlab_with_rc4_and_an_empty_password_opens() {
    let doc = assert_reads_like_pdftotext("encrypted-rc4-empty-password.pdf");
    assert!(full_text(&doc).contains("Åsa Öberg"));
}

#[test]
fn a_pdf_with_an_unknown_password_is_refused_clearly() {
    let err = ingest_path(&fixture("encrypted-password.pdf")).expect_err("must be refused");
    assert_eq!(err.problem, Problem::Encrypted);
    assert!(err.to_string().contains("password-protected"));
}

#[test]
fn a_scanned_page_is_named_in_a_warning() {
    let doc = read("scanned.pdf");
    let pages: Vec<u32> = doc
        .warnings
        .iter()
        .filter(|w| w.code == "no_text_layer")
        .filter_map(|w| w.page)
        .collect();
    assert_eq!(pages, [1], "{:?}", doc.warnings);
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.message.contains("saknar textlager — skannad?")));
}

#[test]
fn a_broken_xref_table_is_rebuilt() {
    assert_reads_like_pdftotext("broken-xref.pdf");
}
