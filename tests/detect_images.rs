//! Images as candidates: a signature in a signature block, a photo elsewhere, and a
//! letterhead's logo (in a header, or the same picture on every page), which stays.

mod support;

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document as PdfDocument, Object, Stream};
use maskera::detect::{scan, Candidate, Rulebook, Suggestion};
use maskera::export::{self, DocxOptions, Marker, Renderer};
use maskera::ingest::{ingest_bytes, Document, ImageSource};
use maskera::review::{Mask, MaskKind};
use std::io::Read;
use support::docx::{docx_with_parts_and_pictures, noise_png, part_xml, picture_run};
use support::protocol_pdf::{helvetica, save, win_ansi};

/// Each image candidate: the image's index, its rule and what is suggested.
fn image_candidates(doc: &Document) -> Vec<(usize, String, Suggestion)> {
    let found: Vec<Candidate> = scan(doc, &Rulebook::embedded().expect("rulebook"));
    let mut out: Vec<(usize, String, Suggestion)> = found
        .iter()
        .filter_map(|c| c.location.image.map(|i| (i, c.rule.clone(), c.suggestion)))
        .collect();
    out.sort_by_key(|c| c.0);
    out
}

fn candidate(image: usize, rule: &str, suggestion: Suggestion) -> (usize, String, Suggestion) {
    (image, rule.to_string(), suggestion)
}

fn paragraph(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

/// A .docx with a logo in its header (related there as "rIdImg0", the id the body gives
/// its photo: each part's ids are its own), a photo in the body and a signature under
/// "Ordförande"; with the logo's bytes.
fn docx_with_header_logo() -> (Vec<u8>, Vec<u8>) {
    let header = part_xml(
        "hdr",
        &format!(
            "<w:p><w:r><w:t>SÄLTEVIKS KOMMUN</w:t></w:r>{}</w:p>",
            picture_run(0, 3, 2)
        ),
    );
    let header_rels = r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg0" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>"#;
    let body = [
        paragraph("§ 12 Invigning av Hamnparken"),
        format!(
            "<w:p><w:r><w:t>Foto från invigningen:</w:t></w:r>{}</w:p>",
            picture_run(0, 8, 6)
        ),
        paragraph("Underskrifter"),
        format!(
            "<w:p><w:r><w:t>Ordförande</w:t></w:r>{}</w:p>",
            picture_run(1, 4, 1)
        ),
    ]
    .concat();
    let media = [
        ("photo.png".to_string(), noise_png(8, 6, 1)),
        ("signature.png".to_string(), noise_png(4, 1, 2)),
        ("logo.png".to_string(), noise_png(3, 2, 3)),
    ];
    let bytes = docx_with_parts_and_pictures(
        &body,
        &[
            ("word/header1.xml", &header),
            ("word/_rels/header1.xml.rels", header_rels),
        ],
        &media,
    );
    (bytes, media[2].1.clone())
}

#[test]
fn a_logo_in_the_header_stays_a_photo_in_the_body_and_a_signature_are_masked() {
    let (bytes, _) = docx_with_header_logo();
    let doc = ingest_bytes(&bytes, "docx").expect("reads");
    let targets: Vec<&str> = (doc.images.iter())
        .map(|i| match &i.source {
            ImageSource::Docx { target, .. } => target.as_str(),
            ImageSource::Pdf { .. } => "",
        })
        .collect();
    assert_eq!(
        targets,
        [
            "word/media/photo.png",
            "word/media/signature.png",
            "word/media/logo.png"
        ]
    );
    assert_eq!(
        image_candidates(&doc),
        [
            candidate(0, "foto", Suggestion::Mask),
            candidate(1, "namnteckning", Suggestion::Mask),
            candidate(2, "foto", Suggestion::Keep),
        ]
    );
}

/// A PDF of `pages` pages, each with a line of text and the XObjects named in its entry
/// drawn: "Logo" is one image object shared by every page that draws it.
fn pdf_drawing(pages: &[(&str, &[&str])]) -> Vec<u8> {
    let mut doc = PdfDocument::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(helvetica());
    let mut image = |seed: u8| {
        doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => 4, "Height" => 4,
                "ColorSpace" => "DeviceRGB", "BitsPerComponent" => 8,
            },
            vec![seed; 4 * 4 * 3],
        ))
    };
    let logo = image(10);
    let photo = image(200);
    let mut kids: Vec<Object> = Vec::new();
    for (text, drawn) in pages {
        let mut ops = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 11.into()]),
            Operation::new("Td", vec![60.into(), 700.into()]),
            Operation::new("Tj", vec![Object::string_literal(win_ansi(text))]),
            Operation::new("ET", vec![]),
        ];
        for (k, name) in drawn.iter().enumerate() {
            let y = 760 - 200 * k as i64;
            ops.extend([
                Operation::new("q", vec![]),
                Operation::new(
                    "cm",
                    vec![
                        60.into(),
                        0.into(),
                        0.into(),
                        40.into(),
                        60.into(),
                        y.into(),
                    ],
                ),
                Operation::new("Do", vec![(*name).into()]),
                Operation::new("Q", vec![]),
            ]);
        }
        let content = Content { operations: ops }.encode().unwrap_or_default();
        let content = doc.add_object(Stream::new(dictionary! {}, content));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => dictionary! {
                "Font" => dictionary! { "F1" => font },
                "XObject" => dictionary! { "Logo" => logo, "Photo" => photo },
            },
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(page.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    save(doc)
}

