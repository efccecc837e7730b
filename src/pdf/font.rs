//! PDF fonts: how a string operand splits into character codes, what Unicode text each
//! code stands for, and how far each glyph advances.
//!
//! Unicode comes, in order of preference, from the font's ToUnicode CMap (parsed by
//! [`super::cmap`]), from its encoding (a base encoding plus `Differences` glyph names),
//! and otherwise is unknown. [`Trust`] records which, so later stages can refuse to
//! redact text they cannot read with confidence instead of guessing.
//!
//! The base encoding tables and the Adobe glyph list are lopdf's; we query them one code
//! at a time through its public `Encoding` type and keep our own tables.

use super::cmap::CMap;
use super::interpret::number;
use lopdf::{dictionary, Dictionary, Document, Object, Stream};
use std::collections::HashMap;
use std::sync::OnceLock;

/// What kind of font dictionary this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontKind {
    Type1,
    TrueType,
    Type3,
    Type0,
}

/// How far the font's character codes can be trusted to give the right Unicode text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Trust {
    /// Some codes have no known Unicode value, or the mapping is a guess.
    Guessed,
    /// Standard encoding tables or glyph names (no ToUnicode).
    Encoding,
    /// A ToUnicode CMap that parsed and covers the codes used.
    ToUnicode,
}

/// The Unicode text of one glyph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GlyphText {
    One(char),
    /// A multi-character mapping: ligatures are expanded ("ﬁ" → "fi") as `pdftotext` does.
    Many(Box<str>),
    /// No mapping known.
    Unmapped,
}

/// One character code decoded from a string operand.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub code: u32,
    /// Bytes of the string this code used (1 for simple fonts, 1–4 for Type0).
    pub len: u8,
    pub text: GlyphText,
    /// Horizontal advance in text space units (glyph-space width / 1000, or via FontMatrix).
    pub width: f32,
    /// A single-byte code 32: word spacing (Tw) applies to it.
    pub is_word_space: bool,
}

/// A loaded font, ready to split strings into glyphs.
#[derive(Debug, Clone)]
pub struct Font {
    pub kind: FontKind,
    codes: Codes,
    ascent: f32,
    descent: f32,
    font_matrix: [f32; 6],
    trust: Trust,
}

/// How codes map to text and widths.
#[derive(Debug, Clone)]
enum Codes {
    /// One byte per code: a table of 256 entries.
    Simple {
        text: Box<[GlyphText]>,
        widths: Box<[f32]>,
    },
    /// Type0: an encoding CMap to CIDs, widths per CID, Unicode from ToUnicode.
    Composite {
        encoding: Box<CMap>,
        to_unicode: Option<Box<CMap>>,
        widths: HashMap<u32, f32>,
        default_width: f32,
    },
}

impl Font {
    /// Loads a font from its dictionary. Never fails: what cannot be read lowers
    /// [`Font::trust`] instead.
    pub fn load(doc: &Document, dict: &Dictionary) -> Font {
        let subtype = dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"Type1");
        let kind = match subtype {
            b"Type0" => FontKind::Type0,
            b"TrueType" => FontKind::TrueType,
            b"Type3" => FontKind::Type3,
            _ => FontKind::Type1,
        };
        let to_unicode = stream_of(doc, dict, b"ToUnicode").map(|s| CMap::parse(&s));
        let to_unicode = to_unicode.filter(CMap::has_unicode);
        let (codes, trust) = match kind {
            FontKind::Type0 => composite_codes(doc, dict, to_unicode),
            _ => simple_codes(doc, dict, kind, to_unicode),
        };
        let descriptor = descriptor(doc, dict);
        let (ascent, descent) = vertical_metrics(doc, descriptor);
        Font {
            kind,
            codes,
            ascent,
            descent,
            font_matrix: font_matrix(doc, dict, kind),
            trust,
        }
    }

    /// Splits a string operand into glyphs.
    pub fn decode(&self, bytes: &[u8]) -> Vec<Glyph> {
        match &self.codes {
            Codes::Simple { text, widths } => bytes
                .iter()
                .map(|&b| Glyph {
                    code: b as u32,
                    len: 1,
                    text: text[b as usize].clone(),
                    width: widths[b as usize],
                    is_word_space: b == 32,
                })
                .collect(),
            Codes::Composite {
                encoding,
                to_unicode,
                widths,
                default_width,
            } => encoding
                .split(bytes, 2)
                .into_iter()
                .map(|(code, len)| {
                    let cid = encoding.cid(code, len);
                    Glyph {
                        code,
                        len,
                        text: to_unicode
                            .as_ref()
                            .and_then(|m| m.unicode(code, len))
                            .map_or(GlyphText::Unmapped, text_of),
                        width: widths.get(&cid).copied().unwrap_or(*default_width),
                        is_word_space: len == 1 && code == 32,
                    }
                })
                .collect(),
        }
    }

    /// Ascent above the baseline, in text space units (e.g. 0.8).
    pub fn ascent(&self) -> f32 {
        self.ascent
    }

    /// Descent below the baseline, in text space units, negative (e.g. -0.2).
    pub fn descent(&self) -> f32 {
        self.descent
    }

    /// The font matrix (glyph space → text space); for non-Type3 fonts [0.001 0 0 0.001 0 0].
    pub fn font_matrix(&self) -> [f32; 6] {
        self.font_matrix
    }

    pub fn trust(&self) -> Trust {
        self.trust
    }
}

