//! Export benchmark (issue 4's target: a generated 200-page protocol with 2,000 masks in
//! under 2 s in release on the 2-core development machine).
//!
//! The masks are every name and identity number the generator wrote, topped up with long
//! words, ten per page. The PDF and the masks' rectangles are written to
//! `target/bench-export-200.pdf` and `target/bench-export-masks.json`, so
//! `scripts/bench-vs-pymupdf` can run PyMuPDF's `apply_redactions` on the same rectangles.

#[path = "../tests/support/protocol_pdf.rs"]
mod protocol_pdf;

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn export_200_pages(c: &mut Criterion) {
    let bytes = protocol_pdf::protocol_pdf(200);
    let doc = maskera::ingest::ingest_bytes(&bytes, "pdf").expect("generated PDF reads");
    let masks = common::masks(&doc);
    assert_eq!(masks.len(), 2000, "ten masks on each of 200 pages");
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::write(target.join("bench-export-200.pdf"), &bytes);
    let _ = std::fs::write(
        target.join("bench-export-masks.json"),
        common::rectangles_json(&doc, &masks),
    );
    // A benchmark of a refusal would measure nothing: the export must succeed.
    if let Err(e) = maskera::export::export_pdf(&doc, &bytes, &masks) {
        panic!("the benchmark's export fails: {e:?}");
    }
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function("pdf_200_pages_2000_masks", |b| {
        b.iter(|| maskera::export::export_pdf(black_box(&doc), black_box(&bytes), &masks))
    });
    group.finish();
}

criterion_group!(benches, export_200_pages);
criterion_main!(benches);
