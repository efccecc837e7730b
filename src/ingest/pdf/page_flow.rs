//! Layout across pages: what no page shows on its own.
//!
//! Pages are laid out one by one (on several threads), each into its own paragraphs. A
//! reader reads on over a page break, and so does this module, once every page is read:
//!
//! - **Running headers and footers** are the text repeated at the same height on at least
//!   half of the pages (page numbers counted as one text), or a page-number line ("Sida 2
//!   av 5"), above or below all the body text of their page. They are not part of the
//!   body whose ends the rules below look at, and stay paragraphs where they stand,
//!   flagged [`Paragraph::running`] (detection keeps them out of a § body).
//! - **A table continued** on the next page with a single row there is no table to the
//!   page's own layout (a table has two rows), or its wrapped lines are taken for rows;
//!   when the previous page's body ended with a table and the next page's body starts on
//!   one of its column edges, the page is laid out again with that table's edges and row
//!   spacing ([`Continuation`]), so the row reads as one row of cells: of the same table,
//!   whose number it keeps and whose rows it counts on (as a .docx table over a page
//!   break is one table).
//! - **A paragraph cut by the page break** is joined with its continuation when the
//!   part on the first page does not end its paragraph: no sentence-final end, its last
//!   line full (the next word would not have fitted), the same font size on both sides,
//!   and the continuation at the column's left margin, neither a heading (another size,
//!   or one short line without punctuation) nor a new § or list item, on the very next
//!   page. The joined paragraph starts on the first page and ends on the last
//!   ([`Paragraph::last_page`]); each character keeps the origin of its own glyph.

use super::{Continuation, PageRead, Shape};
use crate::ingest::layout::{drop_line_end_hyphen, line_end_hyphen, starts_item};
use crate::ingest::layout::{LineEndHyphen, WORD_SPACE};
use crate::ingest::{Document, HiddenText, Mark, MarkKind, Origin, Paragraph};
use std::collections::HashMap;

/// Text repeated at the same height on at least this share of the pages (and on two at
/// least) is a running header or footer.
const RUNNING_SHARE: f32 = 0.5;
/// Longer paragraphs (bytes) are never running headers or footers (and are not hashed).
const MAX_RUNNING_LEN: usize = 200;
/// Baselines this close (display units, points) are the same height on two pages:
/// producers put a running header at the very same place on every page.
const SAME_HEIGHT: f32 = 1.0;
/// A heading is at most this share of its column wide.
const HEADING_WIDTH: f32 = 0.5;
/// Font sizes within this ratio are the same size.
const SAME_SIZE: f32 = 1.06;
/// How far (fraction of the font size) a line may start right of its column's edge and
/// still start at the left margin, and how far apart two pages' column edges may be.
const MARGIN_TOLERANCE: f32 = 0.5;

/// For each page, which of its paragraphs are running headers or footers.
pub(super) fn running(pages: &[PageRead]) -> Vec<Vec<bool>> {
    let repeated = repeated_at_same_height(pages);
    pages
        .iter()
        .zip(repeated)
        .map(|(page, repeated)| outside_body(page, repeated))
        .collect()
}

/// For each page, which of its paragraphs stand, with the same text (digits aside), at the
/// same height on enough pages ([`RUNNING_SHARE`]).
fn repeated_at_same_height(pages: &[PageRead]) -> Vec<Vec<bool>> {
    let mut repeated: Vec<Vec<bool>> = pages
        .iter()
        .map(|p| vec![false; p.paragraphs.len()])
        .collect();
    let needed = ((pages.len() as f32 * RUNNING_SHARE).ceil() as usize).max(2);
    if pages.len() < needed {
        return repeated;
    }
    // Where each text stands: (baseline, page, paragraph).
    let mut places: HashMap<String, Vec<(f32, usize, usize)>> = HashMap::new();
    for (n, page) in pages.iter().enumerate() {
        for (i, (p, shape)) in page.paragraphs.iter().zip(&page.shapes).enumerate() {
            if let Some(shape) = shape.filter(|_| p.text.len() <= MAX_RUNNING_LEN) {
                places
                    .entry(digits_as_one(&p.text))
                    .or_default()
                    .push((shape.first_y, n, i));
            }
        }
    }
    for found in places.values_mut().filter(|found| found.len() >= needed) {
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
        for cluster in found.chunk_by(|a, b| b.0 - a.0 <= SAME_HEIGHT) {
            let mut on: Vec<usize> = cluster.iter().map(|c| c.1).collect();
            on.sort_unstable();
            on.dedup();
            if on.len() >= needed {
                for &(_, n, i) in cluster {
                    repeated[n][i] = true;
                }
            }
        }
    }
    repeated
}

