//! True redaction of a PDF's pages: the masked glyphs are taken out of the content
//! streams, the rest of each line that held a mask is laid out again so that no position
//! depends on the masked text, and an opaque box is painted where the mask is.
//!
//! The model is PyMuPDF's `apply_redactions` (remove every glyph the mask covers, keep
//! every other glyph where it was, blank covered images) with the fix Bland, Iyer and
//! Levchenko ask for (PETS 2023): the gap is a fixed width, and the masked line's spacing
//! (TJ adjustments, Tc, Tw, justification) is normalised, so neither the gap nor the
//! glyphs after it tell how wide the name was.
//!
//! Redaction walks the page with the same interpreter ingest used (a recording
//! [`Device`]), so "glyph 3 of operation 41 of the page" means the same glyph to both.

use super::ExportError;
use crate::ingest::{Document, HiddenKind, Origin, Rect, StreamRef};
use crate::pdf::font::FontKind;
use crate::pdf::interpret::{
    interpret_page, Device, FontCache, Matrix, ShownGlyph, ShownPath, ShownText,
};
use crate::review::{Mask, MaskKind};
use std::collections::{HashMap, HashSet};

/// A glyph: its content stream, operation and index in that operation.
pub type GlyphKey = (StreamRef, u32, u32);

/// Width of every mask box, in em of the line's font size: fixed, so it tells nothing.
pub const MASK_WIDTH_EM: f32 = 4.0;
/// A gap between glyphs wider than this (em) without a space glyph is a word break.
const WORD_BREAK_EM: f32 = 0.15;
/// The width a word break gets when a masked line is laid out again (em).
const WORD_GAP_EM: f32 = 0.25;
/// A gap wider than this (em) is a tab stop or a column: what follows keeps its place
/// when there is room.
const TAB_EM: f32 = 1.5;

/// One glyph as the interpreter placed it.
#[derive(Debug, Clone)]
pub struct Placed {
    pub key: GlyphKey,
    /// The glyph's character code and how many bytes of its string it took.
    pub code: u32,
    pub code_len: u8,
    pub start: (f32, f32),
    pub size: f32,
    pub bbox: Rect,
    pub text_matrix: Matrix,
    pub ctm: Matrix,
    /// Advance in text space, spacing included.
    pub advance: f32,
    /// Advance in text space without Tc, Tw or adjustments: what normalised layout uses.
    pub natural: f32,
    pub space: bool,
    pub type3: bool,
}

impl Placed {
    /// The glyph's bytes in its string.
    pub fn code_bytes(&self) -> Vec<u8> {
        self.code.to_be_bytes()[4 - self.code_len.clamp(1, 4) as usize..].to_vec()
    }

    /// Page-space length of one text-space unit along the baseline.
    fn scale(&self) -> f32 {
        let [a, b, ..] = self.text_matrix.then(&self.ctm).0;
        (a * a + b * b).sqrt()
    }

    /// Unit vector of the baseline in page space.
    fn direction(&self) -> (f32, f32) {
        let [a, b, ..] = self.text_matrix.then(&self.ctm).0;
        let len = (a * a + b * b).sqrt();
        if len > 0.0 {
            (a / len, b / len)
        } else {
            (1.0, 0.0)
        }
    }
}

/// Everything the interpreter showed on one page.
#[derive(Default)]
pub struct PageRecord {
    pub glyphs: Vec<Placed>,
    /// Where each text operation's glyphs start in `glyphs`.
    ops: HashMap<(StreamRef, u32), usize>,
    /// Inside a repeat of an operation already recorded (a form painted twice).
    repeat: bool,
    pub texts: HashMap<(StreamRef, u32), ShownText>,
    pub paths: Vec<ShownPath>,
    problems: Vec<String>,
}

impl PageRecord {
    pub fn get(&self, key: &GlyphKey) -> Option<&Placed> {
        let first = self.ops.get(&(key.0, key.1))?;
        self.glyphs
            .get(first + key.2 as usize)
            .filter(|g| g.key == *key)
    }
}

