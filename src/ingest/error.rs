//! Why a file could not be read, in words a user understands.

use crate::locale::Lang;
use std::fmt;

/// A file that could not be ingested, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    /// The file as the user named it.
    pub path: String,
    pub problem: Problem,
}

/// What is wrong with the input. Each variant becomes one sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NotFound,
    IsDirectory,
    Unreadable(String),
    Empty,
    /// An old binary Word file (.doc, OLE compound file).
    LegacyDoc,
    /// Neither a PDF nor a Word (.docx) package.
    UnknownFormat,
    /// The content is `actual` but the file name says otherwise.
    WrongExtension {
        actual: &'static str,
    },
    /// A .docx that is not a zip archive (or a damaged one).
    NotZip,
    /// A zip without `word/document.xml`.
    NotWordPackage,
    /// Decompressed content would exceed the safety cap (zip bomb).
    TooLarge {
        limit_mb: u64,
    },
    /// XML that does not parse; `part` names the package part.
    MalformedXml {
        part: String,
        detail: String,
    },
    /// A PDF that cannot be parsed even after trying to rebuild its cross-reference table.
    CorruptPdf(String),
    /// A PDF encrypted with a password we do not have.
    Encrypted,
    /// A PDF with no pages.
    NoPages,
}

impl IngestError {
    pub fn new(path: impl Into<String>, problem: Problem) -> Self {
        IngestError {
            path: path.into(),
            problem,
        }
    }

    /// The one-sentence message in the given language, naming the file.
    pub fn message(&self, lang: Lang) -> String {
        let f = &self.path;
        match lang {
            Lang::English => english(f, &self.problem),
            Lang::Swedish => swedish(f, &self.problem),
        }
    }
}

fn english(f: &str, p: &Problem) -> String {
    match p {
        Problem::NotFound => format!("{f}: no such file."),
        Problem::IsDirectory => format!("{f}: is a directory, not a .docx or .pdf file."),
        Problem::Unreadable(e) => format!("{f}: cannot be read ({e})."),
        Problem::Empty => format!("{f}: the file is empty."),
        Problem::LegacyDoc => format!(
            "{f}: is an old Word .doc file, which is not supported; save it as .docx or PDF first."
        ),
        Problem::UnknownFormat => format!("{f}: is neither a PDF nor a Word (.docx) document."),
        Problem::WrongExtension { actual } => format!(
            "{f}: the file name says otherwise but the content is {actual}; rename it with the right extension."
        ),
        Problem::NotZip => format!("{f}: is not a valid .docx file (not a zip package)."),
        Problem::NotWordPackage => format!(
            "{f}: is a zip archive but not a Word document (word/document.xml is missing)."
        ),
        Problem::TooLarge { limit_mb } => format!(
            "{f}: unpacks to more than {limit_mb} MB, which is refused as unsafe (zip bomb?)."
        ),
        Problem::MalformedXml { part, detail } => {
            format!("{f}: the Word part {part} is damaged XML ({detail}).")
        }
        Problem::CorruptPdf(e) => {
            format!("{f}: is a damaged PDF that could not be repaired ({e}).")
        }
        Problem::Encrypted => format!(
            "{f}: is a password-protected PDF; remove the password in the program that made it and try again."
        ),
        Problem::NoPages => format!("{f}: the PDF has no pages."),
    }
}

fn swedish(f: &str, p: &Problem) -> String {
    match p {
        Problem::NotFound => format!("{f}: filen finns inte."),
        Problem::IsDirectory => format!("{f}: är en mapp, inte en .docx- eller .pdf-fil."),
        Problem::Unreadable(e) => format!("{f}: filen kan inte läsas ({e})."),
        Problem::Empty => format!("{f}: filen är tom."),
        Problem::LegacyDoc => format!(
            "{f}: är en gammal Word-fil (.doc) som inte stöds; spara den som .docx eller PDF först."
        ),
        Problem::UnknownFormat => format!("{f}: är varken en PDF eller ett Word-dokument (.docx)."),
        Problem::WrongExtension { actual } => format!(
            "{f}: filnamnet säger något annat men innehållet är {actual}; byt till rätt filändelse."
        ),
        Problem::NotZip => format!("{f}: är ingen giltig .docx-fil (inte ett zip-paket)."),
        Problem::NotWordPackage => format!(
            "{f}: är ett zip-arkiv men inget Word-dokument (word/document.xml saknas)."
        ),
        Problem::TooLarge { limit_mb } => format!(
            "{f}: packas upp till mer än {limit_mb} MB och vägras som osäker (zip-bomb?)."
        ),
        Problem::MalformedXml { part, detail } => {
            format!("{f}: Word-delen {part} är skadad XML ({detail}).")
        }
        Problem::CorruptPdf(e) => {
            format!("{f}: är en skadad PDF som inte gick att reparera ({e}).")
        }
        Problem::Encrypted => format!(
            "{f}: är en lösenordsskyddad PDF; ta bort lösenordet i programmet som skapade den och försök igen."
        ),
        Problem::NoPages => format!("{f}: PDF-filen har inga sidor."),
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::English))
    }
}

impl std::error::Error for IngestError {}