/// The text with every run of digits as one '#' (a page number or a date differs from
/// page to page in a running header).
fn digits_as_one(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('#') {
            out.push('#');
        }
    }
    out
}

/// Which paragraphs of a page are running: repeated (or a page-number line) and above or
/// below every other paragraph of the page's body.
fn outside_body(page: &PageRead, repeated: Vec<bool>) -> Vec<bool> {
    let marked: Vec<bool> = page
        .paragraphs
        .iter()
        .zip(repeated)
        .map(|(p, repeated)| repeated || is_page_number(&p.text))
        .collect();
    let body = page
        .shapes
        .iter()
        .zip(&marked)
        .filter(|(_, &marked)| !marked)
        .filter_map(|(shape, _)| *shape);
    let (top, bottom) = body.fold((f32::INFINITY, f32::NEG_INFINITY), |(t, b), s| {
        (t.min(s.first_y), b.max(s.last_y))
    });
    page.shapes
        .iter()
        .zip(marked)
        .map(|(shape, marked)| {
            marked && shape.is_some_and(|s| s.last_y < top || s.first_y > bottom)
        })
        .collect()
}

/// A line that is only a page number: "3", "Sida 3", "Sida 3 av 5", "Sida 3 (5)", "3/5",
/// "- 3 -".
fn is_page_number(text: &str) -> bool {
    if text.len() > 24 {
        return false;
    }
    let lower = text.trim().to_lowercase();
    let rest = ["sida", "sid.", "page", "s."]
        .iter()
        .find_map(|word| lower.strip_prefix(word))
        .unwrap_or(&lower);
    let mut numbers = 0;
    let only_numbers = rest
        .split(|c: char| c.is_whitespace() || "()/-–".contains(c))
        .filter(|token| !token.is_empty())
        .all(|token| {
            let number = token.chars().all(|c| c.is_ascii_digit());
            numbers += usize::from(number);
            number || token == "av" || token == "of"
        });
    only_numbers && (1..=2).contains(&numbers)
}

/// The body of a page: its paragraphs that are neither running nor rotated, in reading
/// order.
fn body<'a>(page: &'a PageRead, running: &'a [bool]) -> impl Iterator<Item = usize> + 'a {
    (0..page.paragraphs.len()).filter(|&i| !running[i] && page.shapes[i].is_some())
}

/// The table cell a paragraph is, if it is one: (table, row).
fn cell_of(p: &Paragraph) -> Option<(u32, u32)> {
    p.marks.iter().find_map(|m| match m.kind {
        MarkKind::TableCell { table, row, .. } => Some((table, row)),
        _ => None,
    })
}

/// Lays out again, with `reread`, every page whose body may begin with the continuation
/// of a table its previous page's body ended with (given with that table's number on its
/// page), and carries the running flags over.
pub(super) fn continue_tables(
    pages: &mut [PageRead],
    running: &mut [Vec<bool>],
    mut reread: impl FnMut(usize, &Continuation, u32) -> PageRead,
) {
    for n in 1..pages.len() {
        let Some((continued, there)) =
            continuation(&pages[n - 1], &running[n - 1], &pages[n], &running[n])
        else {
            continue;
        };
        let page = reread(n, &continued, there);
        running[n] = carried_over(&pages[n], &running[n], &page);
        pages[n] = page;
    }
}

/// The table `page` may continue, and its number on `previous`: the one whose cell ends
/// the body of `previous`, when the body of `page` begins with a line that starts on one
/// of that table's column edges (read as a table of its own or not: one row alone cannot
/// tell wrapped lines from rows).
fn continuation(
    previous: &PageRead,
    previous_running: &[bool],
    page: &PageRead,
    running: &[bool],
) -> Option<(Continuation, u32)> {
    let last = body(previous, previous_running).last()?;
    let (there, _) = cell_of(&previous.paragraphs[last])?;
    let table = previous.tables.get(there as usize)?;
    let first = body(page, running).next()?;
    let shape = page.shapes[first]?;
    let tolerance = 0.1 * table.size;
    let on_edge = table
        .edges
        .iter()
        .any(|&e| (shape.first_x0 - e).abs() <= tolerance);
    if !on_edge {
        return None;
    }
    // The running header's lowest line above the body.
    let below = (0..page.paragraphs.len())
        .filter(|&i| running[i])
        .filter_map(|i| page.shapes[i])
        .filter(|s| s.last_y < shape.first_y)
        .map(|s| s.last_y)
        .fold(f32::NEG_INFINITY, f32::max);
    Some((
        Continuation {
            table: table.clone(),
            below,
        },
        there,
    ))
}

