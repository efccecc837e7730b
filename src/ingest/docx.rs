//! DOCX reader: the Word package read directly (zip + streaming XML), so nothing is lost
//! and every character keeps its exact origin (part, run, element, offset).
//!
//! docx-rs was considered but its reader model drops what matters here (field codes,
//! tracked deletions, text boxes in `mc:AlternateContent`, element positions), so the
//! story parts are walked with quick-xml. Runs split across `w:r` are joined; tabs, breaks,
//! hyphens and symbols become characters; tracked deletions, field codes and hidden text
//! are kept beside the text as [`HiddenText`]; insertions, comments, hyperlinks, fields,
//! content controls, table cells and text boxes are marked.

use super::{
    Document, DocxOrigin, Format, HiddenKind, HiddenText, Image, ImageSource, Mark, MarkKind,
    Origin, Paragraph, Part, PartKind, Problem, Property, Revision,
};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::Read;

/// Total decompressed bytes read from one package; more is refused as a zip bomb.
const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;
/// Nesting depth of XML elements; deeper documents are refused rather than walked.
const MAX_DEPTH: usize = 512;

/// Reads a .docx package from memory.
pub fn read(bytes: &[u8]) -> Result<Document, Problem> {
    let mut package = Package::open(bytes)?;
    let main = package.main_part()?;
    let rels = package.relationships(&main)?;
    let mut doc = Document {
        format: Format::Docx,
        sha256: String::new(),
        pages: 1,
        parts: Vec::new(),
        paragraphs: Vec::new(),
        properties: Vec::new(),
        images: Vec::new(),
        warnings: Vec::new(),
    };
    let mut stories = vec![(PartKind::Body, main.clone())];
    stories.extend(story_parts(&rels));
    for (kind, name) in stories {
        let Some(xml) = package.text(&name)? else {
            continue;
        };
        let index = doc.parts.len();
        doc.parts.push(Part {
            kind,
            name: name.clone(),
            page: 1,
        });
        let offset = doc.paragraphs.len();
        // A header's pictures are related in the header's own relationships, whose ids
        // may name other targets in the main part's.
        let own_rels = if name == main {
            rels.clone()
        } else {
            package.relationships(&name)?
        };
        let (mut paragraphs, images) =
            StoryParser::new(index, kind, &own_rels).parse(&xml, &name)?;
        // A header or footer part is repeated on every page: running text, no § body.
        let running = matches!(kind, PartKind::Header | PartKind::Footer);
        for p in &mut paragraphs {
            p.running = running;
        }
        doc.paragraphs.extend(paragraphs);
        doc.images.extend(images.into_iter().map(|mut image| {
            image.paragraph = image.paragraph.map(|p| p + offset);
            image
        }));
    }
    doc.pages = doc.paragraphs.iter().map(|p| p.page).max().unwrap_or(1);
    doc.properties = package.properties()?;
    Ok(doc)
}

