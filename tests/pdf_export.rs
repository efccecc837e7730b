//! Export from PDF: masked glyphs are gone from the content, the gap does not depend on
//! the masked text, everything else stays where it was and readable.

mod support;

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document as PdfDocument, Object, Stream};
use maskera::export::{self, MASK_WIDTH_EM, PLACEHOLDER};
use maskera::ingest::{self, Document, Origin};
use maskera::review::{Mask, MaskKind};
use support::protocol_pdf::{helvetica, one_page, one_page_document, save, win_ansi};
use support::protocol_pdf::{pdf_from_placed, with_running_lines, Placed};

fn text_line(x: f32, y: f32, word_spacing: f32, text: &str) -> Vec<Operation> {
    vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
        Operation::new("Tw", vec![word_spacing.into()]),
        Operation::new("Td", vec![x.into(), y.into()]),
        Operation::new("Tj", vec![Object::string_literal(win_ansi(text))]),
        Operation::new("ET", vec![]),
    ]
}

/// A text mask over every occurrence of `value` (there is at least one).
fn masks_of(doc: &Document, value: &str) -> Vec<Mask> {
    let out = support::masks_over(doc, value);
    assert!(!out.is_empty(), "{value:?} is not in the document");
    out
}

fn export_masking(bytes: &[u8], values: &[&str]) -> (Document, Vec<u8>) {
    let doc = ingest::ingest_bytes(bytes, "pdf").expect("input reads");
    let masks: Vec<Mask> = values.iter().flat_map(|v| masks_of(&doc, v)).collect();
    let out = export::export_pdf(&doc, bytes, &masks).expect("export succeeds");
    (doc, out.pdf)
}

/// Every shown character of a document with its box, in reading order.
fn glyphs(doc: &Document) -> Vec<(char, [f32; 4])> {
    doc.paragraphs
        .iter()
        .flat_map(|p| p.text.chars().zip(&p.origins))
        .filter_map(|(c, o)| match o {
            Origin::Pdf(o) => Some((c, [o.bbox.x0, o.bbox.y0, o.bbox.x1, o.bbox.y1])),
            _ => None,
        })
        .collect()
}

fn reread(bytes: &[u8]) -> Document {
    ingest::ingest_bytes(bytes, "pdf").expect("output reads")
}

fn close(a: &[f32; 4], b: &[f32; 4]) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.02)
}

/// The justified protocol line of the width-leak test with `name` in it: the word spacing
/// fills the line to the same right margin whatever the name, as Word's justification does.
fn justified_protocol(name: &str) -> Vec<u8> {
    let line = format!("Sökande {name} har ansökt om bygglov för ett garage på fastigheten.");
    let spaces = line.matches(' ').count() as f32;
    let natural = line.chars().count() as f32 * 11.0 * 0.5;
    let word_spacing = (495.0 - natural) / spaces;
    let mut ops = text_line(50.0, 760.0, 0.0, "Miljö- och byggnämnden, § 21 Bygglov");
    ops.extend(text_line(50.0, 740.0, word_spacing, &line));
    ops.extend(text_line(
        50.0,
        720.0,
        0.0,
        "Beslutet kan överklagas till länsstyrelsen.",
    ));
    one_page(ops)
}

#[test]
fn masked_names_of_very_different_widths_leave_identical_glyph_positions() {
    let short = justified_protocol("Li Wu");
    let long = justified_protocol("Maximiliana Österberg-Åkesson");
    let (_, short_out) = export_masking(&short, &["Li Wu"]);
    let (_, long_out) = export_masking(&long, &["Maximiliana Österberg-Åkesson"]);
    let (a, b) = (glyphs(&reread(&short_out)), glyphs(&reread(&long_out)));
    assert_eq!(
        a.iter().map(|g| g.0).collect::<String>(),
        b.iter().map(|g| g.0).collect::<String>()
    );
    for (ga, gb) in a.iter().zip(&b) {
        assert!(
            close(&ga.1, &gb.1),
            "{:?} at {:?} vs {:?}",
            ga.0,
            ga.1,
            gb.1
        );
    }
    // The inputs did differ: the long name pushed the justified line's words.
    let (ia, ib) = (glyphs(&reread(&short)), glyphs(&reread(&long)));
    let after = |g: &[(char, [f32; 4])]| {
        g.iter()
            .find(|(c, b)| *c == 'h' && (b[1] - 740.0).abs() < 5.0)
            .map(|x| x.1[0])
    };
    assert!((after(&ia).unwrap_or(0.0) - after(&ib).unwrap_or(0.0)).abs() > 50.0);
}

