//! Detection quality through real files: each annotated corpus (tests/corpus/) is written
//! as a real .docx and a real PDF per document (tests/support/protocol_files.rs: runs
//! split inside words, real tables; wrapped lines, page breaks, running headers, table
//! cells in columns), read back with `ingest_path` (what `maskera scan` reads files with)
//! and scanned with the embedded rulebook. The text harness (detection_quality.rs) builds
//! its paragraphs straight from the corpus lines; this one measures what a user gets when
//! ingest has to put the paragraphs back together, and fails when that costs more than a
//! measured margin of the text harness's recall ([`DOCX_MARGIN`], [`PDF_MARGIN`]), when a
//! personnummer is missed, or when ingest no longer gives the text back in its order.
//! `MASKERA_CORPUS_FILES=DIR` keeps the generated files there, to open them.
//!
//! Scoring mirrors detection_quality.rs: a span to mask is found when a candidate
//! suggested for masking overlaps it; a mask is false when it overlaps no span to mask.
//! "Overlaps" is decided on the corpus's characters: the characters ingest read are
//! aligned with the corpus's (spaces and the " | " between cells aside), so a candidate
//! counts where its text stands in the corpus. Image annotations (namnteckning, foto) are
//! left out: the generated files have no images. The text column is computed here the
//! same way (so also without image annotations) for comparison.
//!
//! Figures: `cargo test --release --test detection_through_files -- --nocapture`. Spans
//! and masks are printed as text only for the corpora tuned on; the never-tuned ones
//! (heldout6, heldout9 and the newest set) print figures alone.

mod support;

use maskera::detect::{scan, Candidate, Rulebook, Suggestion};
use maskera::ingest::{ingest_path, Document};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use support::align::align;
use support::corpus::{covers, documents, is_image, overlaps, parse, Expected};
use support::protocol_files::{blocks, docx_of, pdf_of_with_tab_stops, source_chars};

/// How much recall through a .docx may fall below the text harness's. Measured on
/// 2026-12-01: none (a .docx gives every paragraph and table row back as it was written).
const DOCX_MARGIN: f64 = 0.01;
/// How much recall through a PDF may fall below the text harness's. Measured on
/// 2026-12-01 (session 13), with tabs drawn as glyphs: at most 0.013 (heldout17: 4 of 302
/// spans), heldout16 0.009, heldout18 0.004; every other corpus none. With tabs set at
/// stops as Word sets them (no glyph, the text at the next stop), which the harness uses
/// since: heldout17 0.020 below and heldout18's precision 0.055 below its text, in rows
/// that wrap at a tab and tab-set rows read as tables; since the rows of a tab-set list
/// settle their wraps together and rows at default tab stops are no table, none on any
/// corpus. Before the layout across pages: 0.025 (heldout8, torn table rows), 0.016
/// (heldout6), 0.015 (heldout12).
const PDF_MARGIN: f64 = 0.017;
/// How much precision a file may lose: measured at most 0.019 (protokoll.txt through a
/// PDF: one more false mask of 52, a secrecy mask of a document's last § running on into
/// the running footer), 0.004 on any other corpus (heldout6 through a PDF).
const PRECISION_MARGIN: f64 = 0.025;
/// The same for heldout23, whose postlista is a register exported as text with its
/// columns set by runs of spaces, rows wider than the generated page: they wrap in the
/// PDF (as Word would print them), so the PDF's rows lose the header's columns and the
/// registrars in the last one are read as private persons. Measured 0.036 (12 of 335
/// masks); a register printed as a PDF of its own is laid out on its page, not wrapped.
const WRAPPED_REGISTER_PRECISION_MARGIN: f64 = 0.04;
/// The share of the corpus's characters a PDF may give back out of place (lost, or read
/// in another order): measured at most 0.0072 (heldout6; heldout5 0.0060), since the
/// pieces of a line that tabs keep apart are read as one line (before: heldout6 0.0084,
/// heldout8 0.0080, and 0.0098 before its torn table rows were read as rows). A .docx
/// gives back every one.
const PDF_UNREAD: f64 = 0.01;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Format {
    Text,
    Docx,
    Pdf,
}

/// What one corpus measured in one format.
#[derive(Debug, Default)]
struct Score {
    spans: usize,
    found: usize,
    /// Personnummer and samordningsnummer: expected, and found under their own rule.
    identity: (usize, usize),
    masks: usize,
    /// Keys of the spans missed (document, span) with their rule and text.
    missed: BTreeSet<(usize, usize, String)>,
    /// Rule and text of the false masks.
    false_masks: Vec<String>,
    /// Corpus characters ingest did not give back (lost or read differently), counted
    /// per character.
    unread: BTreeMap<char, usize>,
    characters: usize,
}

impl Score {
    fn recall(&self) -> f64 {
        self.found as f64 / self.spans.max(1) as f64
    }

