//! Detection on fuzzed text: every line a paragraph, a line with " | " a table row whose
//! cells are paragraphs of their own (as ingest gives them), so rows, column roles, names,
//! patterns and the § structure all read arbitrary text. Detection slices its text by byte
//! offsets everywhere; this target is there to find an offset inside a character.
#![no_main]
use libfuzzer_sys::fuzz_target;
use maskera::ingest::{Document, Mark, MarkKind};
use std::sync::OnceLock;

fn rulebook() -> &'static maskera::detect::Rulebook {
    static BOOK: OnceLock<maskera::detect::Rulebook> = OnceLock::new();
    BOOK.get_or_init(|| maskera::detect::Rulebook::embedded().expect("embedded rulebook"))
}

/// The document of `text`, with the (table, row, column) of each paragraph that is a cell.
fn document(text: &str) -> Document {
    let mut texts = Vec::new();
    let mut cells = Vec::new();
    let (mut table, mut row, mut in_table) = (0u32, 0u32, false);
    for line in text.lines() {
        if line.contains(" | ") {
            if !in_table {
                (table, row) = (table + 1, 0);
            }
            for (column, cell) in line.split(" | ").enumerate() {
                cells.push(Some((table, row, column as u32)));
                texts.push(cell.to_string());
            }
            row += 1;
            in_table = true;
        } else {
            cells.push(None);
            texts.push(line.to_string());
            in_table = false;
        }
    }
    let mut doc = Document::from_plain_paragraphs(&texts);
    for (p, cell) in doc.paragraphs.iter_mut().zip(cells) {
        if let Some((table, row, column)) = cell {
            let end = p.text.chars().count();
            p.marks.push(Mark {
                start: 0,
                end,
                kind: MarkKind::TableCell { table, row, column },
            });
        }
    }
    doc
}

fuzz_target!(|data: &[u8]| {
    if data.len() > 64 * 1024 {
        return;
    }
    let text = String::from_utf8_lossy(data);
    let doc = document(&text);
    let (structure, candidates) = maskera::detect::scan_with_structure(&doc, rulebook());
    let _ = maskera::review::resolve(&doc, &structure, &candidates, &Default::default(), rulebook());
});
