//! `maskera check OUT.pdf --against FILE`: the independent leak check finds masked values
//! in every channel and names the channel and rule, never the value.

mod support;
use support::protocol_pdf::pdf_from_lines;

use lopdf::{dictionary, Object};
use std::path::{Path, PathBuf};
use std::process::Command;

fn example(ext: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!(
        "assets/examples/protokoll-miljo-och-byggnamnden.{ext}"
    ))
}

fn check(out: &Path, against: &Path, decisions: Option<&Path>) -> (i32, String) {
    let mut args = vec![
        "check".to_string(),
        out.display().to_string(),
        "--against".into(),
        against.display().to_string(),
    ];
    if let Some(d) = decisions {
        args.extend(["--decisions".to_string(), d.display().to_string()]);
    }
    let run = Command::new(env!("CARGO_BIN_EXE_maskera"))
        .args(&args)
        .env("LANG", "C")
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&run.stderr).contains("panicked"));
    (
        run.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&run.stdout).into_owned(),
    )
}

/// A one-page PDF of harmless text, changed by `edit` before it is written to `name`.
fn neutral_pdf(
    dir: &tempfile::TempDir,
    name: &str,
    edit: impl FnOnce(&mut lopdf::Document),
) -> PathBuf {
    let bytes = pdf_from_lines(&[vec![(
        12.0,
        "Nämnden beslutar att bevilja bygglov.".to_string(),
    )]]);
    let mut doc = lopdf::Document::load_mem(&bytes).expect("load");
    edit(&mut doc);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("save");
    let path = dir.path().join(name);
    std::fs::write(&path, out).expect("write");
    path
}

const VALUES: &[&str] = &[
    "194709183109",
    "Jörgen Åkesson",
    "790717-9191",
    "Tallvägen 7 B",
    "ahmed.hassan@exempel.se",
];

#[test]
fn the_unredacted_protocol_leaks_and_the_report_never_repeats_a_value() {
    let (code, out) = check(&example("pdf"), &example("docx"), None);
    assert_eq!(code, 1);
    assert!(
        out.contains("läcka i sidtext (regel personnummer)"),
        "{out}"
    );
    assert!(
        out.contains("läcka i bokmärken"),
        "LibreOffice made outlines of the headings: {out}"
    );
    for value in VALUES {
        assert!(!out.contains(value), "the report must not contain {value}");
    }
}

#[test]
fn a_pdf_without_the_values_is_clean() {
    let dir = tempfile::tempdir().expect("tempdir");
    let clean = neutral_pdf(&dir, "ren.pdf", |_| {});
    let (code, out) = check(&clean, &example("docx"), None);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ingen läcka"));
}

#[test]
fn a_name_in_the_document_information_is_a_metadata_leak() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = neutral_pdf(&dir, "meta.pdf", |doc| {
        let info = doc.add_object(
            dictionary! { "Author" => Object::string_literal("Jörgen Åkesson".as_bytes()) },
        );
        doc.trailer.set("Info", info);
    });
    let (code, out) = check(&pdf, &example("docx"), None);
    assert_eq!(code, 1);
    assert!(out.contains("läcka i metadata"), "{out}");
    assert!(!out.contains("sidtext"), "{out}");
}

#[test]
fn a_personnummer_in_a_sticky_note_is_an_annotation_leak() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = neutral_pdf(&dir, "annot.pdf", |doc| {
        let annot = doc.add_object(dictionary! {
            "Type" => "Annot", "Subtype" => "Text",
            "Rect" => vec![10.into(), 10.into(), 30.into(), 30.into()],
            "Contents" => Object::string_literal("Kolla pnr 194709183109 innan publicering"),
        });
        let page = *doc.get_pages().values().next().expect("a page");
        if let Ok(Object::Dictionary(d)) = doc.get_object_mut(page) {
            d.set("Annots", vec![Object::Reference(annot)]);
        }
    });
    let (code, out) = check(&pdf, &example("docx"), None);
    assert_eq!(code, 1);
    assert!(
        out.contains("läcka i kommentarer och annoteringar (regel personnummer)"),
        "{out}"
    );
}

#[test]
fn text_left_in_an_earlier_revision_is_a_leak() {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = pdf_from_lines(&[vec![(12.0, "Sökande Jörgen Åkesson bor här.".to_string())]]);
    // An incremental update that gives the page new content: the old stream stays behind.
    let mut doc = lopdf::Document::load_mem(&first).expect("load");
    let page = *doc.get_pages().values().next().expect("a page");
    let fresh = doc.add_object(lopdf::Stream::new(
        dictionary! {},
        b"BT /F1 12 Tf 50 700 Td (Ren text) Tj ET".to_vec(),
    ));
    let mut update = lopdf::IncrementalDocument::create_from(first.clone(), doc.clone());
    update
        .new_document
        .set_object(fresh, doc.get_object(fresh).expect("stream").clone());
    let mut page_dict = doc.get_dictionary(page).expect("page").clone();
    page_dict.set("Contents", fresh);
    update
        .new_document
        .set_object(page, Object::Dictionary(page_dict));
    let mut bytes = Vec::new();
    update.save_to(&mut bytes).expect("save");
    let path = dir.path().join("revision.pdf");
    std::fs::write(&path, &bytes).expect("write");
    let (code, out) = check(&path, &example("docx"), None);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("övriga objekt") || out.contains("tidigare versioner"),
        "{out}"
    );
    assert!(
        !out.contains("läcka i sidtext"),
        "the current page is clean: {out}"
    );
}

#[test]
fn kept_values_are_not_leaks_but_locked_ones_stay_masked_and_cannot_be_kept() {
    let scan = Command::new(env!("CARGO_BIN_EXE_maskera"))
        .args([
            "scan",
            example("docx").to_str().expect("utf-8"),
            "--format",
            "json",
        ])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&scan.stdout).expect("json");
    let decisions: Vec<serde_json::Value> = v["candidates"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|c| c["locked"] == false)
        .map(|c| serde_json::json!({ "id": c["id"], "action": "keep", "reason": "samtycke finns" }))
        .collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("beslut.json");
    std::fs::write(
        &path,
        serde_json::json!({ "decisions": decisions }).to_string(),
    )
    .expect("write");
    let (code, out) = check(&example("pdf"), &example("docx"), Some(&path));
    assert_eq!(code, 1);
    for line in out.lines() {
        assert!(
            ["personnummer", "samordningsnummer", "sekretess"]
                .iter()
                .any(|r| line.ends_with(&format!("(regel {r})"))),
            "only locked rules can leak after keep decisions: {line}"
        );
    }
    let locked = v["candidates"]
        .as_array()
        .expect("array")
        .iter()
        .find(|c| c["locked"] == true)
        .expect("the example has a personnummer");
    std::fs::write(
        &path,
        serde_json::json!({ "decisions": [{ "id": locked["id"], "action": "keep", "reason": "x" }] })
            .to_string(),
    )
    .expect("write");
    let (code, _) = check(&example("pdf"), &example("docx"), Some(&path));
    assert_eq!(code, 2, "keeping a locked candidate is refused");
}
