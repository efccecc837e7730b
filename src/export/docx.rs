//! Masking a .docx at the source, before it is turned into a PDF.
//!
//! Every part is rewritten as a stream of XML events, counting runs and run children
//! exactly as ingest does, so a character's origin (part, run, element, offset) points at
//! the same character here. Masked text becomes a marker whose length does not depend on
//! the original; tracked changes are resolved (insertions kept, deletions dropped),
//! comments, revision records, alt texts, hidden text and the second copy of text boxes
//! (`mc:Fallback`) go; properties are emptied of personal data.

use super::check;
use crate::ingest::docx::attr;
use crate::ingest::{Document, ImageSource, Origin, PartKind};
use crate::review::{Mask, MaskKind};
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};
use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};

/// What replaces a masked run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Marker {
    /// "XXX", as in the guideline's own example.
    #[default]
    Xxx,
    /// Five full blocks: "█████".
    Blocks,
}

impl Marker {
    pub fn text(self) -> &'static str {
        match self {
            Marker::Xxx => "XXX",
            Marker::Blocks => "\u{2588}\u{2588}\u{2588}\u{2588}\u{2588}",
        }
    }
}

/// Package parts emptied whole: they hold names of people (reviewers, authors) or data
/// bound to the document that no one sees.
fn emptied_part(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase();
    if n.ends_with("word/people.xml") {
        Some(r#"<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>"#)
    } else if n.starts_with("customxml/item") && !n.contains("props") && n.ends_with(".xml") {
        Some("<empty/>")
    } else if n.ends_with("docprops/custom.xml") {
        Some(
            r#"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>"#,
        )
    } else if n.ends_with("word/commentsextended.xml")
        || n.ends_with("word/commentsids.xml")
        || n.ends_with("word/commentsextensible.xml")
    {
        Some(
            r#"<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>"#,
        )
    } else {
        None
    }
}

/// Revision records and comment anchors: dropped with everything inside them.
const DROPPED: &[&[u8]] = &[
    b"del",
    b"moveFrom",
    b"rPrChange",
    b"pPrChange",
    b"sectPrChange",
    b"tblPrChange",
    b"tblPrExChange",
    b"trPrChange",
    b"tcPrChange",
    b"tblGridChange",
    b"numberingChange",
    b"cellIns",
    b"cellDel",
    b"cellMerge",
    b"moveFromRangeStart",
    b"moveFromRangeEnd",
    b"moveToRangeStart",
    b"moveToRangeEnd",
    b"commentRangeStart",
    b"commentRangeEnd",
    b"commentReference",
    b"Fallback",
];

/// Wrappers whose content stays but whose tags (with author and date) go.
const UNWRAPPED: &[&[u8]] = &[b"ins", b"moveTo"];

/// Elements of a masked picture's run that are removed.
const PICTURES: &[&[u8]] = &[b"drawing", b"pict", b"object"];

/// A one-pixel white PNG, written over the data of a masked picture.
const WHITE_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B,
    0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0x0F, 0x00, 0x01,
    0x01, 0x01, 0x00, 0x1B, 0xB6, 0xEE, 0x56, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
];

/// Where a character stands in a part: (run, element, offset).
type CharAt = (u32, u32, u32);

/// The masking of one part.
#[derive(Default)]
struct PartMasks {
    masked: HashSet<CharAt>,
    /// The first character of each mask and what is written there: the marker, or for a
    /// § under secrecy the line "Sekretess enligt <bestämmelse>.".
    first: HashMap<CharAt, String>,
    /// Runs whose pictures are masked.
    picture_runs: HashSet<u32>,
}

