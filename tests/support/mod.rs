//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod align;
pub mod corpus;
pub mod docx;
pub mod protocol_files;
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

/// The file's bytes and every stream and string decompressed, each read as Latin-1,
/// UTF-8 and UTF-16BE: an independent look at what any tool could pull out of a PDF.
pub fn readable_text(bytes: &[u8]) -> String {
    use lopdf::Object;
    let mut chunks: Vec<Vec<u8>> = vec![bytes.to_vec()];
    if let Ok(pdf) = lopdf::Document::load_mem(bytes) {
        for object in pdf.objects.values() {
            collect_strings(object, &mut chunks);
            if let Object::Stream(s) = object {
                let data = s.decompressed_content().unwrap_or(s.content.clone());
                if let Ok(content) = lopdf::content::Content::decode(&data) {
                    for op in &content.operations {
                        op.operands
                            .iter()
                            .for_each(|o| collect_strings(o, &mut chunks));
                    }
                }
                chunks.push(data);
            }
        }
    }
    let mut out = String::new();
    for chunk in chunks {
        out.extend(chunk.iter().map(|&b| b as char));
        out.push(' ');
        out.push_str(&String::from_utf8_lossy(&chunk));
        out.push(' ');
        for skip in [0, 1] {
            let units: Vec<u16> = chunk[skip.min(chunk.len())..]
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            out.push_str(&String::from_utf16_lossy(&units));
            out.push(' ');
        }
    }
    out
}

fn collect_strings(object: &lopdf::Object, out: &mut Vec<Vec<u8>>) {
    use lopdf::Object;
    match object {
        Object::String(b, _) | Object::Name(b) => out.push(b.clone()),
        Object::Array(items) => items.iter().for_each(|i| collect_strings(i, out)),
        Object::Dictionary(d) => d.iter().for_each(|(k, v)| {
            out.push(k.clone());
            collect_strings(v, out)
        }),
        Object::Stream(s) => s.dict.iter().for_each(|(_, v)| collect_strings(v, out)),
        _ => {}
    }
}

/// Text masks over every occurrence of `value` in a document (rule `namn`).
pub fn masks_over(doc: &maskera::ingest::Document, value: &str) -> Vec<maskera::review::Mask> {
    let mut out = Vec::new();
    for (index, p) in doc.paragraphs.iter().enumerate() {
        for (byte, _) in p.text.match_indices(value) {
            let start = p.text[..byte].chars().count();
            out.push(maskera::review::Mask {
                rule: "namn".into(),
                paragraph: index,
                start,
                end_paragraph: index,
                end: start + value.chars().count(),
                kind: maskera::review::MaskKind::Text,
            });
        }
    }
    out
}

/// The masks of every suggestion of the embedded rulebook (what `export` does without a
/// decisions file).
pub fn suggested_masks(doc: &maskera::ingest::Document) -> Vec<maskera::review::Mask> {
    let rulebook = maskera::detect::Rulebook::embedded().expect("rulebook");
    let (structure, candidates) = maskera::detect::scan_with_structure(doc, &rulebook);
    maskera::review::resolve(doc, &structure, &candidates, &Default::default(), &rulebook)
        .expect("the suggestions resolve")
}
