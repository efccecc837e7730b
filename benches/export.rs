//! Export benchmark (issue 4's target: a generated 200-page protocol with 2,000 masks in
//! under 2 s in release on the 2-core development machine).
//!
//! The masks are every name and identity number the generator wrote, topped up with long
//! words, ten per page. The PDF and the masks' rectangles are written to
//! `target/bench-export-200.pdf` and `target/bench-export-masks.json`, so
//! `scripts/bench-vs-pymupdf` can run PyMuPDF's `apply_redactions` on the same rectangles.

#[path = "../tests/support/protocol_pdf.rs"]
mod protocol_pdf;

use criterion::{criterion_group, criterion_main, Criterion};
use maskera::ingest::{Document, Origin};
use maskera::review::{Mask, MaskKind};
use std::hint::black_box;

const MASKS_PER_PAGE: usize = 10;

/// Up to ten masks per page over words of seven letters or more, in reading order.
fn masks(doc: &Document) -> Vec<Mask> {
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
fn rectangles_json(doc: &Document, masks: &[Mask]) -> String {
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

fn export_200_pages(c: &mut Criterion) {
    let bytes = protocol_pdf::protocol_pdf(200);
    let doc = maskera::ingest::ingest_bytes(&bytes, "pdf").expect("generated PDF reads");
    let masks = masks(&doc);
    assert_eq!(masks.len(), 2000, "ten masks on each of 200 pages");
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::write(target.join("bench-export-200.pdf"), &bytes);
    let _ = std::fs::write(
        target.join("bench-export-masks.json"),
        rectangles_json(&doc, &masks),
    );
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function("pdf_200_pages_2000_masks", |b| {
        b.iter(|| maskera::export::export_pdf(black_box(&doc), black_box(&bytes), &masks))
    });
    group.finish();
}

criterion_group!(benches, export_200_pages);
criterion_main!(benches);