/// The masked package.
pub fn mask_package(
    doc: &Document,
    source: &[u8],
    masks: &[Mask],
    marker: Marker,
    secrets: &check::Finder,
) -> Result<Vec<u8>, String> {
    let plans = plan(doc, masks, marker);
    let blank_media: HashSet<String> = masks
        .iter()
        .filter_map(|m| match m.kind {
            MaskKind::Image { image } => doc.images.get(image),
            _ => None,
        })
        .filter_map(|i| match &i.source {
            ImageSource::Docx { target, .. } => Some(target.clone()),
            _ => None,
        })
        .collect();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(source)).map_err(|e| e.to_string())?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).map_err(|e| e.to_string())?;
        let name = file.name().map_err(|e| e.to_string())?.to_string();
        if file.is_dir() {
            continue;
        }
        let mut bytes = Vec::new();
        (&mut file)
            .take(256 * 1024 * 1024)
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?;
        let part = doc.parts.iter().position(|p| p.name == name);
        let rewritten = if blank_media.contains(&name) {
            WHITE_PNG.to_vec()
        } else if let Some(xml) = emptied_part(&name) {
            xml.as_bytes().to_vec()
        } else if part.is_some_and(|p| doc.parts[p].kind == PartKind::Comments) {
            br#"<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>"#.to_vec()
        } else if let Some(p) = part {
            let empty = PartMasks::default();
            let masks = plans.get(&p).unwrap_or(&empty);
            rewrite_part(&bytes, masks, secrets).map_err(|e| format!("{name}: {e}"))?
        } else if name.ends_with("docProps/core.xml") || name.ends_with("docProps/app.xml") {
            clean_properties(&bytes, secrets).map_err(|e| format!("{name}: {e}"))?
        } else {
            bytes
        };
        out.start_file(name, options).map_err(|e| e.to_string())?;
        out.write_all(&rewritten).map_err(|e| e.to_string())?;
    }
    let cursor = out.finish().map_err(|e| e.to_string())?;
    Ok(cursor.into_inner())
}

/// Which characters of which part are masked, and where markers go.
fn plan(doc: &Document, masks: &[Mask], marker: Marker) -> HashMap<usize, PartMasks> {
    let mut out: HashMap<usize, PartMasks> = HashMap::new();
    for m in masks {
        if let MaskKind::Image { image } = m.kind {
            if let Some(ImageSource::Docx { part, run, .. }) =
                doc.images.get(image).map(|i| &i.source)
            {
                out.entry(*part).or_default().picture_runs.insert(*run);
            }
            continue;
        }
        let mut first = Some(match &m.kind {
            MaskKind::Secrecy { provision } => format!("Sekretess enligt {provision}."),
            _ => marker.text().to_string(),
        });
        for index in m.paragraphs(doc) {
            let p = &doc.paragraphs[index];
            for (at, origin) in p.origins.iter().enumerate() {
                let Origin::Docx(o) = origin else { continue };
                if !m.covers(doc, index, at) {
                    continue;
                }
                let plan = out.entry(o.part).or_default();
                let key = (o.run, o.element, o.offset);
                plan.masked.insert(key);
                if let Some(text) = first.take() {
                    plan.first.insert(key, text);
                }
            }
        }
    }
    out
}

/// The run being read: its index, the next child's index, its depth, hidden or not.
#[derive(Clone, Copy)]
struct RunAt {
    run: u32,
    element: u32,
    depth: usize,
    vanish: bool,
}

/// Streams one story part through the masking.
fn rewrite_part(xml: &[u8], masks: &PartMasks, secrets: &check::Finder) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(xml).map_err(|e| e.to_string())?;
    let mut reader = Reader::from_str(text);
    let mut part = PartRewriter {
        masks,
        secrets,
        writer: Writer::new(Vec::with_capacity(xml.len())),
        depth: 0,
        runs_seen: 0,
        run: None,
        outer: Vec::new(),
        in_props: false,
        skip_count: None,
        dropping: None,
        content: None,
    };
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Eof => break,
            Event::Start(e) => {
                part.depth += 1;
                part.start(e, false)?;
            }
            Event::Empty(e) => {
                part.depth += 1;
                let name = local(&e);
                part.start(e, true)?;
                part.end(&name, None)?;
                part.depth -= 1;
            }
            Event::End(e) => {
                let name = e.local_name().as_ref().as_bytes().to_vec();
                part.end(&name, Some(Event::End(e)))?;
                part.depth = part.depth.saturating_sub(1);
            }
            Event::Text(t) => match part.content.as_mut() {
                Some((_, _, buf)) => buf.push_str(&t.xml10_content()),
                None => part.write(Event::Text(t))?,
            },
            Event::GeneralRef(r) => match part.content.as_mut() {
                Some((_, _, buf)) => buf.extend(crate::ingest::docx::resolve_entity(&r)),
                None => part.write(Event::GeneralRef(r))?,
            },
            other => part.write(other)?,
        }
    }
    Ok(part.writer.into_inner())
}

