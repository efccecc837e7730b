//! Page layout analysis: from positioned glyphs to paragraphs in reading order.
//!
//! PDF has no words, lines or paragraphs, only glyphs at positions. This module rebuilds
//! them the way a reader sees the page: glyphs on one baseline become a line (words split
//! by gaps), lines stacked closely become a block, blocks are ordered by recursive XY-cuts
//! (so two columns read top-to-bottom, column by column), and each block is cut into
//! paragraphs at larger spacing, short lines, indentation and size changes. Tables are
//! found before the blocks ([`table`]) and read row by row, one paragraph per cell.
//!
//! A tab draws nothing in a PDF: Word and LibreOffice start the text after it at the
//! next tab stop. A gap on a line wider than any word space is read as a tab
//! ([`TAB_GAP`]), and the pieces of one baseline that such gaps keep apart (outside the
//! tables and the columns of running text the table finder tells) are read as one line,
//! so a tab-set row ("Nr⇥Dnr⇥Fastighet", "Ledamöter⇥Ersättare") reads as its writer
//! typed it, as .docx ingest reads Word's `w:tab`. A tab-set row too long for the line
//! wraps at a tab to the left margin; its next line goes on after a tab. Where the page
//! cannot tell that break from a space's, the rows of the row's list do
//! ([`tab_set_rows`]).
//!
//! A page is laid out on its own (pages are read on several threads); what a page tells
//! the pages around it (each paragraph's [`Shape`], each table's [`TableEdges`]) is handed
//! back for the layout across pages (`pdf::page_flow`), which may ask for a page again with a
//! table of the previous page to continue ([`Continuation`]).
//!
//! Coordinates here are *display* coordinates: x to the right, y downwards, page rotation
//! applied, so "above" and "left of" mean what the reader sees.

mod tab_set_rows;
mod table;

use super::{HiddenKind, HiddenText, Origin, Rect};
use table::Table;
pub use table::{Continuation, TableEdges};

/// Gap between glyphs, as a fraction of the font size, above which a space is inserted.
const WORD_GAP: f32 = 0.1;
/// A line whose tightest letter gap exceeds this (fraction of font size) is letter-spaced.
const WIDE_CHAR_SPACING: f32 = 0.03;
/// The word gap of a letter-spaced line is at most this (fraction of font size).
const MAX_WORD_GAP: f32 = 0.4;
/// Gap, as a fraction of the font size, above which two pieces on one baseline are kept
/// apart as separate segments (columns, table cells).
const SEGMENT_GAP: f32 = 1.5;
/// Height of a line's core above its baseline (fraction of font size), for block extents.
const CORE_HEIGHT: f32 = 0.7;
/// Baselines closer than this (fraction of font size) are the same line: superscripts and
/// subscripts too (poppler's maxIntraLineDelta).
const SAME_BASELINE: f32 = 0.5;
/// Largest line pitch (fraction of font size) for two lines to be in one block. Wider
/// spaced lines are separate blocks, and lines side by side then read row by row, as
/// `pdftotext` reads them.
const BLOCK_PITCH: f32 = 1.5;
/// Width of a word space (fraction of font size), when asking whether a line's next word
/// would have fitted at its end.
pub const WORD_SPACE: f32 = 0.25;
/// A gap between two glyphs wider than this (fraction of font size) is a tab: three word
/// spaces ([`WORD_SPACE`]). A word space is a quarter to a third of an em in the fonts
/// protocols are set in (Calibri 0.23, Times 0.25, Arial and Helvetica 0.28, Verdana
/// 0.35), and ragged-right text keeps it as it is; two spaces typed in a row stay under
/// this too. What is wider was put there by a tab stop. Justified text stretches its
/// spaces far wider: there a gap is a tab only when it stands out from the line's own
/// word spaces too ([`STRETCHED_TAB_RATIO`]).
const TAB_GAP: f32 = 3.0 * WORD_SPACE;
/// On a justified line every word space is stretched alike, so a tab is a gap this many
/// times wider than the line's narrowest word space ...
const STRETCHED_TAB_RATIO: f32 = 1.5;
/// ... and a line is justified when it ends this close to its column's right edge
/// (fraction of font size) and is not its paragraph's last line.
const JUSTIFIED_SLACK: f32 = 0.1;

/// A glyph as layout sees it.
#[derive(Debug, Clone)]
pub struct LayoutGlyph {
    /// The characters the glyph stands for (usually one; several for ligatures).
    pub chars: GlyphChars,
    /// Baseline start and end x, and baseline y, in display coordinates.
    pub x0: f32,
    pub x1: f32,
    pub y: f32,
    /// Font size in display units.
    pub size: f32,
    /// Not horizontal left-to-right in display space (rotated or vertical text).
    pub rotated: bool,
    /// Where it came from, and its box in page (user) space.
    pub origin: Origin,
    pub bbox: Rect,
}

/// The characters of one glyph. Nearly always one, so that one is kept inline: a page
/// has thousands of glyphs, and a heap allocation each was a tenth of ingest's time.
#[derive(Debug, Clone)]
pub enum GlyphChars {
    One(char),
    /// Zero or several (ligatures, multi-character mappings).
    Many(Box<[char]>),
}

impl GlyphChars {
    pub fn as_slice(&self) -> &[char] {
        match self {
            GlyphChars::One(c) => std::slice::from_ref(c),
            GlyphChars::Many(chars) => chars,
        }
    }

    /// Only whitespace (or nothing at all).
    fn is_blank(&self) -> bool {
        match self {
            GlyphChars::One(c) => c.is_whitespace(),
            GlyphChars::Many(chars) => chars.iter().all(|c| c.is_whitespace()),
        }
    }
}

/// Equal when the characters are, however they are held.
impl PartialEq for GlyphChars {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (GlyphChars::One(a), GlyphChars::One(b)) => a == b,
            _ => self.as_slice() == other.as_slice(),
        }
    }
}

/// A paragraph found on a page.
#[derive(Debug, Clone)]
pub struct LaidParagraph {
    pub text: String,
    pub origins: Vec<Origin>,
    /// Line-end hyphens dropped when lines were joined.
    pub hidden: Vec<HiddenText>,
    /// Union of the glyph boxes, in page (user) space.
    pub bbox: Option<Rect>,
    /// The table cell the paragraph is, if it is one.
    pub cell: Option<CellPosition>,
    /// Where it stands on the page; `None` for rotated text.
    pub shape: Option<Shape>,
    /// Where its lines join, for the rows of a tab-set list to settle whether a line
    /// broke at a tab or at a space ([`tab_set_rows`]); only within the page's layout.
    joins: Vec<LineJoin>,
}