/// Text for a mapped string: one char, or several with ligatures expanded.
fn text_of(s: &str) -> GlyphText {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => match expand_ligature(c) {
            Some(expanded) => GlyphText::Many(expanded.into()),
            None => GlyphText::One(c),
        },
        (None, _) => GlyphText::Unmapped,
        _ => GlyphText::Many(
            s.chars()
                .map(|c| expand_ligature(c).unwrap_or_else(|| c.to_string()))
                .collect::<String>()
                .into(),
        ),
    }
}

/// Latin ligatures as their letters, so "ﬁ" reads "fi" (and a name with one is found).
fn expand_ligature(c: char) -> Option<String> {
    let s = match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        _ => return None,
    };
    Some(s.to_string())
}

/// The (decompressed) content of a stream-valued entry.
fn stream_of(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<Vec<u8>> {
    let stream: &Stream = match dict.get(key).ok()? {
        Object::Reference(id) => doc.get_object(*id).ok()?.as_stream().ok()?,
        Object::Stream(s) => s,
        _ => return None,
    };
    stream
        .decompressed_content_with_limit(16 * 1024 * 1024)
        .ok()
        .or_else(|| {
            stream
                .dict
                .get(b"Filter")
                .is_err()
                .then(|| stream.content.clone())
        })
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        _ => o,
    }
}

fn descriptor<'a>(doc: &'a Document, dict: &'a Dictionary) -> Option<&'a Dictionary> {
    let direct = dict.get(b"FontDescriptor").ok().map(|o| deref(doc, o));
    let from_descendant = || {
        let arr = deref(doc, dict.get(b"DescendantFonts").ok()?)
            .as_array()
            .ok()?;
        let cid_font = deref(doc, arr.first()?).as_dict().ok()?;
        deref(doc, cid_font.get(b"FontDescriptor").ok()?)
            .as_dict()
            .ok()
    };
    direct
        .and_then(|o| o.as_dict().ok())
        .or_else(from_descendant)
}

/// Ascent and descent from the descriptor, clamped to sane values.
fn vertical_metrics(doc: &Document, descriptor: Option<&Dictionary>) -> (f32, f32) {
    let get = |key: &[u8]| {
        descriptor
            .and_then(|d| d.get(key).ok())
            .and_then(|o| number(deref(doc, o)))
    };
    let ascent = get(b"Ascent")
        .map(|a| a / 1000.0)
        .filter(|a| (0.3..=1.5).contains(a));
    let descent = get(b"Descent")
        .map(|d| d / 1000.0)
        .filter(|d| (-0.8..=0.0).contains(d));
    (ascent.unwrap_or(0.8), descent.unwrap_or(-0.2))
}