#[test]
fn text_after_a_mask_moves_by_the_fixed_mask_width_and_other_lines_stay_put() {
    let mut ops = text_line(
        50.0,
        760.0,
        0.0,
        "Sökande: Jörgen Åkesson, Storgatan 5, Norrvik.",
    );
    ops.extend(text_line(
        50.0,
        740.0,
        0.0,
        "Ansökan avser en tillbyggnad om 28 kvadratmeter.",
    ));
    let input = one_page(ops);
    let (doc, out) = export_masking(&input, &["Jörgen Åkesson"]);
    let before = glyphs(&doc);
    let after = glyphs(&reread(&out));
    let start_of_name = before
        .iter()
        .find(|(c, _)| *c == 'J')
        .map(|g| g.1[0])
        .expect("name in input");
    let comma = after
        .iter()
        .find(|(c, _)| *c == ',')
        .map(|g| g.1[0])
        .expect("comma in output");
    assert!(
        (comma - (start_of_name + MASK_WIDTH_EM * 11.0)).abs() < 0.05,
        "{comma}"
    );
    // "Sökande:" before the mask and the whole second line are exactly where they were.
    for (g, h) in before.iter().take(8).zip(&after) {
        assert!(g.0 == h.0 && close(&g.1, &h.1), "{g:?} moved to {h:?}");
    }
    let second = |gs: &[(char, [f32; 4])]| -> Vec<(char, [f32; 4])> {
        gs.iter().filter(|g| g.1[1] < 745.0).cloned().collect()
    };
    let (b2, a2) = (second(&before), second(&after));
    assert_eq!(b2.len(), a2.len());
    assert!(b2
        .iter()
        .zip(&a2)
        .all(|(g, h)| g.0 == h.0 && close(&g.1, &h.1)));
}

#[test]
fn the_masked_value_is_not_extractable_but_the_rest_of_the_line_is() {
    let input = one_page(text_line(
        50.0,
        760.0,
        0.0,
        "Sökande: Jörgen Åkesson, Storgatan 5, Norrvik.",
    ));
    let (_, out) = export_masking(&input, &["Jörgen Åkesson"]);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ut.pdf");
    std::fs::write(&path, &out).expect("writes");
    let words = support::pdftotext_words(&path).join(" ");
    assert_eq!(
        words,
        format!("Sökande: {PLACEHOLDER}, Storgatan 5, Norrvik.")
    );
}

#[test]
fn glyphs_split_over_tj_pieces_with_kerning_are_removed_and_kept_text_stays() {
    let array: Vec<Object> = vec![
        Object::string_literal(win_ansi("Klagande Ma")),
        Object::Integer(-30),
        Object::string_literal(win_ansi("ria Lindqvi")),
        Object::Integer(15),
        Object::string_literal(win_ansi("st överklagar beslutet.")),
    ];
    let input = one_page(vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
        Operation::new("Tc", vec![0.3.into()]),
        Operation::new("Td", vec![50.into(), 760.into()]),
        Operation::new("TJ", vec![Object::Array(array)]),
        Operation::new("ET", vec![]),
    ]);
    let (_, out) = export_masking(&input, &["Maria Lindqvist"]);
    let words = support::document_words(&reread(&out)).join(" ");
    assert_eq!(
        words,
        format!("Klagande {PLACEHOLDER} överklagar beslutet.")
    );
}

#[test]
fn text_in_a_form_xobject_is_masked_where_the_form_is_drawn() {
    let bytes = std::fs::read("tests/fixtures/pdf/form-xobject.pdf").expect("fixture");
    let (_, out) = export_masking(&bytes, &["Norrvik kommun"]);
    let doc = reread(&out);
    let text: String = doc
        .paragraphs
        .iter()
        .map(|p| p.text.clone() + "\n")
        .collect();
    assert!(!text.contains("Norrvik"), "{text}");
    assert!(text.contains("Justerandes signatur"), "{text}");
    assert!(text.contains("Jörgen Åkesson"), "{text}");
}

