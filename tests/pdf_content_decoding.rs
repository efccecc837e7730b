//! The engine's own content-stream decoder (`maskera::pdf::content`, used by ingest and
//! export alike) reads every well-formed stream of real producers' files exactly as lopdf's
//! parser does, and reads on where lopdf stops.

mod support;

use lopdf::content::{Content, Operation};
use lopdf::Object;
use maskera::pdf::content::decode;
use std::path::PathBuf;

fn same_object(a: &Object, b: &Object) -> bool {
    match (a, b) {
        (Object::Real(x), Object::Real(y)) => (x - y).abs() <= 1e-4 * x.abs().max(1.0),
        (Object::Array(x), Object::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_object(a, b))
        }
        (Object::Dictionary(x), Object::Dictionary(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_ok_and(|w| same_object(v, w)))
        }
        (Object::Stream(x), Object::Stream(y)) => {
            x.content == y.content && same_object(&x.dict.clone().into(), &y.dict.clone().into())
        }
        _ => a == b,
    }
}

fn assert_same_operations(ours: &[Operation], theirs: &[Operation], what: &str) {
    assert_eq!(ours.len(), theirs.len(), "{what}: number of operations");
    for (i, (a, b)) in ours.iter().zip(theirs).enumerate() {
        assert_eq!(a.operator, b.operator, "{what}: operator {i}");
        assert_eq!(
            a.operands.len(),
            b.operands.len(),
            "{what}: operands of {i}"
        );
        for (x, y) in a.operands.iter().zip(&b.operands) {
            assert!(
                same_object(x, y),
                "{what}: operation {i} ({}): {x:?} vs {y:?}",
                a.operator
            );
        }
    }
}

/// Every page's content and every form of a file, decoded both ways.
fn compare_file(bytes: &[u8], what: &str) -> usize {
    let Ok(pdf) = lopdf::Document::load_mem(bytes) else {
        return 0;
    };
    let mut streams: Vec<Vec<u8>> = pdf
        .get_pages()
        .values()
        .map(|&p| pdf.get_page_content(p))
        .collect();
    streams.extend(pdf.objects.values().filter_map(|o| {
        let s = o.as_stream().ok()?;
        let form = s.dict.get(b"Subtype").and_then(Object::as_name).ok()? == b"Form";
        form.then(|| s.decompressed_content().ok()).flatten()
    }));
    let mut compared = 0;
    for (n, data) in streams.iter().enumerate() {
        if let Ok(theirs) = Content::decode(data) {
            assert_same_operations(&decode(data), &theirs.operations, &format!("{what} #{n}"));
            compared += theirs.operations.len();
        }
    }
    compared
}

#[test]
fn streams_of_real_producers_are_read_exactly_as_lopdf_reads_them() {
    let dirs = ["tests/fixtures/pdf", "assets/examples"];
    let mut compared = 0;
    for dir in dirs {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(dir);
        for entry in std::fs::read_dir(&dir).expect("fixture folder").flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "pdf") {
                let bytes = std::fs::read(&path).expect("fixture");
                compared += compare_file(&bytes, &path.display().to_string());
            }
        }
    }
    compared += compare_file(
        &support::protocol_pdf::protocol_pdf(3),
        "generated protocol",
    );
    assert!(compared > 1_000, "only {compared} operations compared");
}

#[test]
fn text_after_a_token_lopdf_cannot_parse_is_still_read() {
    let stream = b"BT /F1 12 Tf 72 700 Td (Anna) Tj } (Berg) Tj ET";
    let theirs = Content::decode(stream)
        .map(|c| c.operations.len())
        .unwrap_or(0);
    let ours = decode(stream);
    assert!(
        theirs < ours.len(),
        "lopdf reads {theirs}, we read {}",
        ours.len()
    );
    assert_eq!(ours.last().map(|o| o.operator.as_str()), Some("ET"));
}