/// Where a paragraph's line broke and the next one goes on.
#[derive(Debug, Clone, Copy, PartialEq)]
struct LineJoin {
    /// Byte offset of what stands between the lines in the text: a space, or a tab where
    /// the line is read as broken at one.
    at: usize,
    /// The room the upper line left at its column's right edge beyond the lower line's
    /// first word (fraction of the font size). A word wraps at a space only when it does
    /// not fit, so there the room is less than a word space; a line breaks at a tab when
    /// the tab stop and the word after it do not fit, which leaves room up to the tab's
    /// width.
    room: f32,
    /// How many tabs a break at a tab stands for: more than one where the word after it
    /// would have fitted after one ([`tabs_at_break`]).
    tabs: usize,
}

/// Where a paragraph stands on its page, in display coordinates: what the layout across
/// pages needs to tell a running header from the body, and a paragraph cut by the page
/// break from one that ended there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shape {
    /// Baselines of the first and the last line.
    pub first_y: f32,
    pub last_y: f32,
    /// Where the first line starts, and the left edge of the paragraph's column.
    pub first_x0: f32,
    pub column_left: f32,
    /// Where the last line ends, and where the paragraph's column ends.
    pub last_x1: f32,
    pub column_right: f32,
    /// Font sizes of the first and the last line.
    pub first_size: f32,
    pub last_size: f32,
    /// Width of the first line's first word.
    pub first_word: f32,
}

/// A page laid out: its paragraphs in reading order, and the column edges of its tables
/// (by their number on the page).
#[derive(Debug, Clone, Default)]
pub struct PageLayout {
    pub paragraphs: Vec<LaidParagraph>,
    pub tables: Vec<TableEdges>,
    /// The table (by its number on the page) that continues the one the previous page
    /// ended with ([`Continuation`]), if one does.
    pub continued: Option<u32>,
}

/// Where a paragraph stands in a table: the table's number on its page (0-based, in
/// reading order) and the row and column inside it (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellPosition {
    pub table: u32,
    pub row: u32,
    pub column: u32,
}

/// A run of glyphs on one baseline without a large gap (or pieces joined across tabs).
#[derive(Debug, Clone)]
struct Segment {
    glyphs: Vec<usize>,
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
    /// Where its text before the first tab joined on ([`join_tab_set_pieces`]) ends: what
    /// tells where its column's text wraps. The text after a tab stands where a tab stop
    /// put it (a page number at a right-aligned stop past a narrower column).
    lead_x1: f32,
}

impl Segment {
    fn new(i: usize, g: &LayoutGlyph) -> Self {
        Segment {
            glyphs: vec![i],
            x0: g.x0,
            x1: g.x1.max(g.x0),
            y: g.y,
            size: g.size.max(0.1),
            lead_x1: g.x1.max(g.x0),
        }
    }
    fn push(&mut self, i: usize, g: &LayoutGlyph) {
        self.glyphs.push(i);
        self.x0 = self.x0.min(g.x0);
        self.x1 = self.x1.max(g.x1);
        self.lead_x1 = self.lead_x1.max(g.x1);
        self.size = self.size.max(g.size);
    }
    fn absorb(&mut self, other: Segment) {
        self.lead_x1 = self.lead_x1.max(other.lead_x1);
        self.join_after_tab(other);
    }
    /// Takes on `other`, which follows after a tab: its text does not count in
    /// [`Segment::lead_x1`].
    fn join_after_tab(&mut self, other: Segment) {
        self.glyphs.extend(other.glyphs);
        self.x0 = self.x0.min(other.x0);
        self.x1 = self.x1.max(other.x1);
        self.size = self.size.max(other.size);
    }
}

/// Lines stacked closely: a column fragment, a table cell, a heading.
#[derive(Debug, Clone)]
struct Block {
    lines: Vec<Segment>,
    x0: f32,
    x1: f32,
    /// The furthest its lines' text before a tab reaches ([`Segment::lead_x1`]).
    lead_x1: f32,
    top: f32,
    bottom: f32,
}

impl Block {
    /// A block's vertical extent for reading order is its lines' cores, from a typical
    /// letter height above the first baseline down to the last baseline: descenders and
    /// tall accents overlap the next line in tightly set tables, and must not glue a table
    /// to the paragraph below it.
    fn new(line: Segment) -> Self {
        Block {
            x0: line.x0,
            x1: line.x1,
            lead_x1: line.lead_x1,
            top: line.y - CORE_HEIGHT * line.size,
            bottom: line.y,
            lines: vec![line],
        }
    }
    fn push(&mut self, line: Segment) {
        self.x0 = self.x0.min(line.x0);
        self.x1 = self.x1.max(line.x1);
        self.lead_x1 = self.lead_x1.max(line.lead_x1);
        self.top = self.top.min(line.y - CORE_HEIGHT * line.size);
        self.bottom = self.bottom.max(line.y);
        self.lines.push(line);
    }
    fn last(&self) -> &Segment {
        &self.lines[self.lines.len() - 1]
    }
}

/// Lays out one page's glyphs into paragraphs in reading order. `continued` is a table
/// the previous page ended with, whose rows may go on at the top of this page.
pub fn layout_page(glyphs: &[LayoutGlyph], continued: Option<&Continuation>) -> PageLayout {
    let (flat, rotated): (Vec<usize>, Vec<usize>) =
        (0..glyphs.len()).partition(|&i| !glyphs[i].rotated);
    let lines = build_lines(glyphs, &flat);
    let found = table::find_tables(glyphs, lines, continued);
    let (tables, line_pitch) = (found.tables, found.line_pitch);
    let lines = join_tab_set_pieces(found.rest, &found.text_columns);
    let regions = build_blocks(lines)
        .into_iter()
        .map(Region::Text)
        .chain(tables.into_iter().map(Region::Table))
        .collect();
    let mut ordered = Vec::new();
    xy_cut(regions, &mut ordered);
    let mut out = PageLayout::default();
    for region in &ordered {
        match region {
            Region::Text(block) => {
                let right = right_margin(&ordered, block);
                paragraphs_of_block(glyphs, block, right, line_pitch, &mut out.paragraphs);
            }
            Region::Table(table) => {
                if table.continues {
                    out.continued = Some(out.tables.len() as u32);
                }
                table.paragraphs(glyphs, out.tables.len() as u32, &mut out.paragraphs);
                out.tables.push(table.edges());
            }
        }
    }
    tab_set_rows::settle(&mut out.paragraphs);
    rotated_paragraphs(glyphs, &rotated, &mut out.paragraphs);
    out
}

