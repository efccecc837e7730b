//! Ingest: read a .docx or .pdf file into the [`Document`] model.
//!
//! This stage decides what the file is (by its content, not its name), refuses what it
//! cannot read with a clear [`IngestError`], and hands the bytes to the format reader.
//! The input file is only ever read.

mod document;
pub(crate) mod docx;
mod error;
mod layout;
mod pdf;

pub use document::*;
pub use error::{IngestError, Problem};

use sha2::{Digest, Sha256};
use std::path::Path;

/// The largest input file accepted (bytes). Far above any real protocol.
pub const MAX_INPUT_BYTES: u64 = 512 * 1024 * 1024;

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sniffed {
    Pdf,
    Zip,
    Ole,
    Unknown,
}

fn sniff(bytes: &[u8]) -> Sniffed {
    let head = &bytes[..bytes.len().min(1024)];
    if head.starts_with(b"PK\x03\x04") {
        Sniffed::Zip
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Sniffed::Ole
    } else if head.windows(5).any(|w| w == b"%PDF-") {
        Sniffed::Pdf
    } else {
        Sniffed::Unknown
    }
}

/// Reads the file at `path`. `path` is shown to the user in errors as given.
pub fn ingest_path(path: &Path) -> Result<Document, IngestError> {
    let shown = path.display().to_string();
    let fail = |problem| IngestError::new(shown.clone(), problem);
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => fail(Problem::NotFound),
        _ => fail(Problem::Unreadable(e.to_string())),
    })?;
    if meta.is_dir() {
        return Err(fail(Problem::IsDirectory));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(fail(Problem::TooLarge {
            limit_mb: MAX_INPUT_BYTES / (1024 * 1024),
        }));
    }
    let bytes = std::fs::read(path).map_err(|e| fail(Problem::Unreadable(e.to_string())))?;
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    ingest_bytes(&bytes, &extension).map_err(fail)
}

/// Reads a document from memory. `extension` is the lower-case file extension the user
/// gave (without the dot, may be empty); it must agree with the content.
pub fn ingest_bytes(bytes: &[u8], extension: &str) -> Result<Document, Problem> {
    if bytes.is_empty() {
        return Err(Problem::Empty);
    }
    let sniffed = sniff(bytes);
    check_extension(sniffed, extension)?;
    let mut document = match sniffed {
        Sniffed::Pdf => guarded(|| pdf::read(bytes))?,
        Sniffed::Zip => guarded(|| docx::read(bytes))?,
        Sniffed::Ole => return Err(Problem::LegacyDoc),
        Sniffed::Unknown => return Err(unknown_content(extension)),
    };
    document.sha256 = sha256_hex(bytes);
    Ok(document)
}

/// Runs a format reader so that a panic in it, or in a library it uses, on a hostile file
/// becomes a clear error instead of a crash. Our own code does not panic on input; this is
/// the last line of defence for the parsers underneath.
fn guarded(read: impl FnOnce() -> Result<Document, Problem>) -> Result<Document, Problem> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|_| {
        Err(Problem::Unreadable(
            "the reader failed on its content".into(),
        ))
    })
}

/// A .docx that is not a zip is reported as such; anything else as an unknown format.
fn unknown_content(extension: &str) -> Problem {
    match extension {
        "docx" => Problem::NotZip,
        "pdf" => Problem::CorruptPdf("no PDF header".into()),
        _ => Problem::UnknownFormat,
    }
}

fn check_extension(sniffed: Sniffed, extension: &str) -> Result<(), Problem> {
    let wrong = |actual| Err(Problem::WrongExtension { actual });
    match (sniffed, extension) {
        (Sniffed::Pdf, "pdf") | (Sniffed::Zip, "docx") | (Sniffed::Zip, "docm") => Ok(()),
        (Sniffed::Ole, "doc") | (Sniffed::Ole, "docx") => Ok(()),
        (Sniffed::Unknown, _) => Ok(()),
        (Sniffed::Pdf, _) => wrong("PDF"),
        (Sniffed::Zip, _) => wrong("Word (.docx)"),
        (Sniffed::Ole, _) => wrong("Word (.doc)"),
    }
}

/// Loads a PDF for other stages (export, the leak check) the way ingest does: a damaged
/// cross-reference table rebuilt, an empty user password tried, also with an inline
/// Encrypt dictionary.
pub fn load_pdf(bytes: &[u8]) -> Result<lopdf::Document, Problem> {
    if sniff(bytes) != Sniffed::Pdf {
        return Err(Problem::CorruptPdf("no PDF header".into()));
    }
    pdf::load(bytes)
}

/// Hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
