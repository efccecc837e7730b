//! A decisions file (as the CLI and the app read it) applied to the example protocol.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

struct Example {
    doc: maskera::ingest::Document,
    rulebook: maskera::detect::Rulebook,
    structure: maskera::detect::Structure,
    candidates: Vec<maskera::detect::Candidate>,
}

fn example() -> &'static Example {
    static EXAMPLE: OnceLock<Example> = OnceLock::new();
    EXAMPLE.get_or_init(|| {
        let bytes = include_bytes!("../../assets/examples/protokoll-miljo-och-byggnamnden.pdf");
        let doc = maskera::ingest::ingest_bytes(bytes, "pdf").expect("example reads");
        let rulebook = maskera::detect::Rulebook::embedded().expect("rulebook");
        let (structure, candidates) = maskera::detect::scan_with_structure(&doc, &rulebook);
        Example { doc, rulebook, structure, candidates }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(decisions) = serde_json::from_slice::<maskera::review::Decisions>(data) else {
        return;
    };
    let e = example();
    if let Ok(masks) =
        maskera::review::resolve(&e.doc, &e.structure, &e.candidates, &decisions, &e.rulebook)
    {
        let _ = maskera::export::checked_values(&e.doc, &masks);
        for m in &masks {
            let _ = m.text(&e.doc);
        }
    }
});
