//! PDF fonts (API placeholder: being written).

use lopdf::{Dictionary, Document};

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
    /// A multi-character mapping (e.g. a ToUnicode entry "fi" for a ligature glyph).
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
}

impl Font {
    /// Loads a font from its dictionary. Never fails: what cannot be read lowers
    /// [`Font::trust`] instead.
    pub fn load(_doc: &Document, _dict: &Dictionary) -> Font {
        Font {
            kind: FontKind::Type1,
        }
    }
    /// Splits a string operand into glyphs.
    pub fn decode(&self, bytes: &[u8]) -> Vec<Glyph> {
        bytes
            .iter()
            .map(|&b| Glyph {
                code: b as u32,
                len: 1,
                text: GlyphText::One(b as char),
                width: 0.5,
                is_word_space: b == 32,
            })
            .collect()
    }
    /// Ascent above the baseline, in text space units (e.g. 0.8).
    pub fn ascent(&self) -> f32 {
        0.8
    }
    /// Descent below the baseline, in text space units, negative (e.g. -0.2).
    pub fn descent(&self) -> f32 {
        -0.2
    }
    /// The font matrix (glyph space → text space); for non-Type3 fonts [0.001 0 0 0.001 0 0].
    pub fn font_matrix(&self) -> [f32; 6] {
        [0.001, 0.0, 0.0, 0.001, 0.0, 0.0]
    }
    pub fn trust(&self) -> Trust {
        Trust::Guessed
    }
}
