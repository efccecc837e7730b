//! Tables, found by geometry and read row by row.
//!
//! A table is plain to a reader even without ruling lines: cells stand side by side, their
//! left edges recur at the same x from row to row, and no text runs across the blank
//! between two columns. Read as ordinary blocks, its columns would be read one after the
//! other, and the cells of one row would end up far apart. This module finds such regions
//! among a page's lines and reads them row by row: each row's cells left to right, each
//! cell (several lines when it wraps) one paragraph. No word is looked at, only positions:
//!
//! 1. **Edges.** A column edge is an x where words start on several rows, at least two of
//!    them after a gutter (a gap wider than a word space), and that no word crosses on the
//!    rows in between. Running text has no such x other than its margin.
//! 2. **Regions.** Consecutive rows on which two or more edges hold make a candidate table;
//!    each line of it is cut where a word starts on an edge, and each piece belongs to the
//!    column it starts in. A wrapped line just above or below joins when it continues a
//!    cell of the region.
//! 3. **Rows.** Two consecutive lines belong to different rows when they are spaced wider
//!    than the page's wrapped lines (the padding of a bordered table), or when a column
//!    proves the break: the first word of its lower line would have fitted on the line
//!    above, so that line ended on purpose. A column whose upper line is full contradicts
//!    it (a wrapped cell beside a list of short lines); where columns disagree or none
//!    tells, lines spaced like the table's undisputed rows are rows.
//! 4. **The gate.** A region is a table when at least two of its rows hold two cells side
//!    by side (or its one row wraps as a grid, three cells or more on each line), unless
//!    it reads as text columns (every column full of long lines), as a list (a narrow
//!    column of markers before the text), or as rows set with tabs (every column at a
//!    word processor's default tab stop).
//! 5. **A table continued.** One row alone at the top of a page is no table by the gate,
//!    and its wrapped cells would be read line by line across the columns; nor can its
//!    spacing tell its wrapped lines from rows. When the previous page ended with a table
//!    ([`Continuation`]), the rows at the top of the body whose words start on that
//!    table's column edges, and that no word crosses, are read first, as its
//!    continuation: even one row of them, spaced as its rows were where their own spacing
//!    does not tell.

use super::{is_space, shape_of, word_gap, CellPosition, LaidParagraph, LayoutGlyph};
use super::{LineReading, ParagraphBuilder, Segment, CORE_HEIGHT, SAME_BASELINE, WORD_SPACE};

/// Word starts this close (fraction of the font size) stand on one edge. Producers place
/// the cells of a column at one x to the hundredth of a point; a tight tolerance keeps a
/// bordered table's cell text (inset by its padding) apart from the page margin of the
/// headings and paragraphs around it.
const EDGE_TOLERANCE: f32 = 0.1;
/// A gap at least this wide (fraction of font size) before a word is a gutter: far wider
/// than any word space, even in loosely justified text.
const CELL_GAP: f32 = 1.0;
/// A narrower gap is a gutter too when it is this many times the row's narrowest other
/// gap (a tight table whose cells are one word space apart plus padding) ...
const GUTTER_RATIO: f32 = 1.5;
/// ... and at least this wide (fraction of font size), wider than a stretched word space.
const MIN_GUTTER: f32 = 0.4;
/// An edge needs this many rows where its word follows a gutter: one row is a
/// coincidence, two is a column.
const MIN_GUTTER_ROWS: usize = 2;
/// Blank kept between a cell's text and the next column (fraction of font size): Word's
/// default cell margins (0.19 cm on either side) come to about one em of body text.
const CELL_PADDING: f32 = 1.0;
/// Baselines closer than this (fraction of font size) cannot be two rows: their letters
/// would overlap. Cells centred beside a taller cell sit half a line apart.
const MIN_ROW_PITCH: f32 = 0.9;
/// The pitch of wrapped lines (fraction of font size) when the page repeats none.
const DEFAULT_LINE_PITCH: f32 = 1.2;
/// Single line spacing is at least this (fraction of font size) in any common font; a
/// smaller repeated pitch is a coincidence, not the spacing of wrapped lines.
const MIN_LINE_PITCH: f32 = 1.1;
/// Two pitches within this fraction of each other are the same spacing.
const PITCH_MATCH: f32 = 0.03;
/// Lines spaced more than this many times the page's line pitch are not one wrapped cell:
/// the padding of a bordered table lies between them.
pub(super) const ROW_SPACING: f32 = 1.1;
/// A line filling this fraction of its column's widest line is full: the next word wrapped.
const FULL_LINE: f32 = 0.9;
/// A table has at least this many rows with two or more cells side by side.
const MIN_TABLE_ROWS: usize = 2;
/// A first column no wider than this (fraction of font size) in a two-column region holds
/// list markers ("–", "1.", "a)"): a hanging-indent list, not a table.
const LIST_MARKER_WIDTH: f32 = 2.0;
/// Default tab stops of word processors (points): every 1.25 cm (Word in most European
/// languages, LibreOffice), every 1304 twips (the 2.3 cm of Swedish Word's templates).
/// Not Word's half inch in English: tables drawn with columns whole inches wide (as
/// generators draw them, the bundled example's among them) would stand on it.
const DEFAULT_TAB_STOPS: [f32; 2] = [1.25 / 2.54 * 72.0, 1304.0 / 20.0];
/// How close (points) a column edge stands to a default tab stop to be one: producers
/// place the text after a tab at its stop to a hundredth of a point.
const ON_TAB_STOP: f32 = 0.25;
/// Columns of running text are wider than this (fraction of font size) ...
const PROSE_WIDTH: f32 = 12.0;
/// ... and most of their lines fill this fraction of the widest one.
const PROSE_FILL: f32 = 0.75;
/// How many page rows up a column looks for the line a lower one continues: cells centred
/// beside each other interleave a few rows; further up, the spacing rules a wrap out.
const MAX_CONTINUATION_ROWS: usize = 8;

/// The column edges of a table (display x, ascending), its font size and the distances
/// between the baselines of its rows (from a row's last line to the next row's first;
/// display units): what the next page needs to read its first rows as the table's
/// continuation, spaced as the table's rows were.
#[derive(Debug, Clone, PartialEq)]
pub struct TableEdges {
    pub edges: Vec<f32>,
    pub size: f32,
    pub row_pitches: Vec<f32>,
}

/// A table the previous page ended with, which may go on at the top of this page below
/// the running header (whose lowest baseline is `below`, display y; minus infinity when
/// the page has none).
#[derive(Debug, Clone, PartialEq)]
pub struct Continuation {
    pub table: TableEdges,
    pub below: f32,
}

