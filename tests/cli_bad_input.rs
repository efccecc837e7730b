//! Bad input gets exit status 2 and one clear sentence naming the file, never a panic.

mod support;
use support::protocol_pdf::protocol_pdf;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn maskera(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_maskera"))
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the maskera binary runs")
}

/// Writes `bytes` to `name` inside a fresh temporary directory.
fn file_with(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write test input");
    path
}

/// Runs `scan` and `text` on `path` and checks both refuse it with exit 2, one line on
/// stderr that names the file and contains `needle`, and nothing on stdout.
fn assert_refused(path: &Path, needle: &str) {
    for command in ["scan", "text"] {
        let out = maskera(&[command, path.to_str().expect("utf-8 path")]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{command} {}: {stderr}",
            path.display()
        );
        assert!(out.stdout.is_empty(), "nothing on stdout for bad input");
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "one sentence: {stderr}"
        );
        assert!(
            stderr.contains(&path.display().to_string()),
            "names the file: {stderr}"
        );
        assert!(stderr.contains(needle), "says '{needle}': {stderr}");
        assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    }
}

fn zip_with(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut cursor = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut cursor);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in entries {
            zip.start_file(*name, options).expect("zip entry");
            zip.write_all(data).expect("zip data");
        }
        zip.finish().expect("zip finish");
    }
    cursor.into_inner()
}

const CONTENT_TYPES: &[u8] = br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;

#[test]
fn missing_file_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_refused(&dir.path().join("finns-inte.pdf"), "no such file");
}

#[test]
fn a_directory_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("protokoll.pdf");
    std::fs::create_dir(&sub).expect("mkdir");
    assert_refused(&sub, "directory");
}

#[test]
fn an_empty_file_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert_refused(&file_with(&dir, "tom.docx", b""), "empty");
}

#[test]
fn an_old_binary_doc_is_refused_with_advice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    assert_refused(&file_with(&dir, "protokoll.doc", &ole), ".doc");
}

#[test]
fn a_docx_that_is_not_a_zip_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file_with(&dir, "protokoll.docx", b"Detta \xe4r ingen zip-fil alls.");
    assert_refused(&path, "not a valid .docx");
}

#[test]
fn a_zip_without_word_document_xml_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = zip_with(&[("[Content_Types].xml", CONTENT_TYPES), ("hej.txt", b"hej")]);
    assert_refused(
        &file_with(&dir, "protokoll.docx", &bytes),
        "word/document.xml",
    );
}

#[test]
fn a_zip_bomb_is_refused_by_the_decompressed_size_cap() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cursor = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut cursor);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("[Content_Types].xml", options)
            .expect("entry");
        zip.write_all(CONTENT_TYPES).expect("data");
        zip.start_file("word/document.xml", options).expect("entry");
        zip.write_all(b"<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
            .expect("data");
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..300 {
            zip.write_all(&chunk).expect("data");
        }
        zip.write_all(b"</w:t></w:r></w:p></w:body></w:document>")
            .expect("data");
        zip.finish().expect("finish");
    }
    let bytes = cursor.into_inner();
    assert!(bytes.len() < 5 << 20, "the bomb is small on disk");
    assert_refused(&file_with(&dir, "bomb.docx", &bytes), "MB");
}

#[test]
fn malformed_xml_in_the_document_part_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = zip_with(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        (
            "word/document.xml",
            b"<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>Anna</w:r></w:p>",
        ),
    ]);
    assert_refused(&file_with(&dir, "trasig.docx", &bytes), "word/document.xml");
}

#[test]
fn a_truncated_pdf_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = protocol_pdf(2);
    let cut = &pdf[..200];
    assert_refused(&file_with(&dir, "avklippt.pdf", cut), "damaged PDF");
}

#[test]
fn a_pdf_with_the_docx_extension_is_refused_as_wrong_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = file_with(&dir, "protokoll.docx", &protocol_pdf(1));
    assert_refused(&path, "content is PDF");
}

#[test]
fn a_docx_with_the_pdf_extension_is_refused_as_wrong_extension() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bytes = zip_with(&[("[Content_Types].xml", CONTENT_TYPES)]);
    assert_refused(
        &file_with(&dir, "protokoll.pdf", &bytes),
        "content is Word (.docx)",
    );
}

#[test]
fn unknown_arguments_are_a_usage_error() {
    let out = maskera(&["scan", "x.pdf", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage"));
}

#[test]
fn errors_are_swedish_in_a_swedish_locale() {
    let out = Command::new(env!("CARGO_BIN_EXE_maskera"))
        .args(["scan", "finns-inte.pdf"])
        .env("LANG", "sv_SE.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("filen finns inte"));
}

#[test]
fn an_encrypted_pdf_with_an_unknown_password_is_refused() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/encrypted-password.pdf");
    assert_refused(&path, "password-protected");
}

#[test]
fn a_pdf_truncated_in_the_middle_is_refused_after_trying_to_rebuild_it() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/truncated.pdf");
    assert_refused(&path, "damaged PDF that could not be repaired");
}

#[test]
fn a_missing_or_broken_rulebook_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pdf = file_with(&dir, "protokoll.pdf", &protocol_pdf(1));
    let missing = dir.path().join("regelbok.toml");
    let broken = file_with(
        &dir,
        "trasig.toml",
        b"id = \"x\"\n[[rule]]\nid = \"okand-regel\"\n",
    );
    for (rulebook, needle) in [(&missing, "cannot be read"), (&broken, "trasig.toml")] {
        let out = maskera(&[
            "scan",
            pdf.to_str().expect("utf-8"),
            "--rulebook",
            rulebook.to_str().expect("utf-8"),
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(needle), "{stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1);
    }
}
