//! The independent leak check: is any value that was to be masked still somewhere in a
//! published PDF?
//!
//! On purpose it does not use the engine's content interpreter (a shared bug would hide
//! itself): page text comes from lopdf's own extractor and from the raw string operands of
//! every content stream, and every other channel is read as the strings stored in its
//! objects. The raw file bytes are searched last, which also covers earlier revisions
//! left behind an incremental update and objects no longer referenced.

// The one size bound is shared; the check's reading of content is its own.
use crate::pdf::interpret::MAX_CONTENT_BYTES;
use lopdf::{Document as PdfDocument, Object, ObjectId};
use std::collections::{HashMap, HashSet};

/// Where in a PDF a value was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    PageText,
    Metadata,
    Annotations,
    Outlines,
    Forms,
    Attachments,
    StructureTree,
    OtherObjects,
    /// Bytes of the file outside the current objects: earlier revisions, unreferenced data.
    RawFile,
    /// The masked .docx a PDF is made from.
    MaskedDocx,
}

impl Channel {
    /// The channel's name for the user (Swedish).
    pub fn name(self) -> &'static str {
        match self {
            Channel::PageText => "sidtext",
            Channel::Metadata => "metadata (Info/XMP)",
            Channel::Annotations => "kommentarer och annoteringar",
            Channel::Outlines => "bokmärken",
            Channel::Forms => "formulärfält",
            Channel::Attachments => "bifogade filer",
            Channel::StructureTree => "strukturträd (Alt/ActualText)",
            Channel::OtherObjects => "övriga objekt",
            Channel::RawFile => "filens råa bytes (tidigare versioner)",
            Channel::MaskedDocx => "den maskerade .docx-filen",
        }
    }
}

/// A value that must not be in the output, with the rule it was masked under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Secret {
    pub rule: String,
    pub text: String,
}

/// A leak: which rule's value was found in which channel (never the value itself).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Leak {
    pub channel: Channel,
    pub rule: String,
}

/// Text gathered per channel.
struct Haystack {
    channel: Channel,
    text: String,
}

/// Every leak of `secrets` in the PDF `bytes`. `pdf` is the same file, already loaded.
pub fn leaks(pdf: &PdfDocument, bytes: &[u8], secrets: &[Secret]) -> Vec<Leak> {
    let mut stacks = channel_texts(pdf);
    stacks.push(Haystack {
        channel: Channel::RawFile,
        text: raw_text(bytes),
    });
    let stacks: Vec<(Channel, Searchable)> = stacks
        .into_iter()
        .map(|h| (h.channel, Searchable::new(&h.text)))
        .collect();
    let finder = Finder::new(secrets.iter().map(|s| s.text.as_str()));
    let hits: Vec<(Channel, HashSet<usize>)> = stacks
        .iter()
        .map(|(channel, text)| (*channel, finder.found(text)))
        .collect();
    let mut found: HashSet<Leak> = HashSet::new();
    for (index, secret) in secrets.iter().enumerate() {
        let channels: Vec<Channel> = hits
            .iter()
            .filter(|(_, found)| found.contains(&index))
            .map(|(c, _)| *c)
            .collect();
        // The raw bytes hold every current object too: they only count when nothing else
        // explains the find (an earlier revision, data outside any object).
        let explained = channels.iter().any(|c| *c != Channel::RawFile);
        for channel in channels
            .into_iter()
            .filter(|c| *c != Channel::RawFile || !explained)
        {
            found.insert(Leak {
                channel,
                rule: secret.rule.clone(),
            });
        }
    }
    let mut out: Vec<Leak> = found.into_iter().collect();
    out.sort();
    out
}

/// Whether `text` holds `secret` in any of its forms (whole words, any case or spacing).
pub fn holds(text: &str, secret: &str) -> bool {
    Finder::new([secret]).any_in(text)
}

