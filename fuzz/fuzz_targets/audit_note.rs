//! The audit-note reader and verifier.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let trust = maskera::audit::keys::TrustList::default();
    if let Ok(v) = maskera::audit::verify(data, b"%PDF-1.7", &trust, None) {
        let _ = v.valid();
        let _ = maskera::audit::report::paragraphs(&v);
    }
});