fn local(e: &BytesStart) -> Vec<u8> {
    e.local_name().as_ref().as_bytes().to_vec()
}

/// The state of one part's rewrite.
struct PartRewriter<'m> {
    masks: &'m PartMasks,
    secrets: &'m check::Finder,
    writer: Writer<Vec<u8>>,
    depth: usize,
    runs_seen: u32,
    run: Option<RunAt>,
    /// Runs interrupted by a text box inside them.
    outer: Vec<RunAt>,
    in_props: bool,
    /// Inside `mc:Fallback`: ingest does not count runs there (the element is dropped).
    skip_count: Option<usize>,
    /// While set, nothing is written until the element at this depth ends.
    dropping: Option<usize>,
    /// The `w:t` / `w:instrText` being read: (element, field code?, text).
    content: Option<(u32, bool, String)>,
}

impl PartRewriter<'_> {
    fn write(&mut self, event: Event) -> Result<(), String> {
        if self.dropping.is_some() {
            return Ok(());
        }
        self.writer.write_event(event).map_err(|e| e.to_string())
    }

    fn drop_element(&mut self, empty: bool) {
        if !empty && self.dropping.is_none() {
            self.dropping = Some(self.depth);
        }
    }

    fn start(&mut self, e: BytesStart, empty: bool) -> Result<(), String> {
        let name = local(&e);
        if self.skip_count.is_none() {
            if self.in_props {
                if name == b"vanish" {
                    let off = attr(&e, b"w:val")
                        .is_some_and(|v| matches!(v.as_str(), "0" | "false" | "off"));
                    if let Some(r) = self.run.as_mut() {
                        r.vanish = !off;
                    }
                }
            } else if let Some(r) = self
                .run
                .filter(|r| self.depth == r.depth + 1 && name != b"rPr")
            {
                return self.run_child(e, &name, empty, r);
            } else {
                match name.as_slice() {
                    b"r" => self.open_run(),
                    b"rPr" if self.run.is_some() => self.in_props = true,
                    b"Fallback" if !empty => self.skip_count = Some(self.depth),
                    _ => {}
                }
            }
        }
        if DROPPED.contains(&name.as_slice()) {
            self.drop_element(empty);
            return Ok(());
        }
        if UNWRAPPED.contains(&name.as_slice()) {
            return Ok(());
        }
        let e = if name == b"docPr" || name == b"cNvPr" {
            without_alt_text(&e)
        } else {
            e
        };
        self.write(if empty {
            Event::Empty(e)
        } else {
            Event::Start(e)
        })
    }

    fn open_run(&mut self) {
        if let Some(r) = self.run {
            self.outer.push(r);
        }
        self.run = Some(RunAt {
            run: self.runs_seen,
            element: 0,
            depth: self.depth,
            vanish: false,
        });
        self.runs_seen += 1;
    }

    /// A content element of a run, counted as ingest counts it.
    fn run_child(
        &mut self,
        e: BytesStart,
        name: &[u8],
        empty: bool,
        r: RunAt,
    ) -> Result<(), String> {
        let element = r.element;
        if let Some(run) = self.run.as_mut() {
            run.element += 1;
        }
        let at = (r.run, element, 0);
        match name {
            b"t" | b"instrText" | b"delText" => {
                if !empty {
                    self.content = Some((element, name == b"instrText", String::new()));
                }
                let e = if name == b"t" { preserved(&e) } else { e };
                if DROPPED.contains(&name) {
                    return Ok(());
                }
                self.write(if empty {
                    Event::Empty(e)
                } else {
                    Event::Start(e)
                })
            }
            b"tab" | b"ptab" | b"br" | b"cr" | b"noBreakHyphen" | b"softHyphen" | b"sym"
                if self.masks.masked.contains(&at) || r.vanish =>
            {
                self.drop_element(empty);
                match self.masks.first.get(&at) {
                    Some(text) if !r.vanish => self.write_marker(&text.clone()),
                    _ => Ok(()),
                }
            }
            _ if PICTURES.contains(&name) && self.masks.picture_runs.contains(&r.run) => {
                self.drop_element(empty);
                Ok(())
            }
            _ if DROPPED.contains(&name) => {
                self.drop_element(empty);
                Ok(())
            }
            _ => self.write(if empty {
                Event::Empty(e)
            } else {
                Event::Start(e)
            }),
        }
    }

    fn write_marker(&mut self, marker: &str) -> Result<(), String> {
        self.write(Event::Start(preserved(&BytesStart::new("w:t"))))?;
        self.write(Event::Text(BytesText::new(marker)))?;
        self.write(Event::End(quick_xml::events::BytesEnd::new("w:t")))
    }

    fn end(&mut self, name: &[u8], event: Option<Event>) -> Result<(), String> {
        if self.skip_count == Some(self.depth) {
            self.skip_count = None;
        } else if self.skip_count.is_none() {
            if self.in_props {
                if name == b"rPr" {
                    self.in_props = false;
                }
            } else if self.run.is_some_and(|r| self.depth == r.depth + 1) {
                if let Some((element, field, text)) = self.content.take() {
                    let masked = self.masked_text(element, field, &text);
                    self.write(Event::Text(BytesText::new(&masked)))?;
                }
            } else if name == b"r" {
                self.run = self.outer.pop();
            }
        }
        if self.dropping == Some(self.depth) {
            self.dropping = None;
            return Ok(());
        }
        if UNWRAPPED.contains(&name) {
            return Ok(());
        }
        match event {
            Some(event) => self.write(event),
            None => Ok(()),
        }
    }

    /// The text of a `w:t` with its masked characters replaced; a field code or hidden
    /// text that holds a masked value is emptied.
    fn masked_text(&self, element: u32, field: bool, text: &str) -> String {
        let Some(r) = self.run else {
            return text.to_string();
        };
        if field {
            let secret = self.secrets.any_in(text);
            return if secret {
                String::new()
            } else {
                text.to_string()
            };
        }
        if r.vanish {
            return String::new();
        }
        let mut out = String::with_capacity(text.len());
        for (offset, c) in text.chars().enumerate() {
            let at = (r.run, element, offset as u32);
            if !self.masks.masked.contains(&at) {
                out.push(c);
            } else if let Some(text) = self.masks.first.get(&at) {
                out.push_str(text);
            }
        }
        out
    }
}