/// Many values looked for in one pass over a text (Aho-Corasick), which keeps the proof
/// of a 200-page export with 2,000 masks linear in the size of the output.
pub struct Finder {
    /// Token forms with their edge spaces, and the values each belongs to (the same
    /// text masked in many places is one pattern).
    tokens: Option<aho_corasick::AhoCorasick>,
    token_owners: Vec<Vec<usize>>,
    /// Digit forms, looked for in the text with its spaces squeezed out.
    digits: Option<aho_corasick::AhoCorasick>,
    digit_owners: Vec<Vec<usize>>,
}

/// Patterns with the values that own them, each pattern once.
#[derive(Default)]
struct Patterns {
    text: Vec<String>,
    owners: Vec<Vec<usize>>,
    index: HashMap<String, usize>,
}

impl Patterns {
    fn add(&mut self, pattern: String, owner: usize) {
        let next = self.text.len();
        let at = *self.index.entry(pattern.clone()).or_insert(next);
        if at == next {
            self.text.push(pattern);
            self.owners.push(Vec::new());
        }
        if self.owners[at].last() != Some(&owner) {
            self.owners[at].push(owner);
        }
    }

    fn build(self) -> (Option<aho_corasick::AhoCorasick>, Vec<Vec<usize>>) {
        let ac = (!self.text.is_empty())
            .then(|| aho_corasick::AhoCorasick::new(&self.text).ok())
            .flatten();
        (ac, self.owners)
    }
}

impl Finder {
    pub fn new<'a>(values: impl IntoIterator<Item = &'a str>) -> Finder {
        let (mut tokens, mut digits) = (Patterns::default(), Patterns::default());
        for (index, value) in values.into_iter().enumerate() {
            for form in forms_of(value) {
                let form = form.trim().to_string();
                if form.is_empty() {
                    continue;
                }
                if form.chars().all(|c| c.is_ascii_digit()) {
                    digits.add(form.clone(), index);
                }
                tokens.add(format!(" {form} "), index);
            }
        }
        let (tokens, token_owners) = tokens.build();
        let (digits, digit_owners) = digits.build();
        Finder {
            tokens,
            token_owners,
            digits,
            digit_owners,
        }
    }

    /// The indices of the values `text` holds.
    pub fn found(&self, text: &Searchable) -> HashSet<usize> {
        let mut out = HashSet::new();
        let mut scan =
            |ac: &Option<aho_corasick::AhoCorasick>, owners: &[Vec<usize>], hay: &str| {
                let Some(ac) = ac else { return };
                let mut seen = vec![false; owners.len()];
                for m in ac.find_overlapping_iter(hay) {
                    let pattern = m.pattern().as_usize();
                    if !std::mem::replace(&mut seen[pattern], true) {
                        out.extend(owners[pattern].iter().copied());
                    }
                }
            };
        scan(&self.tokens, &self.token_owners, &text.normalised);
        scan(&self.digits, &self.digit_owners, &text.squeezed);
        out
    }

    /// Whether `text` holds any of the values.
    pub fn any_in(&self, text: &str) -> bool {
        !self.found(&Searchable::new(text)).is_empty()
    }
}

/// A text to look in, normalised once; also with its spaces squeezed out, where digit
/// values are looked for inside longer digit runs ("1912 12 121212").
pub struct Searchable {
    normalised: String,
    squeezed: String,
}

impl Searchable {
    pub fn new(text: &str) -> Searchable {
        let normalised = normalise(text);
        let squeezed = normalised.replace(' ', "");
        Searchable {
            normalised,
            squeezed,
        }
    }
}

/// The forms a value can take in the output: as written, and for identity numbers the
/// digits alone in their 10- and 12-digit forms.
fn forms_of(value: &str) -> Vec<String> {
    let mut out = vec![normalise(value)];
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() >= 10 && digits.len() * 10 >= value.chars().count() * 8 {
        out.push(digits.clone());
        if digits.len() == 12 {
            out.push(digits[2..].to_string());
        }
    }
    out.retain(|f| !f.trim().is_empty());
    out
}

