//! CMaps: the small PostScript programs PDF uses to split strings into character codes
//! (codespace ranges), map codes to CIDs (encoding CMaps) and codes to Unicode
//! (ToUnicode CMaps).
//!
//! We parse them ourselves rather than through lopdf's text decoding, which has been seen
//! to fall back silently to StandardEncoding on a valid ToUnicode map (an Identity-H font
//! written by MuPDF) and so produce plausible-looking garbage. Malformed input never
//! panics: bad entries are skipped and sizes are capped.

use std::collections::HashMap;

/// At most this many codes from one `bfrange`/`cidrange` line (a range may not span more
/// than a two-byte block in practice).
const MAX_RANGE: u32 = 65_536;
/// At most this many mappings per CMap, so a hostile CMap cannot exhaust memory.
const MAX_ENTRIES: usize = 1_000_000;
/// At most this many codes expanded from ranges per CMap: the same large range repeated
/// would otherwise cost time without growing the map (found by fuzzing).
const MAX_EXPANDED: u64 = 4_000_000;

/// A codespace range: codes of `len` bytes whose bytes each lie within `lo..=hi`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Codespace {
    len: u8,
    lo: [u8; 4],
    hi: [u8; 4],
}

impl Codespace {
    fn contains(&self, bytes: &[u8]) -> bool {
        bytes.len() == self.len as usize
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| *b >= self.lo[i] && *b <= self.hi[i])
    }
}

/// A parsed CMap (encoding or ToUnicode).
#[derive(Debug, Clone, Default)]
pub struct CMap {
    codespaces: Vec<Codespace>,
    /// Code (with its byte length in the top bits) → Unicode text.
    unicode: HashMap<u64, Box<str>>,
    /// Code → CID, single codes.
    cids: HashMap<u64, u32>,
    /// Code ranges → CID start: (len, lo, hi, cid).
    cid_ranges: Vec<(u8, u32, u32, u32)>,
    /// `usecmap /Identity-H` (or -V): codes are two bytes and CID = code.
    pub identity: bool,
    /// Codes expanded from ranges so far (see [`MAX_EXPANDED`]).
    expanded: u64,
}

/// The sections of a CMap program: begin keyword, end keyword, and what reads the body.
type Section = (&'static str, &'static str, fn(&mut CMap, &[Token]));
const SECTIONS: &[Section] = &[
    (
        "begincodespacerange",
        "endcodespacerange",
        CMap::codespace_section,
    ),
    ("beginbfchar", "endbfchar", CMap::bfchar_section),
    ("beginbfrange", "endbfrange", CMap::bfrange_section),
    ("begincidchar", "endcidchar", CMap::cidchar_section),
    ("begincidrange", "endcidrange", CMap::cidrange_section),
];

fn key(code: u32, len: u8) -> u64 {
    ((len as u64) << 32) | code as u64
}

impl CMap {
    /// The Identity-H/V encoding: two-byte codes, CID = code.
    pub fn identity() -> CMap {
        CMap {
            codespaces: vec![Codespace {
                len: 2,
                lo: [0; 4],
                hi: [0xFF, 0xFF, 0, 0],
            }],
            identity: true,
            ..CMap::default()
        }
    }

