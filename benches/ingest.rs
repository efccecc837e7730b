//! Ingest and scan benchmarks: a generated 200-page protocol PDF (issue 2's target: under 0.5 s in
//! release on the 2-core development machine, and no slower than `pdftotext`).
//!
//! `cargo bench --bench ingest` runs it; `cargo bench --bench ingest -- --write-pdf DIR`
//! is not needed: the PDF is also written to `target/bench-protocol-200.pdf` so the same
//! file can be timed with `pdftotext` for the ratio.

#[path = "../tests/support/protocol_pdf.rs"]
mod protocol_pdf;

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn ingest_200_pages(c: &mut Criterion) {
    let bytes = protocol_pdf::protocol_pdf(200);
    let out =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-protocol-200.pdf");
    let _ = std::fs::write(&out, &bytes);
    let mut group = c.benchmark_group("ingest");
    group.sample_size(20);
    group.bench_function("pdf_200_pages", |b| {
        b.iter(|| maskera::ingest::ingest_bytes(black_box(&bytes), "pdf"))
    });
    let rulebook = maskera::detect::Rulebook::embedded().expect("embedded rulebook");
    group.bench_function("scan_pdf_200_pages", |b| {
        b.iter(|| {
            maskera::ingest::ingest_bytes(black_box(&bytes), "pdf")
                .map(|doc| maskera::detect::scan(&doc, &rulebook).len())
        })
    });
    group.finish();
}

criterion_group!(benches, ingest_200_pages);
criterion_main!(benches);