fn font_matrix(doc: &Document, dict: &Dictionary, kind: FontKind) -> [f32; 6] {
    let default = [0.001, 0.0, 0.0, 0.001, 0.0, 0.0];
    if kind != FontKind::Type3 {
        return default;
    }
    let Some(arr) = dict
        .get(b"FontMatrix")
        .ok()
        .and_then(|o| deref(doc, o).as_array().ok())
    else {
        return default;
    };
    let v: Vec<f32> = arr.iter().filter_map(number).collect();
    match v.as_slice() {
        [a, b, c, d, e, f] if a.abs() > 0.0 => [*a, *b, *c, *d, *e, *f],
        _ => default,
    }
}

/// Codes of a simple font: the ToUnicode first, then the encoding, per code.
fn simple_codes(
    doc: &Document,
    dict: &Dictionary,
    kind: FontKind,
    to_unicode: Option<CMap>,
) -> (Codes, Trust) {
    let base_font = dict
        .get(b"BaseFont")
        .and_then(Object::as_name)
        .unwrap_or(b"");
    let encoding = encoding_table(doc, dict, kind, base_font);
    let mut unmapped_used = false;
    let text: Vec<GlyphText> = (0u32..256)
        .map(|code| {
            let from_cmap = to_unicode
                .as_ref()
                .and_then(|m| m.unicode(code, 1))
                .map(text_of);
            let t = from_cmap.unwrap_or_else(|| encoding.0[code as usize].clone());
            unmapped_used |= t == GlyphText::Unmapped && (32..127).contains(&code);
            t
        })
        .collect();
    let trust = match (&to_unicode, encoding.1) {
        (Some(_), _) => Trust::ToUnicode,
        (None, true) if !unmapped_used => Trust::Encoding,
        _ => Trust::Guessed,
    };
    let widths = simple_widths(doc, dict, kind, base_font);
    (
        Codes::Simple {
            text: text.into(),
            widths: widths.into(),
        },
        trust,
    )
}

/// The 256-entry text table of a simple font's encoding, and whether it is a known one.
fn encoding_table(
    doc: &Document,
    dict: &Dictionary,
    kind: FontKind,
    base_font: &[u8],
) -> (Vec<GlyphText>, bool) {
    let encoding = dict.get(b"Encoding").ok().map(|o| deref(doc, o));
    let (base_name, differences): (&[u8], Option<&Vec<Object>>) = match encoding {
        Some(Object::Name(n)) => (n, None),
        Some(Object::Dictionary(d)) => (
            d.get(b"BaseEncoding")
                .and_then(Object::as_name)
                .unwrap_or(b""),
            d.get(b"Differences")
                .ok()
                .and_then(|o| deref(doc, o).as_array().ok()),
        ),
        _ => (b"", None),
    };
    let symbolic = is_symbolic_standard(base_font);
    let (base, known) = match base_name {
        b"WinAnsiEncoding" | b"MacRomanEncoding" | b"StandardEncoding" | b"MacExpertEncoding" => {
            (base_table(base_name).clone(), true)
        }
        // Without an encoding, non-symbolic TrueType fonts are in practice WinAnsi, and
        // Type1 fonts use their built-in encoding, which is StandardEncoding for text fonts.
        _ if kind == FontKind::TrueType => (base_table(b"WinAnsiEncoding").clone(), !symbolic),
        _ => (
            base_table(b"StandardEncoding").clone(),
            !symbolic && kind != FontKind::Type3,
        ),
    };
    let mut table = base;
    if let Some(diffs) = differences {
        apply_differences(&mut table, diffs);
    }
    (table, known)
}

fn is_symbolic_standard(base_font: &[u8]) -> bool {
    let name = strip_subset(base_font);
    name.starts_with(b"Symbol")
        || name.starts_with(b"ZapfDingbats")
        || name.starts_with(b"Wingdings")
}

/// `ABCDEF+Helvetica` → `Helvetica`.
fn strip_subset(name: &[u8]) -> &[u8] {
    match name.iter().position(|&b| b == b'+') {
        Some(6) => &name[7..],
        _ => name,
    }
}

fn apply_differences(table: &mut [GlyphText], diffs: &[Object]) {
    let mut code: Option<usize> = None;
    for item in diffs {
        match item {
            Object::Integer(i) => code = usize::try_from(*i).ok(),
            Object::Name(name) => {
                if let Some(c) = code.filter(|c| *c < 256) {
                    table[c] =
                        glyph_name_to_text(name).map_or(GlyphText::Unmapped, |t| text_of(&t));
                    code = Some(c + 1);
                }
            }
            _ => {}
        }
    }
}