impl Device for PageRecord {
    fn glyph(&mut self, g: &ShownGlyph<'_>) {
        let key = (g.stream, g.op, g.glyph_index);
        // A form painted twice shows the same glyph twice: the first placement is kept.
        if g.glyph_index == 0 {
            self.repeat = self.ops.contains_key(&(g.stream, g.op));
            if !self.repeat {
                self.ops.insert((g.stream, g.op), self.glyphs.len());
            }
        }
        if self.repeat {
            return;
        }
        self.glyphs.push(Placed {
            key,
            code: g.glyph.code,
            code_len: g.glyph.len,
            start: g.start,
            size: g.size,
            bbox: g.bbox,
            text_matrix: g.text_matrix,
            ctm: g.ctm,
            advance: g.advance,
            natural: g.glyph.width * g.font_size * g.horizontal_scale,
            space: g.glyph.is_word_space || g.glyph.text == crate::pdf::font::GlyphText::One(' '),
            type3: g.font.kind == FontKind::Type3,
        });
    }

    fn path(&mut self, path: &ShownPath) {
        self.paths.push(path.clone());
    }

    fn text_shown(&mut self, text: &ShownText) {
        self.texts.entry((text.stream, text.op)).or_insert(*text);
    }

    fn problem(&mut self, _stream: StreamRef, message: &str) {
        self.problems.push(message.to_string());
    }
}

/// Records every glyph of a page.
pub fn record_page(
    pdf: &lopdf::Document,
    page_id: lopdf::ObjectId,
    fonts: &mut FontCache,
) -> PageRecord {
    let mut record = PageRecord::default();
    interpret_page(pdf, page_id, fonts, &mut record);
    record
}

/// What redaction changes in one content stream.
#[derive(Debug, Default)]
pub struct StreamEdits {
    pub removed: HashSet<(u32, u32)>,
    /// Glyphs moved along their baseline, by this many text-space units.
    pub moved: HashMap<(u32, u32), f32>,
    /// Operations removed whole (a masked image's `Do` or `BI`).
    pub dropped: HashSet<u32>,
    /// What the rewrite needs about each changed operation.
    pub ops: HashMap<u32, OpRecord>,
}

/// A text operation's glyphs and end state, as recorded.
#[derive(Debug, Clone)]
pub struct OpRecord {
    pub glyphs: Vec<(Vec<u8>, f32, Matrix)>,
    pub end: ShownText,
}

/// An opaque box where something was removed.
#[derive(Debug, Clone)]
pub struct MaskBox {
    /// Corners in default user space.
    pub quad: [(f32, f32); 4],
    /// For a box in a line of text: where the line's baseline enters the box, its
    /// direction, the font size and the box width, so a placeholder word can be written
    /// into the text flow (extractors and screen readers then read one word, not a gap
    /// that splits the sentence into columns).
    pub text: Option<BoxText>,
}

#[derive(Debug, Clone)]
pub struct BoxText {
    pub origin: (f32, f32),
    pub direction: (f32, f32),
    pub size: f32,
    pub width: f32,
    /// The rule the masked text fell under (for the optional visible label).
    pub rule: String,
}

/// What is painted over a page after its content: boxes and written lines.
#[derive(Debug, Default)]
pub struct Overlay {
    pub boxes: Vec<MaskBox>,
    /// (baseline start, font size, text) of lines export writes (secrecy notes).
    pub notes: Vec<((f32, f32), f32, String)>,
}

impl Overlay {
    /// Whether the overlay writes text (and the page needs the embedded font).
    pub fn needs_font(&self) -> bool {
        !self.notes.is_empty() || self.boxes.iter().any(|b| b.text.is_some())
    }
}

/// The plan of one page: the edits it needs in its streams, and its overlay.
#[derive(Debug, Default)]
pub struct PagePlan {
    pub edits: HashMap<StreamRef, StreamEdits>,
    pub overlay: Overlay,
    /// Images whose data must be blanked (object ids).
    pub blank_images: HashSet<lopdf::ObjectId>,
    /// Images partly under a text mask: the covered part of each, as fractions of the
    /// image (x0, y0 from the top-left, x1, y1), to be blanked in the pixel data.
    pub partial_images: Vec<(lopdf::ObjectId, [f32; 4])>,
}

