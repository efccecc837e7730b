//! Helpers shared by the export and scaling benchmarks.

use maskera::ingest::{Document, Origin};
use maskera::review::{Mask, MaskKind};

const MASKS_PER_PAGE: usize = 10;

/// Up to ten masks per page over words of seven letters or more, in reading order.
pub fn masks(doc: &Document) -> Vec<Mask> {
    let mut out = Vec::new();
    for page in 1..=doc.pages {
        let mut on_page = 0;
        for (index, p) in doc
            .paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.page == page)
        {
            let mut start = 0;
            for word in p.text.split(' ') {
                let len = word.chars().count();
                if len >= 7 && on_page < MASKS_PER_PAGE {
                    out.push(Mask {
                        rule: "namn".into(),
                        paragraph: index,
                        start,
                        end_paragraph: index,
                        end: start + len,
                        kind: MaskKind::Text,
                    });
                    on_page += 1;
                }
                start += len + 1;
            }
        }
    }
    out
}

/// The masks as rectangles per page, top-left origin (PyMuPDF's coordinates).
pub fn rectangles_json(doc: &Document, masks: &[Mask]) -> String {
    let mut rects = Vec::new();
    for m in masks {
        let p = &doc.paragraphs[m.paragraph];
        let boxes: Vec<_> = p.origins[m.start..m.end]
            .iter()
            .filter_map(|o| match o {
                Origin::Pdf(o) => Some(o.bbox),
                _ => None,
            })
            .collect();
        if let Some(first) = boxes.first() {
            let r = boxes.iter().fold(*first, |a, b| a.union(b));
            rects.push(format!(
                "[{}, {:.2}, {:.2}, {:.2}, {:.2}]",
                p.page - 1,
                r.x0,
                842.0 - r.y1,
                r.x1,
                842.0 - r.y0
            ));
        }
    }
    format!("[{}]", rects.join(",\n"))
}
