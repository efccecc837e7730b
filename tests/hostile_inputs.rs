//! Hostile and odd inputs: every one gets a clear answer (read, or refused with one
//! sentence) from `scan` and `export`, never a crash or a hang, and never more than 1 GB
//! of resident memory (watched in /proc while each command runs).

mod support;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A PDF from raw object bodies (object 1 is the catalog), with a correct xref table.
fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(body);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< /Length {} >>\nstream\n", data.len()).into_bytes();
    out.extend(data);
    out.extend(b"\nendstream");
    out
}

const PAGES: &[u8] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
const PAGE: &[u8] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
    /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> \
    /XObject << /X1 5 0 R >> >> >>";
const TEXT: &[u8] =
    b"BT /F1 12 Tf 50 700 Td (S\xf6kande J\xf6rgen \xc5kesson, 19121212-1212) Tj ET";

fn simple(catalog_extra: &[u8], content: &[u8], fifth: Vec<u8>) -> Vec<u8> {
    let mut catalog = b"<< /Type /Catalog /Pages 2 0 R ".to_vec();
    catalog.extend(catalog_extra);
    catalog.extend(b" >>");
    pdf(&[
        catalog,
        PAGES.to_vec(),
        PAGE.to_vec(),
        stream(content),
        fifth,
    ])
}

/// Peak resident memory allowed for any input.
const MEMORY_LIMIT_KB: u64 = 1024 * 1024;

/// Runs `maskera`, watching its peak resident memory (VmHWM on Linux) and time;
/// (exit code, stderr).
fn run_bounded(args: &[&str]) -> (i32, String) {
    run_bounded_to(args, Stdio::null())
}

/// [`run_bounded`] with the standard output going to `stdout`.
fn run_bounded_to(args: &[&str], stdout: Stdio) -> (i32, String) {
    let config = std::env::temp_dir().join(format!("maskera-hostile-{}", std::process::id()));
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_maskera"))
        .args(args)
        .env("LANG", "C")
        .env("MASKERA_CONFIG_DIR", &config)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    let status = loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            peak_kb = peak_kb.max(vm_hwm_kb(&status));
        }
        match child.try_wait().expect("waits") {
            Some(status) => break status,
            None if started.elapsed() > Duration::from_secs(180) => {
                let _ = child.kill();
                panic!("{args:?} took more than three minutes");
            }
            None => std::thread::sleep(Duration::from_millis(10)),
        }
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    assert!(peak_kb < MEMORY_LIMIT_KB, "{args:?} used {peak_kb} kB");
    assert!(
        status.code().is_some(),
        "{args:?} was killed by a signal (a crash): {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    (status.code().unwrap_or(-1), stderr)
}

fn vm_hwm_kb(status: &str) -> u64 {
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// `scan` and `export` both answer: success, or exit 2 with one sentence naming the file.
fn assert_answered(name: &str, bytes: &[u8]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join(name);
    std::fs::write(&input, bytes).expect("writes");
    let path = input.to_str().expect("utf-8");
    for command in ["scan", "export"] {
        let (code, err) = run_bounded(&[command, path]);
        assert!(
            code == 0 || code == 2,
            "{command} {name}: exit {code}: {err}"
        );
        if code == 2 {
            let lines: Vec<&str> = err
                .lines()
                .filter(|l| !l.contains("new key created"))
                .collect();
            assert_eq!(lines.len(), 1, "{command} {name}: {err}");
            assert!(err.contains(name), "{command} {name}: {err}");
        }
    }
    if let Ok(out) = std::fs::read(dir.path().join(name.replace(".pdf", ".publicerbar.pdf"))) {
        assert!(
            !support::readable_text(&out).contains("Åkesson"),
            "{name}: a leak"
        );
    }
}

#[test]
fn deeply_nested_arrays_and_dictionaries_are_answered() {
    let arrays = [b"/X ".to_vec(), b"[".repeat(200_000), b"]".repeat(200_000)].concat();
    assert_answered("djupa-listor.pdf", &simple(&arrays, TEXT, b"null".to_vec()));
    let dicts = [
        b"/X ".to_vec(),
        b"<< /A ".repeat(100_000),
        b"1".to_vec(),
        b" >>".repeat(100_000),
    ]
    .concat();
    assert_answered("djupa-lexikon.pdf", &simple(&dicts, TEXT, b"null".to_vec()));
    let content = [
        b"BT /F1 12 Tf 50 700 Td [".to_vec(),
        b"[".repeat(100_000),
        b"]".repeat(100_000),
        b"] TJ ET".to_vec(),
    ]
    .concat();
    assert_answered(
        "djupt-innehall.pdf",
        &simple(b"", &content, b"null".to_vec()),
    );
}

#[test]
fn reference_loops_are_answered() {
    // A page tree that contains itself.
    let looped = pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>".to_vec(),
        PAGE.to_vec(),
        stream(TEXT),
        b"null".to_vec(),
    ]);
    assert_answered("sidtrad-slinga.pdf", &looped);
    // A Form XObject that paints itself, and a stream whose length points at itself.
    let form = [b"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /X1 5 0 R >> >> /Length 6 >>\nstream\n/X1 Do\nendstream".to_vec()].concat();
    assert_answered(
        "form-slinga.pdf",
        &simple(b"", &[TEXT, b" /X1 Do"].concat(), form),
    );
    let self_length = pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        PAGES.to_vec(),
        PAGE.to_vec(),
        b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream".to_vec(),
        b"null".to_vec(),
    ]);
    assert_answered("langd-slinga.pdf", &self_length);
}