/// The character a WinAnsiEncoding code stands for (export writes its own text in it).
pub fn win_ansi_char(code: u8) -> Option<char> {
    match &base_table(b"WinAnsiEncoding")[code as usize] {
        GlyphText::One(c) => Some(*c),
        _ => None,
    }
}

/// A base encoding as a 256-entry table, built once from lopdf's tables.
fn base_table(name: &[u8]) -> &'static Vec<GlyphText> {
    static WIN: OnceLock<Vec<GlyphText>> = OnceLock::new();
    static MAC: OnceLock<Vec<GlyphText>> = OnceLock::new();
    static STD: OnceLock<Vec<GlyphText>> = OnceLock::new();
    static EXP: OnceLock<Vec<GlyphText>> = OnceLock::new();
    let (cell, lopdf_name): (&OnceLock<Vec<GlyphText>>, &str) = match name {
        b"WinAnsiEncoding" => (&WIN, "WinAnsiEncoding"),
        b"MacRomanEncoding" => (&MAC, "MacRomanEncoding"),
        b"MacExpertEncoding" => (&EXP, "MacExpertEncoding"),
        _ => (&STD, "StandardEncoding"),
    };
    cell.get_or_init(|| {
        let font = dictionary! { "Type" => "Font", "Encoding" => lopdf_name };
        let doc = Document::new();
        let encoding = font.get_font_encoding(&doc).ok();
        (0u8..=255)
            .map(|b| {
                let s = encoding
                    .as_ref()
                    .and_then(|e| e.bytes_to_string(&[b]).ok())
                    .unwrap_or_default();
                if s.is_empty() {
                    GlyphText::Unmapped
                } else {
                    text_of(&s)
                }
            })
            .collect()
    })
}

/// Unicode text for a glyph name: `uniXXXX`, `uXXXX[XX]`, ligature names, and the Adobe
/// Glyph List (through lopdf). Names like `g12` or `cid34` carry no text: `None`.
pub fn glyph_name_to_text(name: &[u8]) -> Option<Box<str>> {
    let name = std::str::from_utf8(name).ok()?;
    let base = name.split('.').next().unwrap_or(name);
    if let Some(hex) = base.strip_prefix("uni") {
        if hex.len() >= 4 && hex.len() % 4 == 0 {
            let units: Option<Vec<u16>> = (0..hex.len())
                .step_by(4)
                .map(|i| u16::from_str_radix(&hex[i..i + 4], 16).ok())
                .collect();
            return units.map(|u| String::from_utf16_lossy(&u).into_boxed_str());
        }
    }
    if let Some(hex) = base.strip_prefix('u') {
        if (4..=6).contains(&hex.len()) {
            if let Some(c) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                return Some(c.to_string().into_boxed_str());
            }
        }
    }
    if let Some(lig) = ligature_name(base) {
        return Some(lig.into());
    }
    if base.contains('_') {
        let parts: Option<String> = base
            .split('_')
            .map(|p| glyph_name_to_text(p.as_bytes()))
            .collect::<Option<Vec<_>>>()
            .map(|v| v.concat());
        return parts.map(String::into_boxed_str);
    }
    agl_lookup(base)
}

fn ligature_name(name: &str) -> Option<&'static str> {
    Some(match name {
        "ff" => "ff",
        "fi" => "fi",
        "fl" => "fl",
        "ffi" => "ffi",
        "ffl" => "ffl",
        _ => return None,
    })
}

/// The Adobe Glyph List through lopdf: a one-entry `Differences` at code 0 (which no base
/// encoding maps) reads back the name's character, or nothing for an unknown name.
fn agl_lookup(name: &str) -> Option<Box<str>> {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<String, Option<Box<str>>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Ok(map) = cache.lock() {
        if let Some(hit) = map.get(name) {
            return hit.clone();
        }
    }
    let doc = Document::new();
    let font = dictionary! {
        "Type" => "Font",
        "Encoding" => dictionary! {
            "Differences" => vec![Object::Integer(0), Object::Name(name.as_bytes().to_vec())],
        },
    };
    let text = font
        .get_font_encoding(&doc)
        .ok()
        .and_then(|e| e.bytes_to_string(&[0]).ok())
        .filter(|s| !s.is_empty())
        .map(String::into_boxed_str);
    if let Ok(mut map) = cache.lock() {
        if map.len() < 100_000 {
            map.insert(name.to_string(), text.clone());
        }
    }
    text
}