    /// Parses a CMap program. Never fails; what cannot be read is skipped.
    pub fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let tokens = tokenize(data);
        let mut i = 0;
        while i < tokens.len() {
            i = match &tokens[i] {
                Token::Keyword(k) => cmap.section(k, &tokens, i),
                _ => i + 1,
            };
        }
        cmap
    }

    /// Handles the section starting with keyword `k` at `i`; returns where to go on.
    fn section(&mut self, k: &str, tokens: &[Token], i: usize) -> usize {
        if k == "usecmap" {
            if let Some(Token::Name(n)) = i.checked_sub(1).and_then(|p| tokens.get(p)) {
                self.identity |= n.starts_with("Identity-");
            }
            return i + 1;
        }
        let Some((_, end, handler)) = SECTIONS.iter().find(|(begin, _, _)| *begin == k) else {
            return i + 1;
        };
        let stop = tokens[i + 1..]
            .iter()
            .position(|t| matches!(t, Token::Keyword(e) if e == end))
            .map_or(tokens.len(), |p| i + 1 + p);
        handler(self, &tokens[i + 1..stop]);
        stop + 1
    }

    fn codespace_section(&mut self, items: &[Token]) {
        for pair in items.chunks_exact(2) {
            if let (Token::Hex(lo), Token::Hex(hi)) = (&pair[0], &pair[1]) {
                if lo.len() == hi.len() && (1..=4).contains(&lo.len()) {
                    let mut space = Codespace {
                        len: lo.len() as u8,
                        lo: [0; 4],
                        hi: [0; 4],
                    };
                    space.lo[..lo.len()].copy_from_slice(lo);
                    space.hi[..hi.len()].copy_from_slice(hi);
                    self.codespaces.push(space);
                }
            }
        }
    }

    fn bfchar_section(&mut self, items: &[Token]) {
        for pair in items.chunks_exact(2) {
            let (Token::Hex(src), dst) = (&pair[0], &pair[1]) else {
                continue;
            };
            let Some((code, len)) = code_of(src) else {
                continue;
            };
            let text = match dst {
                Token::Hex(d) => utf16_text(d),
                Token::Name(n) => super::font::glyph_name_to_text(n.as_bytes()),
                _ => None,
            };
            if let Some(text) = text {
                self.put_unicode(code, len, text);
            }
        }
    }

    fn bfrange_section(&mut self, items: &[Token]) {
        for triple in items.chunks_exact(3) {
            let (Token::Hex(lo), Token::Hex(hi)) = (&triple[0], &triple[1]) else {
                continue;
            };
            let (Some((lo, len)), Some((hi, _))) = (code_of(lo), code_of(hi)) else {
                continue;
            };
            if hi < lo || hi - lo >= MAX_RANGE {
                continue;
            }
            self.expanded += u64::from(hi - lo) + 1;
            if self.expanded > MAX_EXPANDED || self.unicode.len() >= MAX_ENTRIES {
                break;
            }
            match &triple[2] {
                Token::Hex(start) => self.bfrange_incrementing(lo, hi, len, start),
                Token::Array(list) => {
                    for (offset, dst) in list.iter().enumerate() {
                        let code = lo + offset as u32;
                        if code > hi {
                            break;
                        }
                        if let Some(text) = utf16_text(dst) {
                            self.put_unicode(code, len, text);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// `<lo> <hi> <dst>`: each code maps to `dst` with its last UTF-16 unit increased by
    /// the code's offset from `lo`.
    fn bfrange_incrementing(&mut self, lo: u32, hi: u32, len: u8, start: &[u8]) {
        let mut units: Vec<u16> = start
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        let Some(last) = units.last().copied() else {
            return;
        };
        for code in lo..=hi {
            let offset = code - lo;
            if let Some(slot) = units.last_mut() {
                *slot = last.wrapping_add(offset as u16);
            }
            let text = String::from_utf16_lossy(&units);
            self.put_unicode(code, len, text.into_boxed_str());
        }
    }

    fn cidchar_section(&mut self, items: &[Token]) {
        for pair in items.chunks_exact(2) {
            if let (Token::Hex(src), Token::Int(cid)) = (&pair[0], &pair[1]) {
                if let (Some((code, len)), Ok(cid)) = (code_of(src), u32::try_from(*cid)) {
                    if self.cids.len() < MAX_ENTRIES {
                        self.cids.insert(key(code, len), cid);
                    }
                }
            }
        }
    }

    fn cidrange_section(&mut self, items: &[Token]) {
        for triple in items.chunks_exact(3) {
            if let (Token::Hex(lo), Token::Hex(hi), Token::Int(cid)) =
                (&triple[0], &triple[1], &triple[2])
            {
                if let (Some((lo, len)), Some((hi, _)), Ok(cid)) =
                    (code_of(lo), code_of(hi), u32::try_from(*cid))
                {
                    if hi >= lo && self.cid_ranges.len() < MAX_ENTRIES {
                        self.cid_ranges.push((len, lo, hi, cid));
                    }
                }
            }
        }
    }

    fn put_unicode(&mut self, code: u32, len: u8, text: Box<str>) {
        if self.unicode.len() < MAX_ENTRIES {
            self.unicode.insert(key(code, len), text);
        }
    }

    /// Whether the CMap maps any code to Unicode.
    pub fn has_unicode(&self) -> bool {
        !self.unicode.is_empty()
    }

    pub fn has_codespaces(&self) -> bool {
        !self.codespaces.is_empty()
    }

    /// The Unicode text of a code of `len` bytes.
    pub fn unicode(&self, code: u32, len: u8) -> Option<&str> {
        self.unicode.get(&key(code, len)).map(|s| &**s)
    }

    /// The CID of a code (identity when the CMap says so or has no mapping for it).
    pub fn cid(&self, code: u32, len: u8) -> u32 {
        if let Some(cid) = self.cids.get(&key(code, len)) {
            return *cid;
        }
        for &(l, lo, hi, cid) in &self.cid_ranges {
            if l == len && code >= lo && code <= hi {
                return cid + (code - lo);
            }
        }
        code
    }

    /// Splits `bytes` into (code, length) pairs using the codespace ranges; without any,
    /// codes are `default_len` bytes.
    pub fn split(&self, bytes: &[u8], default_len: u8) -> Vec<(u32, u8)> {
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let len = self
                .code_len_at(&bytes[i..], default_len)
                .min(bytes.len() - i)
                .max(1);
            let code = bytes[i..i + len]
                .iter()
                .fold(0u32, |acc, b| (acc << 8) | *b as u32);
            out.push((code, len as u8));
            i += len;
        }
        out
    }

    fn code_len_at(&self, rest: &[u8], default_len: u8) -> usize {
        if self.codespaces.is_empty() {
            return default_len as usize;
        }
        for len in 1..=4usize.min(rest.len()) {
            if self.codespaces.iter().any(|c| c.contains(&rest[..len])) {
                return len;
            }
        }
        // Not in any range: consume the shortest codespace length, as readers do.
        self.codespaces
            .iter()
            .map(|c| c.len as usize)
            .min()
            .unwrap_or(1)
    }
}

/// A code from a hex string of 1 to 4 bytes.
fn code_of(bytes: &[u8]) -> Option<(u32, u8)> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    Some((
        bytes.iter().fold(0u32, |acc, b| (acc << 8) | *b as u32),
        bytes.len() as u8,
    ))
}

/// UTF-16BE bytes (surrogate pairs and multi-character strings allowed) as text.
fn utf16_text(bytes: &[u8]) -> Option<Box<str>> {
    if bytes.is_empty() {
        return None;
    }
    if bytes.len() == 1 {
        return Some(char::from(bytes[0]).to_string().into_boxed_str());
    }
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect();
    Some(String::from_utf16_lossy(&units).into_boxed_str())
}

/// The tokens of a CMap program that matter for its mappings.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Int(i64),
    Name(String),
    Keyword(String),
    Array(Vec<Vec<u8>>),
    Other,
}

fn tokenize(data: &[u8]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        i = match b {
            b'%' => skip_line(data, i),
            b if b.is_ascii_whitespace() => i + 1,
            b'<' if data.get(i + 1) == Some(&b'<') => {
                tokens.push(Token::Other);
                i + 2
            }
            b'>' => {
                tokens.push(Token::Other);
                i + 1 + usize::from(data.get(i + 1) == Some(&b'>'))
            }
            b'<' => {
                let (hex, next) = read_hex(data, i + 1);
                tokens.push(Token::Hex(hex));
                next
            }
            b'[' => {
                let (array, next) = read_array(data, i + 1);
                tokens.push(Token::Array(array));
                next
            }
            b'(' => {
                tokens.push(Token::Other);
                skip_literal(data, i + 1)
            }
            b'/' => {
                let (word, next) = read_word(data, i + 1);
                tokens.push(Token::Name(word));
                next
            }
            _ => {
                let (word, next) = read_word(data, i);
                let next = next.max(i + 1);
                tokens.push(match word.parse::<i64>() {
                    Ok(n) => Token::Int(n),
                    Err(_) if word.chars().all(|c| c.is_ascii_alphabetic()) && !word.is_empty() => {
                        Token::Keyword(word)
                    }
                    Err(_) => Token::Other,
                });
                next
            }
        };
    }
    tokens
}

fn skip_line(data: &[u8], mut i: usize) -> usize {
    while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
        i += 1;
    }
    i
}