/// Plans the redaction of page `number` (1-based) for the masks that touch it.
pub fn plan_page(
    doc: &Document,
    number: u32,
    record: &PageRecord,
    masks: &[&Mask],
) -> Result<PagePlan, ExportError> {
    let refuse = |reason: String| ExportError::PageRefused {
        page: number,
        reason,
    };
    if let Some(problem) = record.problems.first() {
        return Err(refuse(problem.clone()));
    }
    let mut plan = PagePlan::default();
    let mut removed: HashSet<GlyphKey> = HashSet::new();
    let mut areas: Vec<Rect> = Vec::new();
    let mut boxed_lines: Vec<(Vec<GlyphKey>, bool)> = Vec::new();
    let mut rules: HashMap<GlyphKey, &str> = HashMap::new();
    for (index, p) in doc.paragraphs.iter().enumerate() {
        if !p.is_on_page(number) {
            continue;
        }
        let on_para: Vec<&Mask> = masks
            .iter()
            .copied()
            .filter(|m| !matches!(m.kind, MaskKind::Image { .. }))
            .filter(|m| m.touches(doc, index))
            .collect();
        if on_para.is_empty() {
            continue;
        }
        let keys = paragraph_keys(doc, index, number, &on_para);
        for line in lines(&keys, record) {
            let masked: Vec<GlyphKey> = line
                .iter()
                .filter(|(_, t)| t.rule.is_some())
                .map(|(k, _)| *k)
                .collect();
            if masked.is_empty() {
                continue;
            }
            areas.extend(runs_area(&line, record));
            removed.extend(masked.iter().copied());
            let secrecy = line.iter().any(|(_, t)| t.secrecy);
            rules.extend(line.iter().filter_map(|(k, t)| t.rule.map(|r| (*k, r))));
            boxed_lines.push((line.iter().map(|(k, _)| *k).collect(), !secrecy));
        }
        for m in on_para {
            if let (MaskKind::Secrecy { provision }, true) = (&m.kind, m.paragraph == index) {
                let first = keys.iter().find_map(|(k, _)| record.get(k));
                if let Some(g) = first {
                    plan.overlay.notes.push((
                        g.start,
                        g.size,
                        format!("Sekretess enligt {provision}."),
                    ));
                }
            }
        }
    }
    // Whatever else is drawn where a masked glyph was (fake bold, an OCR layer, a copy in
    // another stream) goes too.
    for g in &record.glyphs {
        let (cx, cy) = centre(&g.bbox);
        if areas.iter().any(|a| inside(a, cx, cy)) {
            removed.insert(g.key);
        }
    }
    if let Some(g) = removed
        .iter()
        .filter_map(|k| record.get(k))
        .find(|g| g.type3)
    {
        let _ = g;
        return Err(refuse(
            "texten som ska maskeras är satt i ett Type3-typsnitt, som inte kan redigeras säkert"
                .into(),
        ));
    }
    for key in &removed {
        edits_for(&mut plan, key.0).removed.insert((key.1, key.2));
    }
    for (line, boxed) in boxed_lines {
        let placed: Vec<&Placed> = line.iter().filter_map(|k| record.get(k)).collect();
        let relaid = relayout(&placed, &removed, &rules);
        for (key, delta) in relaid.moved {
            edits_for(&mut plan, key.0)
                .moved
                .insert((key.1, key.2), delta);
        }
        if boxed {
            plan.overlay.boxes.extend(relaid.boxes);
        }
    }
    plan_paths(record, &areas, &mut plan);
    record_ops(&mut plan, record)?;
    plan_images(doc, number, masks, &areas, &mut plan);
    Ok(plan)
}

fn edits_for(plan: &mut PagePlan, stream: StreamRef) -> &mut StreamEdits {
    plan.edits.entry(stream).or_default()
}

/// What a glyph of a masked paragraph is: masked under which rule (if at all), and
/// whether under secrecy.
#[derive(Debug, Clone, Copy, Default)]
struct Tag<'m> {
    rule: Option<&'m str>,
    secrecy: bool,
}