#[test]
fn the_same_picture_on_every_page_of_a_pdf_is_a_logo_that_stays_a_picture_drawn_once_is_masked() {
    let bytes = pdf_drawing(&[
        ("Kommunstyrelsen protokoll 2026-05-11", &["Logo"]),
        ("Bild fran invigningen av Hamnparken", &["Logo", "Photo"]),
    ]);
    let doc = ingest_bytes(&bytes, "pdf").expect("reads");
    assert_eq!(doc.images.len(), 3);
    assert_eq!(
        image_candidates(&doc),
        [
            candidate(0, "foto", Suggestion::Keep),
            candidate(1, "foto", Suggestion::Keep),
            candidate(2, "foto", Suggestion::Mask),
        ]
    );
}

#[test]
fn the_same_scanned_initials_beside_justerandes_sign_on_every_page_are_still_a_signature() {
    let bytes = pdf_drawing(&[
        ("Justerandes sign", &["Logo"]),
        ("Justerandes sign", &["Logo"]),
    ]);
    let doc = ingest_bytes(&bytes, "pdf").expect("reads");
    let rules: Vec<(String, Suggestion)> = (image_candidates(&doc).into_iter())
        .map(|(_, rule, suggestion)| (rule, suggestion))
        .collect();
    assert_eq!(
        rules,
        [
            ("namnteckning".to_string(), Suggestion::Mask),
            ("namnteckning".to_string(), Suggestion::Mask)
        ]
    );
}

#[test]
fn masking_the_header_picture_blanks_its_own_media_part_and_leaves_the_body_photo() {
    let (bytes, logo) = docx_with_header_logo();
    let doc = ingest_bytes(&bytes, "docx").expect("reads");
    let mask = Mask {
        rule: "foto".to_string(),
        paragraph: doc.images[2].paragraph.expect("placed"),
        start: 0,
        end_paragraph: doc.images[2].paragraph.expect("placed"),
        end: 0,
        kind: MaskKind::Image { image: 2 },
    };
    let options = DocxOptions {
        renderer: Renderer::BuiltIn,
        marker: Marker::Xxx,
    };
    let out = export::export_docx(&doc, &bytes, &[mask], &options).expect("exports");
    let masked = out.docx.expect("the masked package");
    let media = |name: &str| {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&masked[..])).expect("zip");
        let mut entry = zip.by_name(name).expect("entry");
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("reads");
        bytes
    };
    assert_ne!(
        media("word/media/logo.png"),
        logo,
        "the header's logo is blanked"
    );
    assert_eq!(
        media("word/media/photo.png"),
        noise_png(8, 6, 1),
        "the photo is kept"
    );
}
