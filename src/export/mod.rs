//! Export: the publishable PDF, from which every masked value is truly gone.
//!
//! From a PDF: [`redact`] plans per page which glyphs go and how the rest of each masked
//! line is laid out again, [`rewrite`] applies that to the content streams, an overlay
//! paints the boxes and secrecy notes, [`clean`] empties every other channel and writes
//! a new file. Then the output is proven: read again by the project's ingest and by the
//! independent [`check`]; any masked value found anywhere and nothing is written.

pub mod check;
mod clean;
mod docx;
mod font;
mod image;
mod redact;
mod render;
mod rewrite;

pub use docx::Marker;
pub use redact::MASK_WIDTH_EM;
pub use render::{find_soffice, Renderer};

use crate::ingest::{self, Document, Problem, StreamRef};
use crate::locale::Lang;
use crate::pdf::content;
use crate::pdf::interpret::FontCache;
use crate::review::{Mask, MaskKind};
use font::EmbeddedFont;
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Object, ObjectId, StringFormat};
use redact::{Overlay, PagePlan, StreamEdits};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Why an export did not produce a file.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportError {
    /// The source PDF could not be read again.
    Source(Problem),
    /// A page cannot be redacted safely; nothing is written.
    PageRefused { page: u32, reason: String },
    /// The output's own check found masked values: nothing is written.
    Leak(Vec<check::Leak>),
    /// The masked .docx could not be turned into a PDF.
    Render(String),
    /// A fault of the program, not of the input.
    Internal(String),
}

impl ExportError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ExportError::Source(p), _) => ingest::IngestError::new("PDF", p.clone()).message(lang),
            (ExportError::PageRefused { page, reason }, Lang::Swedish) => {
                format!("sidan {page} kan inte maskeras säkert ({reason}); ingen fil skrevs")
            }
            (ExportError::PageRefused { page, reason }, Lang::English) => {
                format!("page {page} cannot be redacted safely ({reason}); nothing was written")
            }
            (ExportError::Leak(leaks), Lang::Swedish) => format!(
                "kontrollen av resultatet hittade maskerad text kvar ({}); ingen fil skrevs",
                leak_list(leaks)
            ),
            (ExportError::Leak(leaks), Lang::English) => format!(
                "the check of the output found masked text left ({}); nothing was written",
                leak_list(leaks)
            ),
            (ExportError::Render(m), Lang::Swedish) => {
                format!("den maskerade .docx-filen kunde inte bli PDF ({m}); ingen fil skrevs")
            }
            (ExportError::Render(m), Lang::English) => {
                format!("the masked .docx could not be made a PDF ({m}); nothing was written")
            }
            (ExportError::Internal(m), Lang::Swedish) => format!("internt fel vid export: {m}"),
            (ExportError::Internal(m), Lang::English) => format!("internal export error: {m}"),
        }
    }
}

