//! The interpreter follows the whole text and graphics state: every operator that moves
//! glyphs (Tm Td TD T* TL Tc Tw Tz Ts TJ ' " cm q/Q, Form XObjects) is exercised in a raw
//! content stream, and each word's horizontal extent is compared with `pdftotext -bbox`.

mod support;

use lopdf::{dictionary, Document, Object, Stream};
use maskera::ingest::{ingest_path, Origin, Rect, StreamRef};
use std::process::Command;

/// A one-page PDF with a simple font of fixed widths (500, space 250) drawing `content`;
/// `form` (if any) is available as Form XObject /Fm1 with matrix `form_matrix`.
fn pdf_with_content(content: &str, form: Option<(&str, [f32; 6])>) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let widths: Vec<Object> = (32..=255)
        .map(|c| if c == 32 { 250 } else { 500 }.into())
        .collect();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding", "FirstChar" => 32, "LastChar" => 255, "Widths" => widths,
    });
    let mut resources = dictionary! { "Font" => dictionary! { "F1" => font_id } };
    if let Some((form_content, m)) = form {
        let matrix: Vec<Object> = m.iter().map(|&v| v.into()).collect();
        let form_id = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                "Matrix" => matrix, "Resources" => dictionary! { "Font" => dictionary! { "F1" => font_id } },
            },
            latin1(form_content),
        ));
        resources.set("XObject", dictionary! { "Fm1" => form_id });
    }
    let content_id = doc.add_object(Stream::new(dictionary! {}, latin1(content)));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id, "Resources" => resources,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1 },
        ),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("save");
    bytes
}

/// Content streams here are written in WinAnsi, which is Latin-1 for these letters.
fn latin1(text: &str) -> Vec<u8> {
    text.chars().map(|c| c as u8).collect()
}

/// Words with their x extent, as pdftotext -bbox reports them.
fn pdftotext_boxes(path: &std::path::Path) -> Vec<(String, f32, f32)> {
    let out = Command::new("pdftotext")
        .arg("-bbox")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    let html = String::from_utf8_lossy(&out.stdout);
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        line[start..]
            .split('"')
            .next()
            .and_then(|v| v.parse().ok())
            .expect("number")
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let word = l
                .split('>')
                .nth(1)
                .and_then(|w| w.split('<').next())
                .unwrap_or("");
            (word.to_string(), attr(l, "xMin"), attr(l, "xMax"))
        })
        .collect()
}

/// Our words with the x extent of their glyph boxes.
fn our_boxes(path: &std::path::Path) -> Vec<(String, f32, f32)> {
    let doc = ingest_path(path).expect("ingest");
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let mut word = String::new();
        let mut bbox: Option<Rect> = None;
        for (c, o) in p
            .text
            .chars()
            .chain([' '])
            .zip(p.origins.iter().chain([&Origin::Synthetic]))
        {
            // A tab (a gap a tab stop left, or a wide TJ adjustment) ends a word too.
            if c.is_whitespace() {
                if let Some(b) = bbox.take() {
                    out.push((std::mem::take(&mut word), b.x0, b.x1));
                }
                continue;
            }
            word.push(c);
            if let Origin::Pdf(g) = o {
                bbox = Some(bbox.map_or(g.bbox, |b| b.union(&g.bbox)));
            }
        }
    }
    out
}

fn assert_boxes_match(content: &str, form: Option<(&str, [f32; 6])>) -> Vec<(String, f32, f32)> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state.pdf");
    std::fs::write(&path, pdf_with_content(content, form)).expect("write");
    let ours = our_boxes(&path);
    let reference = pdftotext_boxes(&path);
    let words = |v: &[(String, f32, f32)]| v.iter().map(|w| w.0.clone()).collect::<Vec<_>>();
    support::assert_same_words(&words(&ours), &words(&reference), "text state");
    for (o, r) in ours.iter().zip(&reference) {
        assert!(
            (o.1 - r.1).abs() < 0.6 && (o.2 - r.2).abs() < 0.6,
            "word {:?}: ours x {}–{}, pdftotext {}–{}",
            o.0,
            o.1,
            o.2,
            r.1,
            r.2
        );
    }
    ours
}

#[test]
fn text_matrix_and_line_operators_place_words_where_pdftotext_does() {
    assert_boxes_match(
        "BT /F1 12 Tf 1 0 0 1 50 700 Tm (Tm placerar) Tj 14 TL T* (T-stjärna flyttar) Tj \
         0 -20 Td (Td flyttar) Tj 10 -16 TD (TD och ledning) Tj T* (igen) Tj \
         (apostrof) ' ET",
        None,
    );
}

#[test]
fn character_word_and_horizontal_scaling_move_the_following_glyphs() {
    assert_boxes_match(
        "BT /F1 10 Tf 50 700 Td 2 Tc (glest satt) Tj 0 Tc 0 -20 Td 6 Tw (ord med luft) Tj 0 Tw \
         0 -20 Td 150 Tz (breda bokstäver) Tj 100 Tz 0 -20 Td 4 1 (citattecken) \" ET",
        None,
    );
}

#[test]
fn tj_adjustments_shift_glyphs_and_large_ones_split_words() {
    assert_boxes_match(
        "BT /F1 11 Tf 50 700 Td [(Kern) 120 (ing) -40 (en)] TJ 0 -20 Td [(Lind) -1500 (qvist)] TJ ET",
        None,
    );
}

