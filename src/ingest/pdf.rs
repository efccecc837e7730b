//! PDF reader: loads the file with lopdf, runs the shared content interpreter over every
//! page with a text-collecting device, and lays the glyphs out into paragraphs; then
//! [`page_flow`] reads across the pages (running headers and footers, tables and
//! paragraphs that go on over a page break).

mod page_flow;

use super::layout::{layout_page, Continuation, GlyphChars, LayoutGlyph, Shape, TableEdges};
use super::{
    Document, Format, Image, ImageSource, Mark, MarkKind, Origin, PageRect, Paragraph, Part,
    PartKind, PdfOrigin, Problem, Property, Warning,
};
use crate::ingest::{Rect, StreamRef};
use crate::pdf::font::GlyphText;
use crate::pdf::interpret::{
    interpret_page, number, Device, FontCache, Matrix, ShownGlyph, ShownImage,
};
use lopdf::{Document as PdfDocument, LoadOptions, Object, ObjectId};

/// Reads a PDF from memory.
pub fn read(bytes: &[u8]) -> Result<Document, Problem> {
    let pdf = load(bytes)?;
    let pages = pdf.get_pages();
    if pages.is_empty() {
        return Err(Problem::NoPages);
    }
    let mut document = Document {
        format: Format::Pdf,
        sha256: String::new(),
        pages: pages.len() as u32,
        parts: Vec::with_capacity(pages.len()),
        paragraphs: Vec::new(),
        properties: properties(&pdf),
        images: Vec::new(),
        warnings: Vec::new(),
    };
    if pdf.xref_recovery.is_some() {
        document.warnings.push(Warning {
            page: None,
            code: "repaired".into(),
            message: "Filens korsreferenstabell var skadad och har återskapats.".into(),
        });
    }
    let pages: Vec<(u32, ObjectId)> = pages.into_iter().collect();
    let mut read = read_pages(&pdf, &pages);
    let mut running = page_flow::running(&read);
    let mut scratch = Scratch::default();
    page_flow::continue_tables(&mut read, &mut running, |index, continued, there| {
        let (number, page_id) = pages[index];
        read_page(
            &pdf,
            number,
            page_id,
            &mut scratch,
            Some((continued, there)),
        )
    });
    let count = read.iter().map(|p| p.paragraphs.len()).sum();
    document.paragraphs.reserve_exact(count);
    let mut shapes = Vec::with_capacity(count);
    let mut tables = TableNumbers::default();
    for page in read {
        page.append_to(&mut tables, &mut document, &mut shapes);
    }
    let running: Vec<bool> = running.into_iter().flatten().collect();
    for (p, &running) in document.paragraphs.iter_mut().zip(&running) {
        p.running = running;
    }
    page_flow::join_across_pages(&mut document, &shapes, &running);
    Ok(document)
}

/// A document with fewer pages than this per thread is read on fewer threads (one page on
/// its own thread would cost more to start than it saves).
const MIN_PAGES_PER_WORKER: usize = 4;
/// More threads than this gain little (loading the file and putting the pages together
/// stay on one thread), and each holds a page's glyphs at once: a hostile file of huge
/// pages costs at most this many times the memory of one.
const MAX_WORKERS: usize = 4;

/// Reads every page, in page order. Pages are independent (each is interpreted and laid
/// out on its own), so they are read on several threads at once: the threads take chunks
/// of pages from a shared counter, each with its own font cache, and the results are put
/// back in page order, so the outcome is the same as reading them one after the other.
fn read_pages(pdf: &PdfDocument, pages: &[(u32, ObjectId)]) -> Vec<PageRead> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(MAX_WORKERS)
        .min(pages.len() / MIN_PAGES_PER_WORKER)
        .max(1);
    if workers == 1 {
        let mut scratch = Scratch::default();
        return pages
            .iter()
            .map(|&(number, page_id)| read_page(pdf, number, page_id, &mut scratch, None))
            .collect();
    }
    // Small chunks balance the threads when pages differ in cost; a handful per thread
    // and round keeps the shared counter out of the way.
    let chunk = (pages.len() / (workers * 8)).clamp(1, 16);
    let chunks: Vec<&[(u32, ObjectId)]> = pages.chunks(chunk).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut scratch = Scratch::default();
        let mut done: Vec<(usize, Vec<PageRead>)> = Vec::new();
        loop {
            let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(chunk) = chunks.get(index) else {
                return done;
            };
            let read = chunk
                .iter()
                .map(|&(number, page_id)| read_page(pdf, number, page_id, &mut scratch, None))
                .collect();
            done.push((index, read));
        }
    };
    let mut slots: Vec<Option<Vec<PageRead>>> = Vec::new();
    slots.resize_with(chunks.len(), || None);
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers).map(|_| scope.spawn(work)).collect();
        let mut results = vec![work()];
        for helper in helpers {
            // A panic in a helper (a library failing on a hostile file) is passed on to
            // the caller, where ingest turns it into an error, as on one thread.
            match helper.join() {
                Ok(done) => results.push(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        for (index, read) in results.into_iter().flatten() {
            if let Some(slot) = slots.get_mut(index) {
                *slot = Some(read);
            }
        }
    });
    // Every chunk was taken by exactly one thread, so every slot is filled.
    slots.into_iter().flatten().flatten().collect()
}