fn leak_list(leaks: &[check::Leak]) -> String {
    leaks
        .iter()
        .map(|l| format!("{}: {}", l.channel.name(), l.rule))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A finished export.
#[derive(Debug, Clone)]
pub struct Exported {
    pub pdf: Vec<u8>,
    /// From a .docx: the masked .docx the PDF was made from.
    pub docx: Option<Vec<u8>>,
    /// From a .docx: what made the PDF ("LibreOffice" or "inbyggd").
    pub renderer: Option<&'static str>,
    /// How many values the output was checked against, in every channel.
    /// The values the output was proven free of (the audit note is checked against them too).
    pub checked: Vec<check::Secret>,
    pub pages_changed: usize,
}

/// How a PDF is exported.
#[derive(Debug, Clone, Copy, Default)]
pub struct PdfOptions {
    /// Write the rule's name in white in each box (like exemption codes in Acrobat)
    /// instead of the invisible placeholder.
    pub labels: bool,
}

/// Redacts `source` (the PDF `doc` was read from) by `masks`, cleans every other channel,
/// and proves the result.
pub fn export_pdf(doc: &Document, source: &[u8], masks: &[Mask]) -> Result<Exported, ExportError> {
    export_pdf_with(doc, source, masks, PdfOptions::default())
}

/// [`export_pdf`] with options.
pub fn export_pdf_with(
    doc: &Document,
    source: &[u8],
    masks: &[Mask],
    options: PdfOptions,
) -> Result<Exported, ExportError> {
    refuse_unreadable(doc)?;
    let mut pdf = ingest::load_pdf(source).map_err(ExportError::Source)?;
    refuse_disagreement(doc, &pdf)?;
    let pages = pdf.get_pages();
    let mut fonts = FontCache::default();
    let mut plans: Vec<(ObjectId, PagePlan)> = Vec::new();
    let by_page = masks_by_page(doc, masks);
    for (number, on_page) in &by_page {
        let Some(&page_id) = pages.get(number) else {
            continue;
        };
        let record = redact::record_page(&pdf, page_id, &mut fonts);
        plans.push((page_id, redact::plan_page(doc, *number, &record, on_page)?));
    }
    let pages_changed = plans.len();
    apply(&mut pdf, plans, options)?;
    let secrets = checked_values(doc, masks);
    let finder = check::Finder::new(secrets.iter().map(|s| s.text.as_str()));
    clean::clean(&mut pdf, &finder);
    let bytes = clean::save(&mut pdf)?;
    prove(&bytes, &secrets)?;
    Ok(Exported {
        pdf: bytes,
        docx: None,
        renderer: None,
        checked: secrets,
        pages_changed,
    })
}

/// Sets plain paragraphs (a report) as a PDF with the built-in typesetter; the
/// paragraphs at `headings` are set as headings.
pub fn typeset(paragraphs: &[String], headings: &[usize]) -> Result<Vec<u8>, ExportError> {
    render::built_in_with_headings(&Document::from_plain_paragraphs(paragraphs), headings)
}

/// How a .docx is exported.
#[derive(Debug, Clone, Default)]
pub struct DocxOptions {
    pub renderer: Renderer,
    pub marker: Marker,
}

/// Masks `source` (the .docx `doc` was read from) at the source, proves the masked .docx
/// clean, renders it to PDF, cleans and proves the PDF.
pub fn export_docx(
    doc: &Document,
    source: &[u8],
    masks: &[Mask],
    options: &DocxOptions,
) -> Result<Exported, ExportError> {
    let secrets = checked_values(doc, masks);
    let finder = check::Finder::new(secrets.iter().map(|s| s.text.as_str()));
    let masked = docx::mask_package(doc, source, masks, options.marker, &finder)
        .map_err(|e| ExportError::Internal(format!("masking the .docx: {e}")))?;
    let masked_doc = ingest::ingest_bytes(&masked, "docx").map_err(ExportError::Source)?;
    prove_docx(&masked_doc, &secrets)?;
    let (rendered, renderer) = render(&masked, &masked_doc, &options.renderer)?;
    let mut pdf = ingest::load_pdf(&rendered).map_err(ExportError::Source)?;
    clean::clean(&mut pdf, &finder);
    let bytes = clean::save(&mut pdf)?;
    prove(&bytes, &secrets)?;
    Ok(Exported {
        pdf: bytes,
        docx: Some(masked),
        renderer: Some(renderer),
        checked: secrets,
        pages_changed: 0,
    })
}

fn render(
    masked: &[u8],
    masked_doc: &Document,
    renderer: &Renderer,
) -> Result<(Vec<u8>, &'static str), ExportError> {
    let soffice = match renderer {
        Renderer::BuiltIn => None,
        Renderer::Auto => find_soffice(),
        Renderer::LibreOffice(path) => Some(
            path.clone()
                .or_else(find_soffice)
                .ok_or_else(|| ExportError::Render("LibreOffice hittades inte".into()))?,
        ),
    };
    match soffice {
        Some(path) => Ok((render::with_libreoffice(&path, masked)?, "LibreOffice")),
        None => Ok((render::built_in(masked_doc)?, "inbyggd")),
    }
}

/// The masked .docx read again: no masked value in its text, hidden text or properties.
fn prove_docx(masked: &Document, secrets: &[check::Secret]) -> Result<(), ExportError> {
    let mut text = String::new();
    for p in &masked.paragraphs {
        text.push_str(&p.text);
        text.push('\n');
        for h in &p.hidden {
            text.push_str(&h.text);
            text.push('\n');
        }
    }
    for property in &masked.properties {
        text.push_str(&property.value);
        text.push('\n');
    }
    let found = check::Finder::new(secrets.iter().map(|s| s.text.as_str()))
        .found(&check::Searchable::new(&text));
    let leaks: Vec<check::Leak> = secrets
        .iter()
        .enumerate()
        .filter(|(i, _)| found.contains(i))
        .map(|(_, s)| s)
        .map(|s| check::Leak {
            channel: check::Channel::MaskedDocx,
            rule: s.rule.clone(),
        })
        .collect();
    if leaks.is_empty() {
        Ok(())
    } else {
        Err(ExportError::Leak(leaks))
    }
}

/// Text that cannot be decoded could hold personal data no detector saw: fail closed.
fn refuse_unreadable(doc: &Document) -> Result<(), ExportError> {
    let bad = doc
        .warnings
        .iter()
        .find(|w| w.code == "undecodable_text" || w.code == "content_error");
    match bad {
        Some(w) => Err(ExportError::PageRefused {
            page: w.page.unwrap_or(0),
            reason: w.message.trim_end_matches('.').to_string(),
        }),
        None => Ok(()),
    }
}

/// The words of a page as lopdf's own extractor reads them (a second reading, by other
/// code than ingest's) must be there in ingest's reading too. Where lopdf plainly failed
/// to decode a font (most of its words unknown to ingest: its known fallback to
/// StandardEncoding), it has no say; where it read the page and still finds words ingest
/// did not, ingest may have missed text a mask should cover: the page is refused.
fn refuse_disagreement(doc: &Document, pdf: &lopdf::Document) -> Result<(), ExportError> {
    for (number, _) in pdf.get_pages() {
        let theirs = pdf.extract_text(&[number]).unwrap_or_default();
        let ours: String = doc
            .paragraphs
            .iter()
            .filter(|p| p.is_on_page(number))
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if readings_disagree(&theirs, &ours) {
            return Err(ExportError::PageRefused {
                page: number,
                reason: "två oberoende utläsningar av sidans text är oeniga".into(),
            });
        }
    }
    Ok(())
}

/// Whether a second reading of a page holds words the first lacks, when the second
/// reading is trustworthy at all (it agrees on at least 60 % of its words). Readers join
/// and split words differently at line ends (lopdf runs "nämnden" + "har" together, a
/// line-end hyphen splits "Lind-qvist"), so a word counts as present when its letters
/// stand anywhere in the first reading's letters.
pub fn readings_disagree(second: &str, first: &str) -> bool {
    let expand = |text: &str| {
        text.replace('\u{FB01}', "fi")
            .replace('\u{FB02}', "fl")
            .replace('\u{FB00}', "ff")
            .to_lowercase()
    };
    let letters: String = expand(first)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let second = expand(second);
    let words: Vec<&str> = second
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let missing = words.iter().filter(|w| !letters.contains(**w)).count();
    let agreed = words.len() - missing;
    words.len() >= 10 && agreed * 10 >= words.len() * 6 && missing * 20 > words.len().max(40)
}

/// The masks that touch each page, images included (one pass over the masks: a
/// 1,000-page export has 10,000 of them).
fn masks_by_page<'m>(doc: &Document, masks: &'m [Mask]) -> BTreeMap<u32, Vec<&'m Mask>> {
    let mut out: BTreeMap<u32, Vec<&Mask>> = BTreeMap::new();
    for m in masks {
        let mut pages = BTreeSet::new();
        if let MaskKind::Image { image } = m.kind {
            pages.extend(doc.images.get(image).map(|i| i.page));
        } else {
            for p in m.paragraphs(doc).map(|i| &doc.paragraphs[i]) {
                pages.extend(p.page..=p.last_page);
            }
        }
        for page in pages {
            out.entry(page).or_default().push(m);
        }
    }
    out
}