/// The zip package, read with a cap on everything it inflates.
struct Package<'a> {
    zip: zip::ZipArchive<std::io::Cursor<&'a [u8]>>,
    read_so_far: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, Problem> {
        let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| Problem::NotZip)?;
        Ok(Package {
            zip,
            read_so_far: 0,
        })
    }

    /// The bytes of an entry, or `None` when there is no such entry.
    fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, Problem> {
        let Ok(mut file) = self.zip.by_name(name) else {
            return Ok(None);
        };
        let budget = MAX_TOTAL_BYTES - self.read_so_far;
        let mut out = Vec::new();
        (&mut file)
            .take(budget + 1)
            .read_to_end(&mut out)
            .map_err(|_| Problem::NotZip)?;
        self.read_so_far += out.len() as u64;
        if self.read_so_far > MAX_TOTAL_BYTES {
            return Err(Problem::TooLarge {
                limit_mb: MAX_TOTAL_BYTES / (1024 * 1024),
            });
        }
        Ok(Some(out))
    }

    /// An entry as UTF-8 text (XML parts).
    fn text(&mut self, name: &str) -> Result<Option<String>, Problem> {
        match self.bytes(name)? {
            None => Ok(None),
            Some(b) => String::from_utf8(b)
                .map(Some)
                .map_err(|_| Problem::MalformedXml {
                    part: name.to_string(),
                    detail: "not UTF-8".into(),
                }),
        }
    }

    /// The main document part named by `_rels/.rels`, or the conventional name.
    fn main_part(&mut self) -> Result<String, Problem> {
        let declared = match self.text("_rels/.rels")? {
            Some(xml) => parse_relationships(&xml, "_rels/.rels")?
                .into_iter()
                .find(|r| r.kind.ends_with("/officeDocument"))
                .map(|r| r.target.trim_start_matches('/').to_string()),
            None => None,
        };
        let name = declared.unwrap_or_else(|| "word/document.xml".to_string());
        if self.zip.by_name(&name).is_ok() {
            Ok(name)
        } else if self.zip.by_name("word/document.xml").is_ok() {
            Ok("word/document.xml".into())
        } else {
            Err(Problem::NotWordPackage)
        }
    }

    /// The relationships of a part, targets resolved to package paths.
    fn relationships(&mut self, part: &str) -> Result<Vec<Relationship>, Problem> {
        let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
        let rels_name = format!("{dir}/_rels/{file}.rels")
            .trim_start_matches('/')
            .to_string();
        let Some(xml) = self.text(&rels_name)? else {
            return Ok(Vec::new());
        };
        let mut rels = parse_relationships(&xml, &rels_name)?;
        for r in &mut rels {
            if !r.external {
                r.target = resolve_path(dir, &r.target);
            }
        }
        Ok(rels)
    }

    /// Core, app and custom properties: they can name people too.
    fn properties(&mut self) -> Result<Vec<Property>, Problem> {
        let mut out = Vec::new();
        for name in [
            "docProps/core.xml",
            "docProps/app.xml",
            "docProps/custom.xml",
        ] {
            if let Some(xml) = self.text(name)? {
                out.extend(parse_properties(&xml, name)?);
            }
        }
        Ok(out)
    }
}

/// `word` + `../customXml/item1.xml` → `customXml/item1.xml`.
fn resolve_path(dir: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_string();
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for piece in target.split('/') {
        match piece {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            p => parts.push(p),
        }
    }
    parts.join("/")
}

#[derive(Debug, Clone)]
struct Relationship {
    id: String,
    kind: String,
    target: String,
    external: bool,
}

fn malformed(part: &str, detail: impl std::fmt::Display) -> Problem {
    Problem::MalformedXml {
        part: part.to_string(),
        detail: detail.to_string(),
    }
}