/// How many different row spacings a table hands on to its continuation: a table has one
/// or two (rows of one line, rows of wrapped cells); a hostile page with a different
/// spacing for each of thousands of rows must not make every comparison cost thousands.
const MAX_ROW_PITCHES: usize = 8;

/// A table found on a page: its cells in reading order and its extent.
#[derive(Debug, Clone)]
pub(super) struct Table {
    cells: Vec<Cell>,
    edges: TableEdges,
    /// It continues the table the previous page ended with ([`Continuation`]): its columns
    /// are numbered by that table's edges, empty ones counted.
    pub continues: bool,
    pub x0: f32,
    pub x1: f32,
    pub top: f32,
    pub bottom: f32,
}

/// One cell: a paragraph of one or more lines at a row and column.
#[derive(Debug, Clone)]
struct Cell {
    row: u32,
    column: u32,
    lines: Vec<Segment>,
}

impl Table {
    /// Appends the table's cells as paragraphs, each marked with its position; `number` is
    /// the table's number on the page.
    pub fn paragraphs(&self, glyphs: &[LayoutGlyph], number: u32, out: &mut Vec<LaidParagraph>) {
        for cell in &self.cells {
            let mut builder = ParagraphBuilder::for_lines(&cell.lines);
            for line in &cell.lines {
                builder.push_line(glyphs, line, LineReading::default());
            }
            builder.trim_cell_tabs();
            let left = cell
                .lines
                .iter()
                .map(|l| l.x0)
                .fold(f32::INFINITY, f32::min);
            let right = cell.lines.iter().map(|l| l.x1).fold(left, f32::max);
            let shape = shape_of(glyphs, &cell.lines, left, right);
            out.extend(builder.finish().map(|mut paragraph| {
                paragraph.cell = Some(CellPosition {
                    table: number,
                    row: cell.row,
                    column: cell.column,
                });
                paragraph.shape = Some(shape);
                paragraph
            }));
        }
    }

    /// Its column edges, for a continuation on the next page.
    pub fn edges(&self) -> TableEdges {
        self.edges.clone()
    }
}

/// Columns of running text side by side, found where a candidate table read as such
/// ([`reads_as_text_columns`]): the blank before each column but the first parts text
/// that must not be read across, however a line's pieces on one baseline look.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct TextColumns {
    /// The baselines of its first and last row (display y).
    pub top: f32,
    pub bottom: f32,
    /// Where each column after the first starts (display x).
    pub starts: Vec<f32>,
}

impl TextColumns {
    /// Does the blank from `x0` to `x1` on the baseline `y` part two of these columns?
    pub fn parts(&self, y: f32, x0: f32, x1: f32) -> bool {
        (self.top..=self.bottom).contains(&y) && self.starts.iter().any(|&s| x0 < s && s <= x1)
    }
}

/// What [`find_tables`] finds on a page.
pub(super) struct Found {
    pub tables: Vec<Table>,
    /// The lines in no table.
    pub rest: Vec<Segment>,
    pub text_columns: Vec<TextColumns>,
    /// The page's pitch of wrapped lines (fraction of the font size; see `line_pitch`).
    pub line_pitch: f32,
}

/// Finds the tables among a page's lines; returns them, the lines that are not in one,
/// and the columns of running text it turned down as tables. `continued` is a table the
/// previous page ended with.
pub(super) fn find_tables(
    glyphs: &[LayoutGlyph],
    lines: Vec<Segment>,
    continued: Option<&Continuation>,
) -> Found {
    let mut rows = text_rows(glyphs, lines);
    let runs = edge_runs(&rows);
    let candidates: Vec<Candidate> = candidate_regions(&rows, &runs)
        .into_iter()
        .flat_map(|span| uncrossed_spans(glyphs, &rows, &runs, span))
        .filter_map(|span| Candidate::new(glyphs, &rows, &runs, span))
        .collect();
    let line_pitch = line_pitch(glyphs, &rows, &candidates);
    let mut taken = vec![false; rows.len()];
    let mut tables = Vec::new();
    let mut text_columns = Vec::new();
    // The previous page's table goes first: its edges and row spacing are known, where
    // the page's own rows may be too few to tell them.
    let continued = continued.and_then(|c| continuation(&rows, c, line_pitch));
    if let Some((candidate, table)) =
        continued.and_then(|c| c.table(glyphs, &rows).ok().map(|t| (c, t)))
    {
        taken[candidate.first..=candidate.last].fill(true);
        tables.push(table);
    }
    for mut candidate in candidates {
        // A table found above may have taken this candidate's first rows as its last ones.
        let Some(first) = (candidate.first..=candidate.last).find(|&r| !taken[r]) else {
            continue;
        };
        candidate.first = first;
        candidate.line_pitch = line_pitch;
        let candidate = candidate.extended(glyphs, &rows, &taken);
        match candidate.table(glyphs, &rows) {
            Ok(table) => {
                taken[candidate.first..=candidate.last].fill(true);
                tables.push(table);
            }
            Err(NotATable::TextColumns) => text_columns.push(TextColumns {
                top: rows[candidate.first].y,
                bottom: rows[candidate.last].y,
                starts: candidate.edges.iter().skip(1).copied().collect(),
            }),
            Err(NotATable::Other) => {}
        }
    }
    let rest = rows
        .iter_mut()
        .zip(&taken)
        .filter(|(_, &taken)| !taken)
        .flat_map(|(row, _)| std::mem::take(&mut row.segments))
        .collect();
    Found {
        tables,
        rest,
        text_columns,
        line_pitch,
    }
}

/// Why a candidate is no table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NotATable {
    /// It reads as columns of running text ([`reads_as_text_columns`]).
    TextColumns,
    /// Anything else: too few rows of cells side by side, or a list.
    Other,
}

/// All line segments on one baseline, left to right, with their words.
struct TextRow {
    y: f32,
    size: f32,
    segments: Vec<Segment>,
    words: Vec<Word>,
}

/// A word's ink extent on its row, and whether a gutter comes before it.
#[derive(Debug, Clone, Copy)]
struct Word {
    x0: f32,
    x1: f32,
    gutter: bool,
}

/// Groups the segments into rows by baseline, top to bottom.
fn text_rows(glyphs: &[LayoutGlyph], mut lines: Vec<Segment>) -> Vec<TextRow> {
    lines.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut rows: Vec<TextRow> = Vec::new();
    for line in lines {
        match rows.last_mut() {
            Some(row) if (line.y - row.y).abs() <= SAME_BASELINE * row.size.min(line.size) => {
                row.size = row.size.max(line.size);
                row.segments.push(line);
            }
            _ => rows.push(TextRow {
                y: line.y,
                size: line.size,
                segments: vec![line],
                words: Vec::new(),
            }),
        }
    }
    for row in &mut rows {
        row.segments.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        row.words = row_words(glyphs, &row.segments, row.size);
    }
    rows
}

