//! The rows of a tab-set list, settled together: where a row wrapped, did it break at a
//! tab or at a space?
//!
//! A tab-set row too long for its line wraps to the left margin. Where the text after
//! a tab would not fit, the line breaks at the tab; where a word would not fit, at the
//! space before it. The page shows the same for both: a line that ends short of the
//! margin and a next line at the margin. Only when the next word would have fitted after
//! a space does the page tell (the line broke at a tab), and the paragraph's layout
//! reads that ([`super::LineReading::after_tab`]); every other join it reads as a space.
//!
//! The rows of one list have the same number of fields ("Nr⇥Dnr⇥Fastighet⇥Beslut" and
//! each row under it), and that settles the joins the page leaves open: a row with fewer
//! fields than its list, after taking its tabs within lines, broke at a tab where it
//! wrapped. Of several joins, the ones that left the most room at the line's end broke
//! at the tab ([`super::LineJoin::room`]): a word wraps at a space only when it does not
//! fit, so little room is left there. A row with more fields gives back a join read as
//! a tab to a space the same way.
//!
//! A list is a run of consecutive tab-set paragraphs (a tab within one of their lines)
//! outside tables, starting at one left edge in one size. Its number of fields is the one
//! the most rows can have, however their joins are read; where rows tie, the one the
//! most rows have as read (and none where that ties too: the rows stay as read).

use super::{LaidParagraph, LineJoin, Origin, WORD_SPACE};

/// A join that left this much room (fraction of the font size) broke at a tab beyond
/// doubt: two word spaces, where the word after it would have fitted after a space,
/// however wide the font's space is. A join with less room is open.
const CERTAIN_TAB_ROOM: f32 = 2.0 * WORD_SPACE;
/// Left edges this close (fraction of the font size) are one margin.
const SAME_LEFT: f32 = 0.5;
/// Font sizes within this ratio are one size.
const SAME_SIZE: f32 = 1.06;

/// Settles the joins of the rows of each tab-set list among a page's paragraphs (in
/// reading order) and then forgets every paragraph's joins.
pub(super) fn settle(paragraphs: &mut [LaidParagraph]) {
    for paragraph in paragraphs.iter_mut() {
        if Row::of(paragraph).is_some() {
            read_certain_tabs(paragraph);
        }
    }
    let mut start = 0;
    while start < paragraphs.len() {
        let end = start + run_length(&paragraphs[start..]);
        if end - start >= 2 {
            settle_list(&mut paragraphs[start..end]);
        }
        start = end.max(start + 1);
    }
    for paragraph in paragraphs {
        paragraph.joins = Vec::new();
    }
}

/// How many paragraphs from the first make one tab-set list (0 when the first is no
/// tab-set row).
fn run_length(paragraphs: &[LaidParagraph]) -> usize {
    let Some(first) = paragraphs.first().filter(|p| Row::of(p).is_some()) else {
        return 0;
    };
    let Some(shape) = first.shape else {
        return 0;
    };
    paragraphs
        .iter()
        .take_while(|p| {
            Row::of(p).is_some()
                && p.shape.is_some_and(|s| {
                    let size = s.first_size.min(shape.first_size).max(0.1);
                    (s.first_x0 - shape.first_x0).abs() <= SAME_LEFT * size
                        && s.first_size.max(shape.first_size) / size <= SAME_SIZE
                })
        })
        .count()
}

/// What a row of a list tells about its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Row {
    /// Fields parted by tabs within its lines, and by joins that broke at a tab beyond
    /// doubt.
    fields: usize,
    /// Its open joins, and how many of them are read as tabs.
    joins: usize,
    tab_joins: usize,
}

impl Row {
    /// The row a paragraph is, if it is a tab-set row outside a table.
    fn of(paragraph: &LaidParagraph) -> Option<Row> {
        if paragraph.cell.is_some() || paragraph.shape.is_none() {
            return None;
        }
        let bytes = paragraph.text.as_bytes();
        let open_at = |at: usize| paragraph.joins.iter().any(|j| j.at == at && is_open(j));
        let tabs = (0..bytes.len())
            .filter(|&at| bytes[at] == b'\t' && !open_at(at))
            .count();
        let open = paragraph.joins.iter().filter(|j| is_open(j));
        let tab_joins = open
            .clone()
            .filter(|j| bytes.get(j.at) == Some(&b'\t'))
            .count();
        (tabs > 0).then_some(Row {
            fields: tabs + 1,
            joins: open.count(),
            tab_joins,
        })
    }

    /// Can it have `fields` fields, however its joins are read?
    fn can_have(&self, fields: usize) -> bool {
        (self.fields..=self.fields + self.joins).contains(&fields)
    }

    /// How many fields it has as read.
    fn read(&self) -> usize {
        self.fields + self.tab_joins
    }
}

/// Settles the joins of the rows of one list.
fn settle_list(paragraphs: &mut [LaidParagraph]) {
    let rows: Vec<Row> = paragraphs.iter().filter_map(Row::of).collect();
    let Some(fields) = list_fields(&rows) else {
        return;
    };
    for (paragraph, row) in paragraphs.iter_mut().zip(&rows) {
        if row.can_have(fields) && row.read() != fields {
            read_joins(paragraph, fields - row.fields);
        }
    }
}