/// The values the output is checked against: every masked text, except a value that also
/// stands unmasked elsewhere in the document (it is published there anyway, and a short
/// first name would otherwise be "found" in every word it spells).
pub fn checked_values(doc: &Document, masks: &[Mask]) -> Vec<check::Secret> {
    let mut covered: HashMap<usize, Vec<&Mask>> = HashMap::new();
    for m in masks {
        for index in m.paragraphs(doc) {
            covered.entry(index).or_default().push(m);
        }
    }
    let kept: String = doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| match covered.get(&i) {
            None => p.text.clone(),
            Some(on) => p
                .text
                .chars()
                .enumerate()
                .map(|(at, c)| {
                    if on.iter().any(|m| m.covers(doc, i, at)) {
                        '\u{2588}'
                    } else {
                        c
                    }
                })
                .collect(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let candidates: Vec<(String, String)> = masks
        .iter()
        .flat_map(|m| {
            m.text(doc)
                .split("\n\n")
                .map(|t| (m.rule.clone(), t.to_string()))
                .collect::<Vec<_>>()
        })
        .filter(|(_, t)| t.chars().any(char::is_alphanumeric))
        .collect();
    let published = check::Finder::new(candidates.iter().map(|(_, t)| t.as_str()))
        .found(&check::Searchable::new(&kept));
    let mut out: Vec<check::Secret> = candidates
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !published.contains(i))
        .map(|(_, (rule, text))| check::Secret { rule, text })
        .collect();
    out.sort_by(|a, b| (&a.text, &a.rule).cmp(&(&b.text, &b.rule)));
    out.dedup_by(|a, b| a.text == b.text);
    out
}

/// Applies the page plans: forms first (shared by pages), then each page's content and
/// overlay, then blank the masked images.
fn apply(
    pdf: &mut lopdf::Document,
    plans: Vec<(ObjectId, PagePlan)>,
    options: PdfOptions,
) -> Result<(), ExportError> {
    let mut forms: HashMap<ObjectId, StreamEdits> = HashMap::new();
    let mut pages: Vec<(ObjectId, Option<StreamEdits>, Overlay)> = Vec::new();
    let mut blank = BTreeSet::new();
    let mut partial: Vec<(ObjectId, [f32; 4])> = Vec::new();
    for (page_id, plan) in plans {
        let mut own = None;
        for (stream, edits) in plan.edits {
            match stream {
                StreamRef::Page => own = Some(edits),
                StreamRef::Form { object, generation } => {
                    merge(forms.entry((object, generation)).or_default(), edits)
                }
            }
        }
        blank.extend(plan.blank_images);
        partial.extend(plan.partial_images);
        pages.push((page_id, own, plan.overlay));
    }
    for (id, edits) in &forms {
        rewrite_form(pdf, *id, edits)?;
    }
    let font = EmbeddedFont::load()
        .ok_or_else(|| ExportError::Internal("the bundled font cannot be read".into()))?;
    let mut font_id = None;
    for (page_id, edits, overlay) in pages {
        if overlay.needs_font() && font_id.is_none() {
            font_id = Some(font.add_to(pdf));
        }
        let paint = Paint {
            font: &font,
            font_id,
            options,
        };
        rewrite_page(pdf, page_id, edits.as_ref(), &overlay, &paint)?;
    }
    for (id, region) in partial {
        if !blank.contains(&id) && !image::blank_region(pdf, id, region) {
            blank.insert(id);
        }
    }
    for id in blank {
        blank_image(pdf, id);
    }
    Ok(())
}

fn merge(into: &mut StreamEdits, from: StreamEdits) {
    into.removed.extend(from.removed);
    for (k, v) in from.moved {
        into.moved.entry(k).or_insert(v);
    }
    into.dropped.extend(from.dropped);
    for (k, v) in from.ops {
        into.ops.entry(k).or_insert(v);
    }
}

fn encode(operations: Vec<Operation>) -> Result<Vec<u8>, ExportError> {
    Content { operations }
        .encode()
        .map_err(|e| ExportError::Internal(format!("content stream: {e}")))
}

fn rewrite_form(
    pdf: &mut lopdf::Document,
    id: ObjectId,
    edits: &StreamEdits,
) -> Result<(), ExportError> {
    let stream = pdf
        .get_object_mut(id)
        .and_then(Object::as_stream_mut)
        .map_err(|e| ExportError::Internal(format!("form {id:?}: {e}")))?;
    let data = stream
        .decompressed_content()
        .or_else(|_| Ok::<_, lopdf::Error>(stream.content.clone()))
        .map_err(|e| ExportError::Internal(e.to_string()))?;
    let operations = rewrite::rewrite(content::decode(&data), edits)?;
    stream.dict.remove(b"Filter");
    stream.dict.remove(b"DecodeParms");
    stream.set_content(encode(operations)?);
    Ok(())
}

/// The page's content rewritten and balanced, then the overlay drawn in default user space.
fn rewrite_page(
    pdf: &mut lopdf::Document,
    page_id: ObjectId,
    edits: Option<&StreamEdits>,
    overlay: &Overlay,
    paint: &Paint,
) -> Result<(), ExportError> {
    let content = pdf
        .get_page_content_with_limit(page_id, crate::pdf::interpret::MAX_CONTENT_BYTES)
        .map_err(|e| ExportError::Internal(format!("page content: {e}")))?;
    let mut operations = content::decode(&content);
    if let Some(edits) = edits {
        operations = rewrite::rewrite(operations, edits)?;
    }
    let mut out = vec![Operation::new("q", vec![])];
    out.extend(balanced(operations));
    out.push(Operation::new("Q", vec![]));
    out.extend(overlay_ops(overlay, paint));
    if let Some(id) = paint.font_id.filter(|_| overlay.needs_font()) {
        add_font_resource(pdf, page_id, id)?;
    }
    // A new stream rather than lopdf's `change_page_content`: that one compresses at the
    // best level (the save compresses every stream once, faster) and rewrites a stream
    // another page may share. The old streams are pruned when the file is written.
    let stream = pdf.add_object(lopdf::Stream::new(dictionary! {}, encode(out)?));
    pdf.get_dictionary_mut(page_id)
        .map(|page| page.set("Contents", stream))
        .map_err(|e| ExportError::Internal(format!("page content: {e}")))
}

/// How the overlay of a page is painted: the embedded font (added to the document once)
/// and the options.
struct Paint<'f> {
    font: &'f EmbeddedFont,
    font_id: Option<ObjectId>,
    options: PdfOptions,
}