/// The running flags of a page laid out again: its running headers and footers are the
/// same paragraphs at the same places as before.
fn carried_over(before: &PageRead, running: &[bool], after: &PageRead) -> Vec<bool> {
    let was_running: Vec<(&str, f32)> = (0..before.paragraphs.len())
        .filter(|&i| running[i])
        .filter_map(|i| {
            Some((
                before.paragraphs[i].text.as_str(),
                before.shapes[i]?.first_y,
            ))
        })
        .collect();
    after
        .paragraphs
        .iter()
        .zip(&after.shapes)
        .map(|(p, shape)| {
            shape.is_some_and(|s| {
                was_running
                    .iter()
                    .any(|&(text, y)| text == p.text && y == s.first_y)
            })
        })
        .collect()
}

/// Joins each paragraph cut by a page break with its continuation (see the module's
/// comment). `shapes` and `running` are per paragraph of `doc`, whose pages are in order.
pub(super) fn join_across_pages(doc: &mut Document, shapes: &[Option<Shape>], running: &[bool]) {
    let into = joins(doc, shapes, running);
    if into.iter().any(Option::is_some) {
        merge(doc, &into);
    }
}

/// The end of a page's body that may go on: the paragraph it belongs to (after joins),
/// its last piece, and whether that piece is the lowest text of its page's body.
#[derive(Clone, Copy)]
struct Open {
    paragraph: usize,
    piece: usize,
    lowest: bool,
}

/// For each paragraph, the earlier paragraph it goes on from, if it does.
fn joins(doc: &Document, shapes: &[Option<Shape>], running: &[bool]) -> Vec<Option<usize>> {
    let mut into = vec![None; doc.paragraphs.len()];
    let mut open: Option<Open> = None;
    let indices: Vec<usize> = (0..doc.paragraphs.len()).collect();
    for page in indices.chunk_by(|&a, &b| doc.paragraphs[a].page == doc.paragraphs[b].page) {
        let body: Vec<(usize, Shape)> = page
            .iter()
            .filter(|&&i| !running[i])
            .filter_map(|&i| Some((i, shapes[i]?)))
            .collect();
        let (Some(&(first, first_shape)), Some(&(last, last_shape))) = (body.first(), body.last())
        else {
            open = None;
            continue;
        };
        let top = body
            .iter()
            .map(|(_, s)| s.first_y)
            .fold(f32::INFINITY, f32::min);
        let bottom = body
            .iter()
            .map(|(_, s)| s.last_y)
            .fold(f32::NEG_INFINITY, f32::max);
        if let Some(o) = open {
            let highest = first_shape.first_y <= top + MARGIN_TOLERANCE * first_shape.first_size;
            let (p, q) = (&doc.paragraphs[o.piece], &doc.paragraphs[first]);
            // A page without text between them (a blank page, a scan) breaks the flow.
            let next_page = q.page == p.last_page + 1;
            let continues = o.lowest
                && highest
                && next_page
                && shapes[o.piece].is_some_and(|ps| runs_on(p, &ps, q, &first_shape));
            if continues {
                into[first] = Some(o.paragraph);
            }
        }
        let paragraph = into[last].unwrap_or(last);
        open = Some(Open {
            paragraph,
            piece: last,
            lowest: last_shape.last_y >= bottom - MARGIN_TOLERANCE * last_shape.last_size,
        });
    }
    into
}

/// Does paragraph `p`, the end of a page's body, go on in `q`, the start of the next
/// page's body?
fn runs_on(p: &Paragraph, ps: &Shape, q: &Paragraph, qs: &Shape) -> bool {
    if cell_of(p).is_some() || cell_of(q).is_some() {
        return false;
    }
    let size = ps.last_size.min(qs.first_size).max(0.1);
    let same_size = ps.last_size.max(qs.first_size) / size < SAME_SIZE;
    // The line was full: the next word did not fit at its end.
    let full = ps.last_x1 + WORD_SPACE * size + qs.first_word > ps.column_right;
    let at_margin = qs.first_x0 <= qs.column_left + MARGIN_TOLERANCE * size
        && (qs.column_left - ps.column_left).abs() <= MARGIN_TOLERANCE * size;
    let new_item = q.text.chars().next().is_some_and(starts_item);
    same_size && full && at_margin && !new_item && !ends_sentence(&p.text) && !heading(q, qs)
}