/// Loads the PDF; an empty user password is tried by lopdf itself.
pub fn load(bytes: &[u8]) -> Result<PdfDocument, Problem> {
    let doc = load_with_lopdf(bytes)?;
    if !doc.get_pages().is_empty() || doc.trailer.get(b"Encrypt").is_err() {
        return Ok(doc);
    }
    // lopdf only decrypts with an Encrypt dictionary that is an indirect object; MuPDF
    // writes it directly into the trailer. Re-point it through an appended object.
    let doc = match doc.trailer.get(b"Encrypt") {
        Ok(Object::Dictionary(encrypt)) => {
            let patched =
                with_indirect_encrypt(bytes, &doc.trailer, encrypt).ok_or(Problem::Encrypted)?;
            load_with_lopdf(&patched)?
        }
        _ => doc,
    };
    if doc.get_pages().is_empty() {
        // Nothing could be decrypted: the user password is not empty.
        return Err(Problem::Encrypted);
    }
    Ok(doc)
}

fn load_with_lopdf(bytes: &[u8]) -> Result<PdfDocument, Problem> {
    match PdfDocument::load_mem_with_options(bytes, LoadOptions::default()) {
        Ok(doc) => Ok(doc),
        Err(lopdf::Error::InvalidPassword) => Err(Problem::Encrypted),
        Err(lopdf::Error::Decryption(_)) => Err(Problem::Encrypted),
        Err(e) => Err(Problem::CorruptPdf(e.to_string())),
    }
}

