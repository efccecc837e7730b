//! DOCX ingest on real packages built here: the text as Word shows it, every character's
//! origin, and everything beside the text (deletions, field codes, comments, properties).

use maskera::ingest::{
    ingest_bytes, Document, HiddenKind, MarkKind, Origin, PartKind, Problem, Revision,
};
mod support;

use support::docx::{docx, part_xml};

fn read(body: &str) -> Document {
    ingest_bytes(&docx(body, &[]), "docx").expect("valid docx")
}

fn texts(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

#[test]
fn runs_split_across_w_r_are_joined_with_exact_origins() {
    let doc = read("<w:p><w:r><w:t xml:space=\"preserve\">Anna Svens</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>son</w:t></w:r></w:p>");
    assert_eq!(texts(&doc), ["Anna Svensson"]);
    let p = &doc.paragraphs[0];
    assert_eq!(p.origins.len(), 13);
    let at = |i: usize| match &p.origins[i] {
        Origin::Docx(o) => (o.run, o.element, o.offset),
        other => panic!("{other:?}"),
    };
    assert_eq!(at(0), (0, 0, 0));
    assert_eq!(at(9), (0, 0, 9));
    assert_eq!(at(10), (1, 0, 0), "rPr is not a content element");
    assert_eq!(at(12), (1, 0, 2));
}

#[test]
fn tabs_breaks_hyphens_and_symbols_become_characters() {
    let doc = read(
        "<w:p><w:r><w:t>Per</w:t><w:noBreakHyphen/><w:t>Erik</w:t><w:tab/><w:t>Ström</w:t><w:br/><w:t>sam</w:t><w:softHyphen/><w:t>manträde</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B0\"/></w:r></w:p>",
    );
    assert_eq!(texts(&doc), ["Per-Erik\tStröm\nsam\u{AD}manträde°"]);
    let p = &doc.paragraphs[0];
    match &p.origins[3] {
        Origin::Docx(o) => assert_eq!(
            (o.run, o.element),
            (0, 1),
            "the hyphen is the run's second element"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn swedish_letters_and_entities_are_intact() {
    let doc = read(
        "<w:p><w:r><w:t>Åsa Öberg &amp; Émile Ärlig bor på Ängsvägen 4 &#229;</w:t></w:r></w:p>",
    );
    assert_eq!(
        texts(&doc),
        ["Åsa Öberg & Émile Ärlig bor på Ängsvägen 4 å"]
    );
}

#[test]
fn field_display_text_is_text_and_its_code_is_kept_hidden() {
    let doc = read(
        "<w:p><w:r><w:t xml:space=\"preserve\">Sida </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>\
         <w:p><w:fldSimple w:instr=\" AUTHOR \"><w:r><w:t>Karin Lund</w:t></w:r></w:fldSimple></w:p>",
    );
    assert_eq!(texts(&doc), ["Sida 3", "Karin Lund"]);
    let p = &doc.paragraphs[0];
    assert_eq!(p.hidden.len(), 1);
    assert_eq!(
        (p.hidden[0].kind, p.hidden[0].text.as_str(), p.hidden[0].at),
        (HiddenKind::FieldCode, " PAGE ", 5)
    );
    assert!(p.marks.iter().any(|m| m.kind
        == MarkKind::Field {
            instruction: "PAGE".into()
        }
        && (m.start, m.end) == (5, 6)));
    let q = &doc.paragraphs[1];
    assert_eq!(q.hidden[0].text, " AUTHOR ");
    assert!(q
        .marks
        .iter()
        .any(|m| matches!(&m.kind, MarkKind::Field { instruction } if instruction == "AUTHOR")));
}

#[test]
fn tracked_insertions_are_marked_and_deletions_kept_hidden() {
    let doc = read(
        "<w:p><w:r><w:t xml:space=\"preserve\">Sökande: </w:t></w:r><w:del w:author=\"Sekr\"><w:r><w:delText>Eva Berg</w:delText></w:r></w:del><w:ins w:author=\"Sekr\"><w:r><w:t>Eva Lindqvist</w:t></w:r></w:ins></w:p>",
    );
    assert_eq!(texts(&doc), ["Sökande: Eva Lindqvist"]);
    let p = &doc.paragraphs[0];
    assert_eq!(p.hidden[0].kind, HiddenKind::DeletedRevision);
    assert_eq!((p.hidden[0].text.as_str(), p.hidden[0].at), ("Eva Berg", 9));
    assert!(
        matches!(&p.hidden[0].origins[0], Origin::Docx(o) if o.revision == Revision::Deleted && o.run == 1)
    );
    assert!(p.marks.iter().any(
        |m| matches!(&m.kind, MarkKind::Inserted { author } if author.as_deref() == Some("Sekr"))
            && (m.start, m.end) == (9, 22)
    ));
    assert!(matches!(&p.origins[9], Origin::Docx(o) if o.revision == Revision::Inserted));
}

#[test]
fn hidden_formatted_text_is_kept_beside_the_text() {
    let doc = read("<w:p><w:r><w:t xml:space=\"preserve\">Synligt </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>19121212-1212</w:t></w:r></w:p>");
    let p = &doc.paragraphs[0];
    assert_eq!(p.text, "Synligt ");
    assert_eq!(
        (p.hidden[0].kind, p.hidden[0].text.as_str()),
        (HiddenKind::Vanished, "19121212-1212")
    );
}

#[test]
fn content_controls_and_hyperlinks_are_read_and_marked() {
    let doc = read(
        "<w:sdt><w:sdtPr><w:tag w:val=\"namn\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Block i kontroll</w:t></w:r></w:p></w:sdtContent></w:sdt>\
         <w:p><w:r><w:t xml:space=\"preserve\">Se </w:t></w:r><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>kommunen</w:t></w:r></w:hyperlink><w:sdt><w:sdtPr><w:alias w:val=\"Datum\"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space=\"preserve\"> idag</w:t></w:r></w:sdtContent></w:sdt></w:p>",
    );
    assert_eq!(texts(&doc), ["Block i kontroll", "Se kommunen idag"]);
    assert!(doc.paragraphs[0].marks.iter().any(|m| m.kind
        == MarkKind::ContentControl {
            tag: Some("namn".into())
        }));
    let marks = &doc.paragraphs[1].marks;
    assert!(marks.iter().any(|m| m.kind
        == MarkKind::Hyperlink {
            target: Some("https://norrvik.se".into())
        }
        && (m.start, m.end) == (3, 11)));
    assert!(marks.iter().any(|m| m.kind
        == MarkKind::ContentControl {
            tag: Some("Datum".into())
        }
        && (m.start, m.end) == (11, 16)));
}

#[test]
fn tables_are_read_row_by_row_with_cell_marks() {
    let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let body = format!(
        "<w:p><w:r><w:t>Beslutande</w:t></w:r></w:p><w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl><w:p><w:r><w:t>Efter</w:t></w:r></w:p>",
        cell("Karin Lund"),
        cell("(S)"),
        cell("Aino Pokka"),
        cell("(C)")
    );
    let doc = read(&body);
    assert_eq!(
        texts(&doc),
        [
            "Beslutande",
            "Karin Lund",
            "(S)",
            "Aino Pokka",
            "(C)",
            "Efter"
        ]
    );
    assert!(doc.paragraphs[3].marks.iter().any(|m| m.kind
        == MarkKind::TableCell {
            table: 0,
            row: 1,
            column: 0
        }));
}

#[test]
fn a_text_box_is_read_once_after_its_anchor_not_from_the_fallback_too() {
    let textbox =
        |t: &str| format!("<w:txbxContent><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:txbxContent>");
    let body = format!(
        "<w:p><w:r><w:t>Ankare</w:t></w:r><w:r><w:t xml:space=\"preserve\"> före</w:t><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent><w:t xml:space=\"preserve\"> efter</w:t></w:r></w:p>",
        textbox("Ruta med Per-Erik Ström"),
        textbox("Ruta med Per-Erik Ström")
    );
    let doc = read(&body);
    assert_eq!(
        texts(&doc),
        ["Ankare före efter", "Ruta med Per-Erik Ström"]
    );
    let after = &doc.paragraphs[0].origins[12];
    assert!(
        matches!(after, Origin::Docx(o) if (o.run, o.element) == (1, 2)),
        "{after:?}: text after the box keeps its run"
    );
    assert!(doc.paragraphs[1]
        .marks
        .iter()
        .any(|m| m.kind == MarkKind::TextBox));
}

#[test]
fn headers_footers_footnotes_and_comments_are_parts_of_their_own() {
    let header = part_xml("hdr", "<w:p><w:r><w:t>Norrvik kommun</w:t></w:r></w:p>");
    let footer = part_xml(
        "ftr",
        "<w:p><w:r><w:t>Justerandes signatur</w:t></w:r></w:p>",
    );
    let notes = part_xml("footnotes", "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Enligt anmälan från Li Wu.</w:t></w:r></w:p></w:footnote>");
    let comments = part_xml("comments", "<w:comment w:id=\"0\" w:author=\"Sekr\"><w:p><w:r><w:t>Maska adressen?</w:t></w:r></w:p></w:comment>");
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">Bor på </w:t></w:r><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Storgatan 5</w:t></w:r><w:commentRangeEnd w:id=\"0\"/></w:p>";
    let bytes = docx(
        body,
        &[
            ("word/header1.xml", &header),
            ("word/footer1.xml", &footer),
            ("word/footnotes.xml", &notes),
            ("word/comments.xml", &comments),
        ],
    );
    let doc = ingest_bytes(&bytes, "docx").expect("valid");
    let kinds: Vec<PartKind> = doc.parts.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PartKind::Body,
            PartKind::Header,
            PartKind::Footer,
            PartKind::Footnotes,
            PartKind::Comments
        ]
    );
    assert_eq!(
        texts(&doc),
        [
            "Bor på Storgatan 5",
            "Norrvik kommun",
            "Justerandes signatur",
            "Enligt anmälan från Li Wu.",
            "Maska adressen?"
        ]
    );
    assert_eq!(doc.parts[doc.paragraphs[3].part].name, "word/footnotes.xml");
    // The header and footer are repeated on every page: running text, no § body.
    let running: Vec<bool> = doc.paragraphs.iter().map(|p| p.running).collect();
    assert_eq!(running, [false, true, true, false, false]);
    assert!(doc.paragraphs[0]
        .marks
        .iter()
        .any(|m| m.kind == MarkKind::Comment { id: "0".into() } && (m.start, m.end) == (7, 18)));
}

#[test]
fn core_app_and_custom_properties_are_read() {
    let core = r#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Protokoll MBN</dc:title><dc:creator>Märta Lindqvist</dc:creator><cp:lastModifiedBy>Jörgen Åkesson</cp:lastModifiedBy></cp:coreProperties>"#;
    let custom = r#"<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Sökande"><vt:lpwstr>Aino Pokka</vt:lpwstr></property></Properties>"#;
    let bytes = docx(
        "<w:p><w:r><w:t>Text</w:t></w:r></w:p>",
        &[("docProps/core.xml", core), ("docProps/custom.xml", custom)],
    );
    let doc = ingest_bytes(&bytes, "docx").expect("valid");
    let props: Vec<(&str, &str)> = doc
        .properties
        .iter()
        .map(|p| (p.name.as_str(), p.value.as_str()))
        .collect();
    assert!(
        props.contains(&("dc:creator", "Märta Lindqvist")),
        "{props:?}"
    );
    assert!(props.contains(&("cp:lastModifiedBy", "Jörgen Åkesson")));
    assert!(props.contains(&("Sökande", "Aino Pokka")));
}

#[test]
fn pictures_are_images_of_their_paragraph_or_of_the_one_before_when_alone() {
    let picture = "<w:r><w:drawing><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:blipFill><a:blip r:embed=\"rIdLink\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></w:drawing></w:r>";
    let doc = read(&format!(
        "<w:p><w:r><w:t>Sekreterare</w:t></w:r></w:p><w:p>{picture}</w:p><w:p><w:r><w:t>Foto:</w:t></w:r>{picture}</w:p>"
    ));
    assert_eq!(texts(&doc), ["Sekreterare", "Foto:"]);
    let placed: Vec<Option<usize>> = doc.images.iter().map(|i| i.paragraph).collect();
    assert_eq!(placed, [Some(0), Some(1)]);
    assert!(
        matches!(&doc.images[0].source, maskera::ingest::ImageSource::Docx { run: 1, target, .. } if target == "https://norrvik.se")
    );
}

#[test]
fn rendered_page_breaks_give_page_numbers() {
    let doc = read("<w:p><w:r><w:t>Sida ett</w:t></w:r></w:p><w:p><w:r><w:lastRenderedPageBreak/><w:t>Sida två</w:t></w:r></w:p>");
    let pages: Vec<u32> = doc.paragraphs.iter().map(|p| p.page).collect();
    assert_eq!(pages, [1, 2]);
    assert_eq!(doc.pages, 2);
}

#[test]
fn broken_packages_are_refused_with_the_right_problem() {
    assert_eq!(
        ingest_bytes(b"PK\x03\x04 not really a zip", "docx").err(),
        Some(Problem::NotZip)
    );
    let truncated = docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>", &[]);
    assert_eq!(
        ingest_bytes(&truncated[..truncated.len() / 2], "docx").err(),
        Some(Problem::NotZip)
    );
    let unclosed = docx("<w:p><w:r><w:t>x</w:t></w:r>", &[]);
    assert!(
        matches!(ingest_bytes(&unclosed, "docx"), Err(Problem::MalformedXml { part, .. }) if part == "word/document.xml")
    );
}

#[test]
fn personal_data_in_deletions_and_properties_is_named_in_warnings_without_the_value() {
    let core = r#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Märta Lindqvist</dc:creator></cp:coreProperties>"#;
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">Sökande: </w:t></w:r><w:del w:author=\"S\"><w:r><w:delText>pnr 19121212-1212</w:delText></w:r></w:del></w:p>";
    let doc = ingest_bytes(&docx(body, &[("docProps/core.xml", core)]), "docx").expect("valid");
    let rulebook = maskera::detect::Rulebook::embedded().expect("rulebook");
    let warnings = maskera::detect::hidden_data_warnings(&doc, &rulebook);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].contains("spårad borttagning som innehåller ett personnummer"));
    assert!(warnings[1].contains("dc:creator") && warnings[1].contains("namn"));
    assert!(warnings
        .iter()
        .all(|w| !w.contains("1212") && !w.contains("Lindqvist")));
}