/// A word inside a segment: where its first glyph is in the segment, and its ink extent.
#[derive(Debug, Clone, Copy)]
struct SegmentWord {
    at: usize,
    x0: f32,
    x1: f32,
}

/// The words of a segment, split where `ParagraphBuilder` puts a space.
fn segment_words(glyphs: &[LayoutGlyph], segment: &Segment) -> Vec<SegmentWord> {
    let gap = word_gap(glyphs, segment);
    let mut words: Vec<SegmentWord> = Vec::new();
    let mut after_space = false;
    for (at, &i) in segment.glyphs.iter().enumerate() {
        let g = &glyphs[i];
        if is_space(g) {
            after_space = true;
            continue;
        }
        match words.last_mut() {
            Some(word) if !after_space && g.x0 - word.x1 <= gap * g.size => {
                word.x1 = word.x1.max(g.x1);
            }
            _ => words.push(SegmentWord {
                at,
                x0: g.x0,
                x1: g.x1.max(g.x0),
            }),
        }
        after_space = false;
    }
    words
}

/// The words of a row with their gutters.
fn row_words(glyphs: &[LayoutGlyph], segments: &[Segment], size: f32) -> Vec<Word> {
    let spans: Vec<(f32, f32)> = segments
        .iter()
        .flat_map(|s| segment_words(glyphs, s))
        .map(|w| (w.x0, w.x1))
        .collect();
    let gaps: Vec<f32> = spans.windows(2).map(|w| w[1].0 - w[0].1).collect();
    let narrowest = Narrowest::of(&gaps, size);
    spans
        .iter()
        .enumerate()
        .map(|(i, &(x0, x1))| Word {
            x0,
            x1,
            gutter: i == 0 || is_gutter(gaps[i - 1], narrowest.except(i - 1), size),
        })
        .collect()
}

/// The two narrowest gaps of a row (each at least 0.05 em; NaN gaps left out, as
/// `f32::min` leaves them out): the narrowest gap other than any one gap is one of them,
/// so a row's gutters are found in linear time, not in time growing with the square of
/// its words.
struct Narrowest {
    first: f32,
    first_at: Option<usize>,
    second: f32,
}

impl Narrowest {
    fn of(gaps: &[f32], size: f32) -> Narrowest {
        let mut n = Narrowest {
            first: f32::INFINITY,
            first_at: None,
            second: f32::INFINITY,
        };
        for (j, &g) in gaps.iter().enumerate() {
            let g = g.max(0.05 * size);
            if g < n.first {
                n.second = n.first;
                n.first = g;
                n.first_at = Some(j);
            } else if g < n.second {
                n.second = g;
            }
        }
        n
    }

    /// The narrowest gap other than gap `i` (infinite if there is none).
    fn except(&self, i: usize) -> f32 {
        if self.first_at == Some(i) {
            self.second
        } else {
            self.first
        }
    }
}

/// Is a gap of a row a gutter: very wide, or clearly wider than the row's other word
/// spaces (the narrowest of which is `narrowest_other`)?
fn is_gutter(gap: f32, narrowest_other: f32, size: f32) -> bool {
    gap >= CELL_GAP * size
        || (gap >= MIN_GUTTER * size
            && narrowest_other.is_finite()
            && gap >= GUTTER_RATIO * narrowest_other)
}

/// A column edge holding over consecutive rows: words start at `x` on rows `first` to
/// `last` (both included), and no word crosses it in between.
#[derive(Debug, Clone, Copy)]
struct EdgeRun {
    x: f32,
    first: usize,
    last: usize,
}

/// A word start: x, row, and whether a gutter comes before it.
type Start = (f32, usize, bool);

/// Every edge of the page, each cut into runs where a word crosses it.
fn edge_runs(rows: &[TextRow]) -> Vec<EdgeRun> {
    let mut starts: Vec<Start> = rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| row.words.iter().map(move |w| (w.x0, r, w.gutter)))
        .collect();
    starts.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut runs = Vec::new();
    let mut i = 0;
    while i < starts.len() {
        let reach = starts[i].0 + EDGE_TOLERANCE * rows[starts[i].1].size;
        // At least one start per step, even where a hostile file puts glyphs at NaN.
        let end = (i + starts[i..].partition_point(|s| s.0 <= reach)).max(i + 1);
        runs_of_edge(rows, &starts[i..end], &mut runs);
        i = end;
    }
    runs
}

/// The runs of one edge (word starts within the tolerance of each other).
fn runs_of_edge(rows: &[TextRow], starts: &[Start], out: &mut Vec<EdgeRun>) {
    if starts.iter().filter(|s| s.2).count() < MIN_GUTTER_ROWS {
        return;
    }
    let x = starts[starts.len() / 2].0;
    // One entry per row, a gutter if any of its words here follows one.
    let mut supports: Vec<(usize, bool)> = starts.iter().map(|s| (s.1, s.2)).collect();
    supports.sort_by_key(|s| (s.0, !s.1));
    supports.dedup_by_key(|s| s.0);
    let mut from = 0;
    for k in 1..=supports.len() {
        if k == supports.len() || crossed(rows, supports[k - 1].0, supports[k].0, x) {
            let run = &supports[from..k];
            if run.iter().filter(|s| s.1).count() >= MIN_GUTTER_ROWS {
                out.push(EdgeRun {
                    x,
                    first: run[0].0,
                    last: run[run.len() - 1].0,
                });
            }
            from = k;
        }
    }
}

/// Does a word run across `x` on a row strictly between rows `a` and `b`?
fn crossed(rows: &[TextRow], a: usize, b: usize, x: f32) -> bool {
    rows[a + 1..b].iter().any(|row| crosses(row, x))
}

/// Does a word of the row run across `x`?
fn crosses(row: &TextRow, x: f32) -> bool {
    let tolerance = EDGE_TOLERANCE * row.size;
    let before = row.words.partition_point(|w| w.x0 < x - tolerance);
    before > 0 && row.words[before - 1].x1 > x + tolerance
}

