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
const CELL_SEPARATOR: &str = " | ";

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
            paragraphs.push(Paragraph {
                part: first.part,
                page: first.page,
                text,
                // Detection reads only the text; the way back is `pieces`.
                origins: Vec::new(),
                marks: Vec::new(),
                hidden: Vec::new(),
                bbox: None,
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
        structure.lower = doc
            .paragraphs
            .iter()
            .map(|p| p.text.to_lowercase())
            .collect();
        structure
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