fn is_delimiter(b: u8) -> bool {
    b.is_ascii_whitespace() || b"[]<>()/%{}".contains(&b)
}

fn read_word(data: &[u8], mut i: usize) -> (String, usize) {
    let start = i;
    while i < data.len() && !is_delimiter(data[i]) {
        i += 1;
    }
    (String::from_utf8_lossy(&data[start..i]).into_owned(), i)
}

/// Reads hex digits up to `>` (whitespace inside allowed; an odd digit count pads a 0).
fn read_hex(data: &[u8], mut i: usize) -> (Vec<u8>, usize) {
    let mut nibbles = Vec::new();
    while i < data.len() && data[i] != b'>' {
        if let Some(v) = (data[i] as char).to_digit(16) {
            nibbles.push(v as u8);
        }
        i += 1;
    }
    if nibbles.len() % 2 == 1 {
        nibbles.push(0);
    }
    let bytes = nibbles.chunks(2).map(|p| (p[0] << 4) | p[1]).collect();
    (bytes, (i + 1).min(data.len()))
}

/// Reads an array of hex strings (the destinations of a bfrange) up to `]`.
fn read_array(data: &[u8], mut i: usize) -> (Vec<Vec<u8>>, usize) {
    let mut items = Vec::new();
    while i < data.len() && data[i] != b']' {
        if data[i] == b'<' {
            let (hex, next) = read_hex(data, i + 1);
            items.push(hex);
            i = next;
        } else {
            i += 1;
        }
    }
    (items, (i + 1).min(data.len()))
}