/// The pitch of wrapped lines on the page, as a fraction of the font size: the smallest
/// baseline distance that occurs twice, between same-size rows or between lines that
/// follow each other in a column of a candidate table (a page's paragraphs can be spaced
/// wider than the lines wrapped inside its cells). Table rows are spaced at least as wide;
/// a half-line offset of centred cells is not a pitch.
fn line_pitch(glyphs: &[LayoutGlyph], rows: &[TextRow], candidates: &[Candidate]) -> f32 {
    let mut pitches: Vec<f32> = rows
        .windows(2)
        .filter(|w| w[0].size.max(w[1].size) / w[0].size.min(w[1].size) < 1.06)
        .map(|w| (w[1].y - w[0].y) / w[0].size.max(0.1))
        .collect();
    for candidate in candidates {
        let lines = candidate.lines(glyphs, rows);
        for lower in 0..lines.len() {
            if let Some(upper) = line_above(&lines, lower) {
                let size = lines[upper].line.size.min(lines[lower].line.size).max(0.1);
                pitches.push((rows[lines[lower].row].y - rows[lines[upper].row].y) / size);
            }
        }
    }
    pitches.retain(|&p| p >= MIN_ROW_PITCH);
    pitches.sort_by(f32::total_cmp);
    pitches
        .windows(2)
        .find(|w| w[1] - w[0] <= PITCH_MATCH * w[0])
        .map_or(DEFAULT_LINE_PITCH, |w| w[0].max(MIN_LINE_PITCH))
}

/// The rows at the top of the page's body that continue the previous page's table: the
/// first row below the running header, when two or more of its words start on the
/// table's edges, its first word among them, and none of them crosses an edge; then each
/// row after it that starts on an edge and crosses none, as long as it is a wrapped line
/// of the row above (spaced no wider than the page's lines), spaced as the table's rows
/// were, or a row of cells itself (two words on edges).
fn continuation(rows: &[TextRow], continued: &Continuation, line_pitch: f32) -> Option<Candidate> {
    let table = &continued.table;
    let tolerance = EDGE_TOLERANCE * table.size;
    let on_edge = |x: f32| table.edges.iter().any(|&e| (x - e).abs() <= tolerance);
    let on_edges = |row: &TextRow| row.words.iter().filter(|w| on_edge(w.x0)).count();
    let fits = |row: &TextRow| {
        row.words.first().is_some_and(|w| on_edge(w.x0))
            && !table.edges.iter().any(|&x| crosses(row, x))
    };
    let first = rows.iter().position(|row| row.y > continued.below)?;
    if !fits(&rows[first]) || on_edges(&rows[first]) < 2 {
        return None;
    }
    let mut last = first;
    while let Some(row) = rows.get(last + 1) {
        let above = &rows[last];
        let pitch = row.y - above.y;
        let wrapped = pitch <= ROW_SPACING * line_pitch * above.size.min(row.size);
        if !fits(row) || !(wrapped || spaced_like(&table.row_pitches, pitch) || on_edges(row) >= 2)
        {
            break;
        }
        last += 1;
    }
    Some(Candidate {
        first,
        last,
        edges: table.edges.clone(),
        line_pitch,
        min_rows: 1,
        row_pitches: table.row_pitches.clone(),
        continues: true,
    })
}

/// Is `pitch` one of `pitches`?
fn spaced_like(pitches: &[f32], pitch: f32) -> bool {
    pitches
        .iter()
        .any(|&p| (pitch - p).abs() <= PITCH_MATCH * p)
}

/// Consecutive rows on which two or more edges hold, as (first row, last row).
fn candidate_regions(rows: &[TextRow], runs: &[EdgeRun]) -> Vec<(usize, usize)> {
    let mut active: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    for (id, run) in runs.iter().enumerate() {
        for ids in &mut active[run.first..=run.last] {
            ids.push(id);
        }
    }
    let shared = |a: &[usize], b: &[usize]| a.iter().filter(|id| b.contains(id)).count();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for r in 0..rows.len() {
        let open = active[r].len() >= 2;
        let continues = start.is_some() && open && shared(&active[r - 1], &active[r]) >= 2;
        match start {
            Some(s) if !continues => {
                out.push((s, r - 1));
                start = open.then_some(r);
            }
            None if open => start = Some(r),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, rows.len() - 1));
    }
    out
}

/// The parts of a span of rows between the rows that run across one of its column edges:
/// text across the blank between two columns is not in a table (a heading or paragraph
/// between a table and a word that happens to start on one of its edges further down).
/// The span is first cut at the rows that end an edge's run (the nearest row that crosses
/// the edge above or below the run): a span may hold two tables of slightly different
/// columns under a heading each, and a wrapped line of the first would cross the second's
/// edges. Each piece is then cut at the rows that cross one of its own edges; one pass is
/// enough, as the edges of a part are among its piece's.
fn uncrossed_spans(
    glyphs: &[LayoutGlyph],
    rows: &[TextRow],
    runs: &[EdgeRun],
    (first, last): (usize, usize),
) -> Vec<(usize, usize)> {
    // How many runs each row ends; one alone may be a word's start inside a cell. A row
    // whose own cells start on runs (the next table's header) ends none of its own; a
    // heading's words after a plain space do not ("C. Färdtjänst … (lagen (1997:736) …"
    // with "(1997:736)" on a column's edge by chance).
    let mut ends = vec![0usize; last - first + 1];
    let held = |r: usize| {
        let on =
            |run: &&EdgeRun| run.first <= r && r <= run.last && cell_starts_at(&rows[r], run.x);
        runs.iter().filter(on).count() >= MIN_RUNS_ENDED
    };
    for run in runs
        .iter()
        .filter(|run| run.first <= last && run.last >= first)
    {
        let crossing = |r: &usize| crosses(&rows[*r], run.x);
        let below = (run.last + 1..=last).find(crossing);
        let above = (first..run.first).rev().find(crossing);
        for r in below.into_iter().chain(above) {
            ends[r - first] += 1;
        }
    }
    let kept = |r: usize| ends[r - first] < MIN_RUNS_ENDED || held(r);
    stretches((first, last), kept)
        .into_iter()
        .flat_map(|piece| clear_parts(glyphs, rows, runs, piece))
        .collect()
}

/// How many edges' runs a row must end to cut a span of rows in two.
const MIN_RUNS_ENDED: usize = 2;

/// The parts of a span of rows between the rows that run across one of its edges.
fn clear_parts(
    glyphs: &[LayoutGlyph],
    rows: &[TextRow],
    runs: &[EdgeRun],
    (first, last): (usize, usize),
) -> Vec<(usize, usize)> {
    let Some(candidate) = Candidate::new(glyphs, rows, runs, (first, last)) else {
        return Vec::new();
    };
    let clear = |r: usize| !candidate.edges.iter().any(|&x| crosses(&rows[r], x));
    stretches((first, last), clear)
}

/// The maximal stretches of rows from `first` to `last` that `keep` takes, as (first, last).
fn stretches((first, last): (usize, usize), keep: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for r in first..=last {
        match (start, keep(r)) {
            (None, true) => start = Some(r),
            (Some(s), false) => {
                out.push((s, r - 1));
                start = None;
            }
            _ => {}
        }
    }
    out.extend(start.map(|s| (s, last)));
    out
}

