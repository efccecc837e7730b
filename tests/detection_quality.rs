//! Detection quality on an annotated corpus of fictional protocol text
//! (tests/corpus/protokoll.txt): per-rule recall, overall recall and precision, with the
//! gates of the detection issue. The figures are printed (`cargo test -- --nocapture`).

use maskera::detect::{scan, Candidate, Rulebook, Suggestion};
use maskera::ingest::Document;
use std::collections::BTreeMap;

const CORPUS: &str = include_str!("corpus/protokoll.txt");

/// An annotated span: rule, whether it may stay, and its pieces (paragraph, char range).
#[derive(Debug)]
struct Expected {
    rule: String,
    keep: bool,
    text: String,
    pieces: Vec<(usize, usize, usize)>,
}

/// Removes the annotations of one document; returns its paragraphs and the spans.
fn parse(source: &str) -> (Vec<String>, Vec<Expected>) {
    let mut clean = String::new();
    let mut marks: Vec<(bool, String, usize, usize, String)> = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find('{') {
        clean.push_str(&rest[..open]);
        let body = &rest[open + 1..];
        let close = body.find('}').expect("annotation closes");
        let (head, text) = body[..close].split_once('|').expect("rule|text");
        let keep = head.starts_with('=');
        let start = clean.chars().count();
        clean.push_str(text);
        marks.push((
            keep,
            head.trim_start_matches('=').to_string(),
            start,
            clean.chars().count(),
            text.to_string(),
        ));
        rest = &body[close + 1..];
    }
    clean.push_str(rest);
    let chars: Vec<char> = clean.chars().collect();
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i <= chars.len() {
        let at_break = i + 1 < chars.len() && chars[i] == '\n' && chars[i + 1] == '\n';
        if at_break || i == chars.len() {
            let text: String = chars[start..i].iter().collect();
            if !text.trim().is_empty() {
                paragraphs.push((start, i));
            }
            start = i + 2;
            i += 2;
        } else {
            i += 1;
        }
    }
    let texts = paragraphs
        .iter()
        .map(|&(s, e)| chars[s..e].iter().collect::<String>())
        .collect();
    let expected = marks
        .into_iter()
        .map(|(keep, rule, s, e, text)| Expected {
            rule,
            keep,
            text,
            pieces: paragraphs
                .iter()
                .enumerate()
                .filter(|(_, &(ps, pe))| s < pe && ps < e)
                .map(|(k, &(ps, pe))| (k, s.max(ps) - ps, e.min(pe) - ps))
                .collect(),
        })
        .collect();
    (texts, expected)
}

fn document(paragraphs: &[String]) -> Document {
    Document::from_plain_paragraphs(paragraphs)
}

/// The pieces a candidate covers: (paragraph, start, end) per paragraph.
fn covers(c: &Candidate, doc: &Document) -> Vec<(usize, usize, usize)> {
    let l = c.location;
    match l.end_paragraph {
        None => vec![(l.paragraph, l.start, l.end)],
        Some(last) => (l.paragraph..=last)
            .map(|p| {
                let len = doc.paragraphs[p].text.chars().count();
                (
                    p,
                    if p == l.paragraph { l.start } else { 0 },
                    if p == last { l.end } else { len },
                )
            })
            .collect(),
    }
}

fn overlaps(a: &[(usize, usize, usize)], b: &[(usize, usize, usize)]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| x.0 == y.0 && x.1 < y.2 && y.1 < x.2))
}

#[derive(Default, Debug)]
struct Tally {
    expected: usize,
    found_right_rule: usize,
    found_any_rule: usize,
}

#[test]
fn detection_meets_the_recall_and_precision_gates_on_the_annotated_corpus() {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let mut per_rule: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut masks, mut false_masks, mut annotated_paragraphs) = (0usize, Vec::new(), 0usize);
    let body: String = CORPUS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    for source in body.split("=== ").filter(|s| !s.trim().is_empty()) {
        let source = source.split_once('\n').map_or("", |(_, rest)| rest);
        let (paragraphs, expected) = parse(source);
        annotated_paragraphs += paragraphs.len();
        let doc = document(&paragraphs);
        let candidates = scan(&doc, &rulebook);
        for e in expected.iter().filter(|e| !e.keep) {
            let t = per_rule.entry(e.rule.clone()).or_default();
            t.expected += 1;
            let hits: Vec<&Candidate> = candidates
                .iter()
                .filter(|c| {
                    c.suggestion == Suggestion::Mask && overlaps(&covers(c, &doc), &e.pieces)
                })
                .collect();
            t.found_any_rule += usize::from(!hits.is_empty());
            t.found_right_rule += usize::from(hits.iter().any(|c| c.rule == e.rule));
            if hits.is_empty() {
                eprintln!("missed {}: {:?}", e.rule, e.text);
            }
        }
        for c in candidates
            .iter()
            .filter(|c| c.suggestion == Suggestion::Mask)
        {
            masks += 1;
            let mine = covers(c, &doc);
            let wanted = expected
                .iter()
                .filter(|e| !e.keep)
                .any(|e| overlaps(&mine, &e.pieces));
            if !wanted {
                false_masks.push(format!("{}: {:?}", c.rule, c.text));
            }
        }
    }
    let expected: usize = per_rule.values().map(|t| t.expected).sum();
    let recalled: usize = per_rule.values().map(|t| t.found_any_rule).sum();
    let recall = recalled as f64 / expected as f64;
    let precision = 1.0 - false_masks.len() as f64 / masks.max(1) as f64;
    eprintln!(
        "{annotated_paragraphs} paragraphs, {expected} spans to mask, {masks} masks suggested"
    );
    for (rule, t) in &per_rule {
        eprintln!(
            "  {rule:<20} recall {}/{} (right rule {})",
            t.found_any_rule, t.expected, t.found_right_rule
        );
    }
    eprintln!("overall recall {recall:.3}, precision {precision:.3}; false masks: {false_masks:?}");
    assert!(
        annotated_paragraphs >= 60,
        "the corpus has at least 60 paragraphs"
    );
    for rule in ["personnummer", "samordningsnummer"] {
        if let Some(t) = per_rule.get(rule) {
            assert_eq!(t.found_right_rule, t.expected, "{rule} recall must be 1.0");
        }
    }
    assert!(recall >= 0.97, "overall recall {recall:.3} below 0.97");
    assert!(
        precision >= 0.90,
        "precision {precision:.3} below 0.90: {false_masks:?}"
    );
}