fn skip_literal(data: &[u8], mut i: usize) -> usize {
    let mut depth = 1usize;
    while i < data.len() && depth > 0 {
        match data[i] {
            b'\\' => i += 1,
            b'(' => depth += 1,
            b')' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    i.min(data.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ToUnicode CMap the way MuPDF writes it for an Identity-H font.
    const MUPDF_STYLE: &[u8] = b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
/CIDSystemInfo <</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def\n\
/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n\
endcodespacerange\n2 beginbfrange\n<0024> <0026> <0041>\n<00FF> <0101> [<00E5> <00E4> <00F6>]\n\
endbfrange\n3 beginbfchar\n<0003> <0020>\n<0102> <D83DDE00>\n<0103> <00660069>\nendbfchar\n\
endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    #[test]
    fn mupdf_style_to_unicode_maps_ranges_arrays_and_chars() {
        let cmap = CMap::parse(MUPDF_STYLE);
        assert_eq!(cmap.unicode(0x24, 2), Some("A"));
        assert_eq!(cmap.unicode(0x26, 2), Some("C"));
        assert_eq!(cmap.unicode(0x100, 2), Some("ä"));
        assert_eq!(cmap.unicode(0x101, 2), Some("ö"));
        assert_eq!(cmap.unicode(0x3, 2), Some(" "));
        assert_eq!(cmap.unicode(0x102, 2), Some("😀"), "surrogate pair");
        assert_eq!(cmap.unicode(0x103, 2), Some("fi"), "multi-character");
        assert_eq!(
            cmap.split(&[0x00, 0x24, 0x01, 0x00], 1),
            vec![(0x24, 2), (0x100, 2)]
        );
    }

    #[test]
    fn bfrange_increments_the_last_unit_across_a_byte_boundary() {
        let cmap = CMap::parse(b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <FE> <FF> <00FF> endbfrange");
        assert_eq!(cmap.unicode(0xFE, 1), Some("\u{FF}"));
        assert_eq!(cmap.unicode(0xFF, 1), Some("\u{100}"));
    }

    #[test]
    fn mixed_one_and_two_byte_codespaces_split_strings_correctly() {
        let cmap = CMap::parse(
            b"2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange 1 begincidrange <8140> <817E> 633 endcidrange",
        );
        assert_eq!(
            cmap.split(&[0x41, 0x81, 0x41, 0x42], 2),
            vec![(0x41, 1), (0x8141, 2), (0x42, 1)]
        );
        assert_eq!(cmap.cid(0x8141, 2), 634);
    }

    #[test]
    fn usecmap_identity_marks_identity() {
        assert!(CMap::parse(b"/Identity-H usecmap").identity);
    }

    #[test]
    fn malformed_cmaps_do_not_panic() {
        for data in [
            &b"beginbfrange <00> endbfrange"[..],
            b"1 begincodespacerange <0000> endcodespacerange",
            b"beginbfchar <zz> <12",
            b"beginbfrange <0000> <FFFFFFFF> <0041> endbfrange",
            b"((((((",
            b"<",
            b"begincidrange <01> <00> -5 endcidrange",
        ] {
            let cmap = CMap::parse(data);
            let _ = cmap.split(&[1, 2, 3], 2);
        }
    }
}