/// A candidate table: its rows (`first` to `last` in the page's rows) and column edges.
struct Candidate {
    first: usize,
    last: usize,
    edges: Vec<f32>,
    /// The page's pitch of wrapped lines (fraction of the font size).
    line_pitch: f32,
    /// How many rows of cells side by side make it a table ([`MIN_TABLE_ROWS`]; one for
    /// a table continued from the previous page).
    min_rows: usize,
    /// The row spacing of the table it continues (display units; empty when it continues
    /// none): where none of its own rows is spaced wider than its lines, this tells its
    /// rows from its wrapped lines.
    row_pitches: Vec<f32>,
    /// It is the continuation of the previous page's table.
    continues: bool,
}

/// A piece of a row that lies in one column.
#[derive(Debug, Clone)]
struct CellLine {
    /// Index of its row in the page's rows.
    row: usize,
    column: usize,
    line: Segment,
    /// Ink extent (spaces excluded).
    x0: f32,
    x1: f32,
    /// Width of its first word.
    first_word: f32,
}

/// Which side of a candidate a row lies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Above,
    Below,
}

/// How a line relates to the line above it in its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// The lower line's first word would have fitted above: a new cell starts.
    Break,
    /// The upper line is full and the word did not fit: the cell wraps.
    Wrap,
    /// Either could be.
    Open,
}

/// What two consecutive page rows of a candidate are to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Too close to be two rows: lines of cells centred beside each other.
    Overlaps,
    /// Spaced as rows, or a column proves the break and none contradicts it.
    NewRow,
    /// A column's full line says the cell wraps, with or without another column proving
    /// a break. A full line is weak evidence: in a table sized to its contents every
    /// column's widest line is full. So the spacing decides: lines spaced like the table's
    /// undisputed rows, with cells like a row's (see [`looks_like_a_row`]), start one.
    Disputed,
    /// No column tells. Decided by the spacing like a disputed pair; in a table without
    /// undisputed rows (a tab-aligned list whose words never fit the line above), by the
    /// cells alone, unless every line of the upper row is full, as in running text.
    Silent,
}

/// The line above a line in the same column that it may continue, and how it relates to it.
#[derive(Debug, Clone, Copy)]
struct Link {
    upper: usize,
    join: Join,
}

/// What the links across the boundary after a page row say: a column proves a break
/// between the two rows, or a column's full line wraps across it.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    proven: bool,
    wraps: bool,
}

/// Per column: the leftmost edge, the right end of its widest line, and how far right
/// its text could reach (the next column's edge less padding; unbounded for the last).
#[derive(Debug, Clone, Copy)]
struct Column {
    edge: f32,
    widest: f32,
    limit: f32,
}

impl Candidate {
    /// The candidate over rows `first..=last`, with the edges that hold in it and every
    /// piece of text that starts after a wide gap elsewhere (a cell of its own, such as a
    /// third cell in one row only); `None` with fewer than two edges.
    fn new(
        glyphs: &[LayoutGlyph],
        rows: &[TextRow],
        runs: &[EdgeRun],
        (first, last): (usize, usize),
    ) -> Option<Candidate> {
        let mut edges: Vec<f32> = runs
            .iter()
            .filter(|run| run.first <= last && run.last >= first)
            .filter(|run| (first..=last).any(|r| starts_at(&rows[r], run.x)))
            .map(|run| run.x)
            .collect();
        for row in &rows[first..=last] {
            for segment in row.segments.iter().skip(1) {
                if let Some(word) = segment_words(glyphs, segment).first() {
                    edges.push(word.x0);
                }
            }
        }
        edges.sort_by(f32::total_cmp);
        let tolerance = EDGE_TOLERANCE * rows[first].size;
        edges.dedup_by(|b, a| *b - *a <= tolerance);
        (edges.len() >= 2).then_some(Candidate {
            first,
            last,
            edges,
            line_pitch: DEFAULT_LINE_PITCH,
            min_rows: MIN_TABLE_ROWS,
            row_pitches: Vec::new(),
            continues: false,
        })
    }

    /// Are two baselines spaced as rows, wider than wrapped lines ever are?
    fn spaced_as_rows(&self, pitch: f32, size: f32) -> bool {
        pitch > ROW_SPACING * self.line_pitch * size
    }

    /// Every row of the candidate cut into cell lines, top to bottom.
    fn lines(&self, glyphs: &[LayoutGlyph], rows: &[TextRow]) -> Vec<CellLine> {
        (self.first..=self.last)
            .flat_map(|r| self.cell_lines(glyphs, rows, r))
            .collect()
    }

    /// The column a piece starting at `x` is in.
    fn column_of(&self, x: f32, tolerance: f32) -> usize {
        self.edges
            .partition_point(|&e| e <= x + tolerance)
            .saturating_sub(1)
    }

    /// Is `x` on one of the edges?
    fn on_edge(&self, x: f32, tolerance: f32) -> bool {
        let column = self.column_of(x, tolerance);
        self.edges
            .get(column)
            .is_some_and(|&e| (x - e).abs() <= tolerance)
    }

    /// The row cut into pieces, one per column it has text in.
    fn cell_lines(&self, glyphs: &[LayoutGlyph], rows: &[TextRow], r: usize) -> Vec<CellLine> {
        let row = &rows[r];
        let tolerance = EDGE_TOLERANCE * row.size;
        let mut out: Vec<CellLine> = Vec::new();
        for segment in &row.segments {
            let words = segment_words(glyphs, segment);
            let mut cuts: Vec<usize> = words
                .iter()
                .skip(1)
                .filter(|w| self.on_edge(w.x0, tolerance))
                .map(|w| w.at)
                .collect();
            cuts.insert(0, 0);
            cuts.push(segment.glyphs.len());
            for span in cuts.windows(2) {
                let piece = &segment.glyphs[span[0]..span[1]];
                if let Some(line) = cell_line(glyphs, piece, r) {
                    let column = self.column_of(line.x0, tolerance);
                    match out.last_mut() {
                        Some(last) if last.column == column => absorb(glyphs, last, line),
                        _ => out.push(CellLine { column, ..line }),
                    }
                }
            }
        }
        out
    }

    /// Widens the candidate by rows just above and below that continue its cells: the
    /// first lines of cells centred beside a taller one, a last row's wrapped lines.
    fn extended(mut self, glyphs: &[LayoutGlyph], rows: &[TextRow], taken: &[bool]) -> Candidate {
        let mut lines = self.lines(glyphs, rows);
        let columns = self.columns(&lines);
        while self.first > 0 && !taken[self.first - 1] {
            let outer = self.cell_lines(glyphs, rows, self.first - 1);
            if !self.continues(rows, &columns, &lines, &outer, Side::Above) {
                break;
            }
            self.first -= 1;
            lines.splice(0..0, outer);
        }
        while self.last + 1 < rows.len() && !taken[self.last + 1] {
            let outer = self.cell_lines(glyphs, rows, self.last + 1);
            if !self.continues(rows, &columns, &lines, &outer, Side::Below) {
                break;
            }
            self.last += 1;
            lines.extend(outer);
        }
        self
    }