/// Drops a `Q` with no `q` before it and closes every `q` left open, so the overlay is
/// drawn in the page's default user space whatever the content did.
fn balanced(operations: Vec<Operation>) -> Vec<Operation> {
    let mut depth = 0usize;
    let mut out = Vec::with_capacity(operations.len() + 4);
    for op in operations {
        match op.operator.as_str() {
            "q" => depth += 1,
            "Q" if depth == 0 => continue,
            "Q" => depth -= 1,
            _ => {}
        }
        out.push(op);
    }
    out.extend((0..depth).map(|_| Operation::new("Q", vec![])));
    out
}

/// Name of the embedded font in page resources.
const FONT_NAME: &str = "MaskeraF0";

/// What a mask box says in the text flow: invisible, but read by text extraction, copy
/// and paste and screen readers, so "Sökande [maskerat] har ansökt" stays one sentence.
/// (An ActualText span was tried first: poppler then moves the words out of the line.)
pub const PLACEHOLDER: &str = "[maskerat]";

/// Boxes, each with the invisible placeholder word in the text flow, and secrecy notes.
fn overlay_ops(overlay: &Overlay, paint: &Paint) -> Vec<Operation> {
    let font = paint.font;
    let mut out = Vec::new();
    let n = |v: f32| Object::Real(v);
    for mask in &overlay.boxes {
        out.push(Operation::new("q", vec![]));
        out.push(Operation::new("g", vec![n(0.0)]));
        let quad = &mask.quad;
        out.push(Operation::new("m", vec![n(quad[0].0), n(quad[0].1)]));
        for p in &quad[1..] {
            out.push(Operation::new("l", vec![n(p.0), n(p.1)]));
        }
        out.push(Operation::new("h", vec![]));
        out.push(Operation::new("f", vec![]));
        if let Some(t) = &mask.text {
            out.extend(placeholder_ops(t, font, paint.options.labels));
        }
        out.push(Operation::new("Q", vec![]));
    }
    for ((x, y), size, text) in &overlay.notes {
        let encoded = font.encode(text);
        out.extend([
            Operation::new("q", vec![]),
            Operation::new("BT", vec![]),
            Operation::new("g", vec![n(0.0)]),
            Operation::new(
                "Tf",
                vec![Object::Name(FONT_NAME.as_bytes().to_vec()), n(*size)],
            ),
            Operation::new("Td", vec![n(*x), n(*y)]),
            Operation::new("Tj", vec![Object::String(encoded, StringFormat::Literal)]),
            Operation::new("ET", vec![]),
            Operation::new("Q", vec![]),
        ]);
    }
    out
}

