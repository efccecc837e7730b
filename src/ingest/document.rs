//! The document model every later stage works on.
//!
//! A [`Document`] is a flat list of [`Paragraph`]s in reading order. Each paragraph knows
//! which [`Part`] it belongs to (a PDF page, or a DOCX story part such as the body or a
//! footer) and carries, for every character of its text, an [`Origin`] saying exactly where
//! that character came from in the file. Detection reports locations as
//! (paragraph, character range); export follows the origins back to the bytes to remove.

use serde::Serialize;

/// The input format of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Docx,
    Pdf,
}

/// One ingested document.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub format: Format,
    /// Hex SHA-256 of the input bytes.
    pub sha256: String,
    /// Number of pages (PDF); 1 for DOCX, whose pagination only a renderer knows.
    pub pages: u32,
    pub parts: Vec<Part>,
    /// Every paragraph of every part, in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// Metadata fields (DOCX core/app/custom properties, PDF Info dictionary, XMP).
    pub properties: Vec<Property>,
    /// Images (photos, scanned signatures) with where they stand.
    pub images: Vec<Image>,
    pub warnings: Vec<Warning>,
}

/// An image in the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Image {
    /// 1-based page.
    pub page: u32,
    /// The paragraph the image stands in, or the nearest one above it.
    pub paragraph: Option<usize>,
    /// Its box in page space (PDF only).
    pub bbox: Option<Rect>,
    pub source: ImageSource,
}

/// Where an image comes from in the file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ImageSource {
    /// A `Do` of an Image XObject (`object`) or an inline image (`BI`, no object).
    Pdf {
        stream: StreamRef,
        op: u32,
        object: Option<(u32, u16)>,
    },
    /// A picture in a run: the package part of the image.
    Docx {
        part: usize,
        run: u32,
        target: String,
    },
}

impl Document {
    /// A document of plain-text paragraphs (one body part, page 1, no source file): for
    /// scanning text that did not come from a file, and for tests of the detectors.
    pub fn from_plain_paragraphs(texts: &[String]) -> Document {
        Document {
            format: Format::Docx,
            sha256: "0".repeat(64),
            pages: 1,
            parts: vec![Part {
                kind: PartKind::Body,
                name: String::new(),
                page: 1,
            }],
            paragraphs: texts
                .iter()
                .map(|text| Paragraph {
                    part: 0,
                    page: 1,
                    last_page: 1,
                    text: text.clone(),
                    origins: vec![Origin::Synthetic; text.chars().count()],
                    marks: Vec::new(),
                    hidden: Vec::new(),
                    boxes: Vec::new(),
                    running: false,
                })
                .collect(),
            properties: Vec::new(),
            images: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The paragraphs a range of them covers: every one from `range.start` to before
    /// `range.end`, except the running headers and footers inside it, which stand between
    /// its paragraphs only because a page break does (a § body over two pages). A range
    /// that starts on a running line (the cells of a running header's row) covers all.
    pub fn span(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let end = range.end.min(self.paragraphs.len());
        let inside = range.clone();
        (range.start..end).filter(move |&i| self.in_span(&inside, i))
    }

    /// Whether paragraph `index` is one the range covers (see [`Document::span`]).
    pub fn in_span(&self, range: &std::ops::Range<usize>, index: usize) -> bool {
        let running = |i: usize| self.paragraphs.get(i).is_some_and(|p| p.running);
        range.contains(&index)
            && (index == range.start
                || index + 1 == range.end
                || !running(index)
                || running(range.start))
    }
}

/// A container of paragraphs: a PDF page or a DOCX story part.
#[derive(Debug, Clone, Serialize)]
pub struct Part {
    pub kind: PartKind,
    /// The package path for DOCX (`word/footer1.xml`), empty for PDF pages.
    pub name: String,
    /// 1-based page the part is shown on (for DOCX: 1).
    pub page: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartKind {
    Page,
    Body,
    Header,
    Footer,
    Footnotes,
    Endnotes,
    Comments,
}

/// A paragraph of text with a source map.
#[derive(Debug, Clone, Serialize)]
pub struct Paragraph {
    /// Index into [`Document::parts`].
    pub part: usize,
    /// 1-based page the paragraph starts on.
    pub page: u32,
    /// 1-based page it ends on: later than `page` when a PDF paragraph runs on over a page
    /// break (its characters' origins keep their own pages).
    pub last_page: u32,
    pub text: String,
    /// One origin per character (Unicode scalar) of `text`.
    pub origins: Vec<Origin>,
    /// Ranges of `text` with a special status (tracked insertion, comment anchor, field...).
    pub marks: Vec<Mark>,
    /// Text that is in the file but not shown as part of `text`: tracked deletions and
    /// field codes. Kept because it can hold personal data that must be removed.
    pub hidden: Vec<HiddenText>,
    /// Bounding box of the paragraph on each page it stands on, in page order (PDF only):
    /// one box, or one per page for a paragraph that runs on over a page break (each the
    /// union of the glyph boxes of its page). [`Paragraph::bbox_on`] looks one up.
    pub boxes: Vec<PageRect>,
    /// A running header or footer: text the layout repeats on every page, outside the
    /// flow of the body (in a PDF the lines repeated at the same height on half the pages
    /// or more, and page-number lines, above or below the body; in a .docx the header and
    /// footer parts). It is text the reader sees, detected and exported like any other,
    /// but no part of a § body: a range of paragraphs leaves out the running lines
    /// between its ends ([`Document::span`]).
    pub running: bool,
}

impl Paragraph {
    pub fn char_count(&self) -> usize {
        self.origins.len()
    }

    /// Whether some of the paragraph stands on 1-based page `page`.
    pub fn is_on_page(&self, page: u32) -> bool {
        self.page <= page && page <= self.last_page
    }

    /// The paragraph's bounding box on 1-based page `page`, if it stands there (PDF only).
    pub fn bbox_on(&self, page: u32) -> Option<Rect> {
        self.boxes.iter().find(|b| b.page == page).map(|b| b.rect)
    }

    /// The page character `at` stands on: its glyph's page, or the paragraph's first page
    /// for a character without one (a space ingest put in).
    pub fn page_at(&self, at: usize) -> u32 {
        match self.origins.get(at) {
            Some(Origin::Pdf(o)) => o.page,
            _ => self.page,
        }
    }
}

/// Where one character came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Origin {
    Docx(DocxOrigin),
    Pdf(PdfOrigin),
    /// Inserted by ingest (a space between words found by a gap, a line join, a tab
    /// rendered as a space): nothing in the file to remove.
    Synthetic,
}

/// The source of a character in a DOCX package.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocxOrigin {
    /// Index into [`Document::parts`].
    pub part: usize,
    /// 0-based index of the `w:r` element among all runs of the part, in document order.
    pub run: u32,
    /// 0-based index of the content element (`w:t`, `w:tab`, `w:sym`…) inside the run.
    pub element: u32,
    /// Character offset inside that element's text (0 for single-character elements).
    pub offset: u32,
    pub revision: Revision,
}

/// Tracked-change status of a DOCX character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Revision {
    None,
    Inserted,
    Deleted,
}