    /// Does every piece of a row just outside the candidate join a cell of it, without the
    /// row crossing an edge? Below, the piece must go on from a full line, or be set
    /// tighter than the candidate's rows (a wrap inside a padded table); a heading after a
    /// borderless table is spaced like its rows. Above, it must lead into a cell centred
    /// beside shorter ones: less than a row's height above the candidate's first row, or
    /// with a lone line below it too; a heading above a table leads into nothing of the
    /// kind.
    fn continues(
        &self,
        rows: &[TextRow],
        columns: &[Column],
        lines: &[CellLine],
        outer: &[CellLine],
        side: Side,
    ) -> bool {
        let Some(first) = outer.first() else {
            return false;
        };
        if self.edges.iter().any(|&x| crosses(&rows[first.row], x)) {
            return false;
        }
        outer.iter().all(|piece| {
            let beside = |l: &&CellLine| l.column == piece.column && overlaps(l, piece);
            let partner = match side {
                Side::Above => lines.iter().position(|l| beside(&l)),
                Side::Below => lines.iter().rposition(|l| beside(&l)),
            };
            partner.is_some_and(|p| {
                let partner = &lines[p];
                let (upper, lower) = match side {
                    Side::Above => (piece, partner),
                    Side::Below => (partner, piece),
                };
                let size = upper.line.size.min(lower.line.size);
                let pitch = rows[lower.row].y - rows[upper.row].y;
                let join = self.join(columns, upper, lower);
                !self.spaced_as_rows(pitch, size)
                    && match side {
                        Side::Below => {
                            join == Join::Wrap
                                || (join == Join::Open && self.tighter_than_rows(rows, pitch))
                        }
                        Side::Above => {
                            let above_first = rows[self.first].y - rows[piece.row].y;
                            join != Join::Break
                                && (above_first < MIN_ROW_PITCH * size
                                    || self.goes_on_alone(rows, columns, lines, p))
                        }
                    }
            })
        })
    }

    /// Is `pitch` clearly tighter than the widest spacing of consecutive rows in the
    /// candidate (the spacing of its table rows, where they are padded)?
    fn tighter_than_rows(&self, rows: &[TextRow], pitch: f32) -> bool {
        let widest = rows[self.first..=self.last]
            .windows(2)
            .map(|w| w[1].y - w[0].y)
            .fold(0.0, f32::max);
        pitch < (1.0 - PITCH_MATCH) * widest
    }

    /// Does line `upper`'s cell go on below it with a line that stands alone on its row?
    fn goes_on_alone(
        &self,
        rows: &[TextRow],
        columns: &[Column],
        lines: &[CellLine],
        upper: usize,
    ) -> bool {
        (upper + 1..lines.len())
            .find(|&l| line_above(lines, l) == Some(upper))
            .is_some_and(|l| {
                let (a, b) = (&lines[upper], &lines[l]);
                let size = a.line.size.min(b.line.size);
                !self.spaced_as_rows(rows[b.row].y - rows[a.row].y, size)
                    && self.join(columns, a, b) != Join::Break
                    && lines.iter().all(|o| o.row != b.row || o.column == b.column)
            })
    }

    /// The columns' measures over the given lines.
    fn columns(&self, lines: &[CellLine]) -> Vec<Column> {
        (0..self.edges.len())
            .map(|c| {
                let size = lines
                    .iter()
                    .filter(|l| l.column == c)
                    .map(|l| l.line.size)
                    .fold(0.0, f32::max);
                let widest = lines
                    .iter()
                    .filter(|l| l.column == c)
                    .map(|l| l.x1)
                    .fold(f32::NEG_INFINITY, f32::max);
                let limit = self
                    .edges
                    .get(c + 1)
                    .map_or(f32::INFINITY, |next| next - CELL_PADDING * size);
                Column {
                    edge: self.edges[c],
                    widest,
                    limit: limit.max(widest),
                }
            })
            .collect()
    }

    /// How `lower` relates to `upper`, the line above it in its column.
    fn join(&self, columns: &[Column], upper: &CellLine, lower: &CellLine) -> Join {
        let column = &columns[upper.column];
        let size = upper.line.size.min(lower.line.size);
        let reach = upper.x1 + WORD_SPACE * size + lower.first_word;
        let fill = (upper.x1 - column.edge) / (column.widest - column.edge).max(0.1);
        if reach <= column.widest + 0.01 {
            Join::Break
        } else if reach > column.limit && fill >= FULL_LINE {
            Join::Wrap
        } else {
            Join::Open
        }
    }

    /// Reads the candidate as a table, or says why it is not one.
    fn table(&self, glyphs: &[LayoutGlyph], rows: &[TextRow]) -> Result<Table, NotATable> {
        let lines = self.lines(glyphs, rows);
        let columns = self.columns(&lines);
        let links = self.links(rows, &columns, &lines);
        let row_of = self.table_rows(rows, &lines, &columns, &links);
        let cells = cells(&lines, &links, |line| row_of[line.row - self.first]);
        let edges = TableEdges {
            edges: self.edges.clone(),
            size: rows[self.first].size,
            row_pitches: self.pitches_between_rows(rows, &row_of),
        };
        self.is_table(&cells, &lines, &columns)
            .map(|()| assemble(cells, edges, self.continues))
    }

    /// For each line, the line above it in its column that it may continue.
    fn links(&self, rows: &[TextRow], columns: &[Column], lines: &[CellLine]) -> Vec<Option<Link>> {
        (0..lines.len())
            .map(|lower| {
                let upper = line_above(lines, lower)?;
                let (a, b) = (&lines[upper], &lines[lower]);
                let size = a.line.size.min(b.line.size);
                let join = if self.spaced_as_rows(rows[b.row].y - rows[a.row].y, size) {
                    Join::Break
                } else {
                    self.join(columns, a, b)
                };
                Some(Link { upper, join })
            })
            .collect()
    }

    /// The distances between the baselines of consecutive page rows that start a new
    /// table row (`row_of` numbers them), each once, at most [`MAX_ROW_PITCHES`] of them.
    fn pitches_between_rows(&self, rows: &[TextRow], row_of: &[u32]) -> Vec<f32> {
        let mut pitches: Vec<f32> = Vec::new();
        for (k, pair) in row_of.windows(2).enumerate() {
            let pitch = rows[self.first + k + 1].y - rows[self.first + k].y;
            if pitches.len() == MAX_ROW_PITCHES {
                break;
            }
            if pair[0] != pair[1] && !spaced_like(&pitches, pitch) {
                pitches.push(pitch);
            }
        }
        pitches
    }

