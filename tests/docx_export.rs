//! Export from .docx: masking at the source in every part, tracked changes resolved,
//! comments, properties and alt texts cleaned, then a PDF by the built-in typesetter or
//! by LibreOffice, with no masked value left in either file.

mod support;

use maskera::export::{self, DocxOptions, Marker, Renderer};
use maskera::ingest::{self, Document};
use maskera::review::{Mask, MaskKind};
use std::io::Read;
use support::docx::{docx, part_xml};

fn masks_of(doc: &Document, values: &[&str]) -> Vec<Mask> {
    values
        .iter()
        .flat_map(|v| support::masks_over(doc, v))
        .collect()
}

fn built_in() -> DocxOptions {
    DocxOptions {
        renderer: Renderer::BuiltIn,
        marker: Marker::Xxx,
    }
}

/// Every entry of a zip package as text.
fn package_text(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = String::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).expect("entry");
        let mut text = String::new();
        let _ = entry.read_to_string(&mut text);
        out.push_str(&text);
    }
    out
}

fn pdf_words(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ut.pdf");
    std::fs::write(&path, pdf).expect("writes");
    support::pdftotext_words(&path).join(" ")
}

fn every_part_bytes() -> Vec<u8> {
    let header = part_xml(
        "hdr",
        "<w:p><w:r><w:t>Handläggare Jörgen Åkesson</w:t></w:r></w:p>",
    );
    let footer = part_xml(
        "ftr",
        "<w:p><w:r><w:t>Justerandes signatur</w:t></w:r></w:p>",
    );
    let notes = part_xml(
        "footnotes",
        "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Enligt anmälan från Jörgen Åkesson.</w:t></w:r></w:p></w:footnote>",
    );
    let textbox =
        |t: &str| format!("<w:txbxContent><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:txbxContent>");
    let body = format!(
        "<w:p><w:r><w:t xml:space=\"preserve\">Sökande: </w:t></w:r><w:r><w:t>Jörgen </w:t></w:r><w:r><w:t>Åkesson</w:t></w:r><w:r><w:t xml:space=\"preserve\">, Storgatan 5.</w:t></w:r></w:p>\
         <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Klagande</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Jörgen Åkesson</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
         <w:p><w:r><w:t>Ruta:</w:t><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>\
         <w:p><w:r><w:t>Nämnden beviljar ansökan.</w:t></w:r></w:p>",
        textbox("Kontakt Jörgen Åkesson"),
        textbox("Kontakt Jörgen Åkesson"),
    );
    docx(
        &body,
        &[
            ("word/header1.xml", &header),
            ("word/footer1.xml", &footer),
            ("word/footnotes.xml", &notes),
        ],
    )
}

#[test]
fn masked_text_in_body_tables_headers_footnotes_and_text_boxes_becomes_the_marker() {
    let bytes = every_part_bytes();
    let doc = ingest::ingest_bytes(&bytes, "docx").expect("reads");
    let masks = masks_of(&doc, &["Jörgen Åkesson"]);
    assert_eq!(masks.len(), 5, "body, table, text box, header, footnote");
    let out = export::export_docx(&doc, &bytes, &masks, &built_in()).expect("exports");
    let masked = ingest::ingest_bytes(out.docx.as_deref().expect("docx"), "docx").expect("reads");
    let texts: Vec<&str> = masked.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(texts.contains(&"Sökande: XXX, Storgatan 5."), "{texts:?}");
    assert!(texts.contains(&"Handläggare XXX"), "{texts:?}");
    assert!(texts.contains(&"Enligt anmälan från XXX."), "{texts:?}");
    assert!(texts.contains(&"Kontakt XXX"), "{texts:?}");
    assert!(!package_text(out.docx.as_deref().unwrap_or_default()).contains("Åkesson"));
    let words = pdf_words(&out.pdf);
    assert!(!words.contains("Åkesson"), "{words}");
    assert!(words.contains("Sökande: XXX, Storgatan 5."), "{words}");
    assert!(words.contains("Nämnden beviljar ansökan."), "{words}");
    assert!(words.contains("Justerandes signatur"), "{words}");
}

#[test]
fn the_marker_does_not_tell_how_long_the_masked_text_was() {
    let masked_text = |name: &str| {
        let bytes = docx(
            &format!("<w:p><w:r><w:t>Sökande {name} bor i Norrvik.</w:t></w:r></w:p>"),
            &[],
        );
        let doc = ingest::ingest_bytes(&bytes, "docx").expect("reads");
        let out = export::export_docx(&doc, &bytes, &masks_of(&doc, &[name]), &built_in())
            .expect("exports");
        let masked =
            ingest::ingest_bytes(out.docx.as_deref().expect("docx"), "docx").expect("reads");
        (masked.paragraphs[0].text.clone(), pdf_words(&out.pdf))
    };
    let short = masked_text("Li Wu");
    let long = masked_text("Maximiliana Österberg-Åkesson");
    assert_eq!(short, long);
    assert_eq!(short.0, "Sökande XXX bor i Norrvik.");
}