pub(crate) fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| {
            a.key.as_ref().as_bytes() == name
                || a.key.local_name().as_ref().as_bytes() == name && !name.contains(&b':')
        })
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn parse_relationships(xml: &str, part: &str) -> Result<Vec<Relationship>, Problem> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().map_err(|e| malformed(part, e))? {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref().as_bytes() == b"Relationship" =>
            {
                out.push(Relationship {
                    id: attr(&e, b"Id").unwrap_or_default(),
                    kind: attr(&e, b"Type").unwrap_or_default(),
                    target: attr(&e, b"Target").unwrap_or_default(),
                    external: attr(&e, b"TargetMode").is_some_and(|m| m == "External"),
                });
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// Headers, footers, footnotes, endnotes and comments, in that order.
fn story_parts(rels: &[Relationship]) -> Vec<(PartKind, String)> {
    let order = [
        ("/header", PartKind::Header),
        ("/footer", PartKind::Footer),
        ("/footnotes", PartKind::Footnotes),
        ("/endnotes", PartKind::Endnotes),
        ("/comments", PartKind::Comments),
    ];
    let mut out = Vec::new();
    for (suffix, kind) in order {
        let mut names: Vec<String> = rels
            .iter()
            .filter(|r| r.kind.ends_with(suffix) && !r.external)
            .map(|r| r.target.clone())
            .collect();
        names.sort();
        names.dedup();
        out.extend(names.into_iter().map(|n| (kind, n)));
    }
    out
}

/// Leaf elements of the property parts with their text (custom properties by name).
fn parse_properties(xml: &str, part: &str) -> Result<Vec<Property>, Problem> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut custom_name: Option<String> = None;
    loop {
        match reader.read_event().map_err(|e| malformed(part, e))? {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref().as_bytes()).into_owned();
                if e.local_name().as_ref().as_bytes() == b"property" {
                    custom_name = attr(&e, b"name");
                }
                stack.push(name);
            }
            Event::End(_) => {
                stack.pop();
            }
            Event::Text(t) => {
                let value = t.xml10_content().trim().to_string();
                if value.is_empty() || stack.len() < 2 {
                    continue;
                }
                let name = if part.ends_with("custom.xml") {
                    custom_name.clone().unwrap_or_default()
                } else {
                    stack[1].clone()
                };
                out.push(Property {
                    source: part.to_string(),
                    name,
                    value,
                });
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// Where a content element's text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sink {
    Shown,
    Hidden(HiddenKind),
}

/// A paragraph being built.
#[derive(Debug, Default)]
struct Builder {
    text: String,
    origins: Vec<Origin>,
    chars: usize,
    marks: Vec<Mark>,
    hidden: Vec<HiddenText>,
    /// Open run-level marks: (start, kind).
    open: Vec<(usize, MarkKind)>,
    in_cell: Option<(u32, u32, u32)>,
    in_textbox: bool,
    block_control: Option<Option<String>>,
}

impl Builder {
    fn push(&mut self, sink: Sink, c: char, origin: Origin) {
        match sink {
            Sink::Shown => {
                self.text.push(c);
                self.origins.push(origin);
                self.chars += 1;
            }
            Sink::Hidden(kind) => {
                let at = self.chars;
                match self.hidden.last_mut() {
                    Some(h) if h.kind == kind && h.at == at && continues_hidden(h, &origin) => {
                        h.text.push(c);
                        h.origins.push(origin);
                    }
                    _ => self.hidden.push(HiddenText {
                        kind,
                        text: c.to_string(),
                        at,
                        origins: vec![origin],
                    }),
                }
            }
        }
    }

    fn open_mark(&mut self, kind: MarkKind) {
        self.open.push((self.chars, kind));
    }

    fn close_mark(&mut self, matches: impl Fn(&MarkKind) -> bool) {
        if let Some(pos) = self.open.iter().rposition(|(_, k)| matches(k)) {
            let (start, kind) = self.open.remove(pos);
            if self.chars > start {
                self.marks.push(Mark {
                    start,
                    end: self.chars,
                    kind,
                });
            }
        }
    }

    /// Finishes the paragraph; open marks are closed at its end and returned to be
    /// reopened in the next paragraph (comments and insertions can span paragraphs).
    fn finish(mut self, part: usize, page: u32) -> (Option<Paragraph>, Vec<MarkKind>) {
        let carried: Vec<MarkKind> = self.open.iter().map(|(_, k)| k.clone()).collect();
        for (start, kind) in std::mem::take(&mut self.open) {
            if self.chars > start {
                self.marks.push(Mark {
                    start,
                    end: self.chars,
                    kind,
                });
            }
        }
        let whole = |kind| Mark {
            start: 0,
            end: self.chars,
            kind,
        };
        if let Some((table, row, column)) = self.in_cell {
            self.marks
                .push(whole(MarkKind::TableCell { table, row, column }));
        }
        if self.in_textbox {
            self.marks.push(whole(MarkKind::TextBox));
        }
        if let Some(tag) = self.block_control.take() {
            self.marks.push(whole(MarkKind::ContentControl { tag }));
        }
        let empty = self.text.trim().is_empty() && self.hidden.is_empty();
        let paragraph = (!empty).then_some(Paragraph {
            part,
            page,
            last_page: page,
            text: self.text,
            origins: self.origins,
            marks: self.marks,
            hidden: self.hidden,
            boxes: Vec::new(),
            running: false,
        });
        (paragraph, carried)
    }
}

/// Hidden characters join one `HiddenText` only when they come from the same element in
/// sequence, so each keeps its own origins.
fn continues_hidden(h: &HiddenText, next: &Origin) -> bool {
    match (h.origins.last(), next) {
        (Some(Origin::Docx(a)), Origin::Docx(b)) => a.run == b.run || a.run + 1 == b.run,
        _ => true,
    }
}

/// A complex field being read (`w:fldChar begin … separate … end`).
#[derive(Debug)]
struct Field {
    instruction: String,
    /// Char index where the result starts, once `separate` was seen.
    result_start: Option<usize>,
}

/// Walks one story part and produces its paragraphs.
struct StoryParser<'r> {
    part: usize,
    kind: PartKind,
    rels: &'r [Relationship],
    paragraphs: Vec<Paragraph>,
    /// Paragraph stack: text boxes open paragraphs inside paragraphs.
    builders: Vec<Builder>,
    /// Text-box paragraphs waiting for their anchoring paragraph to finish.
    pending: Vec<Paragraph>,
    carried: Vec<MarkKind>,
    run: Option<u32>,
    /// Runs interrupted by a text box inside them: (run, element, depth, vanish).
    outer_runs: Vec<(u32, u32, usize, bool)>,
    runs_seen: u32,
    element: u32,
    /// Element depth of the current run, to tell its direct children.
    run_depth: usize,
    run_vanish: bool,
    in_run_props: bool,
    content: Option<(Sink, String, u32)>,
    deleted: u32,
    inserted: u32,
    fields: Vec<Field>,
    tables: Vec<(u32, i64, i64)>,
    tables_seen: u32,
    textbox_depth: u32,
    skip_until: Option<usize>,
    block_controls: Vec<Option<String>>,
    sdt_stack: Vec<bool>,
    pending_tag: Option<String>,
    comments: HashMap<String, ()>,
    page: u32,
    depth: usize,
    /// Pictures of the open paragraph: (run, package part).
    pictures: Vec<(u32, String)>,
    images: Vec<Image>,
}

impl<'r> StoryParser<'r> {
    fn new(part: usize, kind: PartKind, rels: &'r [Relationship]) -> Self {
        StoryParser {
            part,
            kind,
            rels,
            paragraphs: Vec::new(),
            builders: Vec::new(),
            pending: Vec::new(),
            carried: Vec::new(),
            run: None,
            outer_runs: Vec::new(),
            runs_seen: 0,
            element: 0,
            run_depth: 0,
            run_vanish: false,
            in_run_props: false,
            content: None,
            deleted: 0,
            inserted: 0,
            fields: Vec::new(),
            tables: Vec::new(),
            tables_seen: 0,
            textbox_depth: 0,
            skip_until: None,
            block_controls: Vec::new(),
            sdt_stack: Vec::new(),
            pending_tag: None,
            comments: HashMap::new(),
            page: 1,
            depth: 0,
            pictures: Vec::new(),
            images: Vec::new(),
        }
    }

    fn parse(mut self, xml: &str, name: &str) -> Result<(Vec<Paragraph>, Vec<Image>), Problem> {
        let mut reader = Reader::from_str(xml);
        loop {
            let event = reader.read_event().map_err(|e| malformed(name, e))?;
            match event {
                Event::Start(e) => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(malformed(name, "nested too deeply"));
                    }
                    if self.skip_until.is_none() {
                        self.start(&e, false);
                    }
                }
                Event::Empty(e) if self.skip_until.is_none() => {
                    self.depth += 1;
                    self.start(&e, true);
                    self.end(e.local_name().as_ref().as_bytes());
                    self.depth -= 1;
                }
                Event::End(e) => {
                    if self.skip_until == Some(self.depth) {
                        self.skip_until = None;
                    } else if self.skip_until.is_none() {
                        self.end(e.local_name().as_ref().as_bytes());
                    }
                    self.depth = self.depth.saturating_sub(1);
                }
                Event::Text(t) => self.text(&t.xml10_content()),
                Event::CData(t) => self.text(t.as_ref()),
                Event::GeneralRef(r) => {
                    if let Some(c) = resolve_entity(&r) {
                        self.text(c.encode_utf8(&mut [0; 4]));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if self.depth != 0 {
            return Err(malformed(name, "unexpected end of the part"));
        }
        Ok((self.paragraphs, self.images))
    }

    fn start(&mut self, e: &BytesStart, empty: bool) {
        let local = e.local_name();
        let name = local.as_ref().as_bytes();
        if self.in_run_props {
            if name == b"vanish" {
                self.run_vanish =
                    !matches!(attr(e, b"w:val").as_deref(), Some("0" | "false" | "off"));
            }
            return;
        }
        if self.run.is_some() && self.depth == self.run_depth + 1 && name != b"rPr" {
            self.run_child(e, name, empty);
            return;
        }
        match name {
            b"p" => self.open_paragraph(),
            b"r" => self.open_run(),
            b"rPr" if self.run.is_some() => self.in_run_props = true,
            b"del" | b"moveFrom" => self.deleted += 1,
            b"ins" | b"moveTo" => {
                self.inserted += 1;
                let author = attr(e, b"w:author");
                self.with_builder(|b| b.open_mark(MarkKind::Inserted { author }));
            }
            b"hyperlink" => {
                let target = attr(e, b"r:id")
                    .and_then(|id| {
                        self.rels
                            .iter()
                            .find(|r| r.id == id)
                            .map(|r| r.target.clone())
                    })
                    .or_else(|| attr(e, b"w:anchor").map(|a| format!("#{a}")));
                self.with_builder(|b| b.open_mark(MarkKind::Hyperlink { target }));
            }
            b"fldSimple" => self.simple_field(e),
            b"sdt" => self.sdt_stack.push(!self.builders.is_empty()),
            b"tag" | b"alias"
                if !self.sdt_stack.is_empty() && (self.pending_tag.is_none() || name == b"tag") =>
            {
                self.pending_tag = attr(e, b"w:val");
            }
            b"sdtContent" => self.open_content_control(),
            b"commentRangeStart" => {
                if let Some(id) = attr(e, b"w:id") {
                    self.comments.insert(id.clone(), ());
                    self.with_builder(|b| b.open_mark(MarkKind::Comment { id }));
                }
            }
            b"commentRangeEnd" => {
                if let Some(id) = attr(e, b"w:id") {
                    self.with_builder(|b| {
                        b.close_mark(|k| matches!(k, MarkKind::Comment { id: i } if *i == id))
                    });
                }
            }
            b"tbl" => {
                self.tables.push((self.tables_seen, -1, -1));
                self.tables_seen += 1;
            }
            b"tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.1 += 1;
                    t.2 = -1;
                }
            }
            b"tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.2 += 1;
                }
            }
            b"txbxContent" => self.textbox_depth += 1,
            b"Fallback" if !empty => self.skip_until = Some(self.depth),
            b"blip" | b"imagedata" => self.picture(e),
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        if self.in_run_props {
            if name == b"rPr" {
                self.in_run_props = false;
            }
            return;
        }
        if self.run.is_some() && self.depth == self.run_depth + 1 {
            if name == b"t" || name == b"delText" || name == b"instrText" {
                self.flush_content();
            }
            return;
        }
        match name {
            b"p" => self.close_paragraph(),
            b"r" => self.close_run(),
            b"del" | b"moveFrom" => self.deleted = self.deleted.saturating_sub(1),
            b"ins" | b"moveTo" => {
                self.inserted = self.inserted.saturating_sub(1);
                self.with_builder(|b| b.close_mark(|k| matches!(k, MarkKind::Inserted { .. })));
            }
            b"hyperlink" => {
                self.with_builder(|b| b.close_mark(|k| matches!(k, MarkKind::Hyperlink { .. })))
            }
            b"fldSimple" => {
                self.with_builder(|b| b.close_mark(|k| matches!(k, MarkKind::Field { .. })))
            }
            b"sdtContent" => self.close_content_control(),
            b"sdt" => {
                self.sdt_stack.pop();
                self.pending_tag = None;
            }
            b"tbl" => {
                self.tables.pop();
            }
            b"txbxContent" => self.textbox_depth = self.textbox_depth.saturating_sub(1),
            _ => {}
        }
    }

    fn with_builder(&mut self, f: impl FnOnce(&mut Builder)) {
        if let Some(b) = self.builders.last_mut() {
            f(b);
        }
    }

    fn open_paragraph(&mut self) {
        let mut b = Builder {
            in_cell: self
                .tables
                .last()
                .filter(|t| t.1 >= 0 && t.2 >= 0)
                .map(|t| (t.0, t.1 as u32, t.2 as u32)),
            in_textbox: self.textbox_depth > 0,
            block_control: self.block_controls.last().cloned(),
            ..Builder::default()
        };
        if self.builders.is_empty() {
            for kind in std::mem::take(&mut self.carried) {
                b.open.push((0, kind));
            }
        }
        self.builders.push(b);
    }

    fn close_paragraph(&mut self) {
        let Some(builder) = self.builders.pop() else {
            return;
        };
        let nested = !self.builders.is_empty();
        let (paragraph, carried) = builder.finish(self.part, self.page_of_part());
        self.place_pictures(paragraph.is_some() && !nested);
        if nested {
            self.pending.extend(paragraph);
            return;
        }
        self.carried = carried
            .into_iter()
            .filter(|k| matches!(k, MarkKind::Comment { .. } | MarkKind::Inserted { .. }))
            .collect();
        self.paragraphs.extend(paragraph);
        self.paragraphs.append(&mut self.pending);
    }

    /// A picture (`a:blip r:embed`, `v:imagedata r:id`) in the open paragraph.
    fn picture(&mut self, e: &BytesStart) {
        let Some(id) = attr(e, b"r:embed").or_else(|| attr(e, b"r:id")) else {
            return;
        };
        let target = self
            .rels
            .iter()
            .find(|r| r.id == id)
            .map_or(id, |r| r.target.clone());
        self.pictures
            .push((self.run.unwrap_or(self.runs_seen), target));
    }

    /// Pictures of a paragraph that just closed belong to it, or to the paragraph before
    /// when it had no text (a picture alone on its line).
    fn place_pictures(&mut self, has_paragraph: bool) {
        let index = if has_paragraph {
            Some(self.paragraphs.len())
        } else {
            self.paragraphs.len().checked_sub(1)
        };
        for (run, target) in std::mem::take(&mut self.pictures) {
            self.images.push(Image {
                page: self.page_of_part(),
                paragraph: index,
                bbox: None,
                source: ImageSource::Docx {
                    part: self.part,
                    run,
                    target,
                },
            });
        }
    }

    /// Pages are only known in the body, from Word's last rendered page breaks.
    fn page_of_part(&self) -> u32 {
        if self.kind == PartKind::Body {
            self.page
        } else {
            1
        }
    }

    fn open_run(&mut self) {
        if let Some(outer) = self.run {
            self.outer_runs
                .push((outer, self.element, self.run_depth, self.run_vanish));
        }
        self.run = Some(self.runs_seen);
        self.runs_seen += 1;
        self.element = 0;
        self.run_depth = self.depth;
        self.run_vanish = false;
    }

    /// Ends a run; a run of a text box returns to the run that holds the text box.
    fn close_run(&mut self) {
        match self.outer_runs.pop() {
            Some((run, element, depth, vanish)) => {
                self.run = Some(run);
                self.element = element;
                self.run_depth = depth;
                self.run_vanish = vanish;
            }
            None => self.run = None,
        }
    }

    fn open_content_control(&mut self) {
        let tag = self.pending_tag.take();
        match self.sdt_stack.last() {
            Some(true) => self.with_builder(|b| b.open_mark(MarkKind::ContentControl { tag })),
            _ => self.block_controls.push(tag),
        }
    }

    fn close_content_control(&mut self) {
        match self.sdt_stack.last() {
            Some(true) => self
                .with_builder(|b| b.close_mark(|k| matches!(k, MarkKind::ContentControl { .. }))),
            _ => {
                self.block_controls.pop();
            }
        }
    }

    fn simple_field(&mut self, e: &BytesStart) {
        let instruction = attr(e, b"w:instr").unwrap_or_default();
        let at_run = self.runs_seen;
        let part = self.part;
        self.with_builder(|b| {
            for (i, c) in instruction.chars().enumerate() {
                b.push(
                    Sink::Hidden(HiddenKind::FieldCode),
                    c,
                    Origin::Docx(DocxOrigin {
                        part,
                        run: at_run,
                        element: 0,
                        offset: i as u32,
                        revision: Revision::None,
                    }),
                );
            }
            b.open_mark(MarkKind::Field {
                instruction: instruction.trim().to_string(),
            });
        });
    }

    /// A direct child of the current run: a content element.
    fn run_child(&mut self, e: &BytesStart, name: &[u8], empty: bool) {
        let element = self.element;
        self.element += 1;
        let single = |c: char| Some(c);
        let c = match name {
            b"t" | b"delText" | b"instrText" => {
                let sink = if name == b"instrText" {
                    Sink::Hidden(HiddenKind::FieldCode)
                } else {
                    self.text_sink()
                };
                if !empty {
                    self.content = Some((sink, String::new(), element));
                }
                if name == b"instrText" {
                    self.content = self.content.take().or(Some((sink, String::new(), element)));
                }
                None
            }
            b"tab" | b"ptab" => single('\t'),
            b"br" | b"cr" => {
                if attr(e, b"w:type").as_deref() == Some("page") && self.kind == PartKind::Body {
                    self.page += 1;
                }
                single('\n')
            }
            b"noBreakHyphen" => single('-'),
            b"softHyphen" => single('\u{00AD}'),
            b"sym" => attr(e, b"w:char").and_then(|h| symbol_char(&h)),
            b"lastRenderedPageBreak" => {
                if self.kind == PartKind::Body && !self.builders.is_empty() {
                    self.page += 1;
                }
                None
            }
            b"fldChar" => {
                self.field_char(attr(e, b"w:fldCharType").as_deref());
                None
            }
            _ => None,
        };
        if let Some(c) = c {
            let sink = self.text_sink();
            let origin = self.origin(element, 0);
            self.with_builder(|b| b.push(sink, c, origin));
        }
    }

    /// Shown text, or hidden when deleted or formatted as hidden.
    fn text_sink(&self) -> Sink {
        if self.deleted > 0 {
            Sink::Hidden(HiddenKind::DeletedRevision)
        } else if self.run_vanish {
            Sink::Hidden(HiddenKind::Vanished)
        } else {
            Sink::Shown
        }
    }

    fn revision(&self) -> Revision {
        if self.deleted > 0 {
            Revision::Deleted
        } else if self.inserted > 0 {
            Revision::Inserted
        } else {
            Revision::None
        }
    }

    fn origin(&self, element: u32, offset: u32) -> Origin {
        Origin::Docx(DocxOrigin {
            part: self.part,
            run: self.run.unwrap_or(0),
            element,
            offset,
            revision: self.revision(),
        })
    }

    fn text(&mut self, t: &str) {
        if let Some((_, buf, _)) = self.content.as_mut() {
            buf.push_str(t);
        }
    }

    /// The text of a `w:t`, `w:delText` or `w:instrText` is complete: place its characters.
    fn flush_content(&mut self) {
        let Some((sink, text, element)) = self.content.take() else {
            return;
        };
        if sink == Sink::Hidden(HiddenKind::FieldCode) {
            if let Some(f) = self.fields.last_mut() {
                f.instruction.push_str(&text);
            }
        }
        for (i, c) in text.chars().enumerate() {
            let origin = self.origin(element, i as u32);
            self.with_builder(|b| b.push(sink, c, origin));
        }
    }

    fn field_char(&mut self, kind: Option<&str>) {
        match kind {
            Some("begin") => self.fields.push(Field {
                instruction: String::new(),
                result_start: None,
            }),
            Some("separate") => {
                let at = self.builders.last().map_or(0, |b| b.chars);
                if let Some(f) = self.fields.last_mut() {
                    f.result_start = Some(at);
                }
            }
            Some("end") => {
                if let Some(Field {
                    instruction,
                    result_start: Some(start),
                }) = self.fields.pop()
                {
                    self.with_builder(|b| {
                        if b.chars > start {
                            b.marks.push(Mark {
                                start,
                                end: b.chars,
                                kind: MarkKind::Field {
                                    instruction: instruction.trim().to_string(),
                                },
                            });
                        }
                    });
                }
            }
            _ => {}
        }
    }
}

/// `w:sym w:char="F0E5"`: symbol fonts map into the private-use range F000–F0FF; Word
/// shows the low byte's character.
fn symbol_char(hex: &str) -> Option<char> {
    let code = u32::from_str_radix(hex, 16).ok()?;
    let code = if (0xF000..=0xF0FF).contains(&code) {
        code - 0xF000
    } else {
        code
    };
    char::from_u32(code)
}

/// The five predefined entities and character references.
pub(crate) fn resolve_entity(r: &quick_xml::events::BytesRef) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match r.as_bytes() {
        b"amp" => Some('&'),
        b"lt" => Some('<'),
        b"gt" => Some('>'),
        b"quot" => Some('"'),
        b"apos" => Some('\''),
        _ => None,
    }
}