/// What reading order arranges on a page: a block of text, or a table read as a whole.
#[derive(Debug, Clone)]
enum Region {
    Text(Block),
    Table(Table),
}

impl Region {
    /// Horizontal extent.
    fn x_span(&self) -> (f32, f32) {
        match self {
            Region::Text(b) => (b.x0, b.x1),
            Region::Table(t) => (t.x0, t.x1),
        }
    }
    /// Vertical extent (display coordinates: top < bottom).
    fn y_span(&self) -> (f32, f32) {
        match self {
            Region::Text(b) => (b.top, b.bottom),
            Region::Table(t) => (t.top, t.bottom),
        }
    }
}

/// Groups horizontal glyphs into line segments: first by content order, then by merging
/// pieces that share a baseline and touch, so text drawn out of order still joins.
fn build_lines(glyphs: &[LayoutGlyph], indices: &[usize]) -> Vec<Segment> {
    let mut pieces: Vec<Segment> = Vec::new();
    for &i in indices {
        let g = &glyphs[i];
        match pieces.last_mut() {
            Some(p) if continues(p, g) => p.push(i, g),
            _ => pieces.push(Segment::new(i, g)),
        }
    }
    pieces.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines: Vec<Segment> = Vec::new();
    let mut row: Vec<Segment> = Vec::new();
    for piece in pieces {
        if let Some(first) = row.first() {
            if (piece.y - first.y).abs() > SAME_BASELINE * first.size.min(piece.size) {
                merge_row(std::mem::take(&mut row), &mut lines);
            }
        }
        row.push(piece);
    }
    merge_row(row, &mut lines);
    for line in &mut lines {
        line.glyphs
            .sort_by(|&a, &b| glyphs[a].x0.total_cmp(&glyphs[b].x0));
    }
    lines
}

/// Does glyph `g` continue piece `p` in content order (same baseline, just after it)?
fn continues(p: &Segment, g: &LayoutGlyph) -> bool {
    let size = p.size.min(g.size.max(0.1));
    (g.y - p.y).abs() <= SAME_BASELINE * size
        && g.x0 >= p.x1 - 0.5 * size
        && g.x0 <= p.x1 + SEGMENT_GAP * size
}

/// Merges the pieces of one baseline row (sorted by x) that are close into segments.
fn merge_row(mut row: Vec<Segment>, lines: &mut Vec<Segment>) {
    row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut current: Option<Segment> = None;
    for piece in row {
        current = Some(match current {
            Some(mut c) if piece.x0 <= c.x1 + SEGMENT_GAP * c.size.min(piece.size) => {
                c.absorb(piece);
                c
            }
            Some(c) => {
                lines.push(c);
                piece
            }
            None => piece,
        });
    }
    lines.extend(current);
}

/// Joins the pieces of each baseline outside the tables into one line: a gap wider than
/// [`SEGMENT_GAP`] that no table's columns explain was left by tabs (a tab-set row, a
/// label and its value, a header's left and right part), and the line reads on across it
/// with a tab ([`ParagraphBuilder::push_line`]); kept apart, the pieces became blocks of
/// their own, read as columns or as paragraphs of their own. The blank between columns of
/// running text (`text_columns`) is no tab; nor is a gap between pieces of clearly
/// different sizes (a heading beside a note).
fn join_tab_set_pieces(
    mut pieces: Vec<Segment>,
    text_columns: &[table::TextColumns],
) -> Vec<Segment> {
    pieces.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut lines = Vec::with_capacity(pieces.len());
    let mut row: Vec<Segment> = Vec::new();
    for piece in pieces {
        if let Some(first) = row.first() {
            if (piece.y - first.y).abs() > SAME_BASELINE * first.size.min(piece.size) {
                join_row(std::mem::take(&mut row), text_columns, &mut lines);
            }
        }
        row.push(piece);
    }
    join_row(row, text_columns, &mut lines);
    lines
}

/// Joins the pieces of one baseline (see [`join_tab_set_pieces`]) and appends the lines.
fn join_row(mut row: Vec<Segment>, text_columns: &[table::TextColumns], lines: &mut Vec<Segment>) {
    row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut current: Option<Segment> = None;
    for piece in row {
        current = Some(match current {
            Some(mut line) if tab_apart(&line, &piece, text_columns) => {
                line.join_after_tab(piece);
                line
            }
            Some(line) => {
                lines.push(line);
                piece
            }
            None => piece,
        });
    }
    lines.extend(current);
}

/// Are two pieces of one baseline, `left` before `right`, one line that tabs keep apart?
fn tab_apart(left: &Segment, right: &Segment, text_columns: &[table::TextColumns]) -> bool {
    let size = left.size.min(right.size);
    right.x0 >= left.x1
        && right.x0 - left.x1 <= MAX_TAB_GAP
        && left.size.max(right.size) / size <= SAME_SIZE
        && !text_columns
            .iter()
            .any(|c| c.parts(right.y, left.x1, right.x0))
}

/// The widest gap (display units, points on an unscaled page) that joins two pieces of a
/// baseline as one tab-set line: four of Word's default tab stops (1.25 cm apart), as far
/// as a writer tabs to line fields up (a run of tabs, a label's stop a few centimetres
/// in). Pieces further apart are parts of the page's layout, each read on its own as
/// before: a running header's title and its page number at the right margin, a note in
/// the margin.
const MAX_TAB_GAP: f32 = 4.0 * 1.25 / 2.54 * 72.0;
/// Font sizes within this ratio are one size, for pieces of one line.
const SAME_SIZE: f32 = 1.15;

/// Stacks line segments into blocks: a segment joins the block whose last line is just
/// above it and overlaps it horizontally.
fn build_blocks(mut lines: Vec<Segment>) -> Vec<Block> {
    lines.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut blocks: Vec<Block> = Vec::new();
    for line in lines {
        let best = blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| joins_block(b, &line))
            .filter(|(i, b)| !bridges_columns(&blocks, *i, b, &line))
            .min_by(|(_, a), (_, b)| (line.y - a.last().y).total_cmp(&(line.y - b.last().y)))
            .map(|(i, _)| i);
        match best {
            Some(i) => blocks[i].push(line),
            None => blocks.push(Block::new(line)),
        }
    }
    blocks
}

