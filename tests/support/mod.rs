//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod protocol_pdf;

use std::path::Path;
use std::process::Command;

/// The words `pdftotext` (poppler, default mode) reads from a PDF, in its order.
/// `scripts/install-deps` installs it; a missing binary fails the test loudly.
pub fn pdftotext_words(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext is needed (scripts/install-deps installs it): {e}"));
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    words(&String::from_utf8_lossy(&out.stdout))
}

/// Splits text into words on whitespace; form feeds (page breaks) are whitespace too.
/// Latin ligature characters, which pdftotext passes through and Maskera reads as their
/// letters ("ﬁ" → "fi"), are compared as letters.
pub fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(expand_ligatures).collect()
}

fn expand_ligatures(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out
}

/// The words of an ingested document, paragraphs in reading order.
pub fn document_words(doc: &maskera::ingest::Document) -> Vec<String> {
    doc.paragraphs.iter().flat_map(|p| words(&p.text)).collect()
}

/// Panics with the first difference between two word sequences, with context.
pub fn assert_same_words(ours: &[String], reference: &[String], what: &str) {
    let first = ours
        .iter()
        .zip(reference)
        .position(|(a, b)| a != b)
        .or_else(|| (ours.len() != reference.len()).then(|| ours.len().min(reference.len())));
    if let Some(i) = first {
        let from = i.saturating_sub(8);
        panic!(
            "{what}: words differ at {i} (ours {} words, reference {}):\n ours: {:?}\n  ref: {:?}",
            ours.len(),
            reference.len(),
            &ours[from..(i + 8).min(ours.len())],
            &reference[from..(i + 8).min(reference.len())],
        );
    }
}