    fn precision(&self) -> f64 {
        1.0 - self.false_masks.len() as f64 / self.masks.max(1) as f64
    }
}

/// The three measurements of a corpus.
struct Measured {
    name: &'static str,
    text: Score,
    docx: Score,
    pdf: Score,
}

impl Measured {
    fn formats(&self) -> [(Format, &Score); 3] {
        [
            (Format::Text, &self.text),
            (Format::Docx, &self.docx),
            (Format::Pdf, &self.pdf),
        ]
    }

    /// The figures, one line per format.
    fn print_figures(&self) {
        for (format, s) in self.formats() {
            eprintln!(
                "{:<14} {:<5} recall {:.3} ({}/{})  precision {:.3}  missed {:>3}  false {:>3}  masks {:>4}  unread {} of {} chars, {} of them hyphens",
                self.name,
                format!("{format:?}").to_lowercase(),
                s.recall(),
                s.found,
                s.spans,
                s.precision(),
                s.spans - s.found,
                s.false_masks.len(),
                s.masks,
                s.unread.values().sum::<usize>(),
                s.characters,
                s.unread.get(&'-').copied().unwrap_or(0),
            );
        }
    }

    /// The figures, and what a file lost or added against the text harness (for the
    /// corpora whose errors may be read).
    fn print(&self) {
        self.print_figures();
        for (format, s) in &self.formats()[1..] {
            if !s.unread.is_empty() {
                eprintln!("  {format:?} unread characters {:?}", s.unread);
            }
            for m in s.missed.difference(&self.text.missed) {
                eprintln!("  {format:?} missed (found in text) {}", m.2);
            }
            let mut text_false = self.text.false_masks.clone();
            for f in &s.false_masks {
                match text_false.iter().position(|t| t == f) {
                    Some(i) => {
                        text_false.swap_remove(i);
                    }
                    None => eprintln!("  {format:?} false mask (not in text) {f}"),
                }
            }
        }
    }

    /// The gates: every character read back in its place (a PDF: nearly every one), every
    /// identity number found through both files, and recall and precision through a file
    /// at most the given margins below the text harness's.
    fn assert_close_to_text(&self, docx_margin: f64, pdf_margin: f64) {
        self.assert_close_to_text_within(docx_margin, pdf_margin, PRECISION_MARGIN);
    }

    fn assert_close_to_text_within(
        &self,
        docx_margin: f64,
        pdf_margin: f64,
        precision_margin: f64,
    ) {
        let name = self.name;
        for (format, s, margin) in [
            (Format::Docx, &self.docx, docx_margin),
            (Format::Pdf, &self.pdf, pdf_margin),
        ] {
            let unread = s.unread.values().sum::<usize>();
            let allowed = match format {
                Format::Pdf => PDF_UNREAD,
                _ => 0.0,
            };
            assert!(
                unread as f64 <= allowed * s.characters as f64,
                "{name} through {format:?}: {unread} of {} characters not read back in place",
                s.characters
            );
            assert_eq!(
                s.identity.1, s.identity.0,
                "{name} through {format:?}: every personnummer and samordningsnummer is found"
            );
            assert!(
                s.recall() >= self.text.recall() - margin,
                "{name} through {format:?}: recall {:.3} is more than {margin} below the text harness's {:.3}",
                s.recall(),
                self.text.recall()
            );
            assert!(
                s.precision() >= self.text.precision() - precision_margin,
                "{name} through {format:?}: precision {:.3} is more than {precision_margin} below the text harness's {:.3}",
                s.precision(),
                self.text.precision()
            );
        }
    }
}

/// Writes every document of a corpus as .docx and PDF, reads them back and scores the
/// three readings.
fn measure(name: &'static str, corpus: &str) -> Measured {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let temporary = tempfile::tempdir().expect("temporary directory");
    // To open the files (`maskera text`, a PDF viewer) set this to a directory.
    let kept = std::env::var_os("MASKERA_CORPUS_FILES").map(|d| Path::new(&d).join(name));
    let dir = kept.as_deref().unwrap_or(temporary.path());
    std::fs::create_dir_all(dir).expect("directory for the files");
    let mut measured = Measured {
        name,
        text: Score::default(),
        docx: Score::default(),
        pdf: Score::default(),
    };
    for (n, source) in documents(corpus).iter().enumerate() {
        let (paragraphs, expected) = parse(source);
        let layout = blocks(&paragraphs);
        let docx = dir.join(format!("protokoll-{n}.docx"));
        std::fs::write(&docx, docx_of(&paragraphs, &layout, n as u64 + 1)).expect("write");
        let pdf = dir.join(format!("protokoll-{n}.pdf"));
        std::fs::write(&pdf, pdf_of_with_tab_stops(&paragraphs, &layout)).expect("write");
        let readings = [
            (
                &mut measured.text,
                Document::from_plain_paragraphs(&paragraphs),
            ),
            (&mut measured.docx, read(&docx)),
            (&mut measured.pdf, read(&pdf)),
        ];
        for (score, doc) in readings {
            let candidates = scan(&doc, &rulebook);
            score_document(score, n, &paragraphs, &expected, &doc, &candidates);
        }
    }
    measured
}

