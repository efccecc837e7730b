//! The content-stream decoder that ingest and export share: any bytes decode without a
//! panic, and what the export writes back (lopdf's encoder over the decoded operations)
//! decodes to the same operations, so a rewritten page reads as it was planned.
#![no_main]
use libfuzzer_sys::fuzz_target;
use lopdf::content::Content;
use maskera::pdf::content::decode;

fuzz_target!(|data: &[u8]| {
    let operations = decode(data);
    let Ok(encoded) = (Content { operations: operations.clone() }).encode() else {
        return;
    };
    let again = decode(&encoded);
    assert_eq!(
        format!("{operations:?}"),
        format!("{again:?}"),
        "written back: {:?}",
        String::from_utf8_lossy(&encoded)
    );
});