#[test]
fn producers_fonts_are_redacted_and_everything_else_stays_extractable() {
    for (file, value) in [
        ("libreoffice.pdf", "Märta Lindqvist"),
        ("reportlab.pdf", "Märta Lindqvist"),
        ("pymupdf.pdf", "Märta Lindqvist"),
        ("encrypted-rc4-empty-password.pdf", "Åsa Öberg"),
        ("encrypted-empty-password.pdf", "19121212-1212"),
    ] {
        let path = format!("tests/fixtures/pdf/{file}");
        let bytes = std::fs::read(&path).expect("fixture");
        let (doc, out) = export_masking(&bytes, &[value]);
        let dir = tempfile::tempdir().expect("temp dir");
        let written = dir.path().join("ut.pdf");
        std::fs::write(&written, &out).expect("writes");
        let theirs = support::pdftotext_words(&written).join(" ");
        assert!(
            !theirs.contains(value),
            "{file}: {value} still in pdftotext output"
        );
        let expected = support::document_words(&doc).join(" ");
        let expected = expected.replace(value, "");
        for word in expected.split_whitespace().filter(|w| w.len() > 3) {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            assert!(theirs.contains(word), "{file}: {word:?} lost");
        }
    }
}

#[test]
fn an_earlier_revision_does_not_survive_the_export() {
    let bytes = std::fs::read("tests/fixtures/pdf/incremental.pdf").expect("fixture");
    assert_eq!(count(&bytes, b"%%EOF"), 2, "the fixture has two revisions");
    let (_, out) = export_masking(&bytes, &["Eva-Lena Berg"]);
    assert_eq!(count(&out, b"%%EOF"), 1);
    assert!(!support::readable_text(&out).contains("Eva-Lena"));
}

fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

#[test]
fn a_page_with_undecodable_text_is_refused_not_half_redacted() {
    // A simple font with no encoding and no ToUnicode, glyph names the reader cannot map.
    let font = dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "XYZSecret",
        "Encoding" => dictionary! { "Type" => "Encoding", "Differences" =>
            vec![65.into(), Object::Name(b"g17".to_vec()), Object::Name(b"g18".to_vec())] },
    };
    let ops = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 11.into()]),
        Operation::new("Td", vec![50.into(), 700.into()]),
        Operation::new("Tj", vec![Object::string_literal("ABAB")]),
        Operation::new("ET", vec![]),
    ];
    let bytes = save(one_page_document(font, ops, |_| lopdf::Dictionary::new()).0);
    let parsed = ingest::ingest_bytes(&bytes, "pdf").expect("reads");
    match export::export_pdf(&parsed, &bytes, &[]) {
        Err(export::ExportError::PageRefused { page: 1, .. }) => {}
        other => panic!("expected page 1 refused, got {other:?}"),
    }
}

/// A page with an uncompressed 40×20 RGB image (all white) under the first text line.
fn pdf_with_image_under_text(text: &str) -> Vec<u8> {
    let mut ops = vec![
        Operation::new("q", vec![]),
        Operation::new(
            "cm",
            vec![
                400.into(),
                0.into(),
                0.into(),
                40.into(),
                40.into(),
                740.into(),
            ],
        ),
        Operation::new("Do", vec!["Im1".into()]),
        Operation::new("Q", vec![]),
    ];
    ops.extend(text_line(50.0, 760.0, 0.0, text));
    let (doc, _, _) = one_page_document(helvetica(), ops, |doc| {
        let image = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => 40, "Height" => 20,
                "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8,
            },
            vec![255u8; 40 * 20 * 3],
        ));
        dictionary! { "XObject" => dictionary! { "Im1" => image } }
    });
    save(doc)
}

/// The samples of the only image in a PDF: (width, height, RGB bytes).
fn only_image(bytes: &[u8]) -> (i64, i64, Vec<u8>) {
    let pdf = PdfDocument::load_mem(bytes).expect("loads");
    let image = pdf
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .find(|s| s.dict.get(b"Subtype").and_then(|n| n.as_name()).ok() == Some(b"Image"))
        .expect("an image");
    let int = |k: &[u8]| image.dict.get(k).and_then(|v| v.as_i64()).unwrap_or(0);
    let data = image
        .decompressed_content()
        .unwrap_or(image.content.clone());
    (int(b"Width"), int(b"Height"), data)
}