fn read(path: &Path) -> Document {
    ingest_path(path).unwrap_or_else(|e| panic!("{} is read: {e:?}", path.display()))
}

/// A stretch of a corpus paragraph: (paragraph, start char, end char).
type Piece = (usize, usize, usize);

/// Adds one document's reading to the score.
fn score_document(
    score: &mut Score,
    n: usize,
    paragraphs: &[String],
    expected: &[Expected],
    doc: &Document,
    candidates: &[Candidate],
) {
    let place = corpus_positions(paragraphs, doc, score);
    // Each mask as the corpus pieces (paragraph, char, char + 1) its characters stand at.
    let masks: Vec<(&Candidate, Vec<Piece>)> = candidates
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| {
            let pieces = covers(c, doc)
                .into_iter()
                .filter(|&(p, _, _)| p < place.len())
                .flat_map(|(p, s, e)| {
                    let row = &place[p];
                    (s..e.min(row.len())).filter_map(move |j| row[j])
                })
                .map(|(k, i)| (k, i, i + 1))
                .collect();
            (c, pieces)
        })
        .collect();
    let wanted: Vec<&Expected> = expected
        .iter()
        .filter(|e| !e.keep && !is_image(&e.rule))
        .collect();
    for (index, e) in expected.iter().enumerate() {
        if e.keep || is_image(&e.rule) {
            continue;
        }
        score.spans += 1;
        let hits: Vec<&Candidate> = masks
            .iter()
            .filter(|(_, pieces)| overlaps(pieces, &e.pieces))
            .map(|(c, _)| *c)
            .collect();
        if hits.is_empty() {
            score
                .missed
                .insert((n, index, format!("{}: {:?}", e.rule, e.text)));
        } else {
            score.found += 1;
        }
        if matches!(e.rule.as_str(), "personnummer" | "samordningsnummer") {
            score.identity.0 += 1;
            score.identity.1 += usize::from(hits.iter().any(|c| c.rule == e.rule));
        }
    }
    for (c, pieces) in &masks {
        score.masks += 1;
        if !wanted.iter().any(|e| overlaps(pieces, &e.pieces)) {
            score.false_masks.push(format!("{}: {:?}", c.rule, c.text));
        }
    }
}

/// For every character of every paragraph of `doc`, the (paragraph, char) of the corpus
/// it was read from, found by aligning the non-space characters of both.
fn corpus_positions(
    paragraphs: &[String],
    doc: &Document,
    score: &mut Score,
) -> Vec<Vec<Option<(usize, usize)>>> {
    let source = source_chars(paragraphs);
    let read: Vec<(char, usize, usize)> = doc
        .paragraphs
        .iter()
        .enumerate()
        .flat_map(|(p, para)| {
            para.text
                .chars()
                .enumerate()
                .filter(|(_, c)| !c.is_whitespace())
                .map(move |(j, c)| (c, p, j))
        })
        .collect();
    let a: Vec<char> = source.iter().map(|s| s.0).collect();
    let b: Vec<char> = read.iter().map(|r| r.0).collect();
    let matched = align(&a, &b, 4000).expect("ingest reads the document's text in its order");
    let mut place: Vec<Vec<Option<(usize, usize)>>> = doc
        .paragraphs
        .iter()
        .map(|p| vec![None; p.text.chars().count()])
        .collect();
    for (r, m) in matched.iter().enumerate() {
        if let Some(s) = m {
            let (_, p, j) = read[r];
            let (_, k, i) = source[*s];
            place[p][j] = Some((k, i));
        }
    }
    score.characters += source.len();
    let mut seen = vec![false; source.len()];
    matched.iter().flatten().for_each(|&s| seen[s] = true);
    for (s, _) in seen.iter().enumerate().filter(|(_, &seen)| !seen) {
        *score.unread.entry(source[s].0).or_default() += 1;
    }
    place
}

