//! `maskera export FILE` as the CLI contract describes it: default output names, no
//! overwrite without `--force`, decisions applied and locked rules enforced, the input
//! never touched, and an output that `maskera check` finds clean.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

fn example(ext: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!(
        "assets/examples/protokoll-miljo-och-byggnamnden.{ext}"
    ))
}

fn maskera(args: &[&str]) -> (i32, String, String) {
    // Keys and the municipality key go to a private directory, not the user's.
    let config = std::env::temp_dir().join(format!("maskera-cli-export-{}", std::process::id()));
    let run = Command::new(env!("CARGO_BIN_EXE_maskera"))
        .args(args)
        .env("LANG", "sv_SE.UTF-8")
        .env("MASKERA_CONFIG_DIR", &config)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        run.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&run.stdout).into_owned(),
        stderr,
    )
}

fn copy_example(dir: &Path, ext: &str) -> PathBuf {
    let path = dir.join(format!("protokoll.{ext}"));
    std::fs::copy(example(ext), &path).expect("copy");
    path
}

fn hash(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).expect("reads")).to_vec()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn export_writes_the_publishable_pdf_beside_the_input_and_check_finds_it_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = copy_example(dir.path(), "pdf");
    let before = hash(&input);
    let (code, out, err) = maskera(&["export", s(&input)]);
    assert_eq!(code, 0, "{err}");
    let output = dir.path().join("protokoll.publicerbar.pdf");
    assert!(output.is_file(), "{out}");
    assert!(
        dir.path()
            .join("protokoll.publicerbar.audit.json")
            .is_file(),
        "{out}"
    );
    assert!(out.contains("maskeringar"), "{out}");
    assert_eq!(hash(&input), before, "the input is never modified");
    let (code, out, _) = maskera(&["check", s(&output), "--against", s(&input)]);
    assert_eq!(code, 0, "{out}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("lists")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left behind");
}

#[test]
fn an_existing_output_is_only_overwritten_with_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = copy_example(dir.path(), "pdf");
    let output = dir.path().join("ut.pdf");
    std::fs::write(&output, b"tidigare fil").expect("writes");
    let (code, _, err) = maskera(&["export", s(&input), "--out", s(&output)]);
    assert_eq!(code, 2);
    assert!(
        err.contains("finns redan") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read(&output).expect("reads"), b"tidigare fil");
    let (code, _, err) = maskera(&["export", s(&input), "--out", s(&output), "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read(&output).expect("reads").starts_with(b"%PDF"));
}

#[test]
fn keeping_a_locked_candidate_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = copy_example(dir.path(), "pdf");
    let (_, scan, _) = maskera(&["scan", s(&input), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&scan).expect("json");
    let locked = v["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .find(|c| c["rule"] == "personnummer")
        .expect("a personnummer");
    let decisions = dir.path().join("beslut.json");
    std::fs::write(
        &decisions,
        serde_json::json!({ "decisions": [{ "id": locked["id"], "action": "keep", "reason": "samtycke" }] })
            .to_string(),
    )
    .expect("writes");
    let (code, _, err) = maskera(&["export", s(&input), "--decisions", s(&decisions)]);
    assert_eq!(code, 2);
    assert!(err.contains("låst"), "{err}");
    assert!(!dir.path().join("protokoll.publicerbar.pdf").exists());
}

#[test]
fn a_kept_name_stays_readable_and_a_manual_mask_is_removed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = copy_example(dir.path(), "pdf");
    let (_, text, _) = maskera(&["scan", s(&input), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&text).expect("json");
    let namn = v["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .find(|c| c["rule"] == "namn" && c["suggestion"] == "mask")
        .expect("a name to mask");
    let kept = namn["text"].as_str().expect("text").to_string();
    // "Nämnden beviljar bidrag" is masked by hand (a manual mask over a kept text).
    let (_, plain, _) = maskera(&["text", s(&input)]);
    let paragraphs: Vec<&str> = plain
        .split("\n\n")
        .filter(|p| !p.starts_with("--- sida"))
        .collect();
    let index = paragraphs
        .iter()
        .position(|p| p.starts_with("Nämnden beviljar bidrag"))
        .expect("paragraph");
    let decisions = dir.path().join("beslut.json");
    std::fs::write(
        &decisions,
        serde_json::json!({
            "decisions": [{ "id": namn["id"], "action": "keep", "reason": "offentliggjort av den registrerade" }],
            "manual": [{ "paragraph": index, "start": 0, "end": 23, "rule": "integritetskanslig", "reason": "test" }],
        })
        .to_string(),
    )
    .expect("writes");
    let (code, _, err) = maskera(&["export", s(&input), "--decisions", s(&decisions)]);
    assert_eq!(code, 0, "{err}");
    let (_, out_text, _) = maskera(&["text", s(&dir.path().join("protokoll.publicerbar.pdf"))]);
    assert!(
        out_text.contains(&kept),
        "the kept name {kept} is still there"
    );
    assert!(!out_text.contains("Nämnden beviljar bidrag"), "{out_text}");
}

#[test]
fn a_docx_export_can_also_write_the_masked_docx() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = copy_example(dir.path(), "docx");
    let masked = dir.path().join("maskerad.docx");
    let (code, out, err) = maskera(&[
        "export",
        s(&input),
        "--renderer",
        "inbyggd",
        "--docx-out",
        s(&masked),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("protokoll.publicerbar.pdf"), "{out}");
    let (code, text, _) = maskera(&["text", s(&masked)]);
    assert_eq!(code, 0);
    assert!(text.contains("Sökande: XXX"), "{text}");
}

#[test]
fn a_damaged_input_is_a_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("trasig.pdf");
    let whole = std::fs::read(example("pdf")).expect("reads");
    std::fs::write(&input, &whole[..whole.len() / 3]).expect("writes");
    let (code, _, err) = maskera(&["export", s(&input)]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("maskera: ") && err.contains("trasig.pdf"),
        "{err}"
    );
    assert!(!dir.path().join("trasig.publicerbar.pdf").exists());
}