fn joins_block(block: &Block, line: &Segment) -> bool {
    let last = block.last();
    let pitch = line.y - last.y;
    let size = last.size.max(line.size);
    let ratio = last.size.max(line.size) / last.size.min(line.size);
    let overlap = line.x1.min(last.x1) - line.x0.max(last.x0);
    pitch > SAME_BASELINE * size
        && pitch <= BLOCK_PITCH * size + 0.01
        && ratio < 1.06
        && overlap > -0.5 * size
}

/// A line wider than the block it would join that also reaches under another block just
/// above it spans columns (a paragraph under a table): it starts a block of its own.
fn bridges_columns(blocks: &[Block], index: usize, block: &Block, line: &Segment) -> bool {
    let size = line.size;
    let wider = line.x1 > block.x1 + size || line.x0 < block.x0 - size;
    wider
        && blocks.iter().enumerate().any(|(j, other)| {
            let last = other.last();
            j != index
                && line.y - last.y > SAME_BASELINE * size
                && line.y - last.y <= BLOCK_PITCH * size + 0.01
                && line.x1.min(other.x1) - line.x0.max(other.x0) > 0.0
        })
}

/// Orders regions by recursive XY-cut: horizontal bands top to bottom, then columns left
/// to right inside a band; regions that cannot be separated are read top-down.
fn xy_cut(regions: Vec<Region>, out: &mut Vec<Region>) {
    xy_cut_at(regions, out, 0);
}

/// Below this depth of cuts the rest is read top-down (hostile pages cannot recurse deep).
const MAX_CUT_DEPTH: usize = 64;

fn xy_cut_at(mut regions: Vec<Region>, out: &mut Vec<Region>, depth: usize) {
    if regions.len() <= 1 || depth > MAX_CUT_DEPTH {
        sort_top_down(&mut regions);
        out.extend(regions);
        return;
    }
    let bands = split_by(&mut regions, Region::y_span);
    if bands.len() > 1 {
        for band in bands {
            xy_cut_at(band, out, depth + 1);
        }
        return;
    }
    let mut regions = bands.into_iter().flatten().collect::<Vec<_>>();
    let columns = split_by(&mut regions, Region::x_span);
    if columns.len() > 1 {
        for column in columns {
            xy_cut_at(column, out, depth + 1);
        }
        return;
    }
    let mut rest: Vec<Region> = columns.into_iter().flatten().collect();
    sort_top_down(&mut rest);
    out.extend(rest);
}

/// Sorts regions by their top, then their left edge.
fn sort_top_down(regions: &mut [Region]) {
    regions.sort_by(|a, b| {
        (a.y_span().0)
            .total_cmp(&b.y_span().0)
            .then(a.x_span().0.total_cmp(&b.x_span().0))
    });
}

/// Splits regions into groups separated by empty intervals along one axis.
fn split_by(regions: &mut [Region], span: impl Fn(&Region) -> (f32, f32)) -> Vec<Vec<Region>> {
    regions.sort_by(|a, b| span(a).0.total_cmp(&span(b).0));
    let mut groups: Vec<Vec<Region>> = Vec::new();
    let mut reach = f32::NEG_INFINITY;
    for region in regions.iter() {
        let (lo, hi) = span(region);
        match groups.last_mut() {
            Some(group) if lo < reach => group.push(region.clone()),
            _ => groups.push(vec![region.clone()]),
        }
        reach = reach.max(hi);
    }
    groups
}

/// Where the lines of a block's column end at the most: the right edge of the widest text
/// block above or below it (a short paragraph of two lines is narrower than its column).
/// Never left of the block's own edge, so a line is never taken for fuller than it is
/// within its block; blocks beside it (another column) do not count, nor does text after
/// a tab in them ([`Segment::lead_x1`]).
fn right_margin(regions: &[Region], block: &Block) -> f32 {
    regions
        .iter()
        .filter_map(|r| match r {
            Region::Text(b) if b.x0 < block.x1 && block.x0 < b.x1 => Some(b.lead_x1),
            _ => None,
        })
        .fold(block.x1, f32::max)
}

/// Cuts a block into paragraphs and appends them to `out`; `right` is where the block's
/// column ends ([`right_margin`]), `line_pitch` the page's pitch of wrapped lines
/// (fraction of the font size).
fn paragraphs_of_block(
    glyphs: &[LayoutGlyph],
    block: &Block,
    right: f32,
    line_pitch: f32,
    out: &mut Vec<LaidParagraph>,
) {
    let pitch = typical_pitch(block);
    let mut first = 0;
    // Per line: it goes on after a tab where the line above broke.
    let mut after_tab = vec![false; block.lines.len()];
    for i in 1..=block.lines.len() {
        let breaks = i == block.lines.len() || {
            let (breaks, at_tab) = breaks_before(glyphs, block, i, [pitch, line_pitch], right);
            after_tab[i] = at_tab && !breaks;
            breaks
        };
        if breaks {
            let lines = &block.lines[first..i];
            let mut paragraph = ParagraphBuilder::for_lines(lines);
            for (k, line) in lines.iter().enumerate() {
                // Where the line above broke: how much room it left, how many tabs.
                let (room, tabs) = match k.checked_sub(1).map(|above| &lines[above]) {
                    Some(above) => {
                        let word = first_word_width(glyphs, line);
                        (
                            Some(room_after(above, line, word, right)),
                            tabs_at_break(glyphs, block.x0, above, word, right),
                        )
                    }
                    None => (None, 1),
                };
                let reading = LineReading {
                    justified: k + 1 < lines.len() && reaches(line, right),
                    after_tab: after_tab[first + k],
                    room,
                    left: Some(block.x0),
                    tabs,
                };
                paragraph.push_line(glyphs, line, reading);
            }
            let shape = shape_of(glyphs, lines, block.x0, right);
            out.extend(paragraph.finish().map(|laid| LaidParagraph {
                shape: Some(shape),
                ..laid
            }));
            first = i;
        }
    }
}

/// The shape of a paragraph of `lines` (at least one) in a column from `left` to `right`.
fn shape_of(glyphs: &[LayoutGlyph], lines: &[Segment], left: f32, right: f32) -> Shape {
    let (first, last) = (&lines[0], &lines[lines.len() - 1]);
    Shape {
        first_y: first.y,
        last_y: last.y,
        first_x0: first.x0,
        column_left: left,
        last_x1: last.x1,
        column_right: right,
        first_size: first.size,
        last_size: last.size,
        first_word: first_word_width(glyphs, first),
    }
}