/// The file with an incremental update appended that holds the trailer's direct Encrypt
/// dictionary as an object of its own. Only used in memory; the input is never changed.
fn with_indirect_encrypt(
    bytes: &[u8],
    trailer: &lopdf::Dictionary,
    encrypt: &lopdf::Dictionary,
) -> Option<Vec<u8>> {
    let at = bytes.windows(9).rposition(|w| w == b"startxref")?;
    let prev: i64 = String::from_utf8_lossy(&bytes[at + 9..])
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    let number = trailer.get(b"Size").ok()?.as_i64().ok()?.max(1) as u32;
    let mut out = bytes.to_vec();
    out.extend_from_slice(b"\n");
    let object_at = out.len();
    out.extend_from_slice(format!("{number} 0 obj\n").as_bytes());
    lopdf::Writer::write_object(&mut out, &Object::Dictionary(encrypt.clone())).ok()?;
    out.extend_from_slice(b"\nendobj\n");
    let xref_at = out.len();
    out.extend_from_slice(format!("xref\n{number} 1\n{object_at:010} 00000 n \n").as_bytes());
    let mut new_trailer = lopdf::Dictionary::new();
    for key in [&b"Root"[..], b"Info", b"ID"] {
        if let Ok(v) = trailer.get(key) {
            new_trailer.set(key, v.clone());
        }
    }
    new_trailer.set("Size", i64::from(number) + 1);
    new_trailer.set("Prev", prev);
    new_trailer.set("Encrypt", Object::Reference((number, 0)));
    out.extend_from_slice(b"trailer\n");
    lopdf::Writer::write_object(&mut out, &Object::Dictionary(new_trailer)).ok()?;
    out.extend_from_slice(format!("\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    Some(out)
}

/// What one page yields, before it is numbered into the document.
struct PageRead {
    number: u32,
    warnings: Vec<Warning>,
    /// `part` is left 0 and table numbers count from 0 on the page; [`PageRead::append_to`]
    /// sets both.
    paragraphs: Vec<Paragraph>,
    /// Where each paragraph stands on the page (`None` for rotated text).
    shapes: Vec<Option<Shape>>,
    /// Each image with the index of its paragraph among the page's paragraphs.
    images: Vec<(ShownImage, Option<usize>)>,
    /// The column edges of the page's tables, by their number on the page.
    tables: Vec<TableEdges>,
    /// The page's table that goes on from the previous page's, if one does.
    goes_on: Option<TableGoesOn>,
}

/// A table continued from the previous page: its number on this page (`here`) and the
/// number of the table it continues on the previous page (`there`).
#[derive(Debug, Clone, Copy)]
struct TableGoesOn {
    here: u32,
    there: u32,
}

/// How the tables are numbered through the document: one number per table, which a
/// table continued on the next page keeps there, its rows counted on.
#[derive(Debug, Default)]
struct TableNumbers {
    /// The number the next new table gets.
    next: u32,
    /// Per table of the page appended last (by its number on the page): its number in
    /// the document and the number its next row would get.
    previous_page: Vec<(u32, u32)>,
}

impl PageRead {
    /// Appends the page as the document's next part, its tables numbered on from the
    /// pages before (a table continued from the previous page keeps its number there,
    /// its rows numbered after the rows there), and its paragraphs' shapes to `shapes`.
    fn append_to(
        self,
        tables: &mut TableNumbers,
        doc: &mut Document,
        shapes: &mut Vec<Option<Shape>>,
    ) {
        let number = self.number;
        let part = doc.parts.len();
        doc.parts.push(Part {
            kind: PartKind::Page,
            name: String::new(),
            page: number,
        });
        doc.warnings.extend(self.warnings);
        let first_paragraph = doc.paragraphs.len();
        // Per table of the page: its number in the document and its first row's.
        let mut placed: Vec<(u32, u32)> = (0..self.tables.len() as u32)
            .map(|here| {
                let goes_on = self.goes_on.filter(|g| g.here == here);
                goes_on
                    .and_then(|g| tables.previous_page.get(g.there as usize).copied())
                    .unwrap_or_else(|| {
                        tables.next += 1;
                        (tables.next - 1, 0)
                    })
            })
            .collect();
        let first_rows: Vec<u32> = placed.iter().map(|&(_, row)| row).collect();
        for mut paragraph in self.paragraphs {
            paragraph.part = part;
            for mark in &mut paragraph.marks {
                if let MarkKind::TableCell { table, row, .. } = &mut mark.kind {
                    let here = *table as usize;
                    if let Some(place) = placed.get_mut(here) {
                        *table = place.0;
                        *row += first_rows[here];
                        place.1 = place.1.max(*row + 1);
                    }
                }
            }
            doc.paragraphs.push(paragraph);
        }
        tables.previous_page = placed;
        shapes.extend(self.shapes);
        for (image, paragraph) in self.images {
            doc.images.push(Image {
                page: number,
                paragraph: paragraph.map(|i| first_paragraph + i),
                bbox: Some(image.bbox),
                source: ImageSource::Pdf {
                    stream: image.stream,
                    op: image.op,
                    object: image.object,
                },
            });
        }
    }
}

/// What reading one page after another reuses: the fonts loaded, and the glyph buffer
/// (a page's glyphs take some hundred kilobytes; allocated afresh for every page, they
/// were a noticeable part of ingest's time).
#[derive(Default)]
struct Scratch {
    fonts: FontCache,
    glyphs: Vec<LayoutGlyph>,
}

/// Interprets one page and lays it out; `continued` is a table the previous page ended
/// with, and its number on that page.
fn read_page(
    pdf: &PdfDocument,
    number: u32,
    page_id: ObjectId,
    scratch: &mut Scratch,
    continued: Option<(&Continuation, u32)>,
) -> PageRead {
    let mut glyphs = std::mem::take(&mut scratch.glyphs);
    glyphs.clear();
    let mut collector = Collector {
        page: number,
        display: display_matrix(pdf, page_id),
        glyphs,
        images: Vec::new(),
        problems: Vec::new(),
        visible: 0,
        unmapped: 0,
    };
    interpret_page(pdf, page_id, &mut scratch.fonts, &mut collector);
    let mut warnings = Vec::new();
    for problem in &collector.problems {
        warnings.push(Warning {
            page: Some(number),
            code: "content_error".into(),
            message: format!("Sidan {number}: {problem}."),
        });
    }
    if collector.unmapped > 0 {
        warnings.push(Warning {
            page: Some(number),
            code: "undecodable_text".into(),
            message: format!(
                "Sidan {number}: {} tecken kunde inte tolkas (typsnitt utan teckenkarta) och visas som �.",
                collector.unmapped
            ),
        });
    }
    if collector.visible == 0 {
        warnings.push(Warning {
            page: Some(number),
            code: "no_text_layer".into(),
            message: format!("Sidan {number} saknar textlager — skannad?"),
        });
    }
    let layout = layout_page(&collector.glyphs, continued.map(|(c, _)| c));
    let goes_on = layout
        .continued
        .zip(continued)
        .map(|(here, (_, there))| TableGoesOn { here, there });
    let mut paragraphs = Vec::with_capacity(layout.paragraphs.len());
    let mut shapes = Vec::with_capacity(layout.paragraphs.len());
    for laid in layout.paragraphs {
        // A table cell is marked over the whole paragraph, as .docx ingest marks one.
        let marks = laid
            .cell
            .map(|cell| Mark {
                start: 0,
                end: laid.origins.len(),
                kind: MarkKind::TableCell {
                    table: cell.table,
                    row: cell.row,
                    column: cell.column,
                },
            })
            .into_iter()
            .collect();
        shapes.push(laid.shape);
        paragraphs.push(Paragraph {
            part: 0,
            page: number,
            last_page: number,
            text: laid.text,
            origins: laid.origins,
            marks,
            hidden: laid.hidden,
            boxes: laid
                .bbox
                .map(|rect| PageRect { page: number, rect })
                .into_iter()
                .collect(),
            running: false,
        });
    }
    scratch.glyphs = collector.glyphs;
    let images = collector
        .images
        .into_iter()
        .map(|image| {
            let paragraph = nearest_paragraph(&paragraphs, &image.bbox);
            (image, paragraph)
        })
        .collect();
    PageRead {
        number,
        warnings,
        paragraphs,
        shapes,
        images,
        tables: layout.tables,
        goes_on,
    }
}

/// The paragraph of the page whose box centre is nearest the image's.
fn nearest_paragraph(paragraphs: &[Paragraph], image: &Rect) -> Option<usize> {
    let centre = |r: &Rect| ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
    let (ix, iy) = centre(image);
    paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.bbox_on(p.page).map(|b| (i, centre(&b))))
        .min_by(|(_, a), (_, b)| {
            let da = (a.0 - ix).abs() + 3.0 * (a.1 - iy).abs();
            let db = (b.0 - ix).abs() + 3.0 * (b.1 - iy).abs();
            da.total_cmp(&db)
        })
        .map(|(i, _)| i)
}

/// The text-extraction device: keeps every glyph with its display position.
struct Collector {
    page: u32,
    display: Matrix,
    glyphs: Vec<LayoutGlyph>,
    images: Vec<ShownImage>,
    problems: Vec<String>,
    visible: usize,
    /// Glyphs whose characters no map tells (shown as U+FFFD).
    unmapped: usize,
}

impl Device for Collector {
    fn glyph(&mut self, g: &ShownGlyph<'_>) {
        // Positions first and the counters last, and blankness told from the glyph's
        // text rather than read back from the new GlyphChars: in the other order the
        // compiler re-read values just stored, a stall on every glyph that the profile
        // put at a tenth of ingest.
        let (x0, y0) = self.display.apply(g.start.0, g.start.1);
        let (x1, y1) = self.display.apply(g.end.0, g.end.1);
        let rotated = (y1 - y0).abs() > 0.2 * (x1 - x0).abs().max(0.01) || x1 < x0 - 0.01;
        let (chars, blank) = match &g.glyph.text {
            GlyphText::One(c) => (GlyphChars::One(*c), c.is_whitespace()),
            GlyphText::Many(s) => (
                GlyphChars::Many(s.chars().collect()),
                s.chars().all(char::is_whitespace),
            ),
            GlyphText::Unmapped => (GlyphChars::One('\u{FFFD}'), false),
        };
        // Invisible text counts: an OCR layer over a scan is a text layer.
        if !blank {
            self.visible += 1;
        }
        if matches!(g.glyph.text, GlyphText::Unmapped) {
            self.unmapped += 1;
        }
        self.glyphs.push(LayoutGlyph {
            chars,
            x0,
            x1,
            y: y0,
            size: g.size,
            rotated,
            origin: Origin::Pdf(PdfOrigin {
                page: self.page,
                stream: g.stream,
                op: g.op,
                glyph: g.glyph_index,
                bbox: g.bbox,
            }),
            bbox: g.bbox,
        });
    }

    fn image(&mut self, image: &ShownImage) {
        self.images.push(image.clone());
    }

    fn problem(&mut self, stream: StreamRef, message: &str) {
        let msg = match stream {
            StreamRef::Page => message.to_string(),
            StreamRef::Form { object, .. } => format!("{message} (objekt {object})"),
        };
        if !self.problems.contains(&msg) {
            self.problems.push(msg);
        }
    }
}

/// Maps page space to display space (y down, origin at the crop box's top-left corner,
/// page rotation applied).
fn display_matrix(pdf: &PdfDocument, page_id: ObjectId) -> Matrix {
    let b = page_box(pdf, page_id);
    let rotate = inherited(pdf, page_id, b"Rotate")
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(0)
        .rem_euclid(360);
    match rotate {
        90 => Matrix([0.0, 1.0, 1.0, 0.0, -b.y0, -b.x0]),
        180 => Matrix([-1.0, 0.0, 0.0, 1.0, b.x1, -b.y0]),
        270 => Matrix([0.0, -1.0, -1.0, 0.0, b.y1, b.x1]),
        _ => Matrix([1.0, 0.0, 0.0, -1.0, -b.x0, b.y1]),
    }
}

/// The crop box (or media box) of a page; US Letter when neither is readable.
fn page_box(pdf: &PdfDocument, page_id: ObjectId) -> Rect {
    let read = |key: &[u8]| {
        let arr = inherited(pdf, page_id, key)?;
        let arr = match arr {
            Object::Reference(id) => pdf.get_object(*id).ok()?,
            o => o,
        };
        let v: Vec<f32> = arr.as_array().ok()?.iter().filter_map(number).collect();
        (v.len() == 4).then(|| Rect {
            x0: v[0].min(v[2]),
            y0: v[1].min(v[3]),
            x1: v[0].max(v[2]),
            y1: v[1].max(v[3]),
        })
    };
    read(b"CropBox")
        .or_else(|| read(b"MediaBox"))
        .unwrap_or(Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 612.0,
            y1: 792.0,
        })
}

