//! Generates protocol-like PDFs of any length for tests and benchmarks.
//!
//! The pages are written with lopdf directly: Helvetica (a standard font, WinAnsi), a
//! heading, an attendance block and numbered §§ with wrapped body text, the way a
//! meeting-management system prints a protocol. Fictional people only; personnummer are
//! Skatteverket test numbers.

#![allow(dead_code)]

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

/// Fictional names used in the generated text.
const PEOPLE: &[&str] = &[
    "Karin Lund",
    "Per-Erik Ström",
    "Aino Pokka",
    "Ahmed Yusuf Hassan",
    "Märta Lindqvist",
    "Jörgen Åkesson",
];

/// Body sentences; `{n}` is replaced by a person, `{p}` by a test personnummer.
const SENTENCES: &[&str] = &[
    "Miljö- och byggnämnden har tagit emot en ansökan om bygglov för tillbyggnad av enbostadshus.",
    "Sökande är {n}, personnummer {p}, som äger fastigheten sedan flera år.",
    "Förvaltningen bedömer att åtgärden är förenlig med detaljplanen och föreslår bifall.",
    "Nämnden har vid tillsyn konstaterat att avloppsanläggningen inte uppfyller kraven.",
    "Ärendet föredras av handläggaren som redogör för de synpunkter som har kommit in.",
    "Beslutet kan överklagas till länsstyrelsen inom tre veckor från den dag då klaganden fick del av det.",
];

const PERSONNUMMER: &[&str] = &["19121212-1212", "199001019802", "460829-9986"];

/// Text lines of page `n` (0-based) of a generated protocol.
pub fn page_lines(n: usize) -> Vec<(f32, String)> {
    let mut lines = vec![(16.0, format!("Sammanträdesprotokoll sida {}", n + 1))];
    for section in 0..4 {
        let number = 100 + n * 4 + section;
        lines.push((
            12.0,
            format!("§ {number} Bygglov för tillbyggnad, Dnr MBN 2026/{number:04}"),
        ));
        let mut body = String::new();
        for k in 0..6 {
            let s = SENTENCES[(n + section + k) % SENTENCES.len()]
                .replace("{n}", PEOPLE[(n + k) % PEOPLE.len()])
                .replace("{p}", PERSONNUMMER[(n + section) % PERSONNUMMER.len()]);
            body.push_str(&s);
            body.push(' ');
        }
        for line in wrap(&body, 95) {
            lines.push((10.0, line));
        }
    }
    lines
}

/// Greedy word wrap at `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + word.chars().count() + 1 > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

/// WinAnsi bytes for a string of Latin-1 text (§ å ä ö é … are all in Latin-1).
pub fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '–' => 0x96,
            c if (c as u32) < 256 => c as u8,
            _ => b'?',
        })
        .collect()
}

/// Builds a PDF of `pages` protocol pages; returns its bytes.
pub fn protocol_pdf(pages: usize) -> Vec<u8> {
    let pages: Vec<Vec<(f32, String)>> = (0..pages).map(page_lines).collect();
    pdf_from_lines(&pages)
}

/// A piece of text at a position (points from the bottom-left corner of an A4 page).
#[derive(Debug, Clone)]
pub struct Placed {
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub text: String,
}

/// Builds a PDF where each page shows the given (font size, text) lines top-down.
pub fn pdf_from_lines(pages: &[Vec<(f32, String)>]) -> Vec<u8> {
    let placed: Vec<Vec<Placed>> = pages.iter().map(|lines| place_lines(lines)).collect();
    pdf_from_placed(&placed)
}

/// Lays lines out top-down at the left margin, headings with extra space above.
fn place_lines(lines: &[(f32, String)]) -> Vec<Placed> {
    let mut y = 800.0;
    lines
        .iter()
        .map(|(size, text)| {
            y -= size * 1.25 + if *size > 10.0 { 8.0 } else { 0.0 };
            Placed {
                x: 50.0,
                y,
                size: *size,
                text: text.clone(),
            }
        })
        .collect()
}