/// The room `upper` left before `right` beyond the first word of `lower` (`word` wide),
/// as a fraction of the font size ([`LineJoin::room`]).
fn room_after(upper: &Segment, lower: &Segment, word: f32, right: f32) -> f32 {
    // A hostile page's zero font size must not make the room infinite or NaN.
    (right - upper.x1 - word) / upper.size.min(lower.size).max(0.1)
}

/// How many tabs `upper` broke at, if it broke at one: Word moves the text after a run of
/// tabs a default stop further for each, and breaks the line where that text does not
/// fit. Where the next line's first word (`word` wide) would have fitted after one tab
/// (as the stops from the column's edge `left` tell), the run held more.
fn tabs_at_break(
    glyphs: &[LayoutGlyph],
    left: f32,
    upper: &Segment,
    word: f32,
    right: f32,
) -> usize {
    let first = first_stop_past(left, upper.x1 + upper.size.max(0.1)).max(1.0);
    let mut stop = left + first * DEFAULT_TAB_STOP;
    let mut tabs = 1;
    while stop + word <= right && tabs < MAX_TABS_SPANNED {
        stop += DEFAULT_TAB_STOP;
        tabs += 1;
    }
    // Only where the line's own tabs went to default stops: stops set by hand leave no
    // default ones to their left. (Asked last: most lines break where one tab or a space
    // does.)
    if tabs > 1 && !on_default_stops(glyphs, upper, left) {
        return 1;
    }
    tabs
}

/// The median distance between consecutive baselines of a block.
fn typical_pitch(block: &Block) -> f32 {
    let mut pitches: Vec<f32> = block.lines.windows(2).map(|w| w[1].y - w[0].y).collect();
    if pitches.is_empty() {
        return block.lines[0].size * 1.2;
    }
    pitches.sort_by(f32::total_cmp);
    pitches[pitches.len() / 2]
}

/// Does a line end at its column's right edge `right` (as every line of justified text
/// but the last does)?
fn reaches(line: &Segment, right: f32) -> bool {
    line.x1 >= right - JUSTIFIED_SLACK * line.size
}

/// Does a new paragraph start at line `i` of the block? `pitch` is the block's typical
/// line pitch and the page's pitch of wrapped lines (fraction of the font size), `right`
/// where the column ends. Also says whether the line above broke at a tab (the text after
/// a tab did not fit), so that line `i` goes on after a tab where it continues the
/// paragraph.
fn breaks_before(
    glyphs: &[LayoutGlyph],
    block: &Block,
    i: usize,
    [pitch, line_pitch]: [f32; 2],
    right: f32,
) -> (bool, bool) {
    let (prev, line) = (&block.lines[i - 1], &block.lines[i]);
    let size = prev.size.min(line.size);
    let wider_gap = line.y - prev.y > pitch * 1.3 + 0.1 * size;
    let widest_tab = widest_tab(glyphs, prev, reaches(prev, right));
    // A tab-set line goes on only on a line spaced as wrapped lines are: rows of fields
    // set apart a little wider are rows of a table the table finder did not take.
    let row_spaced =
        widest_tab.is_some() && line.y - prev.y > table::ROW_SPACING * line_pitch * size;
    let size_change = prev.size.max(line.size) / size > 1.15;
    // A line ending well short of the block's edge ended on purpose, unless the first word
    // of the next line would not have fitted in the room left: then the line was full and
    // the word wrapped (ragged-right text before a long word such as
    // "tillsvidareanställd"). On a tab-set line the next word may have come after a tab,
    // which goes further than a space: as far as the line's widest tab goes (the line
    // shows how far apart its stops are), else the line broke at that tab.
    let first_word = first_word_width(glyphs, line);
    let fits_after = |advance: f32| prev.x1 + advance + first_word <= right;
    let fits_after_space = fits_after(WORD_SPACE * size);
    let fits_after_tab = widest_tab.is_none_or(fits_after);
    let prev_short = prev.x1 < block.x1 - (0.15 * (block.x1 - block.x0)).max(3.0 * size)
        && fits_after_space
        && fits_after_tab;
    let at_tab = widest_tab.is_some() && fits_after_space && !fits_after_tab;
    let indented = line.x0 > block.x0 + size && prev.x0 <= block.x0 + 0.5 * size;
    let starts_item = line
        .glyphs
        .first()
        .and_then(|&g| glyphs[g].chars.as_slice().first())
        .is_some_and(|&c| starts_item(c));
    (
        wider_gap || row_spaced || size_change || prev_short || indented || starts_item,
        at_tab,
    )
}

/// Does a line starting with `c` start a paragraph of its own: a new § or a list item?
pub fn starts_item(c: char) -> bool {
    matches!(c, '§' | '•' | '–' | '▪' | '●')
}

/// What a line-end hyphen becomes when the next line is joined on.
pub enum LineEndHyphen {
    /// The text does not end in one.
    None,
    /// Part of the word: it stays, and the next line follows without a space.
    Kept,
    /// Put there by hyphenation: it goes (kept as hidden text).
    Dropped,
}

