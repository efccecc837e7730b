//! Nothing leaks: for every channel of a PDF outside the drawn text, a file that carries
//! the masked name there, and proof that the export holds it nowhere — read with an
//! independent search of every string and every decompressed stream in the output.

mod support;

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Dictionary, Document as PdfDocument, Object, ObjectId, Stream};
use maskera::export;
use maskera::ingest::{self, Document};
use maskera::review::{Mask, MaskKind};
use support::protocol_pdf::{helvetica, one_page_document, save, win_ansi};

const NAME: &str = "Anna Grönlund";

/// A PDF whose page says "Sökande: Anna Grönlund, …", changed by `channel` to carry the
/// name somewhere else as well.
fn protocol_with(channel: impl FnOnce(&mut PdfDocument, ObjectId, ObjectId)) -> Vec<u8> {
    let lines = [
        (760.0, "Sammanträdesprotokoll § 21".to_string()),
        (740.0, format!("Sökande: {NAME}, Storgatan 5, Norrvik.")),
        (720.0, "Nämnden beviljar ansökan.".to_string()),
    ];
    let ops = Content::decode(&page_content(
        &lines
            .iter()
            .map(|(y, t)| (*y, t.as_str()))
            .collect::<Vec<_>>(),
    ))
    .expect("decodes")
    .operations;
    let (mut doc, catalog, page) = one_page_document(helvetica(), ops, |_| Dictionary::new());
    channel(&mut doc, catalog, page);
    save(doc)
}

fn page_content(lines: &[(f32, &str)]) -> Vec<u8> {
    let mut ops = Vec::new();
    for (y, text) in lines {
        ops.extend([
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 11.into()]),
            Operation::new("Td", vec![50.into(), (*y).into()]),
            Operation::new("Tj", vec![Object::string_literal(win_ansi(text))]),
            Operation::new("ET", vec![]),
        ]);
    }
    Content { operations: ops }.encode().expect("encodes")
}

fn string(text: &str) -> Object {
    Object::string_literal(text.as_bytes().to_vec())
}

/// UTF-16BE with a byte order mark, as PDF text strings with non-Latin text are written.
fn utf16(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}

fn catalog_mut(doc: &mut PdfDocument, id: ObjectId) -> &mut Dictionary {
    doc.get_dictionary_mut(id).expect("catalog")
}

fn xmp() -> Stream {
    let xml = format!(
        "<?xpacket begin=''?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF \
         xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description \
         xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>{NAME}</dc:creator>\
         </rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    );
    Stream::new(
        dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
        xml.into_bytes(),
    )
}

fn add_annotation(doc: &mut PdfDocument, page: ObjectId, annotation: Dictionary) {
    let id = doc.add_object(annotation);
    doc.get_dictionary_mut(page)
        .expect("page")
        .set("Annots", vec![Object::Reference(id)]);
}

/// Exports with the name masked where the page shows it; the export's own proof must
/// pass, and the independent search must not find the name anywhere in the output.
fn assert_export_removes_the_name(bytes: &[u8]) {
    // The input carries the name beyond the page line (or the test would prove nothing).
    let input = support::readable_text(bytes);
    assert!(
        input.matches("Grönlund").count() >= 3,
        "the channel holds the name"
    );
    let doc: Document = ingest::ingest_bytes(bytes, "pdf").expect("reads");
    let masks: Vec<Mask> = doc
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(index, p)| {
            let byte = p.text.find(NAME)?;
            let start = p.text[..byte].chars().count();
            Some(Mask {
                rule: "namn".into(),
                paragraph: index,
                start,
                end_paragraph: index,
                end: start + NAME.chars().count(),
                kind: MaskKind::Text,
            })
        })
        .collect();
    assert!(!masks.is_empty(), "the page shows the name");
    let out = export::export_pdf(&doc, bytes, &masks)
        .unwrap_or_else(|e| panic!("export failed: {e:?}"))
        .pdf;
    let readable = support::readable_text(&out);
    for form in ["Grönlund", "GRÖNLUND", "Gr#C3#B6nlund", "Gr#F6nlund"] {
        assert!(!readable.contains(form), "{form} survives in the output");
    }
    let reread = ingest::ingest_bytes(&out, "pdf").expect("output reads");
    let text: String = reread
        .paragraphs
        .iter()
        .map(|p| p.text.clone() + "\n")
        .collect();
    assert!(text.contains("Nämnden beviljar ansökan."), "{text}");
}

macro_rules! channel_tests {
    ($($name:ident => $channel:expr;)*) => {$(
        #[test]
        fn $name() {
            assert_export_removes_the_name(&protocol_with($channel));
        }
    )*};
}