/// Puts `more` tabs in at byte `at`. Origins and hidden text count characters: after the
/// place, each moves on by the tabs put in; so do the joins after it.
fn insert_tabs(paragraph: &mut LaidParagraph, at: usize, more: usize) {
    if more == 0 {
        return;
    }
    let char_at = paragraph.text[..at].chars().count();
    paragraph.text.insert_str(at, &"\t".repeat(more));
    paragraph.origins.splice(
        char_at..char_at,
        std::iter::repeat_n(Origin::Synthetic, more),
    );
    for hidden in paragraph.hidden.iter_mut().filter(|h| h.at > char_at) {
        hidden.at += more;
    }
    for join in paragraph.joins.iter_mut().filter(|j| j.at > at) {
        join.at += more;
    }
}

/// The number of fields of a list's rows: the one the most rows can have (two at
/// least); of two such, the greater where two rows have it beyond doubt, else the one the
/// most rows have as read; none where that still ties.
/// Counted on sorted ends, so that a page of thousands of rows costs no more than
/// sorting them.
fn list_fields(rows: &[Row]) -> Option<usize> {
    let sorted = |f: fn(&Row) -> usize| {
        let mut v: Vec<usize> = rows.iter().map(f).collect();
        v.sort_unstable();
        v
    };
    let least = sorted(|r| r.fields);
    let most = sorted(|r| r.fields + r.joins);
    let read = sorted(Row::read);
    let at_most = |v: &[usize], n: usize| v.partition_point(|&x| x <= n);
    let below = |v: &[usize], n: usize| v.partition_point(|&x| x < n);
    // The most rows that can have a number are reached at some row's fewest fields.
    let mut counted: Vec<(usize, usize, usize)> = least
        .iter()
        .chain(&read)
        .map(|&fields| {
            let can = at_most(&least, fields) - below(&most, fields);
            let as_read = at_most(&read, fields) - below(&read, fields);
            (fields, can, as_read)
        })
        .filter(|&(_, can, _)| can >= 2)
        .collect();
    counted.sort_unstable_by(|a, b| (b.1, b.2).cmp(&(a.1, a.2)).then(a.0.cmp(&b.0)));
    counted.dedup();
    // A field is missed (an empty one at a break, a run of tabs off the default stops),
    // not made up: of two numbers as many rows can have, the greater where two rows or
    // more have it beyond doubt, however the rest read.
    let certain = |fields: usize| rows.iter().filter(|r| r.fields >= fields).count() >= 2;
    if let [best, next, ..] = counted.as_slice() {
        if best.1 == next.1 && next.0 > best.0 && certain(next.0) {
            return Some(next.0);
        }
    }
    // Two numbers that as many rows can have, and have as read, leave it open.
    match counted.as_slice() {
        [best, next, ..] if (best.1, best.2) == (next.1, next.2) => None,
        [best, ..] => Some(best.0),
        [] => None,
    }
}

/// Reads the joins of a tab-set row that broke at a tab beyond doubt as tabs: a line
/// of it without a tab of its own, where the next word would have fitted, ended there
/// only because the text after a tab did not.
fn read_certain_tabs(paragraph: &mut LaidParagraph) {
    let certain: Vec<LineJoin> = paragraph
        .joins
        .iter()
        .copied()
        .filter(|j| !is_open(j))
        .collect();
    // From the last, so that the tabs put in move no join still to come.
    for join in certain.iter().rev() {
        if paragraph.text.as_bytes().get(join.at) == Some(&b' ') {
            paragraph.text.replace_range(join.at..join.at + 1, "\t");
            insert_tabs(paragraph, join.at, join.tabs.saturating_sub(1));
        }
    }
}

/// Is a join open: could the line have broken at a space as well as at a tab?
fn is_open(join: &LineJoin) -> bool {
    // A NaN room (no sizes to measure by) is open, not a certain tab.
    join.room.is_nan() || join.room < CERTAIN_TAB_ROOM
}

/// Reads `tabs` of a paragraph's open joins as tabs, those that left the most room, and
/// the others as spaces.
fn read_joins(paragraph: &mut LaidParagraph, tabs: usize) {
    let mut joins: Vec<LineJoin> = paragraph.joins.iter().copied().filter(is_open).collect();
    joins.sort_by(|a, b| b.room.total_cmp(&a.room));
    for (k, join) in joins.iter().enumerate() {
        let separator = if k < tabs { "\t" } else { " " };
        // A join is a space or a tab, one byte each: replacing it moves no other
        // character, so the origins (one per character) still line up.
        if matches!(paragraph.text.as_bytes().get(join.at), Some(b' ' | b'\t')) {
            paragraph
                .text
                .replace_range(join.at..join.at + 1, separator);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: usize, joins: usize) -> Row {
        Row {
            fields,
            joins,
            tab_joins: 0,
        }
    }

    #[test]
    fn a_list_has_the_fields_the_most_rows_can_have() {
        let rows = [row(5, 0), row(4, 1), row(5, 1), row(4, 0)];
        assert_eq!(list_fields(&rows), Some(5));
    }

    #[test]
    fn of_two_numbers_as_many_rows_can_have_the_greater_wins_where_two_rows_have_it_beyond_doubt() {
        // Every row wraps where the page cannot tell a tab from a space; two rows tell
        // eight fields beyond doubt (an empty field at a break), none fewer than seven.
        let rows = [
            row(7, 1),
            row(7, 1),
            row(7, 1),
            row(7, 0),
            row(8, 0),
            row(8, 1),
            row(6, 1),
        ];
        assert_eq!(list_fields(&rows), Some(8));
        // One row alone does not outweigh the rows as read.
        let rows = [row(7, 1), row(7, 1), row(7, 1), row(7, 0), row(8, 0)];
        assert_eq!(list_fields(&rows), Some(7));
    }
}
