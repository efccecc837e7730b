//! The one content-stream interpreter.
//!
//! It walks a page's content (and the Form XObjects it paints), keeps the graphics and
//! text state, decodes strings through the page's fonts, and tells a [`Device`] about every
//! glyph it shows: where, how big, from which operation. Text extraction is one device;
//! redaction (which must remove exactly the glyphs extraction reported) is another.

use super::font::{Font, FontKind, Glyph};
use crate::ingest::{Rect, StreamRef};
use lopdf::content::Operation;
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;
use std::rc::Rc;

/// Content streams larger than this (decompressed) are not interpreted.
pub const MAX_CONTENT_BYTES: usize = 64 * 1024 * 1024;
/// Form XObjects nested deeper than this are not entered (guards against loops and bombs).
const MAX_FORM_DEPTH: usize = 12;
/// The graphics state stack is capped so unbalanced `q` cannot grow memory without bound.
const MAX_STATE_STACK: usize = 256;

/// A 2D affine matrix `[a b c d e f]` as in PDF.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Matrix(pub [f32; 6]);

impl Matrix {
    pub const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self` then `other` (row-vector convention: p' = p × self × other).
    pub fn then(&self, other: &Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = other.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    pub fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    pub fn apply(&self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }

    fn from_operands(ops: &[Object]) -> Option<Matrix> {
        if ops.len() < 6 {
            return None;
        }
        let mut m = [0.0; 6];
        for (slot, op) in m.iter_mut().zip(ops) {
            *slot = number(op)?;
        }
        Some(Matrix(m))
    }
}

/// One glyph the interpreter showed.
#[derive(Debug, Clone)]
pub struct ShownGlyph<'a> {
    pub stream: StreamRef,
    /// Index of the operation in the stream's decoded operation list.
    pub op: u32,
    /// Index of the glyph among all glyphs of that operation.
    pub glyph_index: u32,
    pub glyph: &'a Glyph,
    pub font: &'a Font,
    /// Baseline start and end of the glyph's advance (spacing included) in page space,
    /// without text rise, so superscripts stay on their line.
    pub start: (f32, f32),
    pub end: (f32, f32),
    /// Font size in page space (the length of the text-space unit vector y, times Tfs).
    pub size: f32,
    /// The glyph's box in page space (advance × ascent..descent, with rise).
    pub bbox: Rect,
    /// Text render mode 3 (invisible text, as OCR layers use).
    pub invisible: bool,
    /// The text matrix before the glyph; with `ctm`, where redaction re-places it.
    pub text_matrix: Matrix,
    pub ctm: Matrix,
    /// The advance in unscaled text space (what the text matrix moves by, spacing included).
    pub advance: f32,
    /// Tfs and Th, which scale TJ adjustments.
    pub font_size: f32,
    pub horizontal_scale: f32,
}

/// The text matrices after a text-showing operation: what redaction must restore when it
/// re-places glyphs of that operation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShownText {
    pub stream: StreamRef,
    pub op: u32,
    pub line_matrix: Matrix,
    pub text_matrix: Matrix,
    pub font_size: f32,
    pub horizontal_scale: f32,
}

/// An image the interpreter painted (an Image XObject or an inline image).
#[derive(Debug, Clone, PartialEq)]
pub struct ShownImage {
    pub stream: StreamRef,
    /// Index of the `Do` or `BI` operation in the stream.
    pub op: u32,
    /// The Image XObject, if not inline.
    pub object: Option<ObjectId>,
    /// The image's unit square mapped to page space.
    pub bbox: Rect,
}

/// A vector path the interpreter painted (stroked or filled; clipping paths are not
/// reported): the operations that built and painted it, and its box in page space.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownPath {
    pub stream: StreamRef,
    pub ops: std::ops::RangeInclusive<u32>,
    pub bbox: Rect,
}

/// Something that consumes what the interpreter shows.
pub trait Device {
    /// A glyph was shown.
    fn glyph(&mut self, glyph: &ShownGlyph<'_>);
    /// An image was painted.
    fn image(&mut self, _image: &ShownImage) {}
    /// A text-showing operation ended (after its last glyph).
    fn text_shown(&mut self, _text: &ShownText) {}
    /// A path was painted.
    fn path(&mut self, _path: &ShownPath) {}
    /// A stream could not be interpreted fully; the message is for the user (Swedish).
    fn problem(&mut self, _stream: StreamRef, _message: &str) {}
}

/// The graphics state the interpreter tracks.
#[derive(Debug, Clone)]
struct GraphicsState {
    ctm: Matrix,
    char_spacing: f32,
    word_spacing: f32,
    horizontal_scale: f32,
    leading: f32,
    font: Option<Rc<Font>>,
    font_size: f32,
    rise: f32,
    render_mode: i64,
}

impl GraphicsState {
    fn new(ctm: Matrix) -> Self {
        GraphicsState {
            ctm,
            char_spacing: 0.0,
            word_spacing: 0.0,
            horizontal_scale: 1.0,
            leading: 0.0,
            font: None,
            font_size: 0.0,
            rise: 0.0,
            render_mode: 0,
        }
    }
}

/// Fonts already loaded, by object id, so a font shared by 200 pages is parsed once.
#[derive(Default)]
pub struct FontCache {
    by_id: HashMap<ObjectId, Rc<Font>>,
}

impl FontCache {
    fn get(&mut self, doc: &Document, resources: &[&Dictionary], name: &[u8]) -> Option<Rc<Font>> {
        for res in resources {
            let Some(fonts) = dict_entry(doc, res, b"Font") else {
                continue;
            };
            let Ok(entry) = fonts.get(name) else {
                continue;
            };
            return match entry {
                Object::Reference(id) => {
                    if let Some(font) = self.by_id.get(id) {
                        return Some(font.clone());
                    }
                    let dict = doc.get_dictionary(*id).ok()?;
                    let font = Rc::new(Font::load(doc, dict));
                    self.by_id.insert(*id, font.clone());
                    Some(font)
                }
                Object::Dictionary(dict) => Some(Rc::new(Font::load(doc, dict))),
                _ => None,
            };
        }
        None
    }
}

/// Interprets one page, telling `device` about every glyph.
pub fn interpret_page(
    doc: &Document,
    page_id: ObjectId,
    fonts: &mut FontCache,
    device: &mut dyn Device,
) {
    let content = match doc.get_page_content_with_limit(page_id, MAX_CONTENT_BYTES) {
        Ok(bytes) => bytes,
        Err(_) => {
            device.problem(StreamRef::Page, "sidans innehåll är för stort eller skadat");
            return;
        }
    };
    let resources = page_resources(doc, page_id);
    let mut run = Run {
        doc,
        fonts,
        device,
        form_stack: Vec::new(),
    };
    run.stream(StreamRef::Page, &content, &resources, Matrix::IDENTITY);
}

/// The resource dictionaries of a page, nearest first (inherited ones after).
pub fn page_resources(doc: &Document, page_id: ObjectId) -> Vec<&Dictionary> {
    let mut out = Vec::new();
    if let Ok((direct, ids)) = doc.get_page_resources(page_id) {
        out.extend(direct);
        out.extend(ids.into_iter().filter_map(|id| doc.get_dictionary(id).ok()));
    }
    out
}

/// One interpretation run: shared across the page and its nested forms.
struct Run<'d, 'f> {
    doc: &'d Document,
    fonts: &'f mut FontCache,
    device: &'f mut dyn Device,
    /// Forms being interpreted, to refuse a form that paints itself.
    form_stack: Vec<ObjectId>,
}

impl<'d> Run<'d, '_> {
    fn stream(
        &mut self,
        stream: StreamRef,
        bytes: &[u8],
        resources: &[&'d Dictionary],
        ctm: Matrix,
    ) {
        let operations = super::content::decode(bytes);
        let mut state = TextRun::new(stream, ctm);
        for (index, op) in operations.iter().enumerate() {
            self.operation(&mut state, index as u32, op, resources);
        }
    }

    fn operation(
        &mut self,
        s: &mut TextRun,
        index: u32,
        op: &Operation,
        resources: &[&'d Dictionary],
    ) {
        let o = &op.operands;
        let g = &mut s.gs;
        match op.operator.as_str() {
            "q" if s.stack.len() < MAX_STATE_STACK => s.stack.push(g.clone()),
            "Q" => {
                if let Some(prev) = s.stack.pop() {
                    *g = prev;
                }
            }
            "cm" => {
                if let Some(m) = Matrix::from_operands(o) {
                    g.ctm = m.then(&g.ctm);
                }
            }
            "BT" => {
                s.tm = Matrix::IDENTITY;
                s.tlm = Matrix::IDENTITY;
            }
            "Tc" => g.char_spacing = num_at(o, 0).unwrap_or(g.char_spacing),
            "Tw" => g.word_spacing = num_at(o, 0).unwrap_or(g.word_spacing),
            "Tz" => g.horizontal_scale = num_at(o, 0).map_or(g.horizontal_scale, |v| v / 100.0),
            "TL" => g.leading = num_at(o, 0).unwrap_or(g.leading),
            "Ts" => g.rise = num_at(o, 0).unwrap_or(g.rise),
            "Tr" => g.render_mode = o.first().and_then(|v| v.as_i64().ok()).unwrap_or(0),
            "Tf" => {
                g.font_size = num_at(o, 1).unwrap_or(g.font_size);
                g.font = o
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .and_then(|name| self.fonts.get(self.doc, resources, name));
            }
            "Td" => s.next_line(num_at(o, 0).unwrap_or(0.0), num_at(o, 1).unwrap_or(0.0)),
            "TD" => {
                let (tx, ty) = (num_at(o, 0).unwrap_or(0.0), num_at(o, 1).unwrap_or(0.0));
                s.gs.leading = -ty;
                s.next_line(tx, ty);
            }
            "Tm" => {
                if let Some(m) = Matrix::from_operands(o) {
                    s.tm = m;
                    s.tlm = m;
                }
            }
            "T*" => s.next_line(0.0, -s.gs.leading),
            "Tj" => self.show(s, index, o.first().into_iter()),
            "TJ" => {
                if let Some(Object::Array(items)) = o.first() {
                    self.show(s, index, items.iter());
                }
            }
            "'" => {
                s.next_line(0.0, -s.gs.leading);
                self.show(s, index, o.first().into_iter());
            }
            "\"" => {
                s.gs.word_spacing = num_at(o, 0).unwrap_or(s.gs.word_spacing);
                s.gs.char_spacing = num_at(o, 1).unwrap_or(s.gs.char_spacing);
                s.next_line(0.0, -s.gs.leading);
                self.show(s, index, o.get(2).into_iter());
            }
            "Do" => {
                if let Some(name) = o.first().and_then(|n| n.as_name().ok()) {
                    let ctm = s.gs.ctm;
                    self.xobject(s.stream, index, name, resources, ctm);
                }
            }
            "BI" => self.device.image(&ShownImage {
                stream: s.stream,
                op: index,
                object: None,
                bbox: bounding_box(&s.gs.ctm, 1.0, 0.0, 1.0),
            }),
            "m" | "l" => s.extend_path(index, &points(o)),
            "c" | "v" | "y" => s.extend_path(index, &points(o)),
            "re" => {
                if let [x, y, w, h] = numbers(o)[..] {
                    s.extend_path(index, &[(x, y), (x + w, y + h)]);
                }
            }
            "W" | "W*" => {
                if let Some(p) = s.path.as_mut() {
                    p.2 = true;
                }
            }
            "S" | "s" | "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" | "n" => {
                if let Some((first, bbox, clip)) = s.path.take() {
                    if op.operator != "n" && !clip && bbox.x0.is_finite() {
                        self.device.path(&ShownPath {
                            stream: s.stream,
                            ops: first..=index,
                            bbox,
                        });
                    }
                }
            }
            _ => {}
        }
    }

    /// Shows the strings (and TJ adjustments) of one text operation.
    fn show<'o>(&mut self, s: &mut TextRun, op: u32, items: impl Iterator<Item = &'o Object>) {
        let Some(font) = s.gs.font.clone() else {
            return;
        };
        let mut glyph_index = 0u32;
        for item in items {
            match item {
                Object::String(bytes, _) => {
                    for glyph in font.decode(bytes) {
                        s.emit(&mut *self.device, &font, &glyph, op, glyph_index);
                        glyph_index += 1;
                    }
                }
                other => {
                    if let Some(adjust) = number(other) {
                        let g = &s.gs;
                        let tx = -adjust / 1000.0 * g.font_size * g.horizontal_scale;
                        s.tm = Matrix::translate(tx, 0.0).then(&s.tm);
                    }
                }
            }
        }
        self.device.text_shown(&ShownText {
            stream: s.stream,
            op,
            line_matrix: s.tlm,
            text_matrix: s.tm,
            font_size: s.gs.font_size,
            horizontal_scale: s.gs.horizontal_scale,
        });
    }

    /// Paints an XObject by name: an image is reported, a form is interpreted.
    fn xobject(
        &mut self,
        from: StreamRef,
        op: u32,
        name: &[u8],
        resources: &[&'d Dictionary],
        ctm: Matrix,
    ) {
        let Some((id, stream)) = find_xobject(self.doc, resources, name) else {
            return;
        };
        match stream.dict.get(b"Subtype").and_then(Object::as_name).ok() {
            Some(b"Form") => self.form(id, stream, resources, ctm),
            Some(b"Image") => self.device.image(&ShownImage {
                stream: from,
                op,
                object: Some(id),
                bbox: bounding_box(&ctm, 1.0, 0.0, 1.0),
            }),
            _ => {}
        }
    }

    /// Interprets a Form XObject's content with its matrix and resources.
    fn form(
        &mut self,
        id: ObjectId,
        stream: &'d lopdf::Stream,
        resources: &[&'d Dictionary],
        ctm: Matrix,
    ) {
        let form_ref = StreamRef::Form {
            object: id.0,
            generation: id.1,
        };
        if self.form_stack.contains(&id) || self.form_stack.len() >= MAX_FORM_DEPTH {
            self.device
                .problem(form_ref, "formulärobjekt i slinga eller för djupt nästlat");
            return;
        }
        let Ok(bytes) = stream
            .decompressed_content_with_limit(MAX_CONTENT_BYTES)
            .or_else(|_| {
                if stream.dict.get(b"Filter").is_err() {
                    Ok(stream.content.clone())
                } else {
                    Err(())
                }
            })
        else {
            self.device
                .problem(form_ref, "formulärobjektets innehåll kunde inte packas upp");
            return;
        };
        let matrix = stream
            .dict
            .get(b"Matrix")
            .ok()
            .and_then(|m| m.as_array().ok())
            .and_then(|a| Matrix::from_operands(a))
            .unwrap_or(Matrix::IDENTITY);
        let mut form_resources: Vec<&'d Dictionary> = Vec::new();
        if let Some(own) = dict_entry(self.doc, &stream.dict, b"Resources") {
            form_resources.push(own);
        }
        form_resources.extend_from_slice(resources);
        self.form_stack.push(id);
        self.stream(form_ref, &bytes, &form_resources, matrix.then(&ctm));
        self.form_stack.pop();
    }
}

/// The per-stream interpreter state: graphics state, its stack and the text matrices.
struct TextRun {
    stream: StreamRef,
    gs: GraphicsState,
    stack: Vec<GraphicsState>,
    tm: Matrix,
    tlm: Matrix,
    /// The path being built: its first operation, its box in page space, and whether a
    /// clipping operator (`W`, `W*`) used it.
    path: Option<(u32, Rect, bool)>,
}

impl TextRun {
    fn new(stream: StreamRef, ctm: Matrix) -> Self {
        TextRun {
            stream,
            gs: GraphicsState::new(ctm),
            stack: Vec::new(),
            tm: Matrix::IDENTITY,
            tlm: Matrix::IDENTITY,
            path: None,
        }
    }

    /// Adds points (in user space) to the path being built from operation `op`.
    fn extend_path(&mut self, op: u32, points: &[(f32, f32)]) {
        let ctm = self.gs.ctm;
        let entry = self.path.get_or_insert((
            op,
            Rect {
                x0: f32::INFINITY,
                y0: f32::INFINITY,
                x1: f32::NEG_INFINITY,
                y1: f32::NEG_INFINITY,
            },
            false,
        ));
        for &(x, y) in points {
            let (px, py) = ctm.apply(x, y);
            entry.1.x0 = entry.1.x0.min(px);
            entry.1.y0 = entry.1.y0.min(py);
            entry.1.x1 = entry.1.x1.max(px);
            entry.1.y1 = entry.1.y1.max(py);
        }
    }

    fn next_line(&mut self, tx: f32, ty: f32) {
        self.tlm = Matrix::translate(tx, ty).then(&self.tlm);
        self.tm = self.tlm;
    }

    /// Reports one glyph to the device and advances the text matrix past it.
    fn emit(&mut self, device: &mut dyn Device, font: &Font, glyph: &Glyph, op: u32, index: u32) {
        let g = &self.gs;
        let advance = (glyph.width * g.font_size
            + g.char_spacing
            + if glyph.is_word_space {
                g.word_spacing
            } else {
                0.0
            })
            * g.horizontal_scale;
        let trm = self.tm.then(&g.ctm);
        let glyph_w = glyph.width * g.font_size * g.horizontal_scale;
        let start = trm.apply(0.0, 0.0);
        // The glyph reaches to where the next one starts (spacing included, as poppler
        // counts it), so letter-spaced words are not split into letters.
        let end = trm.apply(advance, 0.0);
        let (ascent, descent) = vertical_extent(font);
        let bbox = bounding_box(
            &trm,
            glyph_w,
            descent * g.font_size + g.rise,
            ascent * g.font_size + g.rise,
        );
        let size = {
            let (x0, y0) = trm.apply(0.0, 0.0);
            let (x1, y1) = trm.apply(0.0, g.font_size);
            ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt()
        };
        device.glyph(&ShownGlyph {
            stream: self.stream,
            op,
            glyph_index: index,
            glyph,
            font,
            start,
            end,
            size,
            bbox,
            invisible: g.render_mode == 3,
            text_matrix: self.tm,
            ctm: g.ctm,
            advance,
            font_size: g.font_size,
            horizontal_scale: g.horizontal_scale,
        });
        self.tm = Matrix::translate(advance, 0.0).then(&self.tm);
    }
}

/// Ascent and descent for glyph boxes; Type3 fonts report theirs in glyph space.
fn vertical_extent(font: &Font) -> (f32, f32) {
    match font.kind {
        FontKind::Type3 => (0.8, -0.2),
        _ => (font.ascent(), font.descent()),
    }
}

/// The page-space bounding box of the text-space rectangle (0, y0)–(w, y1).
fn bounding_box(m: &Matrix, w: f32, y0: f32, y1: f32) -> Rect {
    let corners = [
        m.apply(0.0, y0),
        m.apply(w, y0),
        m.apply(0.0, y1),
        m.apply(w, y1),
    ];
    let mut r = Rect {
        x0: f32::INFINITY,
        y0: f32::INFINITY,
        x1: f32::NEG_INFINITY,
        y1: f32::NEG_INFINITY,
    };
    for (x, y) in corners {
        r.x0 = r.x0.min(x);
        r.y0 = r.y0.min(y);
        r.x1 = r.x1.max(x);
        r.y1 = r.y1.max(y);
    }
    r
}

/// Looks up an XObject by name in the resource dictionaries, nearest first.
fn find_xobject<'d>(
    doc: &'d Document,
    resources: &[&'d Dictionary],
    name: &[u8],
) -> Option<(ObjectId, &'d lopdf::Stream)> {
    for res in resources {
        let Some(xobjects) = dict_entry(doc, res, b"XObject") else {
            continue;
        };
        if let Ok(Object::Reference(id)) = xobjects.get(name) {
            let stream = doc.get_object(*id).ok()?.as_stream().ok()?;
            return Some((*id, stream));
        }
    }
    None
}

/// A dictionary-valued entry, following one reference.
pub fn dict_entry<'d>(
    doc: &'d Document,
    dict: &'d Dictionary,
    key: &[u8],
) -> Option<&'d Dictionary> {
    match dict.get(key).ok()? {
        Object::Dictionary(d) => Some(d),
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        _ => None,
    }
}

/// A numeric operand as f32 (integers and reals alike); NaN and infinities are refused.
pub fn number(o: &Object) -> Option<f32> {
    let v = match o {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        _ => return None,
    };
    v.is_finite().then_some(v)
}

fn numbers(ops: &[Object]) -> Vec<f32> {
    ops.iter().filter_map(number).collect()
}

/// The operands of a path operator as (x, y) points.
fn points(ops: &[Object]) -> Vec<(f32, f32)> {
    numbers(ops).chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

fn num_at(ops: &[Object], i: usize) -> Option<f32> {
    ops.get(i).and_then(number)
}
