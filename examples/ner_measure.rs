//! Measures the name detector on the Swedish NER corpus (Webbnyheter 2012, CC BY 4.0) in
//! ../shared/data: token-level recall and precision of person names. A measurement for the
//! detection issue's note, not a gate: news text is not protocol text.
//!
//! `cargo run --release --example ner_measure`

use maskera::detect::{scan, Rulebook};
use maskera::ingest::Document;

const NAME_RULES: &[&str] = &[
    "namn",
    "fortroendevald",
    "medborgarforslag",
    "myndighetsutovning",
    "facklig",
    "kanslig",
    "lagovertradelse",
    "integritetskanslig",
];

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/swedish-ner-corpus/train_corpus.txt"
    );
    let Ok(corpus) = std::fs::read_to_string(path) else {
        eprintln!("{path}: not found");
        std::process::exit(2);
    };
    let Ok(rulebook) = Rulebook::embedded() else {
        std::process::exit(2);
    };
    let mut paragraphs = Vec::new();
    let mut gold: Vec<Vec<(usize, usize, bool)>> = Vec::new();
    for sentence in corpus.split("\n\n") {
        let mut text = String::new();
        let mut tokens = Vec::new();
        for line in sentence.lines() {
            let Some((word, tag)) = line.split_once('\t') else {
                continue;
            };
            if !text.is_empty() {
                text.push(' ');
            }
            let start = text.chars().count();
            text.push_str(word);
            tokens.push((start, text.chars().count(), tag == "PER"));
        }
        if !tokens.is_empty() {
            paragraphs.push(text);
            gold.push(tokens);
        }
    }
    let doc = Document::from_plain_paragraphs(&paragraphs);
    let candidates = scan(&doc, &rulebook);
    let mut predicted = vec![Vec::new(); paragraphs.len()];
    for c in candidates.iter().filter(|c| {
        NAME_RULES.contains(&c.rule.as_str())
            && c.location.end_paragraph.is_none()
            && c.text.split_whitespace().count() <= 4
    }) {
        predicted[c.location.paragraph].push((c.location.start, c.location.end));
    }
    // tools/names/derive.py takes names from the first half only: the second half is
    // the fair measurement, the first shows what the derived lists add where they apply.
    let half = gold.len() / 2;
    for (what, range) in [
        ("second half (unseen by the name lists)", half..gold.len()),
        ("first half (the name lists come from it)", 0..half),
        ("whole corpus", 0..gold.len()),
    ] {
        let (mut tp, mut fn_, mut fp) = (0usize, 0usize, 0usize);
        for (tokens, spans) in gold[range.clone()].iter().zip(&predicted[range.clone()]) {
            for &(s, e, per) in tokens {
                let hit = spans.iter().any(|&(ps, pe)| ps < e && s < pe);
                match (per, hit) {
                    (true, true) => tp += 1,
                    (true, false) => fn_ += 1,
                    (false, true) => fp += 1,
                    _ => {}
                }
            }
        }
        let recall = tp as f64 / (tp + fn_).max(1) as f64;
        let precision = tp as f64 / (tp + fp).max(1) as f64;
        println!(
            "{what}: {} sentences, {} PER tokens: recall {recall:.3}, precision {precision:.3}",
            range.len(),
            tp + fn_
        );
    }
}