/// A page attribute, looked up through the page tree (Rotate, MediaBox, CropBox inherit).
fn inherited<'a>(pdf: &'a PdfDocument, page_id: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut node = pdf.get_dictionary(page_id).ok()?;
    for _ in 0..64 {
        if let Ok(v) = node.get(key) {
            return Some(v);
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = pdf.get_dictionary(parent).ok()?;
    }
    None
}

/// The Info dictionary's text fields and the XMP packet of the catalog.
fn properties(pdf: &PdfDocument) -> Vec<Property> {
    let mut out = Vec::new();
    if let Some(info) = pdf.trailer.get(b"Info").ok().and_then(|o| match o {
        Object::Reference(id) => pdf.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    }) {
        for (key, value) in info.iter() {
            if let Some(text) = pdf_text_string(value) {
                if !text.trim().is_empty() {
                    out.push(Property {
                        source: "Info".into(),
                        name: String::from_utf8_lossy(key).into_owned(),
                        value: text,
                    });
                }
            }
        }
    }
    let catalog = pdf.catalog().ok();
    if let Some(meta) = catalog
        .and_then(|c| c.get(b"Metadata").ok())
        .and_then(|o| o.as_reference().ok())
    {
        if let Ok(stream) = pdf.get_object(meta).and_then(Object::as_stream) {
            let bytes = stream
                .decompressed_content_with_limit(16 * 1024 * 1024)
                .unwrap_or_else(|_| stream.content.clone());
            out.push(Property {
                source: "XMP".into(),
                name: "Metadata".into(),
                value: String::from_utf8_lossy(&bytes).into_owned(),
            });
        }
    }
    out
}

/// Decodes a PDF text string (UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding,
/// approximated by Latin-1).
pub fn pdf_text_string(o: &Object) -> Option<String> {
    let Object::String(bytes, _) = o else {
        return None;
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return Some(String::from_utf16_lossy(&units));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Some(String::from_utf8_lossy(rest).into_owned());
    }
    Some(bytes.iter().map(|&b| b as char).collect())
}