/// The glyphs of a paragraph on page `page` in reading order, each with its tag; the
/// hyphen dropped at a line end counts as masked when the word on both sides is. A
/// paragraph that runs on over a page break has glyphs on two pages, and a glyph's key
/// names no page: the other page's glyphs are left out, or they would stand for glyphs of
/// this page with the same stream, operation and index.
fn paragraph_keys<'m>(
    doc: &Document,
    index: usize,
    page: u32,
    masks: &[&'m Mask],
) -> Vec<(GlyphKey, Tag<'m>)> {
    let p = &doc.paragraphs[index];
    let status = |at: usize| {
        let hit: Vec<&&Mask> = masks.iter().filter(|m| m.covers(doc, index, at)).collect();
        Tag {
            rule: hit.first().map(|m| m.rule.as_str()),
            secrecy: hit
                .iter()
                .any(|m| matches!(m.kind, MaskKind::Secrecy { .. })),
        }
    };
    let mut out: Vec<(GlyphKey, Tag)> = Vec::new();
    let mut seen = HashSet::new();
    let mut push = |origin: &Origin, s: Tag<'m>| match origin {
        Origin::Pdf(o) if o.page == page => {
            let key = (o.stream, o.op, o.glyph);
            if seen.insert(key) {
                out.push((key, s));
            } else if s.rule.is_some() {
                // A ligature: one glyph for two characters, masked if either is.
                if let Some(entry) = out.iter_mut().find(|(k, _)| *k == key) {
                    entry.1.secrecy |= s.secrecy;
                    entry.1.rule = entry.1.rule.or(s.rule);
                }
            }
        }
        _ => {}
    };
    for (at, origin) in p.origins.iter().enumerate() {
        for h in p.hidden.iter().filter(|h| h.at == at) {
            let s = if h.kind == HiddenKind::LineEndHyphen && at > 0 {
                let (a, b) = (status(at - 1), status(at));
                Tag {
                    rule: a.rule.filter(|_| b.rule.is_some()),
                    secrecy: a.secrecy && b.secrecy,
                }
            } else {
                status(at)
            };
            for o in &h.origins {
                push(o, s);
            }
        }
        push(origin, status(at));
    }
    out
}

/// Splits a paragraph's glyphs into lines: a new line where the baseline moves.
fn lines<T: Copy>(keys: &[(GlyphKey, T)], record: &PageRecord) -> Vec<Vec<(GlyphKey, T)>> {
    let mut out: Vec<Vec<(GlyphKey, T)>> = Vec::new();
    let mut last: Option<&Placed> = None;
    for &(key, tag) in keys {
        let Some(g) = record.get(&key) else {
            continue;
        };
        let same = last.is_some_and(|l| same_line(l, g));
        match out.last_mut() {
            Some(line) if same => line.push((key, tag)),
            _ => out.push(vec![(key, tag)]),
        }
        last = Some(g);
    }
    out
}

fn same_line(a: &Placed, b: &Placed) -> bool {
    let (ux, uy) = a.direction();
    let (vx, vy) = b.direction();
    if ux * vx + uy * vy < 0.99 {
        return false;
    }
    let offset = (b.start.0 - a.start.0) * -uy + (b.start.1 - a.start.1) * ux;
    offset.abs() < 0.3 * a.size.max(b.size)
}

/// The boxes of the masked runs of a line as they stand in the input.
fn runs_area(line: &[(GlyphKey, Tag)], record: &PageRecord) -> Vec<Rect> {
    let mut out: Vec<Rect> = Vec::new();
    let mut open = false;
    for (key, tag) in line {
        let Some(g) = record.get(key) else { continue };
        match (tag.rule.is_some(), open, out.last_mut()) {
            (true, true, Some(r)) => *r = r.union(&g.bbox),
            (true, _, _) => {
                out.push(g.bbox);
                open = true;
            }
            (false, _, _) => open = false,
        }
    }
    out
}

/// A line laid out again: how far each kept glyph moves, and where the boxes go.
struct Relaid {
    moved: Vec<(GlyphKey, f32)>,
    boxes: Vec<MaskBox>,
}