/// Widths of a simple font in text space units per unit font size.
fn simple_widths(doc: &Document, dict: &Dictionary, kind: FontKind, base_font: &[u8]) -> Vec<f32> {
    let type3_scale = font_matrix(doc, dict, kind)[0];
    let scale = |w: f32| {
        if kind == FontKind::Type3 {
            w * type3_scale
        } else {
            w / 1000.0
        }
    };
    let missing = descriptor(doc, dict)
        .and_then(|d| d.get(b"MissingWidth").ok())
        .and_then(|o| number(deref(doc, o)));
    let standard = standard_widths(strip_subset(base_font));
    let mut widths: Vec<f32> = (0..256)
        .map(|c| match (standard, missing) {
            (Some(table), _) if dict.get(b"Widths").is_err() => table(c as u8) / 1000.0,
            (_, Some(m)) => scale(m),
            _ => 0.5,
        })
        .collect();
    let first = dict
        .get(b"FirstChar")
        .ok()
        .and_then(|o| number(deref(doc, o)))
        .unwrap_or(0.0) as i64;
    if let Some(list) = dict
        .get(b"Widths")
        .ok()
        .and_then(|o| deref(doc, o).as_array().ok())
    {
        for (i, w) in list.iter().enumerate() {
            let code = first + i as i64;
            if let (Ok(code), Some(w)) = (usize::try_from(code), number(deref(doc, w))) {
                if code < 256 {
                    widths[code] = scale(w);
                }
            }
        }
    }
    widths
}

/// Metrics of the standard 14 fonts for files that omit `Widths` (allowed for them).
fn standard_widths(name: &[u8]) -> Option<fn(u8) -> f32> {
    if name.starts_with(b"Courier") {
        return Some(|_| 600.0);
    }
    if name.starts_with(b"Helvetica") || name.starts_with(b"Arial") {
        return Some(helvetica_width);
    }
    if name.starts_with(b"Times") {
        return Some(times_width);
    }
    None
}

/// Helvetica's advance widths (AFM, per 1000 em) for WinAnsi codes.
fn helvetica_width(c: u8) -> f32 {
    const ASCII: [u16; 95] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556,
        556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
        722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722,
        667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
        556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
        500, 334, 260, 334, 584,
    ];
    match c {
        32..=126 => ASCII[(c - 32) as usize] as f32,
        0xC0..=0xC5 | 0xC8..=0xCB | 0xDD | 0xDE => 667.0,
        0xC6 => 1000.0,
        0xC7 | 0xD0 | 0xD1 | 0xD9..=0xDC => 722.0,
        0xCC..=0xCF | 0xEC..=0xEF => 278.0,
        0xD2..=0xD6 | 0xD8 => 778.0,
        0xD7 | 0xF7 => 584.0,
        0xDF => 611.0,
        0xE6 => 889.0,
        0xE7 | 0xFD | 0xFF => 500.0,
        0xF8 => 611.0,
        0x96 => 556.0,
        0x97 | 0x85 => 1000.0,
        0x91 | 0x92 => 222.0,
        0x93 | 0x94 => 333.0,
        0x95 => 350.0,
        0xA0 => 278.0,
        0xA7 => 556.0,
        0xB0 => 400.0,
        0xAD => 333.0,
        _ => 556.0,
    }
}

/// Times-Roman's advance widths (AFM, per 1000 em) for the common WinAnsi codes.
fn times_width(c: u8) -> f32 {
    const ASCII: [u16; 95] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500,
        500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
        722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
        722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500,
        500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500,
        444, 480, 200, 480, 541,
    ];
    match c {
        32..=126 => ASCII[(c - 32) as usize] as f32,
        0xC0..=0xC5 | 0xC7 | 0xD0..=0xD6 | 0xD8..=0xDD => 722.0,
        0xC8..=0xCB => 611.0,
        0xCC..=0xCF => 333.0,
        0xE0..=0xE5 | 0xE7..=0xEB => 444.0,
        0xEC..=0xEF => 278.0,
        0xC6 => 889.0,
        0xE6 => 667.0,
        _ => 500.0,
    }
}

