//! Turning a masked .docx into a PDF: with LibreOffice when it is installed (the layout
//! the secretary saw in Word, near enough), otherwise with a built-in typesetter good
//! enough for protocols: paragraphs, § headings, tables row by row, header and footer on
//! every page, page numbers, every Swedish letter in an embedded font.

use super::font::EmbeddedFont;
use super::ExportError;
use crate::ingest::{Document, MarkKind, PartKind};
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Object, StringFormat};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Which renderer turns the masked .docx into a PDF.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Renderer {
    /// LibreOffice if found, else the built-in typesetter.
    #[default]
    Auto,
    /// LibreOffice at this path (or found on the system when `None`); an error if absent.
    LibreOffice(Option<PathBuf>),
    BuiltIn,
}

/// LibreOffice is given this long to convert one document.
const LIBREOFFICE_TIMEOUT: Duration = Duration::from_secs(180);

/// Where LibreOffice usually is, after `PATH`.
const SOFFICE_PLACES: &[&str] = &[
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

/// The LibreOffice program: `MASKERA_SOFFICE`, then `soffice`/`libreoffice` on `PATH`,
/// then the usual install places.
pub fn find_soffice() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MASKERA_SOFFICE").map(PathBuf::from) {
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["soffice", "libreoffice", "soffice.exe"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    SOFFICE_PLACES
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

/// Converts `docx` to PDF with LibreOffice, in a private profile so a running office
/// (or a second export) does not interfere.
pub fn with_libreoffice(soffice: &Path, docx: &[u8]) -> Result<Vec<u8>, ExportError> {
    let fail = |m: String| ExportError::Render(m);
    let dir = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
    let input = dir.path().join("maskerad.docx");
    std::fs::write(&input, docx).map_err(|e| fail(e.to_string()))?;
    let profile = dir.path().join("profil");
    let profile_url = format!("file://{}", profile.display());
    let mut child = Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&input)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| fail(format!("LibreOffice kunde inte startas ({e})")))?;
    let started = Instant::now();
    loop {
        match child.try_wait().map_err(|e| fail(e.to_string()))? {
            Some(_) => break,
            None if started.elapsed() > LIBREOFFICE_TIMEOUT => {
                let _ = child.kill();
                return Err(fail("LibreOffice svarade inte inom tre minuter".into()));
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    std::fs::read(dir.path().join("maskerad.pdf"))
        .map_err(|_| fail("LibreOffice skrev ingen PDF".into()))
}

/// Page geometry of the built-in typesetter (A4, points).
const PAGE: (f32, f32) = (595.0, 842.0);
const MARGIN: f32 = 62.0;
const BODY_SIZE: f32 = 10.5;
const HEADING_SIZE: f32 = 13.0;
const SMALL_SIZE: f32 = 8.5;
const LEADING: f32 = 1.3;
const FONT: &str = "F1";

/// One line to draw: baseline position, size, text, and whether it is drawn bold.
struct Line {
    x: f32,
    y: f32,
    size: f32,
    text: String,
    bold: bool,
}

/// Typesets the (masked) document's paragraphs into a PDF.
pub fn built_in(doc: &Document) -> Result<Vec<u8>, ExportError> {
    built_in_with_headings(doc, &[])
}

/// [`built_in`], with the paragraphs at `headings` set as headings too (a report's).
pub fn built_in_with_headings(doc: &Document, headings: &[usize]) -> Result<Vec<u8>, ExportError> {
    let font = EmbeddedFont::load()
        .ok_or_else(|| ExportError::Internal("the bundled font cannot be read".into()))?;
    let header = part_text(doc, PartKind::Header);
    let footer = part_text(doc, PartKind::Footer);
    let mut pages: Vec<Vec<Line>> = Vec::new();
    let mut page: Vec<Line> = Vec::new();
    let top = PAGE.1 - MARGIN;
    let bottom = MARGIN + 2.0 * SMALL_SIZE * LEADING;
    let mut y = top;
    for block in blocks(doc, headings) {
        let lines = block.lay_out(&font);
        let height: f32 = lines.iter().map(|(advance, _, _)| advance).sum();
        if y - height < bottom && !page.is_empty() && height < top - bottom {
            pages.push(std::mem::take(&mut page));
            y = top;
        }
        y -= block.space_before;
        for (advance, x, text) in lines {
            if y - advance < bottom {
                pages.push(std::mem::take(&mut page));
                y = top;
            }
            y -= advance;
            page.push(Line {
                x,
                y,
                size: block.size,
                text,
                bold: block.heading,
            });
        }
    }
    pages.push(page);
    write_pdf(&font, pages, &header, &footer)
}

/// The text of a document's first header or footer, on one line, with the results of
/// PAGE and NUMPAGES fields as `{page}` and `{pages}` to fill in per page.
fn part_text(doc: &Document, kind: PartKind) -> String {
    let Some(part) = doc.parts.iter().position(|p| p.kind == kind) else {
        return String::new();
    };
    doc.paragraphs
        .iter()
        .filter(|p| p.part == part)
        .map(|p| with_page_fields(p).replace(['\t', '\n'], "  "))
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join("   ")
}

fn with_page_fields(p: &crate::ingest::Paragraph) -> String {
    let field_at = |at: usize| {
        p.marks.iter().find_map(|m| match &m.kind {
            MarkKind::Field { instruction } if m.start <= at && at < m.end => {
                let word = instruction.split_whitespace().next().unwrap_or("");
                match word.to_ascii_uppercase().as_str() {
                    "PAGE" => Some((m.start, "{page}")),
                    "NUMPAGES" | "SECTIONPAGES" => Some((m.start, "{pages}")),
                    _ => None,
                }
            }
            _ => None,
        })
    };
    let mut out = String::new();
    for (at, c) in p.text.chars().enumerate() {
        match field_at(at) {
            Some((start, placeholder)) if start == at => out.push_str(placeholder),
            Some(_) => {}
            None => out.push(c),
        }
    }
    out
}

/// A paragraph or a table row to set.
struct Block {
    /// (column left edge, column width, text) per cell; one cell for a paragraph.
    cells: Vec<(f32, f32, String)>,
    size: f32,
    heading: bool,
    space_before: f32,
}

impl Block {
    /// The block's lines: (advance, x, text). The cells of a table row stand side by
    /// side: only the first line of each visual row advances the baseline.
    fn lay_out(&self, font: &EmbeddedFont) -> Vec<(f32, f32, String)> {
        let wrapped: Vec<Vec<String>> = self
            .cells
            .iter()
            .map(|(_, width, text)| wrap(font, text, self.size, *width))
            .collect();
        let rows = wrapped.iter().map(Vec::len).max().unwrap_or(0);
        let mut out = Vec::new();
        for row in 0..rows {
            let mut advance = self.size * LEADING;
            for (cell, lines) in self.cells.iter().zip(&wrapped) {
                if let Some(line) = lines.get(row) {
                    out.push((advance, cell.0, line.clone()));
                    advance = 0.0;
                }
            }
        }
        out
    }
}

/// The body's paragraphs as blocks: table cells of one row side by side.
fn blocks(doc: &Document, headings: &[usize]) -> Vec<Block> {
    let width = PAGE.0 - 2.0 * MARGIN;
    let mut out: Vec<Block> = Vec::new();
    let mut row_key: Option<(u32, u32)> = None;
    for (index, p) in doc.paragraphs.iter().enumerate() {
        let kind = doc.parts.get(p.part).map(|part| part.kind);
        if !matches!(
            kind,
            Some(PartKind::Body | PartKind::Footnotes | PartKind::Endnotes)
        ) {
            continue;
        }
        let text = p.text.replace('\t', "    ");
        let cell = p.marks.iter().find_map(|m| match m.kind {
            MarkKind::TableCell { table, row, column } => Some((table, row, column)),
            _ => None,
        });
        if let Some((table, row, column)) = cell {
            let same_row = row_key == Some((table, row));
            if !same_row {
                out.push(Block {
                    cells: Vec::new(),
                    size: BODY_SIZE,
                    heading: false,
                    space_before: 2.0,
                });
                row_key = Some((table, row));
            }
            if let Some(block) = out.last_mut() {
                match block.cells.iter_mut().find(|c| c.0 == column as f32) {
                    Some(c) => {
                        c.2.push('\n');
                        c.2.push_str(&text);
                    }
                    None => block.cells.push((column as f32, 0.0, text)),
                }
            }
            continue;
        }
        row_key = None;
        let heading = is_heading(&p.text) || headings.contains(&index);
        out.push(Block {
            cells: vec![(MARGIN, width, text)],
            size: if heading { HEADING_SIZE } else { BODY_SIZE },
            heading,
            space_before: if heading { 10.0 } else { 4.0 },
        });
    }
    for block in &mut out {
        if block.cells.len() > 1 || block.cells.first().is_some_and(|c| c.1 == 0.0) {
            let n = block.cells.len().max(1) as f32;
            block.cells.sort_by(|a, b| a.0.total_cmp(&b.0));
            for (i, cell) in block.cells.iter_mut().enumerate() {
                cell.0 = MARGIN + i as f32 * width / n;
                cell.1 = width / n - 6.0;
            }
        }
    }
    out
}

/// A § heading ("§ 21 Bygglov …") or a short title line of a protocol.
fn is_heading(text: &str) -> bool {
    let t = text.trim();
    t.starts_with('§') && t.chars().count() < 120
}

/// Greedy line breaking at spaces (and at explicit line breaks) to `width` points.
fn wrap(font: &EmbeddedFont, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut out = Vec::new();
    for paragraph_line in text.split('\n') {
        let mut line = String::new();
        for word in paragraph_line.split(' ') {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if font.width(&font.encode(&candidate), size) > width && !line.is_empty() {
                out.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        out.push(line);
    }
    out
}

/// Writes the pages, with the header, footer and "Sida N av M" on each.
fn write_pdf(
    font: &EmbeddedFont,
    pages: Vec<Vec<Line>>,
    header: &str,
    footer: &str,
) -> Result<Vec<u8>, ExportError> {
    let mut pdf = lopdf::Document::with_version("1.7");
    let font_id = font.add_to(&mut pdf);
    let pages_id = pdf.new_object_id();
    let total = pages.len();
    let mut kids = Vec::new();
    for (index, mut lines) in pages.into_iter().enumerate() {
        lines.push(Line {
            x: MARGIN,
            y: PAGE.1 - MARGIN / 2.0,
            size: SMALL_SIZE,
            text: header
                .replace("{page}", &(index + 1).to_string())
                .replace("{pages}", &total.to_string()),
            bold: false,
        });
        lines.push(Line {
            x: MARGIN,
            y: MARGIN / 2.0,
            size: SMALL_SIZE,
            text: page_line(footer, index + 1, total),
            bold: false,
        });
        let content = Content {
            operations: page_ops(font, &lines),
        }
        .encode()
        .map_err(|e| ExportError::Internal(e.to_string()))?;
        let content_id = pdf.add_object(lopdf::Stream::new(dictionary! {}, content));
        let page = pdf.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), Object::Real(PAGE.0), Object::Real(PAGE.1)],
            "Contents" => content_id,
            "Resources" => dictionary! { "Font" => dictionary! { FONT => font_id } },
        });
        kids.push(Object::Reference(page));
    }
    let count = kids.len() as i64;
    pdf.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = pdf.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id,
        "Lang" => Object::string_literal("sv-SE"),
    });
    pdf.trailer.set("Root", catalog);
    super::clean::compress_streams(&mut pdf);
    let mut out = Vec::new();
    pdf.save_to(&mut out)
        .map_err(|e| ExportError::Internal(e.to_string()))?;
    Ok(out)
}