/// The placeholder word stretched to the box's width: invisible (render mode 3), or with
/// `labels` the rule's name in white, shrunk to fit and centred.
fn placeholder_ops(t: &redact::BoxText, font: &EmbeddedFont, labels: bool) -> Vec<Operation> {
    let n = |v: f32| Object::Real(v);
    let label = labels && !t.rule.is_empty();
    let encoded = font.encode(if label { &t.rule } else { PLACEHOLDER });
    let size = if label { 0.75 * t.size } else { t.size };
    let natural = font.width(&encoded, size);
    let stretch = match (label, natural > 0.0) {
        (true, true) => (100.0 * 0.9 * t.width / natural).min(100.0),
        (false, true) => 100.0 * t.width / natural,
        _ => 100.0,
    };
    let shift = if label {
        (t.width - natural * stretch / 100.0) / 2.0
    } else {
        0.0
    };
    let (ux, uy) = t.direction;
    let (x, y) = (t.origin.0 + shift * ux, t.origin.1 + shift * uy);
    vec![
        Operation::new("BT", vec![]),
        Operation::new("Tr", vec![Object::Integer(if label { 0 } else { 3 })]),
        Operation::new("g", vec![n(if label { 1.0 } else { 0.0 })]),
        Operation::new(
            "Tf",
            vec![Object::Name(FONT_NAME.as_bytes().to_vec()), n(size)],
        ),
        Operation::new("Tz", vec![n(stretch)]),
        Operation::new("Tm", vec![n(ux), n(uy), n(-uy), n(ux), n(x), n(y)]),
        Operation::new("Tj", vec![Object::String(encoded, StringFormat::Literal)]),
        Operation::new("ET", vec![]),
    ]
}