/// Codes of a Type0 font: encoding CMap, descendant CIDFont widths, ToUnicode.
fn composite_codes(doc: &Document, dict: &Dictionary, to_unicode: Option<CMap>) -> (Codes, Trust) {
    let (encoding, known) = match dict.get(b"Encoding").ok().map(|o| deref(doc, o)) {
        Some(Object::Name(n)) if n.starts_with(b"Identity-") => (CMap::identity(), true),
        Some(Object::Stream(s)) => {
            let data = s
                .decompressed_content_with_limit(16 * 1024 * 1024)
                .unwrap_or_else(|_| s.content.clone());
            let mut cmap = CMap::parse(&data);
            if !cmap.has_codespaces() {
                cmap = CMap::identity();
            }
            (cmap, true)
        }
        _ => (CMap::identity(), false),
    };
    let cid_font = dict
        .get(b"DescendantFonts")
        .ok()
        .and_then(|o| deref(doc, o).as_array().ok())
        .and_then(|a| a.first())
        .and_then(|o| deref(doc, o).as_dict().ok());
    let default_width = cid_font
        .and_then(|f| f.get(b"DW").ok())
        .and_then(|o| number(deref(doc, o)))
        .unwrap_or(1000.0)
        / 1000.0;
    let widths = cid_font
        .and_then(|f| f.get(b"W").ok())
        .and_then(|o| deref(doc, o).as_array().ok())
        .map(|w| cid_widths(doc, w))
        .unwrap_or_default();
    let trust = match (&to_unicode, known) {
        (Some(_), true) => Trust::ToUnicode,
        _ => Trust::Guessed,
    };
    (
        Codes::Composite {
            encoding: Box::new(encoding),
            to_unicode: to_unicode.map(Box::new),
            widths,
            default_width,
        },
        trust,
    )
}