/// Lays a line out from its first glyph with natural advances, standard word gaps and a
/// fixed-width box per masked run. Nothing in the result depends on the removed glyphs
/// but their count of runs and whether a word break stood before and after each.
fn relayout(
    line: &[&Placed],
    removed: &HashSet<GlyphKey>,
    rules: &HashMap<GlyphKey, &str>,
) -> Relaid {
    let mut out = Relaid {
        moved: Vec::new(),
        boxes: Vec::new(),
    };
    let Some(first) = line.first() else {
        return out;
    };
    let (ux, uy) = first.direction();
    let em = first.size;
    let along = |p: (f32, f32)| (p.0 - first.start.0) * ux + (p.1 - first.start.1) * uy;
    let (low, high) = line
        .iter()
        .filter(|g| removed.contains(&g.key))
        .map(|g| across(&g.bbox, first.start, (ux, uy)))
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(l, h), (a, b)| {
            (l.min(a), h.max(b))
        });
    let break_at = word_break_threshold(line, removed, em, along);
    let mut cursor = 0.0f32;
    let mut previous_end: Option<f32> = None;
    let mut previous_space = false;
    let mut in_run = false;
    for g in line {
        let s = along(g.start);
        let natural = g.natural * g.scale();
        let gap = previous_end.map_or(0.0, |e| s - e);
        let word_break = gap > break_at && !previous_space;
        if removed.contains(&g.key) {
            if !in_run {
                if word_break {
                    cursor += WORD_GAP_EM * em;
                }
                let (a, b) = (cursor, cursor + MASK_WIDTH_EM * em);
                out.boxes.push(MaskBox {
                    quad: [
                        point(first.start, (ux, uy), a, low),
                        point(first.start, (ux, uy), b, low),
                        point(first.start, (ux, uy), b, high),
                        point(first.start, (ux, uy), a, high),
                    ],
                    text: Some(BoxText {
                        origin: point(first.start, (ux, uy), a, 0.0),
                        direction: (ux, uy),
                        size: em,
                        width: b - a,
                        rule: rules.get(&g.key).map_or(String::new(), |r| r.to_string()),
                    }),
                });
                cursor = b;
                in_run = true;
            }
        } else {
            in_run = false;
            if gap > TAB_EM * em && !previous_space {
                cursor = (cursor + WORD_GAP_EM * em).max(s);
            } else if word_break {
                cursor += WORD_GAP_EM * em;
            }
            let shift = cursor - s;
            if shift.abs() > 0.001 && g.scale() > 0.0 {
                out.moved.push((g.key, shift / g.scale()));
            }
            cursor += natural;
        }
        previous_end = Some(s + natural);
        previous_space = g.space;
    }
    out
}

/// The gap above which two glyphs of the line are separate words: the usual threshold,
/// raised on a letter-spaced line (Tc) above its ordinary gap between letters. Only kept
/// glyphs count, so the masked text does not move the threshold.
fn word_break_threshold(
    line: &[&Placed],
    removed: &HashSet<GlyphKey>,
    em: f32,
    along: impl Fn((f32, f32)) -> f32,
) -> f32 {
    let mut gaps: Vec<f32> = line
        .windows(2)
        .filter(|w| !w[0].space && !w[1].space)
        .filter(|w| !removed.contains(&w[0].key) && !removed.contains(&w[1].key))
        .map(|w| along(w[1].start) - (along(w[0].start) + w[0].natural * w[0].scale()))
        .collect();
    gaps.sort_by(|a, b| a.total_cmp(b));
    let median = gaps.get(gaps.len() / 2).copied().unwrap_or(0.0);
    (WORD_BREAK_EM * em).max(1.5 * median + 0.05 * em)
}

/// The extent of a box across the baseline (below and above it), relative to `origin`.
fn across(r: &Rect, origin: (f32, f32), (ux, uy): (f32, f32)) -> (f32, f32) {
    let corners = [(r.x0, r.y0), (r.x1, r.y0), (r.x0, r.y1), (r.x1, r.y1)];
    corners
        .iter()
        .map(|&(x, y)| (x - origin.0) * -uy + (y - origin.1) * ux)
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(l, h), v| {
            (l.min(v), h.max(v))
        })
}

fn point(origin: (f32, f32), (ux, uy): (f32, f32), along: f32, up: f32) -> (f32, f32) {
    (
        origin.0 + along * ux - up * uy,
        origin.1 + along * uy + up * ux,
    )
}