#[test]
fn through_files_on_the_corpus_written_beside_the_detector() {
    let m = measure("protokoll.txt", include_str!("corpus/protokoll.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_first_held_out_set() {
    let m = measure("heldout.txt", include_str!("corpus/heldout.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_second_held_out_set() {
    let m = measure("heldout2.txt", include_str!("corpus/heldout2.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_third_held_out_set() {
    let m = measure("heldout3.txt", include_str!("corpus/heldout3.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_fourth_set_with_tables() {
    let m = measure("heldout4.txt", include_str!("corpus/heldout4.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_seventh_set_of_prose_protocols() {
    let m = measure("heldout7.txt", include_str!("corpus/heldout7.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

/// Its delegation lists are long tables, some with a single row left on a page.
#[test]
fn through_files_on_the_eighth_set_of_system_layouts() {
    let m = measure("heldout8.txt", include_str!("corpus/heldout8.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_tenth_set_of_care_and_planning_matters() {
    let m = measure("heldout10.txt", include_str!("corpus/heldout10.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_fifth_set() {
    let m = measure("heldout5.txt", include_str!("corpus/heldout5.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

/// Never tuned on: figures only, its errors stay unread.
#[test]
fn through_files_on_the_sixth_set_never_tuned_on() {
    let m = measure("heldout6.txt", include_str!("corpus/heldout6.txt"));
    m.print_figures();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

/// Never tuned on: figures only, its errors stay unread.
#[test]
fn through_files_on_the_ninth_set_never_tuned_on() {
    let m = measure("heldout9.txt", include_str!("corpus/heldout9.txt"));
    m.print_figures();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_eleventh_set() {
    let m = measure("heldout11.txt", include_str!("corpus/heldout11.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twelfth_set() {
    let m = measure("heldout12.txt", include_str!("corpus/heldout12.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirteenth_set() {
    let m = measure("heldout13.txt", include_str!("corpus/heldout13.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_fourteenth_set() {
    let m = measure("heldout14.txt", include_str!("corpus/heldout14.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_fifteenth_set() {
    let m = measure("heldout15.txt", include_str!("corpus/heldout15.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_sixteenth_set() {
    let m = measure("heldout16.txt", include_str!("corpus/heldout16.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_seventeenth_set() {
    let m = measure("heldout17.txt", include_str!("corpus/heldout17.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_eighteenth_set() {
    let m = measure("heldout18.txt", include_str!("corpus/heldout18.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_nineteenth_set() {
    let m = measure("heldout19.txt", include_str!("corpus/heldout19.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twentieth_set() {
    let m = measure("heldout20.txt", include_str!("corpus/heldout20.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twenty_first_set() {
    let m = measure("heldout21.txt", include_str!("corpus/heldout21.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twenty_second_set() {
    let m = measure("heldout22.txt", include_str!("corpus/heldout22.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twenty_third_set() {
    let m = measure("heldout23.txt", include_str!("corpus/heldout23.txt"));
    m.print();
    m.assert_close_to_text_within(DOCX_MARGIN, PDF_MARGIN, WRAPPED_REGISTER_PRECISION_MARGIN);
}

#[test]
fn through_files_on_the_twenty_fourth_set() {
    let m = measure("heldout24.txt", include_str!("corpus/heldout24.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twenty_fifth_set() {
    let m = measure("heldout25.txt", include_str!("corpus/heldout25.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

/// Its PDF lost precision 0.025 against its text while it was never tuned on: a
/// delegation list's row whose cells the PDF shifts put "Föreläggande" in the party
/// column, and the word was then masked as a name wherever it stood (mended in session 20:
/// a party cell that states a decision names no one).
#[test]
fn through_files_on_the_twenty_sixth_set() {
    let m = measure("heldout26.txt", include_str!("corpus/heldout26.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twenty_seventh_set() {
    let m = measure("heldout27.txt", include_str!("corpus/heldout27.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twenty_eighth_set() {
    let m = measure("heldout28.txt", include_str!("corpus/heldout28.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_twenty_ninth_set() {
    let m = measure("heldout29.txt", include_str!("corpus/heldout29.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirtieth_set() {
    let m = measure("heldout30.txt", include_str!("corpus/heldout30.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirty_first_set() {
    let m = measure("heldout31.txt", include_str!("corpus/heldout31.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirty_second_set() {
    let m = measure("heldout32.txt", include_str!("corpus/heldout32.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirty_third_set() {
    let m = measure("heldout33.txt", include_str!("corpus/heldout33.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirty_fourth_set() {
    let m = measure("heldout34.txt", include_str!("corpus/heldout34.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirty_fifth_set() {
    let m = measure("heldout35.txt", include_str!("corpus/heldout35.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirty_sixth_set() {
    let m = measure("heldout36.txt", include_str!("corpus/heldout36.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

#[test]
fn through_files_on_the_thirty_seventh_set() {
    let m = measure("heldout37.txt", include_str!("corpus/heldout37.txt"));
    m.print();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}

/// Never tuned on: figures only, its errors stay unread.
#[test]
fn through_files_on_the_thirty_eighth_set_never_tuned_on() {
    let m = measure("heldout38.txt", include_str!("corpus/heldout38.txt"));
    m.print_figures();
    m.assert_close_to_text(DOCX_MARGIN, PDF_MARGIN);
}
