//! `maskera scan` and `maskera text` on the bundled example protocol, as the command-line
//! contract specifies them.

use std::path::PathBuf;
use std::process::Command;

fn example(ext: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!(
        "assets/examples/protokoll-miljo-och-byggnamnden.{ext}"
    ))
}

fn maskera(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_maskera"))
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("runs");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn scan_json(ext: &str) -> serde_json::Value {
    let path = example(ext);
    let (code, out) = maskera(&["scan", path.to_str().expect("utf-8"), "--format", "json"]);
    assert_eq!(code, 0);
    serde_json::from_str(&out).expect("exactly one JSON object")
}

#[test]
fn scan_json_has_every_field_of_the_contract() {
    for ext in ["pdf", "docx"] {
        let v = scan_json(ext);
        let d = &v["document"];
        assert_eq!(d["format"], ext);
        assert_eq!(d["kind"], "protokoll");
        assert_eq!(d["sha256"].as_str().map(str::len), Some(64));
        assert!(d["pages"].as_u64().is_some_and(|p| p >= 1));
        assert!(d["warnings"].is_array());
        assert_eq!(d["namnd"], "Miljö- och byggnämnden");
        let decisions: Vec<&str> = d["sections"]
            .as_array()
            .expect("sections")
            .iter()
            .map(|s| s["decision"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(
            decisions[..4],
            ["gynnande", "avslag", "ingripande", "okand"],
            "§ 21–24 of the example"
        );
        let candidates = v["candidates"].as_array().expect("array");
        assert!(!candidates.is_empty());
        for c in candidates {
            for key in ["id", "rule", "text", "suggestion", "rationale"] {
                assert!(c[key].is_string(), "{key} in {c}");
            }
            assert!(c["locked"].is_boolean() && c["confidence"].is_number());
            for key in ["page", "paragraph", "start", "end"] {
                assert!(c["location"][key].is_u64(), "{key} in {c}");
            }
        }
    }
}

#[test]
fn the_example_shows_every_identity_number_in_both_formats() {
    let wanted = [
        ("194709183109", "personnummer"),
        ("790717-9191", "personnummer"),
        ("560927-2819", "personnummer"),
        ("470918-3108", "personnummer"),
        ("000101-2384", "personnummer"),
        ("500567-2380", "samordningsnummer"),
    ];
    for ext in ["docx", "pdf"] {
        let v = scan_json(ext);
        let found: Vec<(String, String)> = v["candidates"]
            .as_array()
            .expect("array")
            .iter()
            .map(|c| {
                (
                    c["text"].as_str().unwrap_or("").replace('-', ""),
                    c["rule"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        for (number, rule) in wanted {
            let digits = number.replace('-', "");
            assert!(
                found.iter().any(|(t, r)| *t == digits && r == rule),
                "{ext}: {number} as {rule} in {found:?}"
            );
        }
    }
}

#[test]
fn candidate_ids_are_the_same_on_every_run() {
    let ids = |v: serde_json::Value| -> Vec<String> {
        v["candidates"]
            .as_array()
            .expect("array")
            .iter()
            .map(|c| c["id"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(ids(scan_json("pdf")), ids(scan_json("pdf")));
}

#[test]
fn scan_locations_point_at_the_reported_text() {
    let path = example("docx");
    let (_, text) = maskera(&["text", path.to_str().expect("utf-8")]);
    let paragraphs: Vec<&str> = text
        .split("\n\n")
        .filter(|p| !p.starts_with("--- "))
        .collect();
    let candidates = scan_json("docx");
    let single = candidates["candidates"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|c| c["location"]["end_paragraph"].is_null() && c["location"]["image"].is_null());
    for c in single {
        let p = c["location"]["paragraph"].as_u64().expect("index") as usize;
        let (start, end) = (
            c["location"]["start"].as_u64().expect("start") as usize,
            c["location"]["end"].as_u64().expect("end") as usize,
        );
        let span: String = paragraphs[p]
            .chars()
            .skip(start)
            .take(end - start)
            .collect();
        assert_eq!(span, c["text"].as_str().expect("text"));
    }
}

#[test]
fn text_marks_every_pdf_page() {
    let path = example("pdf");
    let (code, text) = maskera(&["text", path.to_str().expect("utf-8")]);
    assert_eq!(code, 0);
    let pages: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("--- sida "))
        .collect();
    assert_eq!(
        pages,
        ["--- sida 1 ---", "--- sida 2 ---", "--- sida 3 ---"]
    );
    assert!(text.contains("Sammanträdesdatum 2026-03-12"));
}

#[test]
fn scan_text_format_lists_candidates_in_swedish() {
    let path = example("pdf");
    let (code, out) = maskera(&["scan", path.to_str().expect("utf-8")]);
    assert_eq!(code, 0);
    assert!(out.contains("dokumenttyp protokoll"));
    assert!(out.contains("personnummer") && out.contains("maskera") && out.contains("låst"));
}

#[test]
fn images_are_candidates_a_signature_in_the_signature_block_and_a_photo_elsewhere() {
    for ext in ["docx", "pdf"] {
        let v = scan_json(ext);
        let images: Vec<(String, u64)> = v["candidates"]
            .as_array()
            .expect("array")
            .iter()
            .filter(|c| c["location"]["image"].is_u64())
            .map(|c| {
                (
                    c["rule"].as_str().unwrap_or("").to_string(),
                    c["location"]["image"].as_u64().unwrap_or(99),
                )
            })
            .collect();
        assert_eq!(
            images,
            [("namnteckning".to_string(), 0), ("foto".to_string(), 1)],
            "{ext}"
        );
    }
}