/// The footer with its page fields filled in, or with "Sida N av M" after it.
fn page_line(template: &str, page: usize, total: usize) -> String {
    if template.contains("{page}") {
        return template
            .replace("{page}", &page.to_string())
            .replace("{pages}", &total.to_string());
    }
    format!("{template}   Sida {page} av {total}")
        .trim()
        .to_string()
}

/// Text lines; bold is drawn as fill and stroke (the embedded font has one weight), and
/// a marker of full blocks as filled boxes.
fn page_ops(font: &EmbeddedFont, lines: &[Line]) -> Vec<Operation> {
    let n = |v: f32| Object::Real(v);
    let mut out = vec![Operation::new("BT", vec![])];
    for line in lines.iter().filter(|l| !l.text.is_empty()) {
        let text = line.text.replace('\u{2588}', "\u{A0}");
        out.extend([
            Operation::new("Tf", vec![Object::Name(FONT.into()), n(line.size)]),
            Operation::new("Tr", vec![Object::Integer(if line.bold { 2 } else { 0 })]),
            Operation::new("w", vec![n(0.3)]),
            Operation::new(
                "Tm",
                vec![n(1.0), n(0.0), n(0.0), n(1.0), n(line.x), n(line.y)],
            ),
            Operation::new(
                "Tj",
                vec![Object::String(font.encode(&text), StringFormat::Literal)],
            ),
        ]);
    }
    out.push(Operation::new("ET", vec![]));
    for line in lines {
        out.extend(block_boxes(font, line));
    }
    out
}

/// Filled boxes where a line has full-block characters (the "blocks" marker).
fn block_boxes(font: &EmbeddedFont, line: &Line) -> Vec<Operation> {
    let n = |v: f32| Object::Real(v);
    let mut out = Vec::new();
    let mut x = line.x;
    for c in line.text.chars() {
        let w = font.width(&font.encode(&c.to_string()), line.size);
        let w = if c == '\u{2588}' {
            font.width(&font.encode("\u{A0}"), line.size)
        } else {
            w
        };
        if c == '\u{2588}' {
            out.push(Operation::new(
                "re",
                vec![n(x), n(line.y - 0.2 * line.size), n(w), n(line.size)],
            ));
            out.push(Operation::new("f", vec![]));
        }
        x += w;
    }
    out
}
