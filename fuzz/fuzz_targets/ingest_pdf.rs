//! PDF ingest: parser, content interpreter, fonts and CMaps, layout.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = maskera::ingest::ingest_bytes(data, "pdf");
});