/// The pages with a running header ("Sammanträdesprotokoll" on the left, "Sida n (N)" on
/// the right) and footer ("Justerandes signatur") at the same places on every page, as a
/// word processor repeats them.
pub fn with_running_lines(pages: Vec<Vec<Placed>>) -> Vec<Vec<Placed>> {
    let count = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(n, mut page)| {
            for (x, y, text) in [
                (50.0, 800.0, "Sammanträdesprotokoll".to_string()),
                (480.0, 800.0, format!("Sida {} ({count})", n + 1)),
                (50.0, 40.0, "Justerandes signatur".to_string()),
            ] {
                page.push(Placed {
                    x,
                    y,
                    size: 9.0,
                    text,
                });
            }
            page
        })
        .collect()
}

/// Builds a PDF where each page shows the given pieces of text.
pub fn pdf_from_placed(pages: &[Vec<Placed>]) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids: Vec<Object> = Vec::new();
    for pieces in pages {
        let content = page_content(pieces);
        let Ok(encoded) = content.encode() else {
            continue;
        };
        let content_id = doc.add_object(Stream::new(dictionary! {}, encoded));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(page_id.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    if doc.save_to(&mut bytes).is_err() {
        return Vec::new();
    }
    bytes
}

fn page_content(pieces: &[Placed]) -> Content {
    let mut ops = vec![Operation::new("BT", vec![])];
    for p in pieces {
        ops.push(Operation::new("Tf", vec!["F1".into(), p.size.into()]));
        ops.push(Operation::new(
            "Tm",
            vec![
                1.into(),
                0.into(),
                0.into(),
                1.into(),
                p.x.into(),
                p.y.into(),
            ],
        ));
        ops.push(Operation::new(
            "Tj",
            vec![Object::string_literal(win_ansi(&p.text))],
        ));
    }
    ops.push(Operation::new("ET", vec![]));
    Content { operations: ops }
}

/// Helvetica with WinAnsiEncoding, as most generated test pages use it.
pub fn helvetica() -> lopdf::Dictionary {
    dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    }
}

/// A one-page A4 document showing `ops` with `font` as /F1 and `extra` resources (built
/// with the document at hand, e.g. an image XObject); returns it with its catalog and page
/// ids, for a test to change before [`save`].
pub fn one_page_document(
    font: lopdf::Dictionary,
    ops: Vec<Operation>,
    extra: impl FnOnce(&mut Document) -> lopdf::Dictionary,
) -> (Document, lopdf::ObjectId, lopdf::ObjectId) {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(font);
    let encoded = Content { operations: ops }.encode().unwrap_or_default();
    let content = doc.add_object(Stream::new(dictionary! {}, encoded));
    let mut resources = extra(&mut doc);
    resources.set("Font", dictionary! { "F1" => font });
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content,
        "Resources" => resources,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    (doc, catalog, page)
}

/// The document's bytes (empty if lopdf cannot write it, which fails the test that reads).
pub fn save(mut doc: Document) -> Vec<u8> {
    let mut bytes = Vec::new();
    let _ = doc.save_to(&mut bytes);
    bytes
}

/// A one-page Helvetica PDF from raw content operations (font `/F1`).
pub fn one_page(ops: Vec<Operation>) -> Vec<u8> {
    save(one_page_document(helvetica(), ops, |_| lopdf::Dictionary::new()).0)
}

/// A scan without a text layer: one A4 page that is only a (grey) image, no text at all.
pub fn scanned_pdf() -> Vec<u8> {
    let ops = vec![
        Operation::new("q", vec![]),
        Operation::new(
            "cm",
            vec![
                495.into(),
                0.into(),
                0.into(),
                742.into(),
                50.into(),
                50.into(),
            ],
        ),
        Operation::new("Do", vec!["Im1".into()]),
        Operation::new("Q", vec![]),
    ];
    let (doc, _, _) = one_page_document(helvetica(), ops, |doc| {
        let pixels: Vec<u8> = (0..64u8).map(|i| 128 + i).collect();
        let image = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => 8, "Height" => 8,
                "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            },
            pixels,
        ));
        dictionary! { "XObject" => dictionary! { "Im1" => image } }
    });
    save(doc)
}
