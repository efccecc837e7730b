//! Content-stream decoding: bytes to the operations the interpreter walks and the export
//! rewrites.
//!
//! Both consumers must see the same list (redaction edits operations by their index in
//! it), so both decode here. It yields lopdf's [`Operation`] so a rewritten stream is
//! written back by lopdf's encoder; the leak check keeps lopdf's own content parser, so
//! the proof of an export still reads the output with code other than this.
//!
//! Written by hand rather than taken from lopdf because decoding is the hottest part of
//! both ingest and export (a third of an export's time went to lopdf's combinator parser),
//! and because a damaged stream should not end the reading: lopdf stops at the first
//! token it cannot parse and silently drops the rest of the page, so text after it was
//! never seen by detection; here an unreadable byte is skipped and reading goes on.

use lopdf::content::Operation;
use lopdf::{Dictionary, Object, Stream, StringFormat};

/// Operands kept before an operator; more are garbage no operator takes (the oldest go),
/// and keeping them all would let a stream of numbers grow memory without bound.
const MAX_OPERANDS: usize = 64;
/// Arrays and dictionaries nested deeper than this end the stream's reading.
const MAX_NESTING: usize = 32;
/// Literal strings nest parentheses; deeper nesting is read as plain bytes.
const MAX_PAREN_DEPTH: usize = 256;

/// The operations of a content stream, in order. Never fails: what cannot be read is
/// skipped (see the module comment).
pub fn decode(bytes: &[u8]) -> Vec<Operation> {
    let mut reader = Reader::new(bytes);
    let mut operations = Vec::with_capacity(bytes.len() / 12);
    let mut operands: Vec<Object> = Vec::new();
    while let Some(item) = reader.next_item() {
        match item {
            Item::Value(object) => {
                if operands.len() == MAX_OPERANDS {
                    operands.remove(0);
                }
                operands.push(object);
            }
            Item::Keyword(b"BI") => {
                operands.clear();
                operations.extend(reader.inline_image());
            }
            Item::Keyword(word) => operations.push(Operation {
                operator: String::from_utf8_lossy(word).into_owned(),
                operands: std::mem::take(&mut operands),
            }),
        }
    }
    operations
}

/// What a content stream is made of: operands (whole arrays and dictionaries) and keywords.
enum Item<'a> {
    Value(Object),
    Keyword(&'a [u8]),
}