#[test]
fn an_image_that_claims_to_be_huge_is_answered() {
    let image = b"<< /Type /XObject /Subtype /Image /Width 100000 /Height 100000 \
        /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 3 >>\nstream\nabc\nendstream"
        .to_vec();
    let content = [TEXT, b" q 500 0 0 500 0 0 cm /X1 Do Q"].concat();
    assert_answered("jattebild.pdf", &simple(b"", &content, image));
}

#[test]
fn a_five_thousand_page_protocol_is_read_within_bounds() {
    let bytes = support::protocol_pdf::protocol_pdf(5000);
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("5000-sidor.pdf");
    std::fs::write(&input, bytes).expect("writes");
    let (code, err) = run_bounded(&["scan", input.to_str().expect("utf-8"), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_word_package_that_inflates_beyond_the_cap_is_refused() {
    // 300 MB of document.xml compressed to a few hundred kB: a zip bomb.
    let body = format!(
        "<w:p><w:r><w:t>{}</w:t></w:r></w:p>",
        "a".repeat(300 * 1024 * 1024)
    );
    let bytes = support::docx::docx(&body, &[]);
    assert!(bytes.len() < 2 * 1024 * 1024);
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("bomb.docx");
    std::fs::write(&input, bytes).expect("writes");
    let (code, err) = run_bounded(&["scan", input.to_str().expect("utf-8")]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bomb.docx"), "{err}");
}

#[test]
fn a_hundred_megabyte_word_file_of_photos_is_scanned_and_exported_within_bounds() {
    // Eight photos of 13 MB each (2,100 × 2,100 pixels that do not compress, stored as
    // Word stores pictures) in an ordinary protocol: a 100 MB package.
    let media: Vec<(String, Vec<u8>)> = (0..8)
        .map(|i| {
            (
                format!("bild{i}.png"),
                support::docx::noise_png(2100, 2100, i + 1),
            )
        })
        .collect();
    let body: String = (0..8)
        .map(|i| {
            format!(
                "<w:p><w:r><w:t>§ {n} Bygglov. Sökande Lars Åkesson, 19640823-3236, fick bygglov för en carport.</w:t></w:r></w:p><w:p>{}</w:p>",
                support::docx::picture_run(i, 12, 12),
                n = i + 1
            )
        })
        .collect();
    let bytes = support::docx::docx_with_pictures(&body, &media);
    assert!(bytes.len() > 100 << 20, "{} bytes", bytes.len());
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("bilder.docx");
    std::fs::write(&input, &bytes).expect("writes");
    let path = input.to_str().expect("utf-8");

    // The photos are suggested for masking; the secretary keeps them, so all 100 MB go
    // through masking, LibreOffice and the proof.
    let listing = dir.path().join("scan.json");
    let file = std::fs::File::create(&listing).expect("creates");
    let (code, err) = run_bounded_to(&["scan", path, "--format", "json"], file.into());
    assert_eq!(code, 0, "{err}");
    let scan: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&listing).expect("scan")).expect("json");
    let keep: Vec<serde_json::Value> = scan["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .filter(|c| c["rule"] == "foto")
        .map(|c| serde_json::json!({"id": c["id"], "action": "keep", "reason": "bilden får publiceras"}))
        .collect();
    assert_eq!(keep.len(), 8, "every photo is a candidate");
    let decisions = dir.path().join("beslut.json");
    std::fs::write(
        &decisions,
        serde_json::json!({ "decisions": keep }).to_string(),
    )
    .expect("writes");
    let (code, err) = run_bounded(&[
        "export",
        path,
        "--decisions",
        decisions.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{err}");
    let out = dir.path().join("bilder.publicerbar.pdf");
    let pdf = lopdf::Document::load(&out).expect("a PDF");
    let images = pdf
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
        .count();
    assert!(images >= 1, "the kept photos are in the PDF");
    let words = support::pdftotext_words(&out);
    assert!(words.iter().any(|w| w == "carport."), "{words:?}");
    assert!(
        !words
            .iter()
            .any(|w| w.contains("Åkesson") || w.contains("3236")),
        "a leak: {words:?}"
    );
}

#[test]
fn wrong_extensions_and_empty_files_are_refused_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in [
        ("tom.pdf", Vec::new()),
        ("text.pdf", b"Det har ar ingen PDF.".to_vec()),
        ("pdf-som-docx.docx", simple(b"", TEXT, b"null".to_vec())),
    ] {
        let input = dir.path().join(name);
        std::fs::write(&input, &bytes).expect("writes");
        let (code, err) = run_bounded(&["export", input.to_str().expect("utf-8")]);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(err.contains(name), "{err}");
        assert!(Path::new(&input).exists());
    }
}

#[test]
fn a_cmap_repeating_a_large_range_is_answered_without_endless_work() {
    // 20,000 times the whole two-byte range: 1.3 billion codes to expand without a budget.
    let mut cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
        1 begincodespacerange <0000> <FFFF> endcodespacerange\n20000 beginbfrange\n"
        .to_vec();
    for _ in 0..20_000 {
        cmap.extend(b"<0000> <FFFF> <0041>\n");
    }
    cmap.extend(b"endbfrange endcmap CMapName currentdict /CMap defineresource pop end end");
    let font = b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H \
        /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X \
        /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>] \
        /ToUnicode 5 0 R >>";
    let page = String::from_utf8_lossy(PAGE)
        .replace(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            &String::from_utf8_lossy(font),
        )
        .into_bytes();
    let bytes = pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        PAGES.to_vec(),
        page,
        stream(b"BT /F1 12 Tf 50 700 Td <00410042> Tj ET"),
        stream(&cmap),
    ]);
    assert_answered("cmap-intervall.pdf", &bytes);
}