/// The source of a character in a PDF.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PdfOrigin {
    /// 1-based page.
    pub page: u32,
    pub stream: StreamRef,
    /// 0-based index of the text-showing operation in the stream's decoded operation list.
    pub op: u32,
    /// 0-based index of the glyph (character code) inside that operation's strings.
    pub glyph: u32,
    /// The glyph's box in page coordinates (default user space of the page).
    pub bbox: Rect,
}

/// A content stream: the page's own content (all its streams concatenated) or a Form XObject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum StreamRef {
    Page,
    Form { object: u32, generation: u16 },
}

/// A rectangle on one page.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PageRect {
    /// 1-based page.
    pub page: u32,
    pub rect: Rect,
}

/// An axis-aligned rectangle in PDF user space (y grows upwards).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rect {
    pub fn union(&self, other: &Rect) -> Rect {
        Rect {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }
    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }
    pub fn height(&self) -> f32 {
        self.y1 - self.y0
    }
}

/// A character range of a paragraph with a special status.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MarkKind {
    /// Tracked insertion (`w:ins`).
    Inserted { author: Option<String> },
    /// The range a comment is anchored to.
    Comment { id: String },
    /// Hyperlink display text.
    Hyperlink { target: Option<String> },
    /// The display text (result) of a field.
    Field { instruction: String },
    /// A content control (`w:sdt`).
    ContentControl { tag: Option<String> },
    /// Text inside a table cell (row and column, 0-based).
    TableCell { table: u32, row: u32, column: u32 },
    /// Text inside a text box or shape.
    TextBox,
}

/// Text present in the file but not part of the shown text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HiddenText {
    pub kind: HiddenKind,
    pub text: String,
    /// Character index in the paragraph's text where it stands.
    pub at: usize,
    /// One origin per character of `text`.
    pub origins: Vec<Origin>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HiddenKind {
    /// A tracked deletion (`w:del` / `w:delText`).
    DeletedRevision,
    /// A field code (`w:instrText`, `w:fldSimple/@w:instr`).
    FieldCode,
    /// Text formatted as hidden (`w:vanish`).
    Vanished,
    /// A hyphen at the end of a PDF line, dropped when the lines are joined (as
    /// `pdftotext` does), so "Lind-" + "qvist" reads "Lindqvist".
    LineEndHyphen,
}

/// One metadata field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Property {
    /// Where it is stored: `docProps/core.xml`, `docProps/custom.xml`, `Info`, `XMP`.
    pub source: String,
    pub name: String,
    pub value: String,
}

/// Something the user should know about the document that did not stop ingest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    /// 1-based page it concerns, if any.
    pub page: Option<u32>,
    /// Stable machine-readable code, e.g. `no_text_layer`.
    pub code: String,
    /// Swedish text for the user.
    pub message: String,
}