#[test]
fn pixels_of_an_image_under_a_mask_are_blanked_in_the_data_and_the_rest_kept() {
    let input = pdf_with_image_under_text("Sökande: Jörgen Åkesson, Storgatan 5.");
    let (_, out) = export_masking(&input, &["Jörgen Åkesson"]);
    let (w, h, data) = only_image(&out);
    assert_eq!((w, h), (40, 20), "the image keeps its size and place");
    let pixel = |x: usize, y: usize| &data[(y * 40 + x) * 3..(y * 40 + x) * 3 + 3];
    // The image spans x 40–440, y 740–780 (10 pt per column, 2 pt per row); the name
    // stands at x ≈ 97–177, y ≈ 758–768: columns 6–13, rows 6–11 from the top.
    assert_eq!(pixel(8, 8), [0, 0, 0], "covered pixels are overwritten");
    assert_eq!(pixel(35, 8), [255, 255, 255], "pixels beside the mask stay");
    assert_eq!(pixel(8, 19), [255, 255, 255], "pixels below the line stay");
}

#[test]
fn a_masked_signature_image_is_gone_from_the_file() {
    let bytes =
        std::fs::read("assets/examples/protokoll-miljo-och-byggnamnden.pdf").expect("example");
    let doc = ingest::ingest_bytes(&bytes, "pdf").expect("reads");
    let rulebook = maskera::detect::Rulebook::embedded().expect("rulebook");
    let signatures: Vec<Mask> = maskera::detect::scan(&doc, &rulebook)
        .into_iter()
        .filter(|c| c.rule == "namnteckning")
        .map(|c| Mask {
            rule: c.rule,
            paragraph: c.location.paragraph,
            start: 0,
            end_paragraph: c.location.paragraph,
            end: 0,
            kind: MaskKind::Image {
                image: c.location.image.expect("an image candidate"),
            },
        })
        .collect();
    assert!(!signatures.is_empty(), "the example has scanned signatures");
    let before = image_sizes(&bytes);
    let out = export::export_pdf(&doc, &bytes, &signatures)
        .expect("exports")
        .pdf;
    let after = image_sizes(&out);
    assert_eq!(
        after.iter().filter(|(w, h)| *w == 1 && *h == 1).count(),
        signatures.len(),
        "each signature is one white pixel now: {before:?} -> {after:?}"
    );
    assert_eq!(after.len(), before.len());
}

fn image_sizes(bytes: &[u8]) -> Vec<(i64, i64)> {
    let pdf = PdfDocument::load_mem(bytes).expect("loads");
    pdf.objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|n| n.as_name()).ok() == Some(b"Image"))
        .map(|s| {
            let int = |k: &[u8]| s.dict.get(k).and_then(|v| v.as_i64()).unwrap_or(0);
            (int(b"Width"), int(b"Height"))
        })
        .collect()
}

#[test]
fn an_underline_under_a_masked_name_is_removed_and_other_lines_stay() {
    // Helvetica at 11 pt: "Sökande: " is 49.5 pt wide, the name 78.9 pt (x 99.5–178.4).
    let mut ops = text_line(50.0, 760.0, 0.0, "Sökande: Jörgen Åkesson, Storgatan 5.");
    let rect = |x: f32, y: f32, w: f32| {
        vec![
            Operation::new("re", vec![x.into(), y.into(), w.into(), 0.6.into()]),
            Operation::new("f", vec![]),
        ]
    };
    ops.extend(rect(99.5, 758.0, 78.9));
    ops.extend(rect(50.0, 700.0, 400.0));
    let input = one_page(ops);
    let (_, out) = export_masking(&input, &["Jörgen Åkesson"]);
    let pdf = PdfDocument::load_mem(&out).expect("loads");
    let page = pdf.get_pages().values().next().copied().expect("a page");
    let content = Content::decode(&pdf.get_page_content(page)).expect("decodes");
    let widths: Vec<f32> = content
        .operations
        .iter()
        .filter(|op| op.operator == "re")
        .filter_map(|op| op.operands.get(2).and_then(|w| w.as_float().ok()))
        .collect();
    assert_eq!(widths, [400.0], "only the long rule is left");
}

