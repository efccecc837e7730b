//! How cost grows with size: ingest, scan and export of generated protocols of 10, 100 and
//! 1,000 pages (issue 7: it should be linear). The PDFs and the export masks' rectangles
//! are written to `target/bench-scaling-N.pdf` / `-masks.json`, so
//! `scripts/bench-vs-peers` runs pdftotext and PyMuPDF on exactly the same work.

#[path = "../tests/support/protocol_pdf.rs"]
mod protocol_pdf;

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;

const SIZES: [usize; 3] = [10, 100, 1000];

fn scaling(c: &mut Criterion) {
    let rulebook = maskera::detect::Rulebook::embedded().expect("embedded rulebook");
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let inputs: Vec<(usize, Vec<u8>)> = SIZES
        .iter()
        .map(|&n| (n, protocol_pdf::protocol_pdf(n)))
        .collect();
    let mut ingest = c.benchmark_group("scaling/ingest");
    ingest.sample_size(10);
    for (n, bytes) in &inputs {
        let _ = std::fs::write(target.join(format!("bench-scaling-{n}.pdf")), bytes);
        ingest.bench_with_input(BenchmarkId::from_parameter(n), bytes, |b, bytes| {
            b.iter(|| maskera::ingest::ingest_bytes(black_box(bytes), "pdf"))
        });
    }
    ingest.finish();
    let mut scan = c.benchmark_group("scaling/scan");
    scan.sample_size(10);
    for (n, bytes) in &inputs {
        let doc = maskera::ingest::ingest_bytes(bytes, "pdf").expect("reads");
        scan.bench_with_input(BenchmarkId::from_parameter(n), &doc, |b, doc| {
            b.iter(|| maskera::detect::scan(black_box(doc), &rulebook).len())
        });
    }
    scan.finish();
    let mut export = c.benchmark_group("scaling/export");
    export.sample_size(10);
    for (n, bytes) in &inputs {
        let doc = maskera::ingest::ingest_bytes(bytes, "pdf").expect("reads");
        let masks = common::masks(&doc);
        let _ = std::fs::write(
            target.join(format!("bench-scaling-{n}-masks.json")),
            common::rectangles_json(&doc, &masks),
        );
        if let Err(e) = maskera::export::export_pdf(&doc, bytes, &masks) {
            panic!("the benchmark's export of {n} pages fails: {e:?}");
        }
        export.bench_with_input(BenchmarkId::from_parameter(n), bytes, |b, bytes| {
            b.iter(|| maskera::export::export_pdf(&doc, black_box(bytes), &masks))
        });
    }
    export.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