#[test]
fn tracked_changes_are_resolved_and_comments_properties_and_alt_texts_removed() {
    let comments = part_xml(
        "comments",
        "<w:comment w:id=\"0\" w:author=\"Sekr\"><w:p><w:r><w:t>Ring Aino Pokka</w:t></w:r></w:p></w:comment>",
    );
    let core = r#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Protokoll MBN</dc:title><dc:creator>Märta Lindqvist</dc:creator><cp:lastModifiedBy>Märta Lindqvist</cp:lastModifiedBy></cp:coreProperties>"#;
    let custom = r#"<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Sökande"><vt:lpwstr>Aino Pokka</vt:lpwstr></property></Properties>"#;
    let people = r#"<?xml version="1.0"?><w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="Märta Lindqvist"/></w15:people>"#;
    let body = "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\">Ansökan från </w:t></w:r>\
        <w:del w:author=\"Märta Lindqvist\"><w:r><w:delText>Aino Pokka</w:delText></w:r></w:del>\
        <w:ins w:author=\"Märta Lindqvist\"><w:r><w:t>sökanden</w:t></w:r></w:ins><w:commentRangeEnd w:id=\"0\"/>\
        <w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>dold: Aino Pokka</w:t></w:r></w:p>\
        <w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Bild 1\" descr=\"Foto av Aino Pokka\"/></wp:inline></w:drawing></w:r></w:p>";
    let bytes = docx(
        body,
        &[
            ("word/comments.xml", &comments),
            ("word/people.xml", people),
            ("docProps/core.xml", core),
            ("docProps/custom.xml", custom),
        ],
    );
    let doc = ingest::ingest_bytes(&bytes, "docx").expect("reads");
    let out = export::export_docx(&doc, &bytes, &[], &built_in()).expect("exports");
    let package = package_text(out.docx.as_deref().expect("docx"));
    for gone in [
        "Aino Pokka",
        "Märta Lindqvist",
        "w:del ",
        "w:ins ",
        "commentReference",
    ] {
        assert!(
            !package.contains(gone),
            "{gone} survives in the masked .docx"
        );
    }
    assert!(
        package.contains("Protokoll MBN"),
        "a title without personal data stays"
    );
    let masked =
        ingest::ingest_bytes(out.docx.as_deref().unwrap_or_default(), "docx").expect("reads");
    assert_eq!(masked.paragraphs[0].text, "Ansökan från sökanden");
    assert!(masked
        .properties
        .iter()
        .all(|p| !p.value.contains("Lindqvist")));
}

#[test]
fn a_section_under_secrecy_keeps_its_heading_and_says_which_provision() {
    let body = "<w:p><w:r><w:t>§ 26 Ansökan om samtycke till uttag från spärrat konto</w:t></w:r></w:p>\
        <w:p><w:r><w:t>Ställföreträdaren Lars Berglund ansöker för Astrid Johansson.</w:t></w:r></w:p>\
        <w:p><w:r><w:t>Nämnden lämnar samtycke.</w:t></w:r></w:p>\
        <w:p><w:r><w:t>§ 27 Medborgarförslag om belysning</w:t></w:r></w:p>";
    let bytes = docx(body, &[]);
    let doc = ingest::ingest_bytes(&bytes, "docx").expect("reads");
    let mask = Mask {
        rule: "sekretess".into(),
        paragraph: 1,
        start: 0,
        end_paragraph: 2,
        end: doc.paragraphs[2].text.chars().count(),
        kind: MaskKind::Secrecy {
            provision: "32 kap. 4 § offentlighets- och sekretesslagen".into(),
        },
    };
    let out = export::export_docx(&doc, &bytes, &[mask], &built_in()).expect("exports");
    let words = pdf_words(&out.pdf);
    assert!(words.contains("§ 26 Ansökan om samtycke"), "{words}");
    assert!(
        words.contains("Sekretess enligt 32 kap. 4 § offentlighets- och sekretesslagen."),
        "{words}"
    );
    assert!(
        !words.contains("Berglund") && !words.contains("samtycke."),
        "{words}"
    );
    assert!(words.contains("§ 27 Medborgarförslag"), "{words}");
}

#[test]
fn libreoffice_renders_the_masked_example_protocol() {
    let soffice =
        export::find_soffice().expect("LibreOffice is needed (scripts/install-deps installs it)");
    let path = "assets/examples/protokoll-miljo-och-byggnamnden.docx";
    let bytes = std::fs::read(path).expect("example");
    let doc = ingest::ingest_bytes(&bytes, "docx").expect("reads");
    let masks = support::suggested_masks(&doc);
    let options = DocxOptions {
        renderer: Renderer::LibreOffice(Some(soffice)),
        marker: Marker::Xxx,
    };
    let out = export::export_docx(&doc, &bytes, &masks, &options).expect("exports");
    assert_eq!(out.renderer, Some("LibreOffice"));
    let words = pdf_words(&out.pdf);
    for value in export::checked_values(&doc, &masks) {
        assert!(
            !words.contains(&value.text),
            "{} ({}) survives",
            value.text,
            value.rule
        );
    }
    for kept in ["Karin Lund (S)", "Nämnden beviljar bidrag om 86 000 kr"] {
        assert!(words.contains(kept), "{kept} lost: {words}");
    }
}