channel_tests! {
    info_dictionary_is_removed => |doc, _, _| {
        let info = doc.add_object(dictionary! {
            "Title" => string(&format!("Ärende {NAME}")), "Author" => utf16(NAME),
        });
        doc.trailer.set("Info", info);
    };
    xmp_metadata_of_the_catalog_is_removed => |doc, catalog, _| {
        let id = doc.add_object(xmp());
        catalog_mut(doc, catalog).set("Metadata", id);
    };
    xmp_metadata_on_a_page_is_removed => |doc, _, page| {
        let id = doc.add_object(xmp());
        doc.get_dictionary_mut(page).expect("page").set("Metadata", id);
    };
    sticky_notes_and_their_replies_are_removed => |doc, _, page| {
        let note = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Text", "Rect" => vec![0.into(), 0.into(), 20.into(), 20.into()],
            "Contents" => string(&format!("Ring {NAME} före beslut")), "T" => utf16(NAME),
        });
        let reply = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Text", "Rect" => vec![0.into(), 0.into(), 20.into(), 20.into()],
            "Contents" => string(&format!("Svar till {NAME}")), "IRT" => note, "RT" => "R",
        });
        doc.get_dictionary_mut(page).expect("page")
            .set("Annots", vec![Object::Reference(note), Object::Reference(reply)]);
    };
    free_text_annotations_are_removed => |doc, _, page| {
        add_annotation(doc, page, dictionary! {
            "Type" => "Annot", "Subtype" => "FreeText", "Rect" => vec![0.into(), 0.into(), 200.into(), 20.into()],
            "Contents" => string(NAME), "DA" => string("/Helv 10 Tf 0 g"),
        });
    };
    links_with_the_name_in_their_target_are_removed => |doc, _, page| {
        add_annotation(doc, page, dictionary! {
            "Type" => "Annot", "Subtype" => "Link", "Rect" => vec![0.into(), 0.into(), 200.into(), 20.into()],
            "A" => dictionary! { "S" => "URI", "URI" => string(&format!("https://example.se/{NAME}")) },
        });
    };
    form_fields_and_their_appearance_are_removed => |doc, catalog, page| {
        let appearance = doc.add_object(Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 200.into(), 20.into()] },
            page_content(&[(5.0, NAME)]),
        ));
        let field = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Widget", "FT" => "Tx", "T" => string("sokande"),
            "V" => string(NAME), "Rect" => vec![0.into(), 0.into(), 200.into(), 20.into()],
            "AP" => dictionary! { "N" => appearance },
        });
        doc.get_dictionary_mut(page).expect("page").set("Annots", vec![Object::Reference(field)]);
        catalog_mut(doc, catalog).set("AcroForm", dictionary! { "Fields" => vec![Object::Reference(field)] });
    };
    xfa_forms_are_removed => |doc, catalog, _| {
        let xfa = doc.add_object(Stream::new(dictionary! {}, format!("<field>{NAME}</field>").into_bytes()));
        catalog_mut(doc, catalog).set("AcroForm", dictionary! { "Fields" => vec![], "XFA" => xfa });
    };
    embedded_files_are_removed => |doc, catalog, _| {
        let file = doc.add_object(Stream::new(
            dictionary! { "Type" => "EmbeddedFile" },
            format!("Yttrande från {NAME}").into_bytes(),
        ));
        let spec = doc.add_object(dictionary! {
            "Type" => "Filespec", "F" => string("yttrande.txt"), "Desc" => string(NAME),
            "EF" => dictionary! { "F" => file },
        });
        catalog_mut(doc, catalog).set("Names", dictionary! {
            "EmbeddedFiles" => dictionary! { "Names" => vec![string("yttrande.txt"), Object::Reference(spec)] },
        });
    };
    javascript_and_open_actions_are_removed => |doc, catalog, _| {
        let js = dictionary! { "S" => "JavaScript", "JS" => string(&format!("app.alert('{NAME}')")) };
        catalog_mut(doc, catalog).set("OpenAction", js);
    };
    named_destinations_are_removed => |doc, catalog, page| {
        catalog_mut(doc, catalog).set("Dests", dictionary! {
            "Gronlund" => vec![Object::Reference(page), "Fit".into()],
        });
        catalog_mut(doc, catalog).set("Names", dictionary! {
            "Dests" => dictionary! { "Names" => vec![utf16(NAME), vec![Object::Reference(page), "Fit".into()].into()] },
        });
    };
    bookmarks_are_removed => |doc, catalog, page| {
        let outlines = doc.new_object_id();
        let item = doc.add_object(dictionary! {
            "Title" => utf16(&format!("§ 21 {NAME}")), "Parent" => outlines,
            "Dest" => vec![Object::Reference(page), "Fit".into()],
        });
        doc.objects.insert(outlines, Object::Dictionary(dictionary! {
            "Type" => "Outlines", "First" => item, "Last" => item, "Count" => 1,
        }));
        catalog_mut(doc, catalog).set("Outlines", outlines);
    };
    alt_and_actual_text_in_the_structure_tree_are_cleaned => |doc, catalog, page| {
        let root = doc.new_object_id();
        let element = doc.add_object(dictionary! {
            "Type" => "StructElem", "S" => "P", "P" => root, "Pg" => page,
            "Alt" => string(&format!("Foto av {NAME}")), "ActualText" => utf16(NAME), "K" => 0,
        });
        doc.objects.insert(root, Object::Dictionary(dictionary! {
            "Type" => "StructTreeRoot", "K" => vec![Object::Reference(element)],
        }));
        catalog_mut(doc, catalog).set("StructTreeRoot", root);
        catalog_mut(doc, catalog).set("MarkInfo", dictionary! { "Marked" => true });
    };
    actual_text_in_marked_content_of_the_page_is_cleaned => |doc, _, page| {
        let content = Content { operations: vec![
            Operation::new("BDC", vec!["Span".into(), Object::Dictionary(dictionary! { "ActualText" => utf16(NAME) })]),
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 11.into()]),
            Operation::new("Td", vec![50.into(), 700.into()]),
            Operation::new("Tj", vec![Object::string_literal("A. G.")]),
            Operation::new("ET", vec![]),
            Operation::new("EMC", vec![]),
        ]}.encode().expect("encodes");
        let extra = doc.add_object(Stream::new(dictionary! {}, content));
        let first = doc.get_dictionary(page).and_then(|p| p.get(b"Contents")).cloned().expect("contents");
        doc.get_dictionary_mut(page).expect("page").set("Contents", vec![first, Object::Reference(extra)]);
    };
    page_labels_are_cleaned => |doc, catalog, _| {
        catalog_mut(doc, catalog).set("PageLabels", dictionary! {
            "Nums" => vec![0.into(), dictionary! { "P" => string(&format!("{NAME} ")) }.into()],
        });
    };
    thumbnails_are_removed => |doc, _, page| {
        let thumb = doc.add_object(Stream::new(
            dictionary! { "Width" => 1, "Height" => 1, "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
            NAME.as_bytes().to_vec(),
        ));
        doc.get_dictionary_mut(page).expect("page").set("Thumb", thumb);
    };
    text_in_a_hidden_layer_is_removed => |doc, catalog, page| {
        let layer = doc.add_object(dictionary! { "Type" => "OCG", "Name" => string("Dold") });
        catalog_mut(doc, catalog).set("OCProperties", dictionary! {
            "OCGs" => vec![Object::Reference(layer)],
            "D" => dictionary! { "OFF" => vec![Object::Reference(layer)] },
        });
        let content = Content { operations: vec![
            Operation::new("BDC", vec!["OC".into(), "L1".into()]),
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 11.into()]),
            Operation::new("Td", vec![50.into(), 600.into()]),
            Operation::new("Tj", vec![Object::string_literal(win_ansi(&format!("Dold anteckning: {NAME} ringde.")))]),
            Operation::new("ET", vec![]),
            Operation::new("EMC", vec![]),
        ]}.encode().expect("encodes");
        let extra = doc.add_object(Stream::new(dictionary! {}, content));
        let first = doc.get_dictionary(page).and_then(|p| p.get(b"Contents")).cloned().expect("contents");
        let page = doc.get_dictionary_mut(page).expect("page");
        page.set("Contents", vec![first, Object::Reference(extra)]);
        if let Ok(Object::Dictionary(resources)) = page.get_mut(b"Resources") {
            resources.set("Properties", dictionary! { "L1" => layer });
        }
    };
    unreferenced_objects_are_not_written => |doc, _, _| {
        doc.add_object(dictionary! { "Note" => string(&format!("Utkast: {NAME}")) });
    };
}

#[test]
fn data_after_the_end_of_file_is_not_written() {
    let mut bytes = protocol_with(|_, _, _| {});
    bytes.extend_from_slice(format!("\n% Utkast: {NAME}\n").as_bytes());
    assert_export_removes_the_name(&bytes);
}

#[test]
fn text_outside_the_crop_box_is_removed() {
    let bytes = protocol_with(|doc, _, page| {
        let content = page_content(&[(900.0, &format!("Utanför: {NAME}"))]);
        let extra = doc.add_object(Stream::new(dictionary! {}, content));
        let first = doc
            .get_dictionary(page)
            .and_then(|p| p.get(b"Contents"))
            .cloned()
            .expect("contents");
        let page = doc.get_dictionary_mut(page).expect("page");
        page.set("Contents", vec![first, Object::Reference(extra)]);
        page.set(
            "MediaBox",
            vec![0.into(), 0.into(), 595.into(), 1000.into()],
        );
        page.set("CropBox", vec![0.into(), 0.into(), 595.into(), 842.into()]);
    });
    assert_export_removes_the_name(&bytes);
}