/// Gives the page its own resource dictionary (a copy of what it used) with the font.
fn add_font_resource(
    pdf: &mut lopdf::Document,
    page_id: ObjectId,
    font_id: ObjectId,
) -> Result<(), ExportError> {
    let mut resources = crate::pdf::interpret::page_resources(pdf, page_id)
        .first()
        .map(|d| (*d).clone())
        .unwrap_or_default();
    let mut fonts = match resources.get(b"Font") {
        Ok(Object::Dictionary(d)) => d.clone(),
        Ok(Object::Reference(id)) => pdf.get_dictionary(*id).cloned().unwrap_or_default(),
        _ => lopdf::Dictionary::new(),
    };
    fonts.set(FONT_NAME, Object::Reference(font_id));
    resources.set("Font", Object::Dictionary(fonts));
    let page = pdf
        .get_dictionary_mut(page_id)
        .map_err(|e| ExportError::Internal(format!("page: {e}")))?;
    page.set("Resources", Object::Dictionary(resources));
    Ok(())
}

/// Replaces an image's data by one white pixel: whatever else paints it shows nothing.
fn blank_image(pdf: &mut lopdf::Document, id: ObjectId) {
    let blank = lopdf::Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => 1,
            "Height" => 1,
            "ColorSpace" => "DeviceGray",
            "BitsPerComponent" => 8,
        },
        vec![255],
    );
    pdf.objects.insert(id, Object::Stream(blank));
}