/// Lower case, every run of non-alphanumerics one space, so "Anna  Berg," and "anna berg"
/// compare equal and a value is found as whole words only.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    let mut space = true;
    let mut push = |c: char, alphanumeric: bool| {
        if alphanumeric {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    };
    for c in text.chars() {
        // Most of a page is ASCII: its case and class are one comparison away.
        if c.is_ascii() {
            push(c.to_ascii_lowercase(), c.is_ascii_alphanumeric());
        } else if let Some(l) = latin1_letter_lowercase(c) {
            push(l, true);
        } else {
            for l in c.to_lowercase() {
                push(l, l.is_alphanumeric());
            }
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// The lower case of a Latin-1 letter (À..ÿ but × and ÷), the rest of Swedish text
/// after ASCII, without the Unicode tables' lookups.
fn latin1_letter_lowercase(c: char) -> Option<char> {
    match c {
        '\u{D7}' | '\u{F7}' => None,
        '\u{C0}'..='\u{DE}' => char::from_u32(c as u32 + 0x20),
        '\u{DF}'..='\u{FF}' => Some(c),
        _ => None,
    }
}

/// The strings of every channel of the document, found by walking its objects.
fn channel_texts(pdf: &PdfDocument) -> Vec<Haystack> {
    let mut out = Vec::new();
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let catalog = pdf.catalog().ok();
    let entry = |key: &[u8]| catalog.and_then(|c| c.get(key).ok());
    let mut collect = |channel: Channel, root: Option<&Object>, seen: &mut HashSet<ObjectId>| {
        let mut text = String::new();
        if let Some(root) = root {
            strings_under(pdf, root, seen, &mut text, 0);
        }
        out.push(Haystack { channel, text });
    };
    collect(Channel::Metadata, pdf.trailer.get(b"Info").ok(), &mut seen);
    collect(Channel::Metadata, entry(b"Metadata"), &mut seen);
    collect(Channel::Outlines, entry(b"Outlines"), &mut seen);
    collect(Channel::Forms, entry(b"AcroForm"), &mut seen);
    collect(Channel::Attachments, entry(b"Names"), &mut seen);
    collect(Channel::StructureTree, entry(b"StructTreeRoot"), &mut seen);
    for (_, page_id) in pdf.get_pages() {
        if let Ok(page) = pdf.get_dictionary(page_id) {
            collect(Channel::Annotations, page.get(b"Annots").ok(), &mut seen);
        }
    }
    out.push(Haystack {
        channel: Channel::PageText,
        text: page_text(pdf),
    });
    // Page content and forms are page text; fonts and images hold no text of the user's.
    for (id, object) in &pdf.objects {
        let is_content = object.as_stream().is_ok_and(|s| {
            matches!(
                s.dict.get(b"Subtype").and_then(Object::as_name),
                Ok(b"Form" | b"Image" | b"Type1C" | b"CIDFontType0C" | b"OpenType")
            ) || s.dict.has(b"Length1")
        });
        if is_content {
            seen.insert(*id);
        }
    }
    for (_, page_id) in pdf.get_pages() {
        seen.extend(pdf.get_page_contents(page_id));
    }
    let mut rest = String::new();
    let mut visited = seen.clone();
    for (id, object) in &pdf.objects {
        if !seen.contains(id) {
            strings_under(pdf, object, &mut visited, &mut rest, 0);
        }
    }
    out.push(Haystack {
        channel: Channel::OtherObjects,
        text: rest,
    });
    out
}

/// Page text as lopdf reads it (its content parser, its font encodings), plus every
/// string operand of every page and form decoded as Latin-1 and as UTF-16BE (a second,
/// naive reading). Each page's content is parsed once for both readings.
fn page_text(pdf: &PdfDocument) -> String {
    let mut text = String::new();
    let mut page_streams: HashSet<ObjectId> = HashSet::new();
    for (_, page_id) in pdf.get_pages() {
        page_streams.extend(pdf.get_page_contents(page_id));
        read_page(pdf, page_id, &mut text);
    }
    for (id, object) in &pdf.objects {
        let Ok(stream) = object.as_stream() else {
            continue;
        };
        let form = matches!(
            stream.dict.get(b"Subtype").and_then(Object::as_name),
            Ok(b"Form")
        );
        if !form || page_streams.contains(id) {
            continue;
        }
        let Ok(data) = stream.decompressed_content_with_limit(MAX_CONTENT_BYTES) else {
            continue;
        };
        if let Ok(content) = lopdf::content::Content::decode(&data) {
            for op in content.operations {
                for operand in &op.operands {
                    operand_strings(operand, &mut text);
                }
            }
        }
    }
    text
}

/// One page read both ways: shown strings through their font's encoding (as lopdf's own
/// `extract_text` does: a line break at `ET`, `T*`, `'` and `"`, a space for a wide
/// `TJ` gap), and every string operand naively.
fn read_page(pdf: &PdfDocument, page_id: ObjectId, text: &mut String) {
    let encodings: HashMap<Vec<u8>, lopdf::Encoding> = pdf
        .get_page_fonts(page_id)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(name, font)| {
            let encoding = font
                .get_font_encoding_with_limit(pdf, MAX_CONTENT_BYTES)
                .ok()?;
            Some((name, encoding))
        })
        .collect();
    let Ok(data) = pdf.get_page_content_with_limit(page_id, MAX_CONTENT_BYTES) else {
        return;
    };
    let Ok(content) = lopdf::content::Content::decode(&data) else {
        return;
    };
    let mut encoding = None;
    for op in &content.operations {
        let shown = match op.operator.as_str() {
            "Tf" => {
                let font = op.operands.first().and_then(|n| n.as_name().ok());
                encoding = font.and_then(|name| encodings.get(name));
                None
            }
            "Tj" | "TJ" => op.operands.first(),
            "'" | "\"" => {
                text.push('\n');
                op.operands.last()
            }
            "T*" | "ET" => {
                text.push('\n');
                None
            }
            _ => None,
        };
        if let (Some(shown), Some(encoding)) = (shown, encoding) {
            encoded_text(encoding, shown, text);
        }
    }
    text.push('\n');
    for op in &content.operations {
        for operand in &op.operands {
            operand_strings(operand, text);
        }
    }
}

fn encoded_text(encoding: &lopdf::Encoding, shown: &Object, text: &mut String) {
    match shown {
        Object::String(bytes, _) => {
            let _ = encoding.write_to_string(bytes, text);
        }
        Object::Array(items) => {
            for item in items {
                match item {
                    Object::Integer(gap) if *gap < -100 => text.push(' '),
                    Object::Real(gap) if *gap < -100.0 => text.push(' '),
                    other => encoded_text(encoding, other, text),
                }
            }
            text.push(' ');
        }
        _ => {}
    }
}

/// The strings of a content-stream operand: shown text (also inside TJ arrays) and the
/// property lists of marked content (ActualText, Alt in `BDC`).
fn operand_strings(operand: &Object, text: &mut String) {
    match operand {
        Object::String(bytes, _) => {
            text.push(' ');
            text.push_str(&decode_both(bytes));
        }
        Object::Array(items) => items.iter().for_each(|i| operand_strings(i, text)),
        Object::Dictionary(d) => d.iter().for_each(|(_, v)| operand_strings(v, text)),
        _ => {}
    }
}

/// Every string and stream text reachable from `object` (references followed once).
fn strings_under(
    pdf: &PdfDocument,
    object: &Object,
    seen: &mut HashSet<ObjectId>,
    out: &mut String,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    match object {
        Object::String(bytes, _) => {
            out.push(' ');
            out.push_str(&decode_both(bytes));
        }
        Object::Name(name) => {
            out.push(' ');
            out.push_str(&String::from_utf8_lossy(name));
        }
        Object::Array(items) => {
            for item in items {
                strings_under(pdf, item, seen, out, depth + 1);
            }
        }
        Object::Dictionary(dict) => {
            for (key, value) in dict.iter() {
                if key.as_slice() != b"Parent" && key.as_slice() != b"P" {
                    strings_under(pdf, value, seen, out, depth + 1);
                }
            }
        }
        Object::Stream(stream) => {
            for (_, value) in stream.dict.iter() {
                strings_under(pdf, value, seen, out, depth + 1);
            }
            if let Ok(data) = stream.decompressed_content_with_limit(MAX_CONTENT_BYTES) {
                out.push(' ');
                out.push_str(&decode_both(&data));
            }
        }
        Object::Reference(id) if seen.insert(*id) => {
            if let Ok(target) = pdf.get_object(*id) {
                strings_under(pdf, target, seen, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// Bytes read as UTF-8 (or Latin-1), and also as UTF-16BE where they can be text in it:
/// all of them after a byte-order mark, else the runs of code units below U+2000 (every
/// alphabetic script a name in a Swedish protocol is written in: Latin, Greek, Cyrillic,
/// Arabic, Hebrew, Ethiopic …). Plain 8-bit text never forms such runs, so it is not read
/// again as the CJK characters its byte pairs would spell, which cost a fifth of an
/// export's time and could match nothing.
pub fn decode_both(bytes: &[u8]) -> String {
    let mut out = String::new();
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            out.push_str(&String::from_utf16_lossy(&units));
            out.push(' ');
        }
        None => utf16_runs(bytes, &mut out),
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => out.push_str(s),
        Err(_) => out.extend(bytes.iter().map(|&b| b as char)),
    }
    out
}

/// The runs of at least two UTF-16BE code units of U+0001..U+1FFF, each followed by a space.
fn utf16_runs(bytes: &[u8], out: &mut String) {
    let mut run: Vec<u16> = Vec::new();
    let flush = |run: &mut Vec<u16>, out: &mut String| {
        if run.len() >= 2 {
            out.push_str(&String::from_utf16_lossy(run));
            out.push(' ');
        }
        run.clear();
    };
    for pair in bytes.chunks_exact(2) {
        let unit = u16::from_be_bytes([pair[0], pair[1]]);
        if unit != 0 && unit < 0x2000 {
            run.push(unit);
        } else {
            flush(&mut run, out);
        }
    }
    flush(&mut run, out);
}

/// The whole file read as text: as Latin-1, as UTF-8 where it is valid, and its UTF-16BE
/// runs (see [`decode_both`]): what any tool could pull out of the bytes.
fn raw_text(bytes: &[u8]) -> String {
    let mut out: String = bytes.iter().map(|&b| b as char).collect();
    out.push(' ');
    out.push_str(&String::from_utf8_lossy(bytes));
    out.push(' ');
    // A string in an earlier revision or loose data may start at an odd offset.
    utf16_runs(bytes, &mut out);
    utf16_runs(bytes.get(1..).unwrap_or_default(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_match_as_whole_words_and_identity_numbers_in_any_form() {
        let hay = "Sökande Anna Berg, pnr 191212121212. Annaberg och Berglund.";
        assert!(holds(hay, "Anna Berg"));
        assert!(!holds(hay, "Berg Lund"));
        assert!(holds(hay, "19121212-1212"));
        assert!(holds(hay, "121212-1212"));
        assert!(!holds(hay, "Li"));
    }

    #[test]
    fn latin1_letters_are_lowered_as_unicode_lowers_them() {
        for c in '\u{C0}'..='\u{FF}' {
            let expected = c
                .is_alphanumeric()
                .then(|| c.to_lowercase().next())
                .flatten();
            assert_eq!(latin1_letter_lowercase(c), expected, "{c}");
        }
    }

    #[test]
    fn utf16_text_is_read_with_or_without_its_byte_order_mark() {
        let utf16 = |s: &str| {
            s.encode_utf16()
                .flat_map(u16::to_be_bytes)
                .collect::<Vec<u8>>()
        };
        let mut marked = vec![0xFE, 0xFF];
        marked.extend(utf16("Đorđe Ćosić"));
        assert!(holds(&decode_both(&marked), "Đorđe Ćosić"));
        let mut in_binary = vec![0x9C, 0xFF, 0xE3];
        in_binary.extend(utf16("Åsa Öberg"));
        in_binary.extend([0xF0, 0x9F]);
        assert!(holds(&raw_text(&in_binary), "Åsa Öberg"));
        assert!(holds(&raw_text("x Åsa Öberg y".as_bytes()), "Åsa Öberg"));
    }
}
