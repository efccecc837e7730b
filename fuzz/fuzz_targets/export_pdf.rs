//! Export of a fuzzed PDF with every suggestion taken: redaction, cleaning, the proof.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn rulebook() -> &'static maskera::detect::Rulebook {
    static BOOK: OnceLock<maskera::detect::Rulebook> = OnceLock::new();
    BOOK.get_or_init(|| maskera::detect::Rulebook::embedded().expect("embedded rulebook"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = maskera::ingest::ingest_bytes(data, "pdf") else {
        return;
    };
    let (structure, candidates) = maskera::detect::scan_with_structure(&doc, rulebook());
    let Ok(masks) = maskera::review::resolve(
        &doc,
        &structure,
        &candidates,
        &Default::default(),
        rulebook(),
    ) else {
        return;
    };
    let _ = maskera::export::export_pdf(&doc, data, &masks);
});