fn centre(r: &Rect) -> (f32, f32) {
    ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0)
}

fn inside(r: &Rect, x: f32, y: f32) -> bool {
    r.x0 <= x && x <= r.x1 && r.y0 <= y && y <= r.y1
}

/// Copies what the rewrite needs about every operation that changes.
fn record_ops(plan: &mut PagePlan, record: &PageRecord) -> Result<(), ExportError> {
    for (stream, edits) in plan.edits.iter_mut() {
        let ops: HashSet<u32> = edits
            .removed
            .iter()
            .chain(edits.moved.keys())
            .map(|(op, _)| *op)
            .collect();
        for op in ops {
            let glyphs: Vec<(Vec<u8>, f32, Matrix)> = record
                .glyphs
                .iter()
                .filter(|g| g.key.0 == *stream && g.key.1 == op)
                .map(|g| (g.code_bytes(), g.advance, g.text_matrix))
                .collect();
            let end = record
                .texts
                .get(&(*stream, op))
                .copied()
                .ok_or_else(|| ExportError::Internal("text operation not recorded".into()))?;
            edits.ops.insert(op, OpRecord { glyphs, end });
        }
    }
    Ok(())
}

/// Masked images (signatures, photos) lose their operation and their data, and a box is
/// painted where they were. An image partly under a text mask keeps its place; the
/// covered pixels are blanked in its data (or all of it, where its encoding cannot be
/// edited here).
fn plan_images(doc: &Document, number: u32, masks: &[&Mask], areas: &[Rect], plan: &mut PagePlan) {
    let masked: HashSet<usize> = masks
        .iter()
        .filter_map(|m| match m.kind {
            MaskKind::Image { image } => Some(image),
            _ => None,
        })
        .collect();
    for (index, image) in doc.images.iter().enumerate() {
        if image.page != number {
            continue;
        }
        let Some(bbox) = image.bbox else { continue };
        let under_text = areas.iter().any(|a| overlaps(a, &bbox));
        if !masked.contains(&index) && !under_text {
            continue;
        }
        if let (
            crate::ingest::ImageSource::Pdf {
                object: Some(id), ..
            },
            false,
        ) = (&image.source, masked.contains(&index))
        {
            for a in areas.iter().filter(|a| overlaps(a, &bbox)) {
                plan.partial_images.push((*id, covered_fraction(&bbox, a)));
            }
            continue;
        }
        if let crate::ingest::ImageSource::Pdf { stream, op, object } = &image.source {
            edits_for(plan, *stream).dropped.insert(*op);
            if let Some(id) = object {
                plan.blank_images.insert(*id);
            }
            plan.overlay.boxes.push(MaskBox {
                quad: [
                    (bbox.x0, bbox.y0),
                    (bbox.x1, bbox.y0),
                    (bbox.x1, bbox.y1),
                    (bbox.x0, bbox.y1),
                ],
                text: None,
            });
        }
    }
}

/// Vector paths inside a masked area (an underline or strike-through of the name, which
/// would show its width) are removed with the operations that built them.
fn plan_paths(record: &PageRecord, areas: &[Rect], plan: &mut PagePlan) {
    for path in &record.paths {
        let inside = areas.iter().any(|a| {
            let slack = 0.5 * a.height();
            let side = 0.3 * a.height();
            path.bbox.x0 >= a.x0 - side
                && path.bbox.x1 <= a.x1 + side
                && path.bbox.y0 >= a.y0 - slack
                && path.bbox.y1 <= a.y1 + slack
        });
        if inside {
            edits_for(plan, path.stream)
                .dropped
                .extend(path.ops.clone());
        }
    }
}

/// The part of `image` that `area` covers, as fractions from its top-left corner.
fn covered_fraction(image: &Rect, area: &Rect) -> [f32; 4] {
    let fx = |x: f32| ((x - image.x0) / image.width().max(f32::EPSILON)).clamp(0.0, 1.0);
    let fy = |y: f32| ((image.y1 - y) / image.height().max(f32::EPSILON)).clamp(0.0, 1.0);
    [fx(area.x0), fy(area.y1), fx(area.x1), fy(area.y0)]
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}