/// Whether `text` ends in a line-end hyphen (a letter or digit + hyphen), and what
/// becomes of it when a line follows whose first word `next` gives (asked only when there
/// is a hyphen). A word processor hyphenates a lower-case word inside it ("kommun-"
/// "styrelsen"): the hyphen goes, as `pdftotext` drops it. A word that has a hyphen of
/// its own is broken after it too, and there the hyphen belongs to the text: before a
/// capital ("Ann-" "Christin", "Lindahl-" "Omar") or a digit, after a digit ("2024-"
/// "05-14"), after an abbreviation or a single letter ("HR-" "chefen", "e-" "post"), after
/// a compound written with a slash ("luft/vatten-" "värmepump": the hyphen joins the pair
/// to the word after it) and in an address ("sanna-" "kaisa@example.com").
/// Before a conjunction the line broke at the space after the hyphen ("plan-"
/// "och bygglagen"): the hyphen stays and the space too. A soft hyphen (U+00AD) always
/// goes.
pub fn line_end_hyphen(text: &str, next: impl FnOnce() -> Vec<char>) -> LineEndHyphen {
    let mut tail = text.chars().rev();
    let (Some(last), Some(before)) = (tail.next(), tail.next()) else {
        return LineEndHyphen::None;
    };
    if !(matches!(last, '-' | '\u{2010}' | '\u{00AD}') && before.is_alphanumeric()) {
        return LineEndHyphen::None;
    }
    if last == '\u{00AD}' {
        return LineEndHyphen::Dropped;
    }
    // The word broken: its part before the hyphen, and the next line's first word.
    let head: Vec<char> = std::iter::once(before)
        .chain(tail.take_while(|c| !c.is_whitespace()))
        .collect();
    let next = next();
    let Some(&first) = next.first() else {
        return LineEndHyphen::Dropped;
    };
    let letters = head.iter().filter(|c| c.is_alphabetic()).count();
    let abbreviation = letters <= 1 || head.iter().all(|c| !c.is_lowercase());
    let address =
        head.iter().chain(&next).any(|&c| c == '@') || next.starts_with(&['w', 'w', 'w', '.']);
    const CONJUNCTIONS: [&str; 6] = ["och", "eller", "samt", "resp", "respektive", "till"];
    let word: String = next.iter().take_while(|c| c.is_alphabetic()).collect();
    if CONJUNCTIONS.contains(&word.as_str()) {
        // "plan- och bygglagen": the line broke at the space after the hyphen.
        return LineEndHyphen::None;
    }
    let slashed = head.contains(&'/');
    let compound = first.is_uppercase()
        || first.is_ascii_digit()
        || before.is_ascii_digit()
        || abbreviation
        || slashed
        || address;
    if compound {
        LineEndHyphen::Kept
    } else {
        LineEndHyphen::Dropped
    }
}

/// Drops the line-end hyphen that ends a paragraph's text; it is kept as hidden text so
/// its glyph can still be found (and removed with a mask across the break).
pub fn drop_line_end_hyphen(
    text: &mut String,
    origins: &mut Vec<Origin>,
    hidden: &mut Vec<HiddenText>,
) {
    let Some(last) = text.pop() else {
        return;
    };
    let origin = origins.pop().unwrap_or(Origin::Synthetic);
    hidden.push(HiddenText {
        kind: HiddenKind::LineEndHyphen,
        text: last.to_string(),
        at: origins.len(),
        origins: vec![origin],
    });
}

/// The characters of a line's first word (at most a few dozen: enough to tell a
/// capital, a conjunction or an address).
fn first_word(glyphs: &[LayoutGlyph], line: &Segment) -> Vec<char> {
    let mut word = Vec::new();
    let mut prev: Option<&LayoutGlyph> = None;
    for &i in &line.glyphs {
        let g = &glyphs[i];
        let gap = prev.is_some_and(|p| g.x0 - p.x1 > WORD_GAP * g.size.min(p.size));
        if is_space(g) || gap || word.len() >= 40 {
            break;
        }
        word.extend_from_slice(g.chars.as_slice());
        prev = Some(g);
    }
    word
}

/// Width of a line's first word: its glyphs up to the first space or word gap.
fn first_word_width(glyphs: &[LayoutGlyph], line: &Segment) -> f32 {
    let mut word: Option<(f32, f32)> = None;
    let mut prev: Option<&LayoutGlyph> = None;
    for &i in &line.glyphs {
        let g = &glyphs[i];
        let gap = prev.is_some_and(|p| g.x0 - p.x1 > WORD_GAP * g.size.min(p.size));
        if is_space(g) || gap {
            if word.is_some() {
                break;
            }
            continue;
        }
        word = Some(match word {
            Some((x0, x1)) => (x0, x1.max(g.x1)),
            None => (g.x0, g.x1),
        });
        prev = Some(g);
    }
    word.map_or(0.0, |(x0, x1)| x1 - x0)
}

/// Accumulates the text and origins of one paragraph.
#[derive(Default)]
struct ParagraphBuilder {
    text: String,
    origins: Vec<Origin>,
    hidden: Vec<HiddenText>,
    bbox: Option<Rect>,
    joins: Vec<LineJoin>,
}

impl ParagraphBuilder {
    /// A builder with room for the text of `lines`: about one character per glyph and a
    /// space per line join. Grown a push at a time, the text and origins of a paragraph
    /// were copied over and over as they doubled.
    fn for_lines(lines: &[Segment]) -> Self {
        let glyphs: usize = lines.iter().map(|line| line.glyphs.len()).sum();
        let chars = glyphs + lines.len();
        ParagraphBuilder {
            // Letters such as å, ä, ö and § take two bytes in UTF-8.
            text: String::with_capacity(chars + chars / 4),
            origins: Vec::with_capacity(chars),
            ..Default::default()
        }
    }

    fn push_char(&mut self, c: char, origin: Origin) {
        self.text.push(c);
        self.origins.push(origin);
    }

    /// At the start, or after a space or a tab: no word space is due.
    fn ends_with_space(&self) -> bool {
        self.text.is_empty() || self.text.ends_with([' ', '\t'])
    }

    /// Appends a line: after a word space (or a tab, where the line above broke at one,
    /// or nothing after a line-end hyphen), its glyphs with a space at each word gap and
    /// a tab at each gap a tab stop left ([`TabGap`]).
    fn push_line(&mut self, glyphs: &[LayoutGlyph], line: &Segment, reading: LineReading) {
        let joined = match line_end_hyphen(&self.text, || first_word(glyphs, line)) {
            LineEndHyphen::None => false,
            LineEndHyphen::Kept => true,
            LineEndHyphen::Dropped => {
                self.drop_line_end_hyphen();
                true
            }
        };
        let after_text = !self.text.is_empty();
        let broke_at_tab = !joined && after_text && reading.after_tab;
        if broke_at_tab {
            self.push_tab();
        } else if !joined && !self.ends_with_space() {
            self.push_char(' ', Origin::Synthetic);
        }
        if let (false, true, Some(room)) = (joined, after_text, reading.room) {
            // The space or tab just pushed, or the space glyph the line above ended with.
            self.joins.push(LineJoin {
                at: self.text.len() - 1,
                room,
                tabs: reading.tabs,
            });
        }
        // A run of tabs at the break: an empty field at the line's end.
        if broke_at_tab {
            self.push_tabs(reading.tabs.saturating_sub(1));
        }
        let word_gap = word_gap(glyphs, line);
        let tab = TabGap::of(glyphs, line, word_gap, reading.justified);
        let mut prev: Option<&LayoutGlyph> = None;
        let mut gaps = InkGaps::default();
        for &i in &line.glyphs {
            let g = &glyphs[i];
            if prev.is_some_and(|p| is_overprint(p, g)) {
                continue;
            }
            let blank = is_space(g);
            if let Some(gap) = gaps.step(g) {
                if tab.is_tab(gap) {
                    // A tab the page drew as a glyph is its own; none is added to it.
                    let drawn = self.text.ends_with('\t');
                    self.push_tab();
                    if let Some(left) = reading.left.filter(|_| !drawn) {
                        let tabs = tabs_spanned(left, g.x0 - gap.width, g.x0, gap.size);
                        self.push_tabs(tabs - 1);
                    }
                }
            }
            if let Some(p) = prev {
                if g.x0 - p.x1 > word_gap * g.size.min(p.size) && !self.ends_with_space() && !blank
                {
                    self.push_char(' ', Origin::Synthetic);
                }
            }
            self.push_glyph(g);
            prev = Some(g);
        }
    }

