//! The font export writes its own text in (secrecy notes, mask labels): DejaVu Sans cut
//! to the Windows-1252 repertoire (`assets/fonts/`, made by `tools/fonts/make_font.sh`),
//! embedded as a TrueType font with WinAnsiEncoding so every Swedish letter is shown and
//! extracted correctly.

use crate::pdf::font::win_ansi_char;
use lopdf::{dictionary, Document, Object, ObjectId, Stream};

const FONT: &[u8] = include_bytes!("../../assets/fonts/MaskeraSans.ttf");

/// The embedded font's metrics, in 1/1000 em.
pub struct EmbeddedFont {
    widths: Vec<f32>,
    ascent: f32,
    descent: f32,
    bbox: [i64; 4],
}

impl EmbeddedFont {
    /// Reads the bundled font's metrics; `None` only if the bundled file were broken.
    pub fn load() -> Option<EmbeddedFont> {
        let face = ttf_parser::Face::parse(FONT, 0).ok()?;
        let per_em = f32::from(face.units_per_em());
        let scale = 1000.0 / per_em;
        let widths = (32u8..=255)
            .map(|code| {
                win_ansi_char(code)
                    .and_then(|c| face.glyph_index(c))
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map_or(0.0, |w| f32::from(w) * scale)
            })
            .collect();
        let b = face.global_bounding_box();
        let s = |v: i16| (f32::from(v) * scale).round() as i64;
        Some(EmbeddedFont {
            widths,
            ascent: f32::from(face.ascender()) * scale,
            descent: f32::from(face.descender()) * scale,
            bbox: [s(b.x_min), s(b.y_min), s(b.x_max), s(b.y_max)],
        })
    }

    /// `text` in WinAnsiEncoding; characters outside it become `?`.
    pub fn encode(&self, text: &str) -> Vec<u8> {
        text.chars()
            .map(|c| {
                (32u8..=255)
                    .find(|&code| win_ansi_char(code) == Some(c))
                    .unwrap_or(b'?')
            })
            .collect()
    }

    /// The advance of `encoded` text at `size`, in text space units.
    pub fn width(&self, encoded: &[u8], size: f32) -> f32 {
        encoded
            .iter()
            .filter(|&&b| b >= 32)
            .map(|&b| self.widths[(b - 32) as usize])
            .sum::<f32>()
            * size
            / 1000.0
    }

    /// Adds the font (dictionary, descriptor, font file) to `pdf`; returns the dictionary.
    pub fn add_to(&self, pdf: &mut Document) -> ObjectId {
        let file = pdf.add_object(Stream::new(
            dictionary! { "Length1" => FONT.len() as i64 },
            FONT.to_vec(),
        ));
        let descriptor = pdf.add_object(dictionary! {
            "Type" => "FontDescriptor",
            "FontName" => "MaskeraSans",
            "Flags" => 32,
            "FontBBox" => self.bbox.iter().map(|&v| Object::Integer(v)).collect::<Vec<_>>(),
            "ItalicAngle" => 0,
            "Ascent" => self.ascent.round() as i64,
            "Descent" => self.descent.round() as i64,
            "CapHeight" => self.ascent.round() as i64,
            "StemV" => 80,
            "FontFile2" => file,
        });
        let widths: Vec<Object> = self
            .widths
            .iter()
            .map(|w| Object::Integer(w.round() as i64))
            .collect();
        pdf.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "TrueType",
            "BaseFont" => "MaskeraSans",
            "FirstChar" => 32,
            "LastChar" => 255,
            "Widths" => widths,
            "Encoding" => "WinAnsiEncoding",
            "FontDescriptor" => descriptor,
        })
    }
}