/// The `W` array: `c [w1 w2 …]` and `cfirst clast w`, capped in size.
fn cid_widths(doc: &Document, w: &[Object]) -> HashMap<u32, f32> {
    const MAX_CIDS: u32 = 65_536;
    let mut out = HashMap::new();
    let mut i = 0;
    while i < w.len() {
        let Some(first) = number(deref(doc, &w[i])).map(|v| v as u32) else {
            i += 1;
            continue;
        };
        match w.get(i + 1).map(|o| deref(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, v) in list.iter().enumerate() {
                    if let Some(v) = number(deref(doc, v)) {
                        out.insert(first.saturating_add(k as u32), v / 1000.0);
                    }
                }
                i += 2;
            }
            Some(last) => {
                let last = number(last).map(|v| v as u32).unwrap_or(first);
                let width = w
                    .get(i + 2)
                    .and_then(|o| number(deref(doc, o)))
                    .unwrap_or(1000.0);
                for cid in first..=last.min(first.saturating_add(MAX_CIDS)) {
                    out.insert(cid, width / 1000.0);
                }
                i += 3;
            }
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(glyphs: &[Glyph]) -> String {
        glyphs
            .iter()
            .map(|g| match &g.text {
                GlyphText::One(c) => c.to_string(),
                GlyphText::Many(s) => s.to_string(),
                GlyphText::Unmapped => "\u{FFFD}".into(),
            })
            .collect()
    }

    fn simple(dict: Dictionary) -> Font {
        Font::load(&Document::new(), &dict)
    }

    #[test]
    fn win_ansi_reads_swedish_letters() {
        let f = simple(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding" },
        );
        assert_eq!(
            text(&f.decode(b"\xc5sa \xe4r \xf6ver \xe9n")),
            "Åsa är över én"
        );
        assert_eq!(f.trust(), Trust::Encoding);
    }

    #[test]
    fn mac_roman_reads_swedish_letters() {
        let f = simple(
            dictionary! { "Type" => "Font", "Subtype" => "TrueType", "Encoding" => "MacRomanEncoding" },
        );
        assert_eq!(text(&f.decode(&[0x8C, 0x8A, 0x9A, 0x8E, 0x9F])), "åäöéü");
    }

    #[test]
    fn differences_override_the_base_encoding_and_expand_ligatures() {
        let f = simple(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "Encoding" => dictionary! {
                "BaseEncoding" => "WinAnsiEncoding",
                "Differences" => vec![1.into(), Object::Name(b"aring".to_vec()), Object::Name(b"fi".to_vec()), Object::Name(b"uni00F6".to_vec()), Object::Name(b"g17".to_vec())],
            }},
        );
        assert_eq!(text(&f.decode(&[1, 2, 3, b'A', 4])), "åfiöA\u{FFFD}");
    }

    #[test]
    fn widths_come_from_widths_first_char_and_missing_width() {
        let mut doc = Document::new();
        let descriptor = doc.add_object(dictionary! { "Type" => "FontDescriptor", "MissingWidth" => 250, "Ascent" => 900, "Descent" => -300 });
        let dict = dictionary! { "Type" => "Font", "Subtype" => "TrueType", "FirstChar" => 65, "Widths" => vec![700.into(), 600.into()], "FontDescriptor" => descriptor };
        let f = Font::load(&doc, &dict);
        let g = f.decode(b"ABC");
        assert_eq!([g[0].width, g[1].width, g[2].width], [0.7, 0.6, 0.25]);
        assert_eq!((f.ascent(), f.descent()), (0.9, -0.3));
    }

    #[test]
    fn standard_helvetica_without_widths_uses_its_metrics() {
        let f = simple(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
        );
        let g = f.decode(b" iW");
        assert_eq!([g[0].width, g[1].width, g[2].width], [0.278, 0.222, 0.944]);
        assert!(g[0].is_word_space);
    }

    fn type0(doc: &mut Document, to_unicode: &[u8]) -> Dictionary {
        let tu = doc.add_object(Stream::new(dictionary! {}, to_unicode.to_vec()));
        let cid_font = dictionary! { "Type" => "Font", "Subtype" => "CIDFontType2", "DW" => 500,
        "W" => vec![3.into(), vec![250.into(), 600.into()].into(), 10.into(), 12.into(), 700.into()] };
        dictionary! { "Type" => "Font", "Subtype" => "Type0", "Encoding" => "Identity-H",
        "DescendantFonts" => vec![cid_font.into()], "ToUnicode" => tu }
    }

    #[test]
    fn type0_identity_h_decodes_two_byte_codes_with_w_widths_and_to_unicode() {
        let mut doc = Document::new();
        let dict = type0(&mut doc, b"1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0003> <0020> <0004> <00E5> endbfchar 1 beginbfrange <000A> <000C> <0041> endbfrange");
        let f = Font::load(&doc, &dict);
        let g = f.decode(&[0, 3, 0, 4, 0, 10, 0, 12, 0, 99]);
        assert_eq!(text(&g), " åAC\u{FFFD}");
        let widths: Vec<f32> = g.iter().map(|g| g.width).collect();
        assert_eq!(widths, [0.25, 0.6, 0.7, 0.7, 0.5]);
        assert!(
            !g[0].is_word_space,
            "Tw applies to single-byte code 32 only"
        );
        assert_eq!(f.trust(), Trust::ToUnicode);
    }

    #[test]
    fn type0_without_to_unicode_is_guessed() {
        let mut doc = Document::new();
        let mut dict = type0(&mut doc, b"");
        dict.remove(b"ToUnicode");
        let f = Font::load(&doc, &dict);
        assert_eq!(f.trust(), Trust::Guessed);
        assert_eq!(f.decode(&[0, 5])[0].text, GlyphText::Unmapped);
    }

    #[test]
    fn a_ligature_mapped_by_to_unicode_is_expanded() {
        let f = simple(dictionary! { "Type" => "Font", "Subtype" => "TrueType" });
        assert_eq!(text(&f.decode(b"x")), "x");
        let mut doc = Document::new();
        let tu = doc.add_object(Stream::new(
            dictionary! {},
            b"1 beginbfchar <01> <FB01> endbfchar".to_vec(),
        ));
        let f = Font::load(
            &doc,
            &dictionary! { "Type" => "Font", "Subtype" => "TrueType", "ToUnicode" => tu },
        );
        assert_eq!(text(&f.decode(&[1])), "fi");
    }
}
