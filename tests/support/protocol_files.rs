//! Real .docx and PDF files of a protocol given as paragraphs, laid out the way Word and
//! a PDF printer lay them out, so that ingest has to put the paragraphs back together:
//!
//! - **.docx**: every paragraph a `w:p`, its text in runs split at arbitrary places (also
//!   inside words, as Word's revision ids and proofing marks split them), headings bold in
//!   a heading style; a table row (cells separated by " | ") a `w:tr` of a real `w:tbl`;
//!   a running header and footer part.
//! - **PDF**: A4, Helvetica with WinAnsiEncoding (Helvetica-Bold for headings) and, for
//!   the letters WinAnsi has no code for (ć, ı, ł …), a composite font with a ToUnicode
//!   map, switched to inside the word as a producer's font fallback does. Paragraphs are
//!   wrapped at the text width (at spaces and after a hyphen inside a word, as Word
//!   breaks), lines closer than paragraphs, headings kept with what follows, page breaks
//!   inside paragraphs, a running header and footer on every page, tables as cells at
//!   column positions with wrapped cell text. [`pdf_of_with_tab_stops`] (the
//!   through-files harness) sets a tab as Word and LibreOffice export it: no glyph, the
//!   text after it starts at the next default tab stop ([`TAB_STOP`]); a tab-set line too
//!   long for the width wraps to the left margin. [`pdf_of`] draws a tab as a glyph
//!   instead, as some producers write it.

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

/// How a paragraph of the corpus is laid out.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// One paragraph (its index); headings are bold.
    Paragraph { index: usize, heading: bool },
    /// Consecutive table rows (their paragraph indices).
    Table { rows: Vec<usize> },
}

/// What separates the cells of a table row in the corpora.
pub const CELL_SEPARATOR: &str = " | ";

/// The blocks of a document: runs of table rows make a table, a § line or the first line
/// (the municipality or the protocol's name) is a heading.
pub fn blocks(paragraphs: &[String]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for (index, text) in paragraphs.iter().enumerate() {
        if text.contains(CELL_SEPARATOR) {
            if let Some(Block::Table { rows }) = out.last_mut() {
                rows.push(index);
                continue;
            }
            out.push(Block::Table { rows: vec![index] });
        } else {
            let heading = index == 0 || text.trim_start().starts_with('§');
            out.push(Block::Paragraph { index, heading });
        }
    }
    out
}

/// The char ranges of the cells of a table row, trimmed (the whole text for a paragraph).
pub fn cells(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let sep: Vec<char> = CELL_SEPARATOR.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i <= chars.len() {
        if i == chars.len() || chars[i..].starts_with(&sep) {
            let (mut s, mut e) = (start, i);
            while s < e && chars[s].is_whitespace() {
                s += 1;
            }
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            out.push((s, e));
            i += sep.len();
            start = i;
        } else {
            i += 1;
        }
    }
    out
}

/// The characters a reader of the file sees, in order, with the (paragraph, char) they
/// stand at in the corpus: every non-space character, without the cell separators.
pub fn source_chars(paragraphs: &[String]) -> Vec<(char, usize, usize)> {
    let mut out = Vec::new();
    for (k, text) in paragraphs.iter().enumerate() {
        let chars: Vec<char> = text.chars().collect();
        for (s, e) in cells(text) {
            for (i, &c) in chars.iter().enumerate().take(e).skip(s) {
                if !c.is_whitespace() {
                    out.push((c, k, i));
                }
            }
        }
    }
    out
}

fn cell_texts(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    cells(text)
        .into_iter()
        .map(|(s, e)| chars[s..e].iter().collect())
        .collect()
}

// ---------------------------------------------------------------------------------------
// .docx