/// Builds operands from tokens, arrays and dictionaries included. Iterative, so hostile
/// nesting costs no stack.
struct Reader<'a> {
    lexer: Lexer<'a>,
    /// Arrays and dictionaries open, innermost last, with what was read into them.
    open: Vec<(Container, Vec<Object>)>,
    /// Values to hand out before `deferred` (see [`Reader::next_item`]).
    pending: std::collections::VecDeque<Object>,
    deferred: Option<&'a [u8]>,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Reader {
            lexer: Lexer { bytes, at: 0 },
            open: Vec::new(),
            pending: Default::default(),
            deferred: None,
        }
    }

    /// The next operand or keyword; `None` at the end, or where nesting goes too deep.
    /// An operator inside an unclosed array or dictionary closes it: what was read into
    /// it becomes plain operands, so `[(Anna) Tj` still shows "Anna" (a reader that
    /// swallowed the operator would hide text a viewer may well show).
    fn next_item(&mut self) -> Option<Item<'a>> {
        if let Some(value) = self.pending.pop_front() {
            return Some(Item::Value(value));
        }
        if let Some(word) = self.deferred.take() {
            return Some(Item::Keyword(word));
        }
        loop {
            let value = match self.lexer.token()? {
                Token::Open(kind) => {
                    if self.open.len() >= MAX_NESTING {
                        return None;
                    }
                    self.open.push((kind, Vec::new()));
                    continue;
                }
                Token::Close(kind) => {
                    // A stray `]` in a dictionary or `>>` in an array is skipped.
                    if self.open.last().is_none_or(|(open, _)| *open != kind) {
                        continue;
                    }
                    let (kind, items) = self.open.pop()?;
                    finish(kind, items)
                }
                Token::Object(object) => object,
                Token::Keyword(b"true") => Object::Boolean(true),
                Token::Keyword(b"false") => Object::Boolean(false),
                Token::Keyword(b"null") => Object::Null,
                Token::Keyword(word) if self.open.is_empty() => return Some(Item::Keyword(word)),
                Token::Keyword(word) => {
                    for (_, items) in self.open.drain(..) {
                        self.pending.extend(items);
                    }
                    self.deferred = Some(word);
                    return self.next_item();
                }
            };
            match self.open.last_mut() {
                Some((_, items)) => items.push(value),
                None => return Some(Item::Value(value)),
            }
        }
    }

    /// An inline image whose `BI` was just read: its dictionary up to `ID`, then its data,
    /// as lopdf represents it (a `BI` operation holding the image as a stream). `None` if
    /// an operator comes before `ID`: the image is broken and dropped, and reading goes on
    /// with that operator (written back, a bare `BI` would swallow the one after it).
    fn inline_image(&mut self) -> Option<Operation> {
        let mut dict = Dictionary::new();
        let mut key: Option<Vec<u8>> = None;
        let mut reached_data = false;
        while let Some(item) = self.next_item() {
            match item {
                Item::Keyword(b"ID") => {
                    reached_data = true;
                    break;
                }
                Item::Value(Object::Name(name)) if key.is_none() => key = Some(name),
                Item::Value(value) => {
                    if let Some(k) = key.take() {
                        dict.set(k, value);
                    }
                }
                Item::Keyword(word) => {
                    self.deferred = Some(word);
                    break;
                }
            }
        }
        if !reached_data {
            return None;
        }
        let data = self.lexer.image_data(&dict);
        // The stream's Length is its data's, set last; a Length the producer wrote in the
        // dictionary would otherwise keep its place and move when written back.
        dict.remove(b"Length");
        Some(Operation::new(
            "BI",
            vec![Object::Stream(Stream::new(dict, data))],
        ))
    }
}

enum Token<'a> {
    Object(Object),
    /// An operator, `true`, `false` or `null`.
    Keyword(&'a [u8]),
    Open(Container),
    Close(Container),
}

#[derive(Clone, Copy, PartialEq)]
enum Container {
    Array,
    Dictionary,
}

struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

fn is_white(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0C')
}