#[test]
fn rise_does_not_move_a_superscript_off_its_line() {
    let words = assert_boxes_match(
        "BT /F1 10 Tf 50 700 Td (Fotnot) Tj 4 Ts (1) Tj 0 Ts ( slut) Tj ET",
        None,
    );
    assert!(words.iter().any(|w| w.0 == "Fotnot1"), "{words:?}");
}

#[test]
fn cm_inside_q_scales_text_and_q_restores_it() {
    assert_boxes_match(
        "q 2 0 0 2 20 0 cm BT /F1 8 Tf 20 340 Td (dubbel storlek) Tj ET Q \
         BT /F1 10 Tf 50 600 Td (vanlig storlek) Tj ET",
        None,
    );
}

#[test]
fn form_xobject_text_is_read_with_its_matrix_and_mapped_to_the_form_stream() {
    let form = "BT /F1 10 Tf 0 0 Td (i formuläret) Tj ET";
    assert_boxes_match(
        "BT /F1 10 Tf 50 700 Td (på sidan) Tj ET q 1 0 0 1 0 0 cm /Fm1 Do Q",
        Some((form, [1.0, 0.0, 0.0, 1.0, 80.0, 600.0])),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("form.pdf");
    let page = "BT /F1 10 Tf 50 700 Td (på sidan) Tj ET /Fm1 Do";
    std::fs::write(
        &path,
        pdf_with_content(page, Some((form, [1.0, 0.0, 0.0, 1.0, 80.0, 600.0]))),
    )
    .expect("write");
    let doc = ingest_path(&path).expect("ingest");
    let in_form = doc
        .paragraphs
        .iter()
        .find(|p| p.text == "i formuläret")
        .expect("form text read");
    match &in_form.origins[0] {
        Origin::Pdf(g) => {
            assert!(matches!(g.stream, StreamRef::Form { .. }), "{:?}", g.stream);
            assert_eq!(
                (g.op, g.glyph),
                (3, 0),
                "Tj is the fourth operation of the form"
            );
            assert!((g.bbox.x0 - 80.0).abs() < 0.01);
        }
        other => panic!("unexpected origin {other:?}"),
    }
}

#[test]
fn a_form_that_paints_itself_is_refused_without_hanging() {
    // /Fm1 in its own resources would recurse forever without the loop guard.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("loop.pdf");
    let mut doc = lopdf::Document::load_mem(&pdf_with_content(
        "/Fm1 Do",
        Some(("/Fm1 Do", [1.0, 0.0, 0.0, 1.0, 0.0, 0.0])),
    ))
    .expect("load");
    let form_id = doc
        .objects
        .iter()
        .find(|(_, o)| o.as_stream().is_ok_and(|s| s.dict.has(b"BBox")))
        .map(|(id, _)| *id)
        .expect("form");
    if let Ok(Object::Stream(s)) = doc.get_object_mut(form_id) {
        s.dict.set(
            "Resources",
            dictionary! { "XObject" => dictionary! { "Fm1" => form_id } },
        );
    }
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("save");
    std::fs::write(&path, bytes).expect("write");
    let doc = ingest_path(&path).expect("a looping form is not fatal");
    assert!(
        doc.warnings.iter().any(|w| w.message.contains("slinga")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn letter_spaced_glyphs_placed_one_by_one_stay_one_word() {
    // What a PostScript round trip makes of Tc: every letter placed with its own gap.
    assert_boxes_match(
        "BT /F1 10 Tf 50 700 Td [(G) -150 (l) -150 (e) -150 (s) -150 (t) -700 (s) -150 (a) -150 (t) -150 (t)] TJ ET",
        None,
    );
}

#[test]
fn a_superscript_moved_up_by_td_stays_on_its_line() {
    let words = assert_boxes_match(
        "BT /F1 10 Tf 50 700 Td (Fotnot) Tj 30 4 Td (1) Tj 10 -4 Td (slut) Tj ET",
        None,
    );
    assert_eq!(words.first().map(|w| w.0.as_str()), Some("Fotnot1"));
}

#[test]
fn glyphs_no_map_can_read_are_shown_as_replacement_characters_with_a_page_warning() {
    let mut doc = lopdf::Document::load_mem(&pdf_with_content(
        "BT /F1 10 Tf 50 700 Td (ABC) Tj ET",
        None,
    ))
    .expect("load");
    let font_id = doc
        .objects
        .iter()
        .find(|(_, o)| o.as_dict().is_ok_and(|d| d.has(b"BaseFont")))
        .map(|(id, _)| *id)
        .expect("font");
    if let Ok(Object::Dictionary(font)) = doc.get_object_mut(font_id) {
        font.set(
            "Encoding",
            dictionary! { "Differences" => vec![65.into(), Object::Name(b"g1".to_vec()), Object::Name(b"g2".to_vec())] },
        );
    }
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("save");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("unmapped.pdf");
    std::fs::write(&path, bytes).expect("write");
    let read = ingest_path(&path).expect("ingest");
    assert_eq!(read.paragraphs[0].text, "\u{FFFD}\u{FFFD}C");
    let warning = read
        .warnings
        .iter()
        .find(|w| w.code == "undecodable_text")
        .expect("a warning");
    assert_eq!(warning.page, Some(1));
    assert!(warning.message.contains("2 tecken"));
}
