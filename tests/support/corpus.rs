//! The annotated corpora of fictional protocol text (tests/corpus/*.txt): their documents,
//! their paragraphs and the spans the guideline says must be masked or may stay. Read by
//! the text harness (detection_quality.rs) and the file harness
//! (detection_through_files.rs), so both score against the same gold.

use maskera::detect::Candidate;
use maskera::ingest::Document;

/// An annotated span: rule, whether it may stay, and its pieces (paragraph, char range).
#[derive(Debug)]
pub struct Expected {
    pub rule: String,
    pub keep: bool,
    pub text: String,
    pub pieces: Vec<(usize, usize, usize)>,
}

/// The documents of a corpus, each without its `=== title` line (the title names the
/// document for the reader of the corpus; it is no text of the protocol).
pub fn documents(corpus: &str) -> Vec<String> {
    let body: String = corpus
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    body.split("\n=== ")
        .filter(|s| !s.trim().is_empty())
        .map(|source| {
            source
                .split_once('\n')
                .map_or("", |(_, rest)| rest)
                .to_string()
        })
        .collect()
}

/// Removes the annotations of one document; returns its paragraphs and the spans.
pub fn parse(source: &str) -> (Vec<String>, Vec<Expected>) {
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
        // An image's annotation holds what stands for it ("[Bild: namnteckning]", Word's
        // generated description): in a .docx or PDF that is no page text, so the image is
        // put where it stands and its placeholder left out.
        if !is_image(head.trim_start_matches('=')) {
            clean.push_str(text);
        }
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
    // Every line is a paragraph, as in the .docx or PDF a protocol comes in (a list of
    // attendance lines is one paragraph each); blank lines only make the corpus readable.
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' {
            if chars[start..i].iter().any(|c| !c.is_whitespace()) {
                paragraphs.push((start, i));
            }
            start = i + 1;
        }
    }
    let texts = paragraphs
        .iter()
        .map(|&(s, e)| chars[s..e].iter().collect::<String>())
        .collect();
    let expected = marks
        .into_iter()
        .map(|(keep, rule, s, e, text)| Expected {
            pieces: if is_image(&rule) {
                // The paragraph the image stands in, or the nearest one above it.
                let k = paragraphs.iter().rposition(|&(ps, _)| ps <= s).unwrap_or(0);
                vec![image_piece(k)]
            } else {
                paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(_, &(ps, pe))| s < pe && ps < e)
                    .map(|(k, &(ps, pe))| (k, s.max(ps) - ps, e.min(pe) - ps))
                    .collect()
            },
            rule,
            keep,
            text,
        })
        .collect();
    (texts, expected)
}

/// Whether a rule annotates an image (a signature, a photo) rather than text.
pub fn is_image(rule: &str) -> bool {
    matches!(rule, "foto" | "namnteckning")
}

/// What an image covers in the comparison: its paragraph, beyond any text in it.
pub fn image_piece(paragraph: usize) -> (usize, usize, usize) {
    (paragraph, usize::MAX - 1, usize::MAX)
}

/// The pieces a candidate covers: (paragraph, start, end) per paragraph.
pub fn covers(c: &Candidate, doc: &Document) -> Vec<(usize, usize, usize)> {
    let l = c.location;
    if l.image.is_some() {
        return vec![image_piece(l.paragraph)];
    }
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

/// Whether two sets of pieces share a character of a paragraph.
pub fn overlaps(a: &[(usize, usize, usize)], b: &[(usize, usize, usize)]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| x.0 == y.0 && x.1 < y.2 && y.1 < x.2))
}