/// A `w:t` start tag that keeps its spaces (a marker next to a space must not lose it).
fn preserved(e: &BytesStart) -> BytesStart<'static> {
    let mut out = BytesStart::new(e.name().as_ref().to_string());
    for a in e.attributes().flatten() {
        if a.key.as_ref() != "xml:space" {
            out.push_attribute(a);
        }
    }
    out.push_attribute(("xml:space", "preserve"));
    out
}

/// A picture's properties without its description and title (alt text).
fn without_alt_text(e: &BytesStart) -> BytesStart<'static> {
    let mut out = BytesStart::new(e.name().as_ref().to_string());
    for a in e.attributes().flatten() {
        if a.key.as_ref() != "descr" && a.key.as_ref() != "title" {
            out.push_attribute(a);
        }
    }
    out
}

/// Core and app properties: people's names (author, last editor, manager, company) go,
/// and any other value that holds a masked value.
fn clean_properties(xml: &[u8], secrets: &check::Finder) -> Result<Vec<u8>, String> {
    const PERSONAL: &[&[u8]] = &[b"creator", b"lastModifiedBy", b"Manager", b"Company"];
    let text = std::str::from_utf8(xml).map_err(|e| e.to_string())?;
    let mut reader = Reader::from_str(text);
    let mut writer = Writer::new(Vec::with_capacity(xml.len()));
    let mut current: Vec<u8> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Eof => break,
            Event::Start(e) => {
                current = local(&e);
                writer
                    .write_event(Event::Start(e))
                    .map_err(|e| e.to_string())?;
            }
            Event::Text(t) => {
                let value = t.xml10_content().to_string();
                let personal = PERSONAL.contains(&current.as_slice()) || secrets.any_in(&value);
                if !personal {
                    writer
                        .write_event(Event::Text(t))
                        .map_err(|e| e.to_string())?;
                }
            }
            Event::GeneralRef(r) => {
                if !PERSONAL.contains(&current.as_slice()) {
                    writer
                        .write_event(Event::GeneralRef(r))
                        .map_err(|e| e.to_string())?;
                }
            }
            other => writer.write_event(other).map_err(|e| e.to_string())?,
        }
    }
    Ok(writer.into_inner())
}