    /// A tab, once: where the text ends in a word space (a space glyph drawn before the
    /// tab's gap) the space becomes the tab, keeping its glyph's origin.
    fn push_tab(&mut self) {
        if self.text.ends_with('\t') {
            return;
        }
        if self.text.ends_with(' ') {
            self.text.pop();
            self.text.push('\t');
        } else {
            self.push_char('\t', Origin::Synthetic);
        }
    }

    /// `n` further tabs, each an empty field.
    fn push_tabs(&mut self, n: usize) {
        for _ in 0..n {
            self.push_char('\t', Origin::Synthetic);
        }
    }

    fn drop_line_end_hyphen(&mut self) {
        drop_line_end_hyphen(&mut self.text, &mut self.origins, &mut self.hidden);
    }

    fn push_glyph(&mut self, g: &LayoutGlyph) {
        for &c in g.chars.as_slice() {
            // A tab stays a tab, as .docx ingest reads Word's `w:tab`: it separates the
            // fields of a tab-set row (name, party, vote), which a space would run together
            // into one phrase. Any other white space is a word space.
            let c = match c {
                '\t' => '\t',
                c if c.is_whitespace() => ' ',
                c => c,
            };
            if c == ' ' && self.ends_with_space() {
                continue;
            }
            self.push_char(c, g.origin.clone());
        }
        if !g.chars.is_blank() {
            self.bbox = Some(match self.bbox {
                Some(b) => b.union(&g.bbox),
                None => g.bbox,
            });
        }
    }

    /// Drops the tabs at the edges of a table cell: there the table's columns part the
    /// fields (a tab-set row read as a table), and a tab is no text of either cell.
    fn trim_cell_tabs(&mut self) {
        while self.text.ends_with(['\t', ' ']) {
            self.text.pop();
            self.origins.pop();
        }
        let lead = self.text.chars().take_while(|&c| c == '\t').count();
        if lead > 0 {
            // Tabs are one byte each.
            self.text.drain(..lead);
            self.origins.drain(..lead);
            for hidden in &mut self.hidden {
                hidden.at = hidden.at.saturating_sub(lead);
            }
        }
    }

    fn finish(mut self) -> Option<LaidParagraph> {
        while self.text.ends_with(' ') {
            self.text.pop();
            self.origins.pop();
        }
        // The room `for_lines` reserves is far too much where most glyphs were dropped
        // (runs of spaces, overprinting): what the document keeps stays within twice its
        // text, as growing by doubling would leave it, whatever a hostile page holds.
        if self.origins.capacity() > 2 * self.origins.len() {
            self.origins.shrink_to_fit();
        }
        if self.text.capacity() > 2 * self.text.len() {
            self.text.shrink_to_fit();
        }
        (!self.text.is_empty()).then_some(LaidParagraph {
            text: self.text,
            origins: self.origins,
            hidden: self.hidden,
            bbox: self.bbox,
            cell: None,
            shape: None,
            joins: self.joins,
        })
    }
}

/// How a line of a paragraph is to be read.
#[derive(Debug, Clone, Copy)]
struct LineReading {
    /// The line is justified: it reaches its column's right edge and the paragraph goes
    /// on below it, so its word spaces may be stretched.
    justified: bool,
    /// The line above broke at a tab: this line goes on after a tab, not a space.
    after_tab: bool,
    /// The room the line above left ([`LineJoin::room`]); `None` on a first line, and
    /// in a table cell, whose lines no tab breaks.
    room: Option<f32>,
    /// The left edge of the paragraph's column, where default tab stops count from;
    /// `None` in a table cell, whose tabs no stops of the page's margin set.
    left: Option<f32>,
    /// How many tabs the line above broke at, if it broke at a tab ([`tabs_at_break`]).
    tabs: usize,
}

impl Default for LineReading {
    /// A line of a table cell: no justification, no break above it, one tab a tab.
    fn default() -> Self {
        LineReading {
            justified: false,
            after_tab: false,
            room: None,
            left: None,
            tabs: 1,
        }
    }
}

/// A gap between two glyphs with ink on a line.
#[derive(Debug, Clone, Copy)]
struct InkGap {
    /// From the first glyph's end to the second's start (display units).
    width: f32,
    /// What the spaces drawn in it do not fill: typed spaces explain their own width.
    unexplained: f32,
    /// The smaller font size of the two glyphs.
    size: f32,
}

/// Walks a line's glyphs and tells the gap before each glyph with ink.
#[derive(Default)]
struct InkGaps<'a> {
    /// The last glyph with ink, and the width of the spaces drawn after it.
    ink: Option<&'a LayoutGlyph>,
    spaces: f32,
}

impl<'a> InkGaps<'a> {
    /// The gap before `g`, if `g` has ink and one before it had.
    fn step(&mut self, g: &'a LayoutGlyph) -> Option<InkGap> {
        if is_space(g) {
            self.spaces += (g.x1 - g.x0).max(0.0);
            return None;
        }
        let gap = self.ink.map(|a| {
            let width = g.x0 - a.x1;
            InkGap {
                width,
                unexplained: width - self.spaces,
                size: g.size.min(a.size),
            }
        });
        self.ink = Some(g);
        self.spaces = 0.0;
        gap
    }
}

/// The gaps between consecutive glyphs with ink on a line.
fn ink_gaps<'a>(glyphs: &'a [LayoutGlyph], line: &'a Segment) -> impl Iterator<Item = InkGap> + 'a {
    let mut gaps = InkGaps::default();
    line.glyphs
        .iter()
        .filter_map(move |&i| gaps.step(&glyphs[i]))
}

