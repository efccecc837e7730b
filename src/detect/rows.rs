//! Rows: the text detection reads, with each table row as one line.
//!
//! Ingest gives every table cell a paragraph of its own (a Word cell, or a cell the PDF
//! layout found), marked with its table, row and column. A protocol's tables carry their
//! meaning across the row: "Karin Lund | ordförande | S" is an official, and in a list of
//! delegation decisions "BN 2024/12 | Bygglov | Tallåsen 3:17 | Beviljat" the last cell
//! decides whether the property may stay. So detection reads a row as one paragraph, its
//! cells joined by " | " as a reader takes them in (the annotated corpora are written so),
//! and what it finds there is mapped back to the cells it stands in.

use super::classify::Found;
use super::structure::Structure;
use crate::ingest::{Document, MarkKind, Paragraph};

/// What separates two cells of a row in the text detection reads.
pub(crate) const CELL_SEPARATOR: &str = " | ";

/// A document with its table rows joined, and the way back to the document's paragraphs.
pub(crate) struct Rows {
    /// The document as detection reads it: one paragraph per row, the rest as they are.
    pub view: Document,
    /// Per view paragraph: the document paragraphs it is made of, with the byte offset at
    /// which each starts in the view paragraph's text.
    pieces: Vec<Vec<(usize, usize)>>,
    /// The number of paragraphs of the document.
    paragraphs: usize,
}

impl Rows {
    /// The row view of `doc`, or `None` when no row has two cells (nothing to join).
    pub fn of(doc: &Document) -> Option<Rows> {
        let groups = row_groups(doc);
        if groups.iter().all(|g| g.len() < 2) {
            return None;
        }
        let mut view_of = vec![0; doc.paragraphs.len()];
        let mut pieces = Vec::with_capacity(groups.len());
        let mut paragraphs = Vec::with_capacity(groups.len());
        for (v, group) in groups.iter().enumerate() {
            let mut text = String::new();
            let mut starts = Vec::with_capacity(group.len());
            for (k, &i) in group.iter().enumerate() {
                if k > 0 {
                    text.push_str(CELL_SEPARATOR);
                }
                starts.push((i, text.len()));
                text.push_str(&doc.paragraphs[i].text);
                view_of[i] = v;
            }
            let first = &doc.paragraphs[group[0]];
            let last = &doc.paragraphs[group[group.len() - 1]];
            paragraphs.push(Paragraph {
                part: first.part,
                page: first.page,
                last_page: last.last_page.max(first.page),
                text,
                // Detection reads only the text; the way back is `pieces`.
                origins: Vec::new(),
                marks: Vec::new(),
                hidden: Vec::new(),
                boxes: Vec::new(),
                // A row of a running header is running; a lone paragraph is as it was.
                running: group.iter().all(|&i| doc.paragraphs[i].running),
            });
            pieces.push(starts);
        }
        let mut images = doc.images.clone();
        for image in &mut images {
            image.paragraph = image.paragraph.and_then(|p| view_of.get(p).copied());
        }
        let view = Document {
            format: doc.format,
            sha256: doc.sha256.clone(),
            pages: doc.pages,
            parts: doc.parts.clone(),
            paragraphs,
            properties: Vec::new(),
            images,
            warnings: Vec::new(),
        };
        Some(Rows {
            view,
            pieces,
            paragraphs: doc.paragraphs.len(),
        })
    }

    /// A find in the view as a find in the document; `None` if it covers only the space
    /// between two cells.
    pub fn found_in_document(&self, mut found: Found) -> Option<Found> {
        let last = found.end_paragraph.unwrap_or(found.paragraph);
        let (first_paragraph, start) = self.position(found.paragraph, found.start, Side::Start)?;
        let (last_paragraph, end) = self.position(last, found.end, Side::End)?;
        if (last_paragraph, end) <= (first_paragraph, start) && found.image.is_none() {
            return None;
        }
        found.paragraph = first_paragraph;
        found.start = start;
        found.end = end;
        found.end_paragraph = (last_paragraph != first_paragraph).then_some(last_paragraph);
        Some(found)
    }

    /// The structure found in the view, in the document's paragraph indices.
    pub fn structure_in_document(&self, doc: &Document, mut structure: Structure) -> Structure {
        for section in &mut structure.sections {
            section.heading_paragraph = self.first(section.heading_paragraph);
            section.body = self.first(section.body.start)..self.first(section.body.end);
        }
        structure.attendance = structure
            .attendance
            .iter()
            .flat_map(|&v| self.pieces.get(v).into_iter().flatten().map(|&(i, _)| i))
            .collect();
        structure.lower = self.lower_in_document(doc, &structure.lower);
        structure.running = doc.paragraphs.iter().map(|p| p.running).collect();
        structure
    }