/// Reads the output again, with the project's ingest and with the independent check, and
/// fails if any masked value is found in any channel.
fn prove(bytes: &[u8], secrets: &[check::Secret]) -> Result<(), ExportError> {
    let pdf = ingest::load_pdf(bytes).map_err(ExportError::Source)?;
    let mut leaks = check::leaks(&pdf, bytes, secrets);
    let reread = ingest::ingest_bytes(bytes, "pdf").map_err(ExportError::Source)?;
    let text: String = reread
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let found = check::Finder::new(secrets.iter().map(|s| s.text.as_str()))
        .found(&check::Searchable::new(&text));
    for s in secrets
        .iter()
        .enumerate()
        .filter(|(i, _)| found.contains(i))
        .map(|(_, s)| s)
    {
        leaks.push(check::Leak {
            channel: check::Channel::PageText,
            rule: s.rule.clone(),
        });
    }
    leaks.sort();
    leaks.dedup();
    if leaks.is_empty() {
        Ok(())
    } else {
        Err(ExportError::Leak(leaks))
    }
}

#[cfg(test)]
mod tests {
    use super::readings_disagree;

    const PAGE: &str = "Miljö- och byggnämnden beslutar att bevilja ansökan om bygglov för \
        tillbyggnad. Nämnden har fått flera officiella synpunkter på ärendet. Åtgärden är \
        förenlig med detaljplanen. Överklagande sker till länsstyrelsen inom tre veckor.";

    #[test]
    fn readings_that_agree_word_for_word_are_accepted() {
        assert!(!readings_disagree(PAGE, PAGE));
        assert!(!readings_disagree(
            &PAGE.replace("officiella", "o\u{FB03}ciella"),
            PAGE
        ));
    }

    #[test]
    fn a_second_reading_that_failed_to_decode_the_font_has_no_say() {
        let garbage = "3urwrnrooiu iudq vrfldoqƒpqghq 0lom rfke jjqƒpqghqehvoxwdudwwehylomddqv \
            ndqrpe jjoryi uwlooe wloooeijjqdg 1ăpqghq kdu idww iohud riilflhood vvbqsxqnwhu";
        assert!(!readings_disagree(garbage, PAGE));
    }

    #[test]
    fn words_only_the_second_reading_found_refuse_the_page() {
        let first = "Miljö- och byggnämnden beslutar att bevilja ansökan om bygglov.";
        let extra = format!("{PAGE} Sökande Maximiliana Österberg Tallvägen Norrvik Grönlund");
        assert!(readings_disagree(&extra, &format!("{first} {PAGE}")));
    }
}