/// Word's default tab stops: every 1.25 cm from the column's left edge (points).
const DEFAULT_TAB_STOP: f32 = 1.25 / 2.54 * 72.0;
/// Text this close to a default stop (points) was put there by it.
const ON_STOP: f32 = 0.5;
/// The most tabs one gap is read as: a row's empty fields, not a page of them.
const MAX_TABS_SPANNED: usize = 8;

/// How many tabs a tab's gap from `end` to `start` stands for: where the text after it
/// starts on a default tab stop, a run of tabs went a stop further for each (a tab-set
/// row's empty field: "Dnr ⇥ Datum ⇥ ⇥ Beslut"). A tab reaches the first stop past its
/// text, so only stops a visible gap past it (a font size) are counted, and the count
/// never exceeds the tabs typed. One tab where the text stands off the stops (tabs set
/// by hand).
fn tabs_spanned(left: f32, end: f32, start: f32, size: f32) -> usize {
    let Some(stop) = stop_at(left, start).filter(|&stop| stop >= 1.0) else {
        return 1;
    };
    let spanned = stop - first_stop_past(left, end + size) + 1.0;
    if spanned > 1.0 {
        (spanned as usize).min(MAX_TABS_SPANNED)
    } else {
        1
    }
}

/// The index of the default stop from `left` that `x` stands on, if it stands on one.
fn stop_at(left: f32, x: f32) -> Option<f32> {
    let stop = ((x - left) / DEFAULT_TAB_STOP).round();
    ((left + stop * DEFAULT_TAB_STOP - x).abs() <= ON_STOP).then_some(stop)
}

/// The index of the first default stop from `left` right of `x`: where a tab from `x`
/// goes.
fn first_stop_past(left: f32, x: f32) -> f32 {
    ((x - left) / DEFAULT_TAB_STOP).floor() + 1.0
}

/// Whether the text after each tab of `line` starts on a default stop from `left` (and
/// the line has a tab at all).
fn on_default_stops(glyphs: &[LayoutGlyph], line: &Segment, left: f32) -> bool {
    let mut tabs = 0;
    let mut prev: Option<&LayoutGlyph> = None;
    for &i in &line.glyphs {
        let g = &glyphs[i];
        if is_space(g) {
            continue;
        }
        if let Some(p) = prev {
            if g.x0 - p.x1 > TAB_GAP * g.size.min(p.size) {
                if stop_at(left, g.x0).is_none() {
                    return false;
                }
                tabs += 1;
            }
        }
        prev = Some(g);
    }
    tabs > 0
}

/// What makes a gap between two glyphs of a line a tab ([`TAB_GAP`]).
struct TabGap {
    /// On a justified line, the narrowest word space (display units), which a tab must
    /// clearly exceed; `None` on any other line, or a justified line with no word space
    /// (a single gap there is the space, however stretched).
    narrowest_space: Option<f32>,
    justified: bool,
}

impl TabGap {
    fn of(glyphs: &[LayoutGlyph], line: &Segment, word_gap: f32, justified: bool) -> TabGap {
        let narrowest_space = if justified {
            ink_gaps(glyphs, line)
                .filter(|gap| gap.width > word_gap * gap.size)
                .map(|gap| gap.width)
                .min_by(f32::total_cmp)
        } else {
            None
        };
        TabGap {
            narrowest_space,
            justified,
        }
    }

    /// Is the gap a tab: wider than typed spaces explain by [`TAB_GAP`], and on a
    /// justified line clearly wider than its word spaces?
    fn is_tab(&self, gap: InkGap) -> bool {
        gap.unexplained > TAB_GAP * gap.size
            && (!self.justified
                || self
                    .narrowest_space
                    .is_some_and(|space| gap.width > STRETCHED_TAB_RATIO * space))
    }
}

/// The widest tab on a line (display units), if it has one; `justified` as in
/// [`LineReading`].
fn widest_tab(glyphs: &[LayoutGlyph], line: &Segment, justified: bool) -> Option<f32> {
    let tab = TabGap::of(glyphs, line, word_gap(glyphs, line), justified);
    ink_gaps(glyphs, line)
        .filter(|&gap| tab.is_tab(gap))
        .map(|gap| gap.width)
        .max_by(f32::total_cmp)
}

/// The gap (fraction of font size) that separates words on this line. Normally
/// [`WORD_GAP`]; on a letter-spaced line, where even the tightest gap between two letters
/// is wide, 1.3 times that gap (at most 0.4 em), as poppler does, so the letters of a
/// word stay together.
fn word_gap(glyphs: &[LayoutGlyph], line: &Segment) -> f32 {
    // The gaps between neighbours that are both not spaces, each glyph looked at once
    // (this runs twice for every line of every page).
    let mut tightest = f32::INFINITY;
    let mut before: Option<&LayoutGlyph> = None;
    for &i in &line.glyphs {
        let b = &glyphs[i];
        if is_space(b) {
            before = None;
            continue;
        }
        if let Some(a) = before {
            tightest = tightest.min((b.x0 - a.x1) / a.size.min(b.size).max(0.1));
        }
        before = Some(b);
    }
    if tightest.is_finite() && tightest > WIDE_CHAR_SPACING {
        (tightest * 1.3).clamp(WORD_GAP, MAX_WORD_GAP)
    } else {
        WORD_GAP
    }
}

fn is_space(g: &LayoutGlyph) -> bool {
    g.chars.is_blank()
}

/// The same glyph drawn again almost on top of the previous one (fake bold, shadows).
fn is_overprint(prev: &LayoutGlyph, g: &LayoutGlyph) -> bool {
    prev.chars == g.chars
        && (g.x0 - prev.x0).abs() < 0.1 * g.size
        && (g.y - prev.y).abs() < 0.1 * g.size
}

/// Rotated or vertical text: kept in content order, one paragraph per run of glyphs that
/// follow each other closely.
fn rotated_paragraphs(glyphs: &[LayoutGlyph], indices: &[usize], out: &mut Vec<LaidParagraph>) {
    let mut current = ParagraphBuilder::default();
    let mut prev: Option<&LayoutGlyph> = None;
    for &i in indices {
        let g = &glyphs[i];
        if let Some(p) = prev {
            let far = (g.x0 - p.x1).abs().max((g.y - p.y).abs()) > 2.0 * g.size;
            if far {
                out.extend(std::mem::take(&mut current).finish());
            }
        }
        current.push_glyph(g);
        prev = Some(g);
    }
    out.extend(current.finish());
}