    /// The document's paragraphs in lower case, cut from the view's (lower-casing is a
    /// large part of a scan); a paragraph whose letters changed length is lowered anew.
    fn lower_in_document(&self, doc: &Document, view_lower: &[String]) -> Vec<String> {
        let mut out = vec![String::new(); doc.paragraphs.len()];
        for (v, pieces) in self.pieces.iter().enumerate() {
            let lower = view_lower.get(v).map_or("", String::as_str);
            let aligned = lower.len() == self.view.paragraphs[v].text.len();
            for (k, &(i, start)) in pieces.iter().enumerate() {
                let cut = aligned
                    .then(|| lower.get(start..start + self.view_len(v, k)))
                    .flatten();
                out[i] = cut.map_or_else(|| doc.paragraphs[i].text.to_lowercase(), String::from);
            }
        }
        out
    }

    /// The first document paragraph of view paragraph `v` (the document's end after the
    /// last one, so ranges map to ranges).
    fn first(&self, v: usize) -> usize {
        self.pieces
            .get(v)
            .and_then(|p| p.first())
            .map_or(self.paragraphs, |&(i, _)| i)
    }

    /// Byte `at` of view paragraph `v` as (document paragraph, byte). A position in a
    /// separator moves to the next cell's start or the previous cell's end.
    fn position(&self, v: usize, at: usize, side: Side) -> Option<(usize, usize)> {
        let pieces = self.pieces.get(v)?;
        let k = pieces
            .partition_point(|&(_, start)| start <= at)
            .checked_sub(1)?;
        let (i, start) = pieces[k];
        let len = self.view_len(v, k);
        if at <= start + len {
            return Some((i, at - start));
        }
        match side {
            Side::Start => pieces.get(k + 1).map(|&(next, _)| (next, 0)),
            Side::End => Some((i, len)),
        }
    }

    /// The length in bytes of piece `k` of view paragraph `v`.
    fn view_len(&self, v: usize, k: usize) -> usize {
        let pieces = &self.pieces[v];
        let end = pieces.get(k + 1).map_or_else(
            || self.view.paragraphs[v].text.len(),
            |&(_, next)| next - CELL_SEPARATOR.len(),
        );
        end - pieces[k].1
    }
}

#[derive(Clone, Copy)]
enum Side {
    Start,
    End,
}

/// The document's paragraphs grouped: the cells of one table row together, every other
/// paragraph alone, in document order.
fn row_groups(doc: &Document) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut current: Option<(usize, u32, u32)> = None;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let row = row_of(p);
        match (row, groups.last_mut()) {
            (Some(r), Some(group)) if current == Some(r) => group.push(i),
            _ => groups.push(vec![i]),
        }
        current = row;
    }
    groups
}

/// The (part, table, row) of a paragraph that is a table cell.
fn row_of(p: &Paragraph) -> Option<(usize, u32, u32)> {
    p.marks.iter().find_map(|m| match m.kind {
        MarkKind::TableCell { table, row, .. } => Some((p.part, table, row)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Mark;

    /// A document whose paragraphs 1–3 are the cells of one row and 4–5 of the next.
    fn table_document() -> Document {
        let texts: Vec<String> = [
            "Före",
            "BN 2024/1",
            "Ärende",
            "Tallåsen 3:17",
            "ÅSA",
            "Beviljat",
            "Efter",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        let mut doc = Document::from_plain_paragraphs(&texts);
        for (i, (row, column)) in [
            (1, (0, 0)),
            (2, (0, 1)),
            (3, (0, 2)),
            (4, (1, 0)),
            (5, (1, 1)),
        ] {
            let end = doc.paragraphs[i].text.chars().count();
            doc.paragraphs[i].marks.push(Mark {
                start: 0,
                end,
                kind: MarkKind::TableCell {
                    table: 0,
                    row,
                    column,
                },
            });
        }
        doc
    }

    #[test]
    fn rows_are_joined_and_finds_map_back_to_their_cells() {
        let doc = table_document();
        let rows = Rows::of(&doc).expect("rows to join");
        let view: Vec<&str> = rows
            .view
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            view,
            [
                "Före",
                "BN 2024/1 | Ärende | Tallåsen 3:17",
                "ÅSA | Beviljat",
                "Efter"
            ]
        );
        let row = &rows.view.paragraphs[1].text;
        let at = row.find("Tallåsen").expect("cell");
        let (paragraph, start) = rows.position(1, at, Side::Start).expect("mapped");
        assert_eq!((paragraph, start), (3, 0));
    }

    #[test]
    fn the_lower_case_text_cut_from_the_view_is_the_documents() {
        let doc = table_document();
        let rows = Rows::of(&doc).expect("rows to join");
        let view_lower: Vec<String> = rows
            .view
            .paragraphs
            .iter()
            .map(|p| p.text.to_lowercase())
            .collect();
        let expected: Vec<String> = doc
            .paragraphs
            .iter()
            .map(|p| p.text.to_lowercase())
            .collect();
        assert_eq!(rows.lower_in_document(&doc, &view_lower), expected);
    }
}