/// A .docx of the document; `seed` varies where runs are split.
pub fn docx_of(paragraphs: &[String], blocks: &[Block], seed: u64) -> Vec<u8> {
    let mut random = XorShift(seed | 1);
    let mut body = String::new();
    for block in blocks {
        match block {
            Block::Paragraph { index, heading } => {
                body.push_str(&docx_paragraph(&paragraphs[*index], *heading, &mut random))
            }
            Block::Table { rows } => {
                let rows: Vec<Vec<String>> =
                    rows.iter().map(|&r| cell_texts(&paragraphs[r])).collect();
                let columns = rows.iter().map(Vec::len).max().unwrap_or(1);
                let width = 9070 / columns;
                body.push_str(r#"<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>"#);
                for _ in 0..columns {
                    body.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
                }
                body.push_str("</w:tblGrid>");
                for row in &rows {
                    body.push_str("<w:tr>");
                    for (c, cell) in row.iter().enumerate() {
                        // A short row's last cell spans the columns left, as Word merges them.
                        let span = if c + 1 == row.len() { columns - c } else { 1 };
                        let grid = if span > 1 {
                            format!(r#"<w:gridSpan w:val="{span}"/>"#)
                        } else {
                            String::new()
                        };
                        body.push_str(&format!(
                            r#"<w:tc><w:tcPr><w:tcW w:w="{}" w:type="dxa"/>{grid}</w:tcPr>{}</w:tc>"#,
                            width * span,
                            docx_paragraph(cell, false, &mut random)
                        ));
                    }
                    body.push_str("</w:tr>");
                }
                body.push_str("</w:tbl>");
            }
        }
    }
    body.push_str(r#"<w:sectPr><w:headerReference w:type="default" r:id="rheader1.xml"/><w:footerReference w:type="default" r:id="rfooter1.xml"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>"#);
    let header = super::docx::part_xml(
        "hdr",
        r#"<w:p><w:pPr><w:pStyle w:val="Sidhuvud"/></w:pPr><w:r><w:t>Sammanträdesprotokoll</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Sida </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"#,
    );
    let footer = super::docx::part_xml(
        "ftr",
        r#"<w:p><w:pPr><w:pStyle w:val="Sidfot"/></w:pPr><w:r><w:t>Justerandes signatur</w:t></w:r><w:r><w:tab/><w:t>Utdragsbestyrkande</w:t></w:r></w:p>"#,
    );
    super::docx::docx(
        &body,
        &[("word/header1.xml", &header), ("word/footer1.xml", &footer)],
    )
}

/// A `w:p` whose text is cut into runs of 1–24 characters, with now and then a proofing
/// mark or bookmark between two runs, as Word leaves them.
fn docx_paragraph(text: &str, heading: bool, random: &mut XorShift) -> String {
    let mut out = String::from("<w:p>");
    if heading {
        out.push_str(r#"<w:pPr><w:pStyle w:val="Rubrik2"/><w:keepNext/></w:pPr>"#);
    }
    let props = if heading { "<w:rPr><w:b/></w:rPr>" } else { "" };
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    while at < chars.len() {
        let len = (1 + random.below(24)).min(chars.len() - at);
        let piece: String = chars[at..at + len].iter().collect();
        match random.below(8) {
            0 => out.push_str(r#"<w:proofErr w:type="spellStart"/>"#),
            1 => out.push_str(
                r#"<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>"#,
            ),
            _ => {}
        }
        out.push_str(&format!(
            r#"<w:r w:rsidR="00{:06X}">{props}<w:t xml:space="preserve">{}</w:t></w:r>"#,
            random.below(0xFFFFFF),
            xml_escape(&piece)
        ));
        at += len;
    }
    out.push_str("</w:p>");
    out
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// xorshift64: a reproducible sequence, so a failure can be rerun.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 33) as usize % n.max(1)
    }
}

// ---------------------------------------------------------------------------------------
// PDF

const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
/// Word's default margins, 2.5 cm.
const LEFT: f32 = 70.9;
const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * LEFT;
const TOP: f32 = PAGE_HEIGHT - 70.9;
const BOTTOM: f32 = 70.9;
const BODY_SIZE: f32 = 11.0;
const HEADING_SIZE: f32 = 12.0;
const TABLE_SIZE: f32 = 10.0;
/// Single line spacing of Helvetica-like fonts, as a multiple of the font size.
const LINE_PITCH: f32 = 1.2;
/// Space after a paragraph (Word's default 8 pt) and before a heading.
const PARAGRAPH_AFTER: f32 = 8.0;
const HEADING_BEFORE: f32 = 10.0;
/// Word's default tab stops: every 1.25 cm from the left indent.
const TAB_STOP: f32 = 1.25 / 2.54 * 72.0;
/// The least blank a tab leaves before the text after it (fraction of the font size).
/// Word goes to the next stop even when the text before it ends a hair short of it; a
/// reader of the page (or of its PDF) cannot tell such a tab from a word space, and the
/// writer of a list lines the cells up so that a gap shows. The generator keeps such a
/// gap, so that every tab it writes is one a reader can see.
const MIN_TAB_GAP: f32 = 1.0;
/// Cell margin on either side (Word's default 0.19 cm) and between rows (a bordered row).
const CELL_MARGIN: f32 = 5.4;
const ROW_GAP: f32 = 3.0;

/// A line of text placed on a page (x, baseline y from the bottom, in points).
#[derive(Debug, Clone)]
struct Line {
    x: f32,
    y: f32,
    size: f32,
    bold: bool,
    text: String,
}

/// A PDF of the document, a tab drawn as a glyph, and wrapped lines broken only at
/// spaces (a field and the next one after a tab glyph wrap as one word).
pub fn pdf_of(paragraphs: &[String], blocks: &[Block]) -> Vec<u8> {
    pdf_with_tabs(paragraphs, blocks, false)
}

/// A PDF of the document with tabs set as Word sets them: no glyph, the text after a tab
/// at the next tab stop.
pub fn pdf_of_with_tab_stops(paragraphs: &[String], blocks: &[Block]) -> Vec<u8> {
    pdf_with_tabs(paragraphs, blocks, true)
}

/// A PDF of the document: see the module comment. `tab_stops`: tabs set at stops, else
/// drawn as glyphs.
fn pdf_with_tabs(paragraphs: &[String], blocks: &[Block], tab_stops: bool) -> Vec<u8> {
    let mut pages = Pages::new();
    for (b, block) in blocks.iter().enumerate() {
        match block {
            Block::Paragraph { index, heading } => {
                let (size, bold) = if *heading {
                    (HEADING_SIZE, true)
                } else {
                    (BODY_SIZE, false)
                };
                let lines = set_line(&paragraphs[*index], TEXT_WIDTH, size, bold, tab_stops);
                let pitch = size * LINE_PITCH;
                if *heading {
                    pages.space(HEADING_BEFORE);
                    // Kept with the next paragraph's first two lines, as Word's headings.
                    let next = match blocks.get(b + 1) {
                        Some(Block::Paragraph { .. }) => 2.0 * BODY_SIZE * LINE_PITCH,
                        Some(Block::Table { .. }) => 2.0 * TABLE_SIZE * LINE_PITCH,
                        None => 0.0,
                    };
                    pages.need(lines.len() as f32 * pitch + PARAGRAPH_AFTER + next);
                }
                for pieces in lines {
                    pages.need(pitch);
                    pages.y -= pitch;
                    let y = pages.y;
                    for (x, text) in pieces {
                        pages.place(Line {
                            x: LEFT + x,
                            y,
                            size,
                            bold,
                            text,
                        });
                    }
                }
                pages.space(PARAGRAPH_AFTER);
            }
            Block::Table { rows } => {
                let rows: Vec<Vec<String>> =
                    rows.iter().map(|&r| cell_texts(&paragraphs[r])).collect();
                place_table(&mut pages, &rows, tab_stops);
                pages.space(PARAGRAPH_AFTER);
            }
        }
    }
    render(&pages.done())
}

/// The pages being filled, top-down.
struct Pages {
    pages: Vec<Vec<Line>>,
    /// The bottom of what is placed on the current page.
    y: f32,
}

impl Pages {
    fn new() -> Pages {
        Pages {
            pages: vec![Vec::new()],
            y: TOP,
        }
    }

    /// Starts a new page unless `height` more fits on this one.
    fn need(&mut self, height: f32) {
        if self.y - height < BOTTOM && self.y < TOP {
            self.pages.push(Vec::new());
            self.y = TOP;
        }
    }

    /// Vertical space, dropped at the top of a page as Word drops it.
    fn space(&mut self, height: f32) {
        if self.y < TOP {
            self.y -= height;
        }
    }

    fn place(&mut self, line: Line) {
        self.pages.last_mut().expect("a page").push(line);
    }

    /// The pages with their running header and footer.
    fn done(self) -> Vec<Vec<Line>> {
        let count = self.pages.len();
        self.pages
            .into_iter()
            .enumerate()
            .map(|(n, mut lines)| {
                let page = format!("Sida {} ({count})", n + 1);
                let size = 9.0;
                let right = LEFT + TEXT_WIDTH - text_width(&page, size, false);
                for (x, y, text) in [
                    (
                        LEFT,
                        PAGE_HEIGHT - 40.0,
                        "Sammanträdesprotokoll".to_string(),
                    ),
                    (right, PAGE_HEIGHT - 40.0, page),
                    (LEFT, 40.0, "Justerandes signatur".to_string()),
                ] {
                    lines.push(Line {
                        x,
                        y,
                        size,
                        bold: false,
                        text,
                    });
                }
                lines
            })
            .collect()
    }
}

/// Places a table: columns as wide as their text asks within the text width (the font
/// made smaller when the longest words do not fit), each cell's text wrapped in its
/// column, a short row's last cell spanning the columns left; a row is not split across
/// pages.
fn place_table(pages: &mut Pages, rows: &[Vec<String>], tab_stops: bool) {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(1);
    let room = TEXT_WIDTH - columns as f32 * 2.0 * CELL_MARGIN;
    let mut size = TABLE_SIZE;
    let (mut least, mut most) = (vec![0f32; columns], vec![0f32; columns]);
    loop {
        least.iter_mut().for_each(|w| *w = 0.0);
        most.iter_mut().for_each(|w| *w = 0.0);
        for row in rows.iter() {
            for (c, cell) in row.iter().enumerate() {
                // A spanning cell does not widen its first column.
                if c + 1 == row.len() && row.len() < columns {
                    continue;
                }
                let longest_word = wrap_tokens(cell)
                    .iter()
                    .map(|(_, t)| text_width(t, size, false))
                    .fold(0.0, f32::max);
                least[c] = least[c].max(longest_word);
                most[c] = most[c].max(text_width(cell, size, false));
            }
        }
        if least.iter().sum::<f32>() <= room || size <= 6.0 {
            break;
        }
        size -= 1.0;
    }
    let (sum_least, sum_most) = (least.iter().sum::<f32>(), most.iter().sum::<f32>());
    let widths: Vec<f32> = if sum_most <= room {
        most.iter()
            .map(|w| w + (room - sum_most) / columns as f32)
            .collect()
    } else {
        least
            .iter()
            .zip(&most)
            .map(|(l, m)| l + (room - sum_least) * (m - l) / (sum_most - sum_least).max(1.0))
            .collect()
    };
    let mut starts = vec![LEFT];
    for w in &widths {
        starts.push(starts.last().copied().unwrap_or(LEFT) + w + 2.0 * CELL_MARGIN);
    }
    let pitch = size * LINE_PITCH;
    for row in rows {
        let cells: Vec<(f32, Vec<SetLine>)> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let end = if c + 1 == row.len() { columns } else { c + 1 };
                let width = starts[end] - starts[c] - 2.0 * CELL_MARGIN;
                (
                    starts[c] + CELL_MARGIN,
                    set_line(cell, width, size, false, tab_stops),
                )
            })
            .collect();
        let height = cells.iter().map(|(_, l)| l.len()).max().unwrap_or(1) as f32 * pitch;
        pages.need(height + ROW_GAP);
        let top = pages.y;
        for (left, lines) in cells {
            for (n, pieces) in lines.into_iter().enumerate() {
                for (x, text) in pieces {
                    pages.place(Line {
                        x: left + x,
                        y: top - (n + 1) as f32 * pitch,
                        size,
                        bold: false,
                        text,
                    });
                }
            }
        }
        pages.y = top - height - ROW_GAP;
    }
}

/// The words of a text with what joins each to the one before: a space, or nothing after
/// a hyphen inside a word ("Per-" "Erik"), where Word may break a line too.
fn wrap_tokens(text: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (w, word) in text.split(' ').filter(|w| !w.is_empty()).enumerate() {
        let chars: Vec<char> = word.chars().collect();
        let mut start = 0;
        for i in 1..chars.len().saturating_sub(1) {
            if chars[i] == '-' && chars[i - 1].is_alphanumeric() && chars[i + 1].is_alphabetic() {
                let joiner = if start == 0 && w > 0 { " " } else { "" };
                out.push((joiner, chars[start..=i].iter().collect()));
                start = i + 1;
            }
        }
        let joiner = if start == 0 && w > 0 { " " } else { "" };
        out.push((joiner, chars[start..].iter().collect()));
    }
    out
}

/// A line as set: the pieces of text drawn on it, each with where it starts (points from
/// the left edge of its column).
type SetLine = Vec<(f32, String)>;

/// A paragraph set in lines of `width` points: each line the pieces of text drawn on it,
/// with where each starts (points from the left edge). Without a tab a line is one piece
/// ([`wrap`]); with tabs set at stops see [`set_with_tabs`] (drawn as glyphs, they are
/// characters of the one piece).
fn set_line(text: &str, width: f32, size: f32, bold: bool, tab_stops: bool) -> Vec<SetLine> {
    if tab_stops && text.contains('\t') {
        set_with_tabs(text, width, size, bold)
    } else {
        wrap(text, width, size, bold)
            .into_iter()
            .map(|line| vec![(0.0, line)])
            .collect()
    }
}

/// A tab-set paragraph laid out as Word lays it out with its default tab stops: a tab
/// draws nothing, the text after it starts at the first stop at least [`MIN_TAB_GAP`]
/// past the end of the text before it, and a run of tabs goes a stop further for each.
/// Words are wrapped greedily as in [`wrap`]; where the text after a tab does not fit
/// (its stop lies too far right, or the stop plus its first word does), the line breaks
/// at the tab and the text goes on at the left margin, as Word breaks a line at a tab.
fn set_with_tabs(text: &str, width: f32, size: f32, bold: bool) -> Vec<SetLine> {
    let mut lines: Vec<SetLine> = Vec::new();
    let mut line: SetLine = Vec::new();
    // The piece of text being filled, and where the line's text (or its last tab) ends.
    let mut piece: Option<(f32, String)> = None;
    let mut end = 0.0f32;
    for (n, field) in text.split('\t').enumerate() {
        // Where the field starts: after a tab, at the next stop, a visible gap past any
        // text before it (a run of tabs goes from stop to stop).
        let mut start = 0.0;
        if n > 0 {
            let after_text = piece.is_some();
            line.extend(piece.take());
            let gap = if after_text { MIN_TAB_GAP * size } else { 0.0 };
            start = next_tab_stop(end + gap);
            end = start;
        }
        for (joiner, token) in wrap_tokens(field) {
            let placed = match piece.take() {
                Some((x, text)) => {
                    let longer = format!("{text}{joiner}{token}");
                    if x + text_width(&longer, size, bold) <= width {
                        (x, longer)
                    } else {
                        // The word wraps: the line ends with the piece so far.
                        line.push((x, text));
                        lines.push(std::mem::take(&mut line));
                        (0.0, token)
                    }
                }
                None if start > 0.0 && start + text_width(&token, size, bold) > width => {
                    // The text after the tab does not fit: the line breaks at the tab.
                    if !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                    }
                    (0.0, token)
                }
                None => (start, token),
            };
            end = placed.0 + text_width(&placed.1, size, bold);
            piece = Some(placed);
        }
    }
    line.extend(piece);
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The first default tab stop right of `x` (points from the left indent).
fn next_tab_stop(x: f32) -> f32 {
    ((x / TAB_STOP).floor() + 1.0) * TAB_STOP
}

/// Greedy line breaking at `width` points.
fn wrap(text: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for (joiner, token) in wrap_tokens(text) {
        let longer = format!("{line}{joiner}{token}");
        if !line.is_empty() && text_width(&longer, size, bold) > width {
            lines.push(std::mem::take(&mut line));
            line = token;
        } else {
            line = longer;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The WinAnsiEncoding code of a character, if it has one.
fn win_ansi(c: char) -> Option<u8> {
    const HIGH: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
        '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    match c as u32 {
        0x20..=0x7E | 0xA0..=0xFF => Some(c as u8),
        _ => HIGH
            .iter()
            .position(|&h| h == c && h != '\0')
            .map(|p| 0x80 + p as u8),
    }
}

/// The character of a WinAnsiEncoding code (for the fonts' Widths arrays).
fn win_ansi_char(code: u8) -> Option<char> {
    (0x20..=0xFF)
        .flat_map(char::from_u32)
        .chain("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".chars())
        .find(|&c| win_ansi(c) == Some(code))
}

/// Advance widths (1/1000 em) of Helvetica and Helvetica-Bold (their AFM files) for
/// WinAnsi codes 0x20–0xFF; characters without a code are drawn in the fallback font,
/// whose advance is [`FALLBACK_WIDTH`].
fn glyph_width(c: char, bold: bool) -> f32 {
    const REGULAR: [u16; 224] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
        278, // 0x20
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
        556, // 0x30
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
        778, // 0x40
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
        556, // 0x50
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556,
        556, // 0x60
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0, // 0x70
        556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, // 0x80
        0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, // 0x90
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737,
        333, // 0xA0
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834,
        611, // 0xB0
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278,
        278, // 0xC0
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
        611, // 0xD0
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278,
        278, // 0xE0
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556,
        500, // 0xF0
    ];
    const BOLD: [u16; 224] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278,
        278, // 0x20
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584,
        611, // 0x30
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722,
        778, // 0x40
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
        556, // 0x50
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611,
        611, // 0x60
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0, // 0x70
        556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, // 0x80
        0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, // 0x90
        278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737,
        333, // 0xA0
        400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834,
        611, // 0xB0
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278,
        278, // 0xC0
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
        611, // 0xD0
        556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278,
        278, // 0xE0
        611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611,
        556, // 0xF0
    ];
    match win_ansi(c) {
        Some(code) => {
            let table = if bold { &BOLD } else { &REGULAR };
            f32::from(table[(code - 0x20) as usize])
        }
        None => FALLBACK_WIDTH,
    }
}

/// The advance of every glyph of the fallback font (1/1000 em).
const FALLBACK_WIDTH: f32 = 556.0;

/// The advance of `text` in points at `size` (Helvetica or Helvetica-Bold), as the
/// generator sets it.
pub fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    text.chars().map(|c| glyph_width(c, bold)).sum::<f32>() * size / 1000.0
}

/// Builds the PDF: one content stream per page, fonts /F1 (Helvetica), /F2
/// (Helvetica-Bold), /F3 (the fallback, CID per character, ToUnicode).
fn render(pages: &[Vec<Line>]) -> Vec<u8> {
    let mut fallback: Vec<char> = pages
        .iter()
        .flatten()
        .flat_map(|l| l.text.chars())
        .filter(|&c| win_ansi(c).is_none())
        .collect();
    fallback.sort_unstable();
    fallback.dedup();
    let cid = |c: char| fallback.binary_search(&c).map_or(0, |i| i as u16 + 1);

    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let simple = |base: &str, bold: bool| {
        let widths: Vec<Object> = (0x20..=0xFFu8)
            .map(|code| {
                let w = win_ansi_char(code).map_or(0.0, |c| glyph_width(c, bold));
                Object::Integer(w as i64)
            })
            .collect();
        dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => base.to_string(),
            "Encoding" => "WinAnsiEncoding", "FirstChar" => 0x20, "LastChar" => 0xFF,
            "Widths" => widths,
        }
    };
    let regular = doc.add_object(simple("Helvetica", false));
    let bold = doc.add_object(simple("Helvetica-Bold", true));
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in fallback.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for &c in chunk {
            let mut units = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            cmap.push_str(&format!("<{:04X}> <{hex}>\n", cid(c)));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.into_bytes()));
    let descriptor = doc.add_object(dictionary! {
        "Type" => "FontDescriptor", "FontName" => "ArialUnicodeMS", "Flags" => 32,
        "FontBBox" => vec![(-200).into(), (-250).into(), 1200.into(), 950.into()],
        "ItalicAngle" => 0, "Ascent" => 905, "Descent" => -212, "CapHeight" => 716,
        "StemV" => 80,
    });
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ArialUnicodeMS",
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"), "Supplement" => 0,
        },
        "FontDescriptor" => descriptor, "DW" => FALLBACK_WIDTH as i64,
        "CIDToGIDMap" => "Identity",
    });
    let composite = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ArialUnicodeMS",
        "Encoding" => "Identity-H", "DescendantFonts" => vec![cid_font.into()],
        "ToUnicode" => to_unicode,
    });
    let resources = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => regular, "F2" => bold, "F3" => composite },
    });
    let mut kids: Vec<Object> = Vec::new();
    for lines in pages {
        let mut ops = vec![Operation::new("BT", vec![])];
        for line in lines {
            ops.push(Operation::new(
                "Tm",
                vec![
                    1.into(),
                    0.into(),
                    0.into(),
                    1.into(),
                    line.x.into(),
                    line.y.into(),
                ],
            ));
            // Runs of one font: WinAnsi text in Helvetica, the rest in the fallback.
            let chars: Vec<char> = line.text.chars().collect();
            for run in chars.chunk_by(|a, b| win_ansi(*a).is_some() == win_ansi(*b).is_some()) {
                let (font, bytes) = if win_ansi(run[0]).is_some() {
                    let font = if line.bold { "F2" } else { "F1" };
                    (font, run.iter().filter_map(|&c| win_ansi(c)).collect())
                } else {
                    let bytes: Vec<u8> = run.iter().flat_map(|&c| cid(c).to_be_bytes()).collect();
                    ("F3", bytes)
                };
                ops.push(Operation::new("Tf", vec![font.into(), line.size.into()]));
                ops.push(Operation::new(
                    "Tj",
                    vec![Object::String(bytes, lopdf::StringFormat::Hexadecimal)],
                ));
            }
        }
        ops.push(Operation::new("ET", vec![]));
        let encoded = Content { operations: ops }.encode().unwrap_or_default();
        let content = doc.add_object(Stream::new(dictionary! {}, encoded));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), PAGE_WIDTH.into(), PAGE_HEIGHT.into()],
        });
        kids.push(page.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("the PDF is written");
    bytes
}