    /// Numbers the table row of every page row of the candidate (`row_of[r - first]`).
    fn table_rows(
        &self,
        rows: &[TextRow],
        lines: &[CellLine],
        columns: &[Column],
        links: &[Option<Link>],
    ) -> Vec<u32> {
        let evidence = self.evidence(lines, links);
        let verdicts: Vec<(f32, Verdict)> = (self.first..self.last)
            .map(|r| {
                let pitch = rows[r + 1].y - rows[r].y;
                let size = rows[r].size.min(rows[r + 1].size);
                (pitch, self.verdict(pitch, size, evidence[r - self.first]))
            })
            .collect();
        let mut row_pitches: Vec<f32> = verdicts
            .iter()
            .filter(|(_, v)| *v == Verdict::NewRow)
            .map(|(p, _)| *p)
            .collect();
        if row_pitches.is_empty() {
            row_pitches.clone_from(&self.row_pitches);
        }
        let spaced_like_rows = |pitch: f32| spaced_like(&row_pitches, pitch);
        let used = self.columns_used(lines);
        let full = self.full_rows(lines, columns);
        let mut row_of = vec![0u32; used.len()];
        let mut current = 0;
        for (k, &(pitch, verdict)) in verdicts.iter().enumerate() {
            let row_like = || looks_like_a_row(&used[k], &used[k + 1]);
            let new_row = match verdict {
                Verdict::NewRow => true,
                Verdict::Overlaps => false,
                Verdict::Silent if row_pitches.is_empty() => row_like() && !full[k],
                Verdict::Disputed | Verdict::Silent => spaced_like_rows(pitch) && row_like(),
            };
            current += u32::from(new_row);
            row_of[k + 1] = current;
        }
        row_of
    }

    /// The evidence on the boundary after each page row (`[r - first]`): a break is proven
    /// only between the two rows themselves; a wrap holds across every row it spans.
    fn evidence(&self, lines: &[CellLine], links: &[Option<Link>]) -> Vec<Evidence> {
        let mut evidence = vec![Evidence::default(); self.last - self.first + 1];
        for (lower, link) in links.iter().enumerate() {
            let Some(link) = link else { continue };
            let (from, to) = (
                lines[link.upper].row - self.first,
                lines[lower].row - self.first,
            );
            match link.join {
                Join::Break if to == from + 1 => evidence[from].proven = true,
                Join::Wrap => evidence[from..to].iter_mut().for_each(|e| e.wraps = true),
                _ => {}
            }
        }
        evidence
    }

    /// What the geometry says about two consecutive page rows `pitch` apart.
    fn verdict(&self, pitch: f32, size: f32, evidence: Evidence) -> Verdict {
        if pitch < MIN_ROW_PITCH * size {
            return Verdict::Overlaps;
        }
        if self.spaced_as_rows(pitch, size) {
            return Verdict::NewRow;
        }
        match (evidence.proven, evidence.wraps) {
            (true, false) => Verdict::NewRow,
            (false, false) => Verdict::Silent,
            _ => Verdict::Disputed,
        }
    }

    /// The columns each page row of the candidate has text in (`[r - first]`), ascending.
    fn columns_used(&self, lines: &[CellLine]) -> Vec<Vec<usize>> {
        let mut used = vec![Vec::new(); self.last - self.first + 1];
        for line in lines {
            used[line.row - self.first].push(line.column);
        }
        for columns in &mut used {
            columns.sort_unstable();
            columns.dedup();
        }
        used
    }

    /// Whether every line of each page row of the candidate (`[r - first]`) is full: in
    /// columns of running text they all are, in a list of names and roles some are short.
    fn full_rows(&self, lines: &[CellLine], columns: &[Column]) -> Vec<bool> {
        let mut full = vec![true; self.last - self.first + 1];
        for line in lines {
            let column = &columns[line.column];
            let fill = (line.x1 - column.edge) / (column.widest - column.edge).max(0.1);
            full[line.row - self.first] &= fill >= FULL_LINE;
        }
        full
    }

    /// Is the candidate a table (enough rows of cells side by side, and neither text
    /// columns nor a list), and if not, why not?
    fn is_table(
        &self,
        cells: &[Cell],
        lines: &[CellLine],
        columns: &[Column],
    ) -> Result<(), NotATable> {
        let mut slots: Vec<(u32, u32)> = cells.iter().map(|c| (c.row, c.column)).collect();
        slots.sort_unstable();
        slots.dedup();
        let side_by_side = slots
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|row| row.len() >= 2)
            .count();
        // Text columns are told first, whatever else rules the candidate out: their
        // blank must be kept even where their full lines read as one tall row.
        if reads_as_text_columns(lines, columns) {
            Err(NotATable::TextColumns)
        } else if side_by_side < self.min_rows && !(side_by_side == 1 && wrapped_grid(lines))
            || reads_as_list(lines, columns)
            || on_default_tab_stops(&self.edges)
        {
            Err(NotATable::Other)
        } else {
            Ok(())
        }
    }
}

/// One row whose cells wrap, as a grid: two or more lines, each with a piece in at
/// least [`GRID_COLUMNS`] columns ("Bo-Göran Lindell (S), ⇥ Ingela Svensson ⇥ …" over
/// "ordförande ⇥ (M) ⇥ …"). Read line by line, each cell's second line would stand apart
/// from its first; the grid is as plain a table as two rows are.
fn wrapped_grid(lines: &[CellLine]) -> bool {
    let mut per_row: Vec<(usize, usize)> = Vec::new();
    for line in lines {
        match per_row.last_mut() {
            Some((row, pieces)) if *row == line.row => *pieces += 1,
            _ => per_row.push((line.row, 1)),
        }
    }
    per_row.len() >= 2 && per_row.iter().all(|&(_, pieces)| pieces >= GRID_COLUMNS)
}

/// Lines a column of running text has at the least.
const TEXT_COLUMN_LINES: usize = 3;

/// Columns a one-row grid needs on every line to be a table.
const GRID_COLUMNS: usize = 3;

/// Do all the column edges stand at default tab stops from the first one
/// ([`DEFAULT_TAB_STOPS`])? Then the "table" is rows set with tabs ("Beslutande⇥Anna
/// Ek (S)", a list of fields): read as lines with tabs, as the writer typed them and as
/// .docx ingest reads them, a row that wraps at a tab goes on at the left margin as one
/// row, where as a table its wrapped line would be a cell of the first column. A Word
/// table's columns are as wide as their text or the page asks, and stand at a default
/// stop only by chance.
fn on_default_tab_stops(edges: &[f32]) -> bool {
    let Some((&first, rest)) = edges.split_first() else {
        return false;
    };
    !rest.is_empty()
        && DEFAULT_TAB_STOPS.iter().any(|&stop| {
            rest.iter().all(|&edge| {
                let stops = (edge - first) / stop;
                stops >= 0.5 && (stops - stops.round()).abs() * stop <= ON_TAB_STOP
            })
        })
}