#[test]
fn with_labels_each_box_names_its_rule_instead_of_the_placeholder() {
    let input = one_page(text_line(
        50.0,
        760.0,
        0.0,
        "Sökande: Jörgen Åkesson, Storgatan 5, Norrvik.",
    ));
    let doc = ingest::ingest_bytes(&input, "pdf").expect("reads");
    let masks = masks_of(&doc, "Jörgen Åkesson");
    let options = export::PdfOptions { labels: true };
    let out = export::export_pdf_with(&doc, &input, &masks, options).expect("exports");
    let words = support::document_words(&reread(&out.pdf)).join(" ");
    // The label is centred in the box, so the comma after it stands apart.
    assert_eq!(words, "Sökande: namn , Storgatan 5, Norrvik.");
}

#[test]
fn a_generated_multi_page_protocol_exports_with_every_suggestion() {
    let bytes = support::protocol_pdf::protocol_pdf(12);
    let doc = ingest::ingest_bytes(&bytes, "pdf").expect("reads");
    let masks = support::suggested_masks(&doc);
    assert!(masks.len() > 24, "names and personnummer on every page");
    let out = export::export_pdf(&doc, &bytes, &masks).expect("exports");
    let text = support::document_words(&reread(&out.pdf)).join(" ");
    assert!(!text.contains("19121212-1212"), "{text}");
    assert!(
        text.contains("Beslutet kan överklagas till länsstyrelsen"),
        "{text}"
    );
}

/// Two pages with a running header and footer, and a paragraph that runs from the bottom
/// of the first to the top of the second: "... advokaten Anna" / "Berg, Storgatan 5 ...".
fn paragraph_over_a_page_break() -> Vec<u8> {
    let line = |y: f32, size: f32, text: &str| Placed {
        x: 50.0,
        y,
        size,
        text: text.to_string(),
    };
    let first = vec![
        line(760.0, 12.0, "§ 12 Bygglov för tillbyggnad av enbostadshus"),
        line(
            740.0,
            10.0,
            "Miljö- och byggnämnden har tagit emot en ansökan om bygglov för en",
        ),
        line(
            728.0,
            10.0,
            "tillbyggnad av enbostadshus på fastigheten Tallåsen 3:17. Sökande är",
        ),
        line(
            716.0,
            10.0,
            "Märta Lindqvist, som i ärendet företräds av sitt ombud, advokaten Anna",
        ),
    ];
    let second = vec![
        line(
            760.0,
            10.0,
            "Berg, Storgatan 5 i Norrvik. Nämnden beviljar ansökan enligt bilaga.",
        ),
        line(730.0, 12.0, "§ 13 Anmälan av delegationsbeslut"),
    ];
    pdf_from_placed(&with_running_lines(vec![first, second]))
}

#[test]
fn masks_in_a_paragraph_over_a_page_break_are_removed_on_both_pages() {
    let input = paragraph_over_a_page_break();
    let doc = ingest::ingest_bytes(&input, "pdf").expect("input reads");
    let over_the_break = doc
        .paragraphs
        .iter()
        .find(|p| p.text.contains("Anna Berg"))
        .expect("one paragraph over the break");
    assert_eq!((over_the_break.page, over_the_break.last_page), (1, 2));
    // One value on each page, and a name cut in two by the page break.
    let values = ["Märta Lindqvist", "Storgatan 5", "Anna Berg"];
    let (_, out) = export_masking(&input, &values);
    let readable = support::readable_text(&out);
    for leaked in ["Märta", "Lindqvist", "Storgatan", "Anna", "Berg"] {
        assert!(!readable.contains(leaked), "{leaked} is in the output");
    }
    let after = reread(&out);
    let texts: Vec<&str> = after.paragraphs.iter().map(|p| p.text.as_str()).collect();
    let kept = texts
        .iter()
        .find(|t| t.starts_with("Miljö- och byggnämnden"))
        .unwrap_or_else(|| panic!("{texts:?}"));
    assert!(kept.contains("Sökande är"), "{kept}");
    assert!(
        kept.contains("i Norrvik. Nämnden beviljar ansökan enligt bilaga."),
        "{kept}"
    );
    assert!(
        texts.contains(&"§ 13 Anmälan av delegationsbeslut"),
        "{texts:?}"
    );
}