/// Does a paragraph look like a heading set in the body's size (bold, which layout does
/// not see): one line, at most half its column wide, ending in a letter or digit, no
/// punctuation ("Beslut", "Yrkanden", "Ärendebeskrivning")?
fn heading(q: &Paragraph, qs: &Shape) -> bool {
    let one_line = qs.first_y == qs.last_y;
    let short = qs.last_x1 - qs.column_left <= HEADING_WIDTH * (qs.column_right - qs.column_left);
    let unpunctuated = q.text.chars().last().is_some_and(char::is_alphanumeric);
    one_line && short && unpunctuated
}

/// Does the text end a sentence (or a lead-in to a list): a full stop, question or
/// exclamation mark, colon or semicolon, before any closing brackets and quotes?
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches([')', ']', '"', '”', '’', '»', '\''])
        .ends_with(['.', '!', '?', ':', ';'])
}

/// Moves every paragraph that goes on from an earlier one into it, and points the images
/// at the paragraphs as they are now numbered.
fn merge(doc: &mut Document, into: &[Option<usize>]) {
    let paragraphs = std::mem::take(&mut doc.paragraphs);
    let mut now_at: Vec<usize> = Vec::with_capacity(paragraphs.len());
    for (p, target) in paragraphs.into_iter().zip(into) {
        match target.and_then(|t| now_at.get(t).copied()) {
            Some(t) => {
                append(&mut doc.paragraphs[t], p);
                now_at.push(t);
            }
            None => {
                now_at.push(doc.paragraphs.len());
                doc.paragraphs.push(p);
            }
        }
    }
    for image in &mut doc.images {
        image.paragraph = image.paragraph.and_then(|p| now_at.get(p).copied());
    }
}

/// Appends `q` to `p` as the next line of the same paragraph: a space between them, or a
/// line-end hyphen kept or dropped as within a page.
fn append(p: &mut Paragraph, q: Paragraph) {
    let next = || {
        q.text
            .chars()
            .take_while(|c| !c.is_whitespace())
            .take(40)
            .collect()
    };
    match line_end_hyphen(&p.text, next) {
        LineEndHyphen::Kept => {}
        LineEndHyphen::Dropped => drop_line_end_hyphen(&mut p.text, &mut p.origins, &mut p.hidden),
        LineEndHyphen::None => {
            p.text.push(' ');
            p.origins.push(Origin::Synthetic);
        }
    }
    let offset = p.origins.len();
    p.text.push_str(&q.text);
    p.origins.extend(q.origins);
    p.hidden.extend(q.hidden.into_iter().map(|h| HiddenText {
        at: h.at + offset,
        ..h
    }));
    p.marks.extend(q.marks.into_iter().map(|m| Mark {
        start: m.start + offset,
        end: m.end + offset,
        ..m
    }));
    for b in q.boxes {
        match p.boxes.iter_mut().find(|a| a.page == b.page) {
            Some(a) => a.rect = a.rect.union(&b.rect),
            None => p.boxes.push(b),
        }
    }
    p.last_page = p.last_page.max(q.last_page);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_number_lines_in_their_usual_forms_are_page_numbers() {
        for line in [
            "3",
            "Sida 3",
            "Sida 3 av 5",
            "Sida 3 (5)",
            "3/5",
            "- 3 -",
            "Page 3 of 5",
        ] {
            assert!(is_page_number(line), "{line}");
        }
    }

    #[test]
    fn lines_that_only_hold_a_number_among_words_are_not_page_numbers() {
        for line in [
            "Sidan 3",
            "§ 3",
            "Sida",
            "3 ledamöter",
            "2024-05-14",
            "Sida 3 av 5 i bilagan",
        ] {
            assert!(!is_page_number(line), "{line}");
        }
    }

    #[test]
    fn a_running_header_is_the_same_text_whatever_its_page_number() {
        assert_eq!(
            digits_as_one("Sida 12 (140)"),
            digits_as_one("Sida 3 (140)")
        );
        assert_ne!(digits_as_one("Sida 3"), digits_as_one("Bilaga 3"));
    }

    #[test]
    fn a_sentence_ends_at_its_mark_also_before_closing_brackets_and_quotes() {
        for text in [
            "beviljas.",
            "beviljas?",
            "följande:",
            "(se bilaga.)",
            "”beviljas.”",
        ] {
            assert!(ends_sentence(text), "{text}");
        }
        for text in [
            "advokaten Anna",
            "bilaga 3,",
            "enligt (bilaga 3)",
            "kommun-",
        ] {
            assert!(!ends_sentence(text), "{text}");
        }
    }
}