fn is_delimiter(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(c: u8) -> bool {
    !is_white(c) && !is_delimiter(c)
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips white space and comments.
    fn skip_space(&mut self) {
        while let Some(c) = self.peek() {
            if is_white(c) {
                self.at += 1;
            } else if c == b'%' {
                while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.at += 1;
                }
            } else {
                break;
            }
        }
    }

    /// One token; containers are returned as their opening and closing.
    fn token(&mut self) -> Option<Token<'a>> {
        loop {
            self.skip_space();
            let c = self.peek()?;
            match c {
                b'/' => return Some(Token::Object(Object::Name(self.name()))),
                b'(' => {
                    self.at += 1;
                    let s = self.literal_string();
                    return Some(Token::Object(Object::String(s, StringFormat::Literal)));
                }
                b'<' if self.bytes.get(self.at + 1) == Some(&b'<') => {
                    self.at += 2;
                    return Some(Token::Open(Container::Dictionary));
                }
                b'>' if self.bytes.get(self.at + 1) == Some(&b'>') => {
                    self.at += 2;
                    return Some(Token::Close(Container::Dictionary));
                }
                b'<' => {
                    self.at += 1;
                    return Some(Token::Object(self.hex_string()));
                }
                b'[' => {
                    self.at += 1;
                    return Some(Token::Open(Container::Array));
                }
                b']' => {
                    self.at += 1;
                    return Some(Token::Close(Container::Array));
                }
                b'+' | b'-' | b'.' | b'0'..=b'9' => {
                    if let Some(number) = self.number() {
                        return Some(Token::Object(number));
                    }
                }
                _ if is_regular(c) => {
                    let start = self.at;
                    while self.peek().is_some_and(is_regular) {
                        self.at += 1;
                    }
                    return Some(Token::Keyword(&self.bytes[start..self.at]));
                }
                // `)`, `>`, `{`, `}` out of place: skipped.
                _ => self.at += 1,
            }
        }
    }

    /// A number at `self.at`, or `None` (and the token skipped) if the regular characters
    /// there are no number.
    fn number(&mut self) -> Option<Object> {
        let start = self.at;
        let end = start
            + self.bytes[start..]
                .iter()
                .position(|&c| !is_regular(c))
                .unwrap_or(self.bytes.len() - start);
        self.at = end;
        parse_number(&self.bytes[start..end])
    }

    fn name(&mut self) -> Vec<u8> {
        self.at += 1;
        let mut out = Vec::new();
        while let Some(c) = self.peek().filter(|&c| is_regular(c)) {
            let escaped = (c == b'#')
                .then(|| self.bytes.get(self.at + 1..self.at + 3))
                .flatten()
                .and_then(|h| Some(hex_value(h[0])? << 4 | hex_value(h[1])?));
            match escaped {
                Some(byte) => {
                    out.push(byte);
                    self.at += 3;
                }
                None => {
                    out.push(c);
                    self.at += 1;
                }
            }
        }
        out
    }

    /// A literal string whose `(` was just read, escapes resolved.
    fn literal_string(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            self.at += 1;
            match c {
                b'(' => {
                    depth = (depth + 1).min(MAX_PAREN_DEPTH);
                    out.push(c);
                }
                b')' if depth == 0 => return out,
                b')' => {
                    depth -= 1;
                    out.push(c);
                }
                b'\\' => self.escape(&mut out),
                b'\r' => {
                    // An end of line in a string is a line feed, whatever its bytes.
                    if self.peek() == Some(b'\n') {
                        self.at += 1;
                    }
                    out.push(b'\n');
                }
                _ => out.push(c),
            }
        }
        out
    }

    fn escape(&mut self, out: &mut Vec<u8>) {
        let Some(c) = self.peek() else {
            return;
        };
        self.at += 1;
        match c {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'b' => out.push(b'\x08'),
            b'f' => out.push(b'\x0C'),
            b'\r' => {
                if self.peek() == Some(b'\n') {
                    self.at += 1;
                }
            }
            b'\n' => {}
            b'0'..=b'7' => {
                let mut value = u16::from(c - b'0');
                for _ in 0..2 {
                    match self.peek() {
                        Some(d @ b'0'..=b'7') => {
                            value = value * 8 + u16::from(d - b'0');
                            self.at += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8); // the spec ignores overflow
            }
            other => out.push(other),
        }
    }

    /// A hexadecimal string whose `<` was just read; white space and other stray bytes in
    /// it are ignored, an odd last digit is followed by 0.
    fn hex_string(&mut self) -> Object {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(c) = self.peek() {
            self.at += 1;
            if c == b'>' {
                break;
            }
            let Some(v) = hex_value(c) else {
                continue;
            };
            match high.take() {
                Some(h) => out.push(h << 4 | v),
                None => high = Some(v),
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        Object::String(out, StringFormat::Hexadecimal)
    }

    /// The data of an inline image up to its `EI`: by the size its dictionary gives when it
    /// is not filtered (the data may hold "EI" by chance), else up to the first `EI` that
    /// stands between white space.
    fn image_data(&mut self, dict: &Dictionary) -> Vec<u8> {
        // One white-space byte (CR LF as one) separates ID from the data.
        match self.peek() {
            Some(b'\r') if self.bytes.get(self.at + 1) == Some(&b'\n') => self.at += 2,
            Some(c) if is_white(c) => self.at += 1,
            _ => {}
        }
        let rest = &self.bytes[self.at..];
        let by_size = unfiltered_length(dict)
            .filter(|&n| n <= rest.len())
            .filter(|&n| {
                let after = &rest[n..];
                let trimmed = after
                    .iter()
                    .position(|&c| !is_white(c))
                    .unwrap_or(after.len());
                after[trimmed..].starts_with(b"EI")
            });
        let (data_len, resume) = match by_size {
            Some(n) => {
                let after = &rest[n..];
                let ei = after.iter().position(|&c| !is_white(c)).unwrap_or(0);
                (n, n + ei + 2)
            }
            None => match find_ei(rest) {
                Some(at) => (at, at + 3),
                None => (rest.len(), rest.len()),
            },
        };
        let data = rest[..data_len].to_vec();
        self.at += resume;
        data
    }
}

/// Where `EI` stands with white space before it and white space or the end after it: the
/// index of the white-space byte before it.
fn find_ei(bytes: &[u8]) -> Option<usize> {
    bytes.windows(3).enumerate().find_map(|(i, w)| {
        let ends = bytes
            .get(i + 3)
            .is_none_or(|&c| is_white(c) || is_delimiter(c));
        (is_white(w[0]) && &w[1..] == b"EI" && ends).then_some(i)
    })
}

/// The byte length of an unfiltered inline image from its width, height, bits and colour
/// space, as lopdf reads it; `None` when it is filtered or the size cannot be known.
fn unfiltered_length(dict: &Dictionary) -> Option<usize> {
    let get = |short: &[u8], long: &[u8]| dict.get(short).or_else(|_| dict.get(long)).ok();
    if get(b"F", b"Filter").is_some() {
        return None;
    }
    let size = |short, long| {
        get(short, long)
            .and_then(|o| o.as_i64().ok())
            .and_then(|v| usize::try_from(v).ok())
    };
    let mask = matches!(get(b"IM", b"ImageMask"), Some(Object::Boolean(true)));
    let bits = if mask {
        1
    } else {
        size(b"BPC", b"BitsPerComponent")?
    };
    let colours = if mask {
        1
    } else {
        match get(b"CS", b"ColorSpace")? {
            Object::Array(_) => 1, // Indexed
            Object::Name(n) => match n.as_slice() {
                b"DeviceGray" | b"G" | b"Gray" => 1,
                b"DeviceRGB" | b"RGB" => 3,
                b"DeviceCMYK" | b"CMYK" => 4,
                _ => return None,
            },
            _ => return None,
        }
    };
    let row = size(b"W", b"Width")?
        .checked_mul(bits * colours)?
        .div_ceil(8);
    row.checked_mul(size(b"H", b"Height")?)
}

fn finish(kind: Container, items: Vec<Object>) -> Object {
    match kind {
        Container::Array => Object::Array(items),
        Container::Dictionary => {
            let mut dict = Dictionary::new();
            let mut items = items.into_iter();
            while let Some(key) = items.next() {
                let Object::Name(key) = key else {
                    continue;
                };
                if let Some(value) = items.next() {
                    dict.set(key, value);
                }
            }
            Object::Dictionary(dict)
        }
    }
}

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|v| v as u8)
}

/// An integer or real in PDF's syntax (no exponent). Producers' slips that pdf.js and
/// Poppler accept are accepted too: a second minus sign (`0.00-41`), `--1`, a lone `-`
/// or `.` (zero).
fn parse_number(token: &[u8]) -> Option<Object> {
    let (negative, digits) = match token.first()? {
        b'-' => (true, &token[1..]),
        b'+' => (false, &token[1..]),
        _ => (false, token),
    };
    let mut integer: u64 = 0;
    let mut fraction: u64 = 0;
    let mut scale: u32 = 0;
    let mut seen_point = false;
    let mut overflow = false;
    for &c in digits {
        match c {
            b'0'..=b'9' if !seen_point => match integer
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(c - b'0')))
            {
                Some(v) => integer = v,
                None => overflow = true,
            },
            b'0'..=b'9' => {
                if scale < 18 {
                    fraction = fraction * 10 + u64::from(c - b'0');
                    scale += 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            b'-' | b'+' => {}
            _ => return None,
        }
    }
    if !seen_point && !overflow {
        let value = i64::try_from(integer).ok()?;
        return Some(Object::Integer(if negative { -value } else { value }));
    }
    let value = integer as f64 + fraction as f64 / 10f64.powi(scale as i32);
    let value = if negative { -value } else { value };
    Some(Object::Real(value as f32))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(text: &str) -> Vec<(String, Vec<Object>)> {
        decode(text.as_bytes())
            .into_iter()
            .map(|o| (o.operator, o.operands))
            .collect()
    }

    #[test]
    fn text_operations_are_read_with_their_operands() {
        let read = ops("BT /F1 12 Tf 72.5 -700 Td (Anna \\(A\\) Lind) Tj [(Ber) -20 <0041>] TJ ET");
        assert_eq!(read[1].0, "Tf");
        assert_eq!(
            read[1].1,
            vec![Object::Name(b"F1".to_vec()), Object::Integer(12)]
        );
        assert_eq!(read[2].1, vec![Object::Real(72.5), Object::Integer(-700)]);
        assert_eq!(read[3].1, vec![Object::string_literal("Anna (A) Lind")]);
        let Object::Array(items) = &read[4].1[0] else {
            panic!("TJ takes an array");
        };
        assert_eq!(
            items[2],
            Object::String(vec![0, 0x41], StringFormat::Hexadecimal)
        );
    }

    #[test]
    fn an_unreadable_token_is_skipped_and_the_text_after_it_is_read() {
        let read = ops("BT ) } (Anna) Tj ET");
        assert_eq!(
            read[1],
            ("Tj".to_string(), vec![Object::string_literal("Anna")])
        );
    }

    #[test]
    fn an_operator_inside_an_unclosed_array_still_shows_its_text() {
        let read = ops("BT [(Anna) Tj ET");
        assert_eq!(
            read[1],
            ("Tj".to_string(), vec![Object::string_literal("Anna")])
        );
    }

    #[test]
    fn inline_image_data_holding_ei_is_read_by_its_size() {
        let stream = b"q BI /W 3 /H 1 /BPC 8 /CS /G ID  EI EI Q (x) Tj";
        let read = decode(stream);
        let Some(Object::Stream(image)) = read[1].operands.first() else {
            panic!("BI holds the image");
        };
        assert_eq!(image.content, b" EI".to_vec());
        assert_eq!(read[2].operator, "Q");
        assert_eq!(read[3].operator, "Tj");
    }

    #[test]
    fn an_inline_image_with_its_own_length_reads_the_same_written_back() {
        // Found by the content_stream fuzz target: the Length key changed its place.
        let read = decode(b"BI /W 1 /Length 99 /H 1 ID x EI Q");
        let written = lopdf::content::Content {
            operations: read.clone(),
        }
        .encode()
        .expect("encode");
        assert_eq!(format!("{:?}", decode(&written)), format!("{read:?}"));
    }

    #[test]
    fn a_broken_inline_image_is_dropped_and_the_operator_after_it_kept() {
        let read = ops("BT [(a) BI <17> 3 TJ ET");
        let operators: Vec<&str> = read.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(operators, ["BT", "TJ", "ET"]);
    }

    #[test]
    fn producers_slips_in_numbers_are_read_as_readers_do() {
        assert_eq!(parse_number(b"0.00-41"), Some(Object::Real(0.0041)));
        assert_eq!(parse_number(b"-.5"), Some(Object::Real(-0.5)));
        assert_eq!(parse_number(b"12a"), None);
    }

    #[test]
    fn deep_nesting_ends_the_reading_without_recursion() {
        let stream = "[".repeat(100_000) + " (x) Tj";
        assert!(decode(stream.as_bytes()).is_empty());
    }
}