/// Two or more columns of several lines, each wide and full of long lines: columns of
/// running text side by side. A column of one or two lines (a page number beside the
/// text, a row set with tabs that wrapped) does not count.
fn reads_as_text_columns(lines: &[CellLine], columns: &[Column]) -> bool {
    let mut text_columns = 0;
    for (c, column) in columns.iter().enumerate() {
        let mut widths: Vec<f32> = lines
            .iter()
            .filter(|l| l.column == c)
            .map(|l| l.x1 - column.edge)
            .collect();
        if widths.len() < TEXT_COLUMN_LINES {
            continue;
        }
        let size = lines
            .iter()
            .find(|l| l.column == c)
            .map_or(0.0, |l| l.line.size);
        widths.sort_by(f32::total_cmp);
        let widest = widths[widths.len() - 1];
        if widest < PROSE_WIDTH * size || widths[widths.len() / 2] < PROSE_FILL * widest {
            return false;
        }
        text_columns += 1;
    }
    text_columns >= 2
}

/// Two columns, the first a narrow one of markers: a hanging-indent list.
fn reads_as_list(lines: &[CellLine], columns: &[Column]) -> bool {
    let Some(size) = lines.iter().find(|l| l.column == 0).map(|l| l.line.size) else {
        return false;
    };
    columns.len() == 2 && columns[0].widest - columns[0].edge <= LIST_MARKER_WIDTH * size
}

/// A piece of a segment as a cell line (its column filled in by the caller); `None` when
/// it holds only spaces.
fn cell_line(glyphs: &[LayoutGlyph], piece: &[usize], row: usize) -> Option<CellLine> {
    let (&first, rest) = piece.split_first()?;
    let mut line = Segment::new(first, &glyphs[first]);
    for &i in rest {
        line.push(i, &glyphs[i]);
    }
    let words = segment_words(glyphs, &line);
    let (head, tail) = (words.first()?, words.last()?);
    Some(CellLine {
        row,
        column: 0,
        x0: head.x0,
        x1: tail.x1,
        first_word: head.x1 - head.x0,
        line,
    })
}

/// Adds a later piece of the same row and column to a cell line.
fn absorb(glyphs: &[LayoutGlyph], line: &mut CellLine, other: CellLine) {
    for &i in &other.line.glyphs {
        line.line.push(i, &glyphs[i]);
    }
    line.x1 = line.x1.max(other.x1);
}

/// The nearest line above line `lower` in its column that shares some of its extent,
/// at most [`MAX_CONTINUATION_ROWS`] page rows up.
fn line_above(lines: &[CellLine], lower: usize) -> Option<usize> {
    let line = &lines[lower];
    (0..lower)
        .rev()
        .take_while(|&u| lines[u].row + MAX_CONTINUATION_ROWS >= line.row)
        .filter(|&u| lines[u].column == line.column && lines[u].row < line.row)
        .find(|&u| overlaps(&lines[u], line))
}

/// Do two lines share some horizontal extent?
fn overlaps(a: &CellLine, b: &CellLine) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1
}

/// Does a page row with text in columns `lower` look like the start of a table row after
/// one with text in columns `upper`: cells in two or more columns, or in every column
/// the row above has (a lone line under a wider row is a wrapped cell's tail)?
fn looks_like_a_row(upper: &[usize], lower: &[usize]) -> bool {
    lower.len() >= 2 || upper.iter().all(|c| lower.contains(c))
}

/// Does a word of the row start at `x`?
fn starts_at(row: &TextRow, x: f32) -> bool {
    let tolerance = EDGE_TOLERANCE * row.size;
    row.words.iter().any(|w| (w.x0 - x).abs() <= tolerance)
}

/// Does a word after a gutter (or opening the row) start at `x`?
fn cell_starts_at(row: &TextRow, x: f32) -> bool {
    let tolerance = EDGE_TOLERANCE * row.size;
    (row.words.iter()).any(|w| w.gutter && (w.x0 - x).abs() <= tolerance)
}

/// Groups the lines into cells: a line continues the cell of the line above it in its
/// column unless that link is a break or a new table row starts between them.
fn cells(
    lines: &[CellLine],
    links: &[Option<Link>],
    table_row: impl Fn(&CellLine) -> u32,
) -> Vec<Cell> {
    let mut cell_of: Vec<usize> = Vec::with_capacity(lines.len());
    let mut cells: Vec<Cell> = Vec::new();
    for (line, link) in lines.iter().zip(links) {
        let continued = link
            .filter(|link| link.join != Join::Break)
            .filter(|link| table_row(&lines[link.upper]) == table_row(line))
            .map(|link| cell_of[link.upper]);
        match continued {
            Some(c) => cells[c].lines.push(line.line.clone()),
            None => cells.push(Cell {
                row: table_row(line),
                column: line.column as u32,
                lines: vec![line.line.clone()],
            }),
        }
        cell_of.push(continued.unwrap_or(cells.len() - 1));
    }
    cells
}

/// The table in reading order: rows top to bottom, cells left to right, a column's cells
/// in one row top to bottom; numbered from 0 without gaps.
fn assemble(mut cells: Vec<Cell>, edges: TableEdges, continues: bool) -> Table {
    cells.sort_by_key(|c| (c.row, c.column));
    let mut x0 = f32::INFINITY;
    let mut x1 = f32::NEG_INFINITY;
    let mut top = f32::INFINITY;
    let mut bottom = f32::NEG_INFINITY;
    for line in cells.iter().flat_map(|c| &c.lines) {
        x0 = x0.min(line.x0);
        x1 = x1.max(line.x1);
        top = top.min(line.y - CORE_HEIGHT * line.size);
        bottom = bottom.max(line.y);
    }
    // Columns are numbered among those that hold a cell, but a continuation keeps the
    // numbers of the table it continues (a row there may leave a column empty).
    let mut columns: Vec<u32> = if continues {
        (0..edges.edges.len() as u32).collect()
    } else {
        cells.iter().map(|c| c.column).collect()
    };
    columns.sort_unstable();
    columns.dedup();
    let mut rows: Vec<u32> = cells.iter().map(|c| c.row).collect();
    rows.dedup();
    for cell in &mut cells {
        cell.column = columns.partition_point(|&c| c < cell.column) as u32;
        cell.row = rows.partition_point(|&r| r < cell.row) as u32;
    }
    Table {
        cells,
        edges,
        continues,
        x0,
        x1,
        top,
        bottom,
    }
}
