//! Detection quality on annotated corpora of fictional protocol text (tests/corpus/):
//! per-rule recall, overall recall and precision, with the gates of the detection issue.
//! `protokoll.txt` was written beside the detector; `heldout*.txt` were written from the
//! guideline alone by someone who had not seen it. Most were measured untouched and then
//! used to improve the detector (each test says when); the ones never tuned on
//! (heldout6, heldout9 and the newest set) print their figures alone, so their errors
//! stay unread. The figures are printed (`cargo test -- --nocapture`).

mod support;

use maskera::detect::{scan, Candidate, Rulebook, Suggestion};
use maskera::ingest::{Document, Image, ImageSource};
use std::collections::BTreeMap;
use support::corpus::{covers, documents, is_image, overlaps, parse, Expected};

/// The paragraphs, with the images the annotations put among them.
fn document(paragraphs: &[String], expected: &[Expected]) -> Document {
    let mut doc = Document::from_plain_paragraphs(paragraphs);
    for (run, e) in expected.iter().filter(|e| is_image(&e.rule)).enumerate() {
        doc.images.push(Image {
            page: 1,
            paragraph: e.pieces.first().map(|p| p.0),
            bbox: None,
            source: ImageSource::Docx {
                part: 0,
                run: run as u32,
                target: format!("media/image{run}.png"),
            },
        });
    }
    doc
}

#[derive(Default, Debug)]
struct Tally {
    expected: usize,
    found_right_rule: usize,
    found_any_rule: usize,
}

/// What a corpus measured: per-rule tallies, overall recall and precision.
#[derive(Default, Debug)]
struct Report {
    per_rule: BTreeMap<String, Tally>,
    paragraphs: usize,
    masks: usize,
    false_masks: Vec<String>,
    /// For each false mask, what the annotation says of the text: the rule of a span that
    /// may stay ("fortroendevald"), or that nothing was annotated there.
    false_against: Vec<String>,
    missed: Vec<String>,
    /// Spans that may stay but lie under a mask that is right elsewhere (a register row
    /// masked whole over the official handling it): precision does not count them, as
    /// the mask is wanted, but the reader loses them. A secret §'s body is not counted:
    /// the guideline removes it whole, officials included.
    swallowed: Vec<String>,
}

impl Report {
    fn recall(&self) -> f64 {
        let expected: usize = self.per_rule.values().map(|t| t.expected).sum();
        let recalled: usize = self.per_rule.values().map(|t| t.found_any_rule).sum();
        recalled as f64 / expected.max(1) as f64
    }

    fn precision(&self) -> f64 {
        1.0 - self.false_masks.len() as f64 / self.masks.max(1) as f64
    }

    fn print(&self, name: &str) {
        self.print_figures(name);
        for m in &self.missed {
            eprintln!("  missed {m}");
        }
        for f in &self.false_masks {
            eprintln!("  false mask {f}");
        }
        for s in &self.swallowed {
            eprintln!("  swallowed {s}");
        }
    }

    /// The figures without the values missed or masked wrongly: for the set whose errors
    /// must not be read while the detector is changed.
    fn print_figures(&self, name: &str) {
        let expected: usize = self.per_rule.values().map(|t| t.expected).sum();
        eprintln!(
            "{name}: {} paragraphs, {expected} spans to mask, {} masks suggested",
            self.paragraphs, self.masks
        );
        for (rule, t) in &self.per_rule {
            eprintln!(
                "  {rule:<20} recall {}/{} (right rule {})",
                t.found_any_rule, t.expected, t.found_right_rule
            );
        }
        // Which rules the false masks fall under, counted (their texts are not printed).
        let mut false_by_rule: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &self.false_masks {
            *false_by_rule
                .entry(f.split(':').next().unwrap_or(""))
                .or_default() += 1;
        }
        eprintln!("  false masks by rule: {false_by_rule:?}");
        // And what the annotation says there: an official kept, a place, nothing at all.
        let mut against: BTreeMap<String, usize> = BTreeMap::new();
        for (f, a) in self.false_masks.iter().zip(&self.false_against) {
            let rule = f.split(':').next().unwrap_or("");
            *against.entry(format!("{rule}→{a}")).or_default() += 1;
        }
        eprintln!("  false masks against the annotation: {against:?}");
        eprintln!("  kept spans under a wanted mask: {}", self.swallowed.len());
        eprintln!(
            "{name}: overall recall {:.3}, precision {:.3}",
            self.recall(),
            self.precision()
        );
    }

    /// The gates of the detection issue: every identity number, and the given overall
    /// recall and precision.
    fn assert_gates(&self, name: &str, recall: f64, precision: f64) {
        assert!(self.paragraphs >= 60, "{name} has at least 60 paragraphs");
        self.assert_every_identity_number(name);
        assert!(
            self.recall() >= recall,
            "{name}: overall recall {:.3} below {recall}",
            self.recall()
        );
        assert!(
            self.precision() >= precision,
            "{name}: precision {:.3} below {precision}",
            self.precision()
        );
    }

    /// A missed personnummer is a breach, in any corpus.
    fn assert_every_identity_number(&self, name: &str) {
        for rule in ["personnummer", "samordningsnummer"] {
            if let Some(t) = self.per_rule.get(rule) {
                assert_eq!(
                    t.found_right_rule, t.expected,
                    "{name}: {rule} recall must be 1.0"
                );
            }
        }
    }
}

/// Scans every document of an annotated corpus and compares with its annotations.
fn measure(corpus: &str) -> Report {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let mut report = Report::default();
    for source in documents(corpus) {
        let (paragraphs, expected) = parse(&source);
        report.paragraphs += paragraphs.len();
        let doc = document(&paragraphs, &expected);
        let candidates = scan(&doc, &rulebook);
        for e in expected.iter().filter(|e| !e.keep) {
            let t = report.per_rule.entry(e.rule.clone()).or_default();
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
                report.missed.push(format!("{}: {:?}", e.rule, e.text));
            }
        }
        for c in candidates
            .iter()
            .filter(|c| c.suggestion == Suggestion::Mask)
        {
            report.masks += 1;
            let mine = covers(c, &doc);
            let wanted = expected
                .iter()
                .filter(|e| !e.keep)
                .any(|e| overlaps(&mine, &e.pieces));
            if !wanted {
                report.false_masks.push(format!("{}: {:?}", c.rule, c.text));
                let kept = expected
                    .iter()
                    .find(|e| e.keep && overlaps(&mine, &e.pieces));
                report
                    .false_against
                    .push(kept.map_or("unannotated".to_string(), |e| e.rule.clone()));
            }
        }
        for e in expected.iter().filter(|e| e.keep) {
            let under_wanted_mask = candidates.iter().find(|c| {
                let mine = covers(c, &doc);
                c.suggestion == Suggestion::Mask
                    && c.rule != "sekretess"
                    && overlaps(&mine, &e.pieces)
                    && expected
                        .iter()
                        .any(|w| !w.keep && overlaps(&mine, &w.pieces))
            });
            if let Some(c) = under_wanted_mask {
                let s = format!("{}: {:?} under {}: {:?}", e.rule, e.text, c.rule, c.text);
                report.swallowed.push(s);
            }
        }
    }
    report
}

#[test]
fn detection_meets_the_recall_and_precision_gates_on_the_annotated_corpus() {
    let report = measure(include_str!("corpus/protokoll.txt"));
    report.print("protokoll.txt");
    report.assert_gates("protokoll.txt", 0.97, 0.90);
}

/// Eight protocols written from the guideline alone by someone who had not seen the
/// detector (tests/corpus/heldout.txt).
#[test]
fn detection_quality_on_the_protocols_written_without_the_detector() {
    let report = measure(include_str!("corpus/heldout.txt"));
    report.print("heldout.txt");
    // Below the 0.97 / 0.90: these guard what was reached (0.938 / 0.877).
    report.assert_gates("heldout.txt", 0.92, 0.86);
}

/// Six more protocols written the same way by another hand, in other layouts
/// (tests/corpus/heldout2.txt). First measured untouched (recall 0.69, precision 0.71),
/// then used for improving the detector like heldout.txt.
#[test]
fn detection_quality_on_a_second_set_kept_out_of_tuning() {
    let report = measure(include_str!("corpus/heldout2.txt"));
    report.print("heldout2.txt");
    // Below the 0.97 / 0.90 in recall: these guard what was reached (0.973 / 0.931).
    report.assert_gates("heldout2.txt", 0.95, 0.91);
}

/// Five protocols written after the detector was improved on the two sets above
/// (tests/corpus/heldout3.txt). Measured untouched (recall 0.850, precision 0.888), then
/// used for improving the detector from 2026-11-30 on.
#[test]
fn detection_quality_on_the_final_held_out_set() {
    let report = measure(include_str!("corpus/heldout3.txt"));
    report.print("heldout3.txt");
    // Tuned on since: the gates (reached 0.991 / 0.993).
    report.assert_gates("heldout3.txt", 0.97, 0.90);
}

/// Six protocols written by another hand from the guideline alone, after everything above
/// (tests/corpus/heldout4.txt, Norrvik kommun). Measured untouched (recall 0.873,
/// precision 0.858), then used for improving the detector.
#[test]
fn detection_quality_on_a_fourth_set_written_after_the_tuning() {
    let report = measure(include_str!("corpus/heldout4.txt"));
    report.print("heldout4.txt");
    // Tuned on since: the gates (reached 0.992 / 0.994).
    report.assert_gates("heldout4.txt", 0.97, 0.90);
}

/// Six protocols written with heldout4.txt (tests/corpus/heldout5.txt, Sjöhamra kommun),
/// never used to change the detector until session 10 (first measured at recall 0.897,
/// precision 0.828; 0.916 / 0.906 when it was switched), then used for improving it while
/// heldout13.txt took its place among the sets never tuned on.
#[test]
fn detection_quality_on_a_fifth_set() {
    let report = measure(include_str!("corpus/heldout5.txt"));
    report.print("heldout5.txt");
    report.assert_every_identity_number("heldout5.txt");
}

/// Six protocols of a small municipality written in prose by another hand from the
/// guideline alone (tests/corpus/heldout7.txt, Fjällsta kommun). Measured untouched
/// (recall 0.946, precision 0.859), then used for improving the detector.
#[test]
fn detection_quality_on_a_seventh_set_of_prose_protocols() {
    let report = measure(include_str!("corpus/heldout7.txt"));
    report.print("heldout7.txt");
    report.assert_every_identity_number("heldout7.txt");
}

/// Six protocols of another municipality in the layouts of meeting-management systems,
/// written by another hand from the guideline alone (tests/corpus/heldout6.txt, Ekbacka
/// kommun). Like heldout5.txt it is never tuned on: only its figures are printed.
#[test]
fn detection_quality_on_a_sixth_set_never_tuned_on() {
    let report = measure(include_str!("corpus/heldout6.txt"));
    report.print_figures("heldout6.txt");
    report.assert_every_identity_number("heldout6.txt");
}

/// Seven documents of a building-and-environment nämnd, a full council and others in the
/// layouts of meeting-management systems, written by another hand from the guideline alone
/// (tests/corpus/heldout8.txt, Vretaby kommun). Measured untouched (recall 0.927, precision 0.818),
/// then used for improving the detector.
#[test]
fn detection_quality_on_an_eighth_set_of_system_layouts() {
    let report = measure(include_str!("corpus/heldout8.txt"));
    report.print("heldout8.txt");
    report.assert_every_identity_number("heldout8.txt");
}

/// Eight documents of a school nämnd, a kommunstyrelse, secrecy matters and a delegation
/// list, written by another hand from the guideline alone (tests/corpus/heldout9.txt,
/// Strömsvik kommun). Like heldout5.txt it is never tuned on: only its figures are printed.
#[test]
fn detection_quality_on_a_ninth_set_never_tuned_on() {
    let report = measure(include_str!("corpus/heldout9.txt"));
    report.print_figures("heldout9.txt");
    report.assert_every_identity_number("heldout9.txt");
}

/// Eleven documents of care, planning, election and audit matters, written by another
/// hand from the guideline alone (tests/corpus/heldout10.txt, Åsbacka kommun). Measured
/// untouched (recall 0.899, precision 0.933), then used for improving the detector.
#[test]
fn detection_quality_on_a_tenth_set_of_care_and_planning_matters() {
    let report = measure(include_str!("corpus/heldout10.txt"));
    report.print("heldout10.txt");
    report.assert_every_identity_number("heldout10.txt");
}

/// Twelve documents of seven nämnder, a kallelse, a kungörelse and two delegation lists,
/// written by another hand from the guideline alone (tests/corpus/heldout11.txt, Älvsunds
/// kommun), added in session 8. Measured untouched (recall 0.884, precision 0.923; 0.939 /
/// 0.926 after that session's changes, never tuned on), then used for improving the
/// detector from session 9 on.
#[test]
fn detection_quality_on_an_eleventh_set() {
    let report = measure(include_str!("corpus/heldout11.txt"));
    report.print("heldout11.txt");
    report.assert_every_identity_number("heldout11.txt");
}

/// Twelve documents of nine bodies, an MBL negotiation, a kallelse and a diarium, written
/// by another hand from the guideline alone (tests/corpus/heldout12.txt, Björkede kommun),
/// added in session 9. Never tuned on until session 11 (recall 0.910, precision 0.844 when
/// it was switched), then used for improving the detector.
#[test]
fn detection_quality_on_a_twelfth_set() {
    let report = measure(include_str!("corpus/heldout12.txt"));
    report.print("heldout12.txt");
    report.assert_every_identity_number("heldout12.txt");
}

/// Fourteen documents of eleven bodies in the layouts of five meeting-management systems,
/// with a pupil register and a damage claim as bilagor, written by another hand from the
/// guideline alone (tests/corpus/heldout13.txt, Lindvreta kommun), added in session 10.
/// Measured untouched (recall 0.939, precision 0.908), never tuned on until session 11
/// (0.949 / 0.911 when it was switched), then used for improving the detector.
#[test]
fn detection_quality_on_a_thirteenth_set() {
    let report = measure(include_str!("corpus/heldout13.txt"));
    report.print("heldout13.txt");
    report.assert_every_identity_number("heldout13.txt");
}

/// Fourteen documents of ten bodies, two kommunalförbund among them, with a kallelse, a
/// kungörelse, a diarium and a camp list as a bilaga, in layouts not seen before (numbered
/// and run-in attendance lists, page headers mid-§), written by another hand from the
/// guideline alone (tests/corpus/heldout14.txt, Tjärnvika kommun), added in session 11.
/// Measured untouched (recall 0.942, precision 0.937), never tuned on until session 12
/// (0.952 / 0.941 when it was switched), then used for improving the detector while
/// heldout15.txt took its place among the sets never tuned on.
#[test]
fn detection_quality_on_a_fourteenth_set() {
    let report = measure(include_str!("corpus/heldout14.txt"));
    report.print("heldout14.txt");
    report.assert_every_identity_number("heldout14.txt");
}

/// Fourteen documents of ten bodies, a municipal housing company's board and a neighbour
/// municipality's bygg- och miljönämnd among them, with a complaint letter as a bilaga, a
/// kungörelse, a diarium and a kallelse, in Word layouts with tab-separated attendance,
/// written by another hand from the guideline alone (tests/corpus/heldout15.txt, Hällebro
/// kommun), added in session 12. Measured untouched (recall 0.885, precision 0.910), never
/// tuned on until later in session 12 (0.888 / 0.910 when it was switched), then used for
/// improving the detector while heldout16.txt took its place among the sets never tuned on.
#[test]
fn detection_quality_on_a_fifteenth_set() {
    let report = measure(include_str!("corpus/heldout15.txt"));
    report.print("heldout15.txt");
    report.assert_every_identity_number("heldout15.txt");
}

/// Fourteen documents of a school nämnd, social services, three utskott, a räddningsnämnd,
/// an advisory council's notes, an audit report, a municipal energy company's board, a
/// long delegation list, a council with a voting list, a kungörelse, an anslag, a diarium
/// and an e-mail complaint as a bilaga, in meeting-system layouts ("§ 14/2026", "Ärende 5")
/// with tab-separated attendance tables, written by another hand from the guideline alone
/// (tests/corpus/heldout16.txt, Norrbräcke kommun), added in session 12. Measured
/// untouched (recall 0.822, precision 0.854), never tuned on until session 13 (0.840 /
/// 0.851 when it was switched), then used for improving the detector.
#[test]
fn detection_quality_on_a_sixteenth_set() {
    let report = measure(include_str!("corpus/heldout16.txt"));
    report.print("heldout16.txt");
    report.assert_every_identity_number("heldout16.txt");
}

/// Fourteen documents of a joint permit nämnd of two municipalities, a disability nämnd
/// (LSS), a rural and archipelago nämnd, a central MBL group, a health-protection
/// delegation list, a youth council's and a safety council's notes, a municipal company's
/// annual meeting, a kallelse with "Ärende 4", protocol extracts of the KS and the
/// överförmyndarnämnd, a valberedning, a postlista and a parent's letter, written by
/// another hand from the guideline alone (tests/corpus/heldout17.txt, Skärvsjö kommun),
/// added in session 13. Measured untouched (recall 0.875, precision 0.844), never tuned on
/// until later in session 13 (0.875 / 0.849 when it was switched), then used for improving
/// the detector.
#[test]
fn detection_quality_on_a_seventeenth_set() {
    let report = measure(include_str!("corpus/heldout17.txt"));
    report.print("heldout17.txt");
    report.assert_every_identity_number("heldout17.txt");
}

/// Twelve documents of a small inland municipality in the layouts of five meeting systems
/// (Ciceron, Lex, Meetings Plus, Platina, W3D3) and Word: a miljö- och byggnämnd, a
/// social individutskott, a KS arbetsutskott, a technical nämnd with a VA-tillsyn, a
/// council with elections and medborgarförslag, a delegation list of housing adaptation
/// grants, a kungörelse, a citizen's letter, a school federation's direktion, a leisure
/// nämnd, a postlista and a samordningsförbund's board, written by another hand from the
/// guideline alone (tests/corpus/heldout18.txt, Åsmyra kommun), added in session 13.
/// Measured untouched (recall 0.949, precision 0.944), never tuned on until session 14
/// (0.960 / 0.948 when it was switched), then used for improving the detector.
#[test]
fn detection_quality_on_an_eighteenth_set() {
    let report = measure(include_str!("corpus/heldout18.txt"));
    report.print("heldout18.txt");
    report.assert_every_identity_number("heldout18.txt");
}

/// Twelve documents of a mid-sized Bergslagen town in the layouts of iBabs, Ciceron,
/// Netpublicator, Lex, Platina and Word: a byggnadsnämnd with an inspector's report, a
/// care nämnd and its kallelse, a school nämnd, a valnämnd, a personnel and fee
/// committee, a housing company's board, a crisis nämnd, an överförmyndarnämnd, a
/// kungörelse and a postlista in blocks, written by another hand from the guideline alone
/// (tests/corpus/heldout19.txt, Hyttfors kommun), added in session 14. Measured untouched
/// (recall 0.938, precision 0.896), never tuned on until session 15 (0.938 / 0.896 when it
/// was switched), then used for improving the detector.
#[test]
fn detection_quality_on_a_nineteenth_set() {
    let report = measure(include_str!("corpus/heldout19.txt"));
    report.print("heldout19.txt");
    report.assert_every_identity_number("heldout19.txt");
}

/// Thirteen documents of a municipality on the Skåne plain: a leisure nämnd and its
/// kallelse, an environmental federation's direktion with food-control sanctions, an
/// education nämnd, a social individutskott, an auditors' report, a KS arbetsutskott with
/// claims for damages and medborgarförslag, a postlista, a delegation list, a protocol
/// extract sent to two private persons, a pensioners' and disability council, an e-service
/// form and a water company's annual meeting, written by another hand from the guideline
/// alone (tests/corpus/heldout20.txt, Sandlövs kommun), added in session 15. Measured
/// untouched (recall 0.879, precision 0.861), then used for improving the detector.
#[test]
fn detection_quality_on_a_twentieth_set() {
    let report = measure(include_str!("corpus/heldout20.txt"));
    report.print("heldout20.txt");
    report.assert_every_identity_number("heldout20.txt");
}

/// Twelve documents of a municipality on the Bohuslän coast in layouts unlike the earlier
/// sets': a kommunstyrelse, a building nämnd, a technical nämnd (water and waste), a
/// school nämnd, a social nämnd, the council, an accessibility council's notes, a joint
/// service nämnd and a joint överförmyndarnämnd with the neighbour, a diarium, a kallelse
/// and a delegation list, written by another hand from the guideline alone
/// (tests/corpus/heldout21.txt, Klövskärs kommun), added in session 15. Measured
/// untouched (recall 0.944, precision 0.951), never tuned on until session 16 (0.951 /
/// 0.955 when it was switched), then used for improving the detector.
#[test]
fn detection_quality_on_a_twenty_first_set() {
    let report = measure(include_str!("corpus/heldout21.txt"));
    report.print("heldout21.txt");
    report.assert_every_identity_number("heldout21.txt");
}

/// Thirteen documents of an inland municipality in the Småland highlands: a kommunstyrelse,
/// a joint authority nämnd for building, environment, food and alcohol, a jävsnämnd, an
/// education and a care nämnd, a democracy committee, a union negotiation protocol, a
/// kallelse, a postlista by weekday, the notice board, a grazing agreement with its
/// signatures, a planning consultation report and the council, written by another hand
/// from the guideline alone (tests/corpus/heldout22.txt, Hultsboda kommun), added in
/// session 16. Measured untouched (recall 0.947, precision 0.905; 0.939 / 0.890 with the
/// code the session started with), then used for improving the detector (0.947 / 0.906
/// when it was switched).
#[test]
fn detection_quality_on_a_twenty_second_set() {
    let report = measure(include_str!("corpus/heldout22.txt"));
    report.print("heldout22.txt");
    report.assert_every_identity_number("heldout22.txt");
}

/// Thirteen documents of a municipality in Östergötland: an environmental and health nämnd
/// with food and tobacco control, its delegation list and an officer's report, a rescue
/// service's direktion, a valnämnd, a personnel committee, a housing company's board, a
/// pensioners' council, a democracy committee, a protocol extract sent to the parties, a
/// kallelse, a postlista exported from PDF with space-set columns and the notice board,
/// written by another hand from the guideline alone (tests/corpus/heldout23.txt, Rödmossa
/// kommun), added in session 16. Measured untouched (recall 0.922, precision 0.919), then
/// used for improving the detector from session 17 (0.925 / 0.921 when it was switched).
#[test]
fn detection_quality_on_a_twenty_third_set() {
    let report = measure(include_str!("corpus/heldout23.txt"));
    report.print("heldout23.txt");
    report.assert_every_identity_number("heldout23.txt");
}

/// Thirteen documents of a municipality on the Hälsingland coast: a council with an
/// interpellation and a memorial, a building committee on the shore protection, a social
/// and a guardianship committee with secret matters, a children's nämnd with childminding,
/// a labour-market nämnd, a land committee, a kallelse, a kungörelse set as an
/// advertisement, an e-diarium's search result, a citizen's proposal form, an officer's
/// report and the notice board, written by another hand from the guideline alone
/// (tests/corpus/heldout24.txt, Linåkers kommun), added in session 17. Measured untouched
/// (recall 0.922, precision 0.903), kept unread until recall 0.939, precision 0.905, then
/// used for improving the detector.
#[test]
fn detection_quality_on_a_twenty_fourth_set() {
    let report = measure(include_str!("corpus/heldout24.txt"));
    report.print("heldout24.txt");
    report.assert_every_identity_number("heldout24.txt");
}

/// Fourteen documents of a municipality in the fjäll country of western Jämtland: a council
/// with question time, resignations and by-elections, a culture and leisure nämnd's grants
/// and stipends, an election committee after the election, a joint guardianship
/// committee, an education nämnd, a building and environment nämnd with its delegation
/// list, a neighbour's letter and an extract sent to the owners, a personnel and fees
/// committee, an audit report, a kallelse, a kungörelse and a weekly post list, written by
/// another hand from the guideline alone (tests/corpus/heldout25.txt, Vålsjö kommun),
/// added in session 18. Measured untouched (recall 0.913, precision 0.944), kept unread
/// until recall 0.924, precision 0.948, then used for improving the detector.
#[test]
fn detection_quality_on_a_twenty_fifth_set() {
    let report = measure(include_str!("corpus/heldout25.txt"));
    report.print("heldout25.txt");
    report.assert_every_identity_number("heldout25.txt");
}

/// Fifteen documents of a municipality in north-western Värmland by the Norwegian border:
/// a municipal executive board with its adjusters on the signature page only, a social
/// services committee's individual matters, a council of pensioners and the disabled, an
/// upper-secondary nämnd, a building and environment nämnd with supervision, a delegation
/// list, a post list, a kallelse, a kungörelse, a resident's letter, a guardianship
/// committee, an election committee, a technical nämnd with damage claims, an MBL
/// negotiation and a culture and leisure nämnd, written by another hand from the
/// guideline alone (tests/corpus/heldout26.txt, Kölfors kommun), added in session 19.
/// Measured untouched (recall 0.909, precision 0.858), kept unread until recall 0.938,
/// precision 0.860, then used for improving the detector from session 20.
#[test]
fn detection_quality_on_a_twenty_sixth_set() {
    let report = measure(include_str!("corpus/heldout26.txt"));
    report.print("heldout26.txt");
    report.assert_every_identity_number("heldout26.txt");
}

/// Fourteen documents of a municipality on the south-east coast of Skåne: a harbour
/// board with berths and berth-fee debts, a care nämnd with lex Sarah and färdtjänst
/// appeals and the lex Sarah form as an appendix, a community-building nämnd with shore
/// protection, advance notices, wind-turbine neighbours and housing-adaptation grants,
/// residents' e-mails (one in Danish), a kallelse, a children's and education nämnd, a
/// licensing committee's hearing on an alcohol licence, an executive board, a fees
/// committee, a council whose text came out of a PDF, the auditors' report, an extract
/// with its distribution list and a notice, written by another hand from the guideline
/// alone (tests/corpus/heldout27.txt, Stavhamns kommun), added in session 20. Measured
/// untouched (recall 0.842, precision 0.875), kept unread until recall 0.865, precision
/// 0.883, then used for improving the detector from session 21.
#[test]
fn detection_quality_on_a_twenty_seventh_set() {
    let report = measure(include_str!("corpus/heldout27.txt"));
    report.print("heldout27.txt");
    report.assert_every_identity_number("heldout27.txt");
}

/// Fifteen documents of a municipality on the east coast of Gotland: a council with
/// interpellations, a motion put to the vote and members listed surname first, its
/// notice, a kallelse, an executive board with its attendance in capitals, a social
/// services working committee's anonymised matters, a guardianship committee, a building
/// and environment nämnd with a quarry's neighbours and farms' manure, a neighbour's
/// scanned letter, a delegation list, a harbour and ferry nämnd, a children's and
/// education nämnd with Baltic pupils' identity numbers, an MBL negotiation, an election
/// committee, a diarium's export and an audit report, written by another hand from the
/// guideline alone (tests/corpus/heldout28.txt, Hallvide kommun), added in session 21.
/// Measured untouched (recall 0.880, precision 0.872), kept unread until recall 0.900,
/// precision 0.881, then used for improving the detector from session 23.
#[test]
fn detection_quality_on_a_twenty_eighth_set() {
    let report = measure(include_str!("corpus/heldout28.txt"));
    report.print("heldout28.txt");
    report.assert_every_identity_number("heldout28.txt");
}

/// Sixteen documents of a municipality on the Västerbotten coast grown fast around a
/// battery-cell factory: a council with question time, motions, a resignation and
/// citizens' proposals, an executive working committee with land sales, a social
/// services committee's individual matters, a guardianship committee, a building and
/// environment nämnd with its delegation list, a children's and education nämnd whose
/// text came out of a PDF, alcohol and tobacco permits, a kallelse, a kungörelse, a post
/// list, an MBL negotiation, an election committee, an audit report, a crisis committee
/// after a storm with residents' e-mails in English and Finnish, and a working committee
/// on housing adaptation, written by another hand from the guideline alone
/// (tests/corpus/heldout29.txt, Skärså kommun), added in session 23. Measured untouched
/// (recall 0.893, precision 0.933), kept unread until recall 0.898, precision 0.938, then
/// used for improving the detector from session 24.
#[test]
fn detection_quality_on_a_twenty_ninth_set() {
    let report = measure(include_str!("corpus/heldout29.txt"));
    report.print("heldout29.txt");
    report.assert_every_identity_number("heldout29.txt");
}

/// Sixteen documents of a commuter municipality south of Stockholm: a council, its
/// notice, an executive board with a petition's signatures as an appendix, a personnel
/// committee, a social services committee and its individual matters' working committee,
/// a kallelse, a guardianship committee, a building and environment nämnd with its
/// delegation list, a children's and education nämnd, a culture and leisure nämnd, an
/// election committee, a post list and a citizens' proposal on its form, written by
/// another hand from the guideline alone (tests/corpus/heldout30.txt, Kvarnmora kommun),
/// added in session 24. Measured untouched (recall 0.897, precision 0.936), kept unread
/// until recall 0.915, precision 0.937, then used for improving the detector from
/// session 25.
#[test]
fn detection_quality_on_a_thirtieth_set() {
    let report = measure(include_str!("corpus/heldout30.txt"));
    report.print("heldout30.txt");
    report.assert_every_identity_number("heldout30.txt");
}

/// Sixteen documents of a county-seat steel town with a university college and a county
/// hospital: a council, an executive board and its working and personnel committees, a
/// social services committee's individual matters, a care and an education nämnd, a
/// building and environment nämnd, a culture and leisure nämnd, a guardianship committee,
/// an election committee, an audit report, a delegation list, a post list, a kallelse and
/// an anslagsbevis, written by another hand from the guideline alone
/// (tests/corpus/heldout31.txt, Valbrunna kommun), added in session 25. Measured untouched
/// (recall 0.916, precision 0.916), kept unread (but for two foreign identity numbers)
/// until recall 0.921, precision 0.916, then used for improving the detector from
/// session 26.
#[test]
fn detection_quality_on_a_thirty_first_set() {
    let report = measure(include_str!("corpus/heldout31.txt"));
    report.print("heldout31.txt");
    report.assert_every_identity_number("heldout31.txt");
}

/// Sixteen documents of a large coastal city's district committees and city-wide
/// nämnder: a district committee with citizens' proposals and association grants and its
/// individual matters' committee, a traffic nämnd with disabled parking permits and damage
/// claims, a land development nämnd, the city housing company's board, a licensing nämnd
/// written in capitals, a council, a school and a pre-school nämnd, an environment and
/// health nämnd, a guardianship committee, a kallelse, a kungörelse, a post list, an MBL
/// protocol and the city auditors' protocol, written by another hand from the guideline
/// alone (tests/corpus/heldout32.txt, Norrhamns stad), added in session 26. Measured
/// untouched at recall 0.935, precision 0.899. Not quite untouched since: its one missed
/// identity number (a Norwegian fødselsnummer, the only error read) is now found, and one
/// rule's exception was chosen because its precision fell without it (a table of identity
/// numbers with a party or function column). Kept unread until recall 0.937, precision
/// 0.903, then used for improving the detector from session 27.
#[test]
fn detection_quality_on_a_thirty_second_set() {
    let report = measure(include_str!("corpus/heldout32.txt"));
    report.print("heldout32.txt");
    report.assert_every_identity_number("heldout32.txt");
}

/// Sixteen documents of a small industrial municipality in the Småland highlands with
/// family firms, free churches and newly arrived residents: a council, an executive board
/// and its working committee, a social committee, a care nämnd in capitals, a building and
/// environment nämnd and its delegation list, an education nämnd, a guardianship
/// committee, an election committee, a kungörelse with its kallelse, a citizens' proposal
/// on a scanned form, a resident's e-mail in Ukrainian, a post list, an MBL protocol and
/// an audit report, written by another hand from the guideline alone
/// (tests/corpus/heldout33.txt, Hyltaryds kommun), added in session 26. Measured untouched
/// at recall 0.913, precision 0.903, with a Ukrainian taxpayer number missed twice (the
/// only error read). Kept unread until recall 0.925, precision 0.908, then used for
/// improving the detector from session 28.
#[test]
fn detection_quality_on_a_thirty_third_set() {
    let report = measure(include_str!("corpus/heldout33.txt"));
    report.print("heldout33.txt");
    report.assert_every_identity_number("heldout33.txt");
}

/// Sixteen documents of an inland and mountain municipality in Norrbotten with reindeer
/// herding samebyar, a ski resort with seasonal workers, hydro power, a mining prospect and
/// a Finnish and Meänkieli administrative area: a council, an executive board and its
/// working committee, a social committee, a building and environment nämnd, an education
/// nämnd, a guardianship committee, an election committee, a delegation list, a kallelse,
/// a citizens' proposal, a post list, an MBL protocol, an audit report, a consultation with
/// a sameby and a mining company, and a rescue committee's incident reports, written by
/// another hand from the guideline alone (tests/corpus/heldout34.txt, Ruovdevaara kommun),
/// added in session 27. Measured untouched at recall 0.878, precision 0.905; Sami and
/// Tornedalian names added from general knowledge (its errors unread) moved it to 0.887 /
/// 0.906; switched to tuned in session 29 at 0.887 / 0.905, then used for improving the
/// detector.
#[test]
fn detection_quality_on_a_thirty_fourth_set_of_a_mountain_municipality() {
    let report = measure(include_str!("corpus/heldout34.txt"));
    report.print("heldout34.txt");
    report.assert_every_identity_number("heldout34.txt");
}

/// Seventeen documents of a university and hospital town in Bergslagen with student
/// housing, international researchers and newly arrived residents: a council and its
/// kungörelse, an executive board and its working committee with tenancy disputes, a
/// tjänsteskrivelse quoting a claimant's and a party's letters, a social committee's
/// individual matters, a care nämnd, a building and environment nämnd and its delegation
/// list, an education nämnd, a guardianship committee, a culture nämnd, an election
/// committee, a citizens' proposal form, a post list, a resident's e-mail in English, an
/// MBL protocol and an audit report, with foreign identity numbers (PESEL, a Chinese
/// resident card, Aadhaar, an Iranian national code, AMKA, RUT, CCCD), written by another
/// hand from the guideline alone (tests/corpus/heldout35.txt, Liljeå kommun), added in
/// session 28. Never tuned on through session 29 (0.929 / 0.920); switched to tuned in
/// session 30, then used for improving the detector.
#[test]
fn detection_quality_on_a_thirty_fifth_set_of_a_university_town() {
    let report = measure(include_str!("corpus/heldout35.txt"));
    report.print("heldout35.txt");
    report.assert_every_identity_number("heldout35.txt");
}

/// Eighteen documents of a garrison and farming town with a regiment, an air force wing,
/// a national prison and a detention centre: a council and its kungörelse, an executive
/// board and its working committee on civil defence, an MBL protocol with a list of union
/// representatives, a social committee's individual matters and its licensing matters, a
/// guardianship committee, a building and environment nämnd, its delegation list and its
/// kallelse, an education nämnd, a care nämnd and its report of decisions not carried
/// out, a culture nämnd, the citizens' proposals received, a post list and an anslag,
/// written by another hand from the guideline alone (tests/corpus/heldout36.txt,
/// Stävlinge kommun), added in session 29. Never tuned on through session 30 (0.965 /
/// 0.912); switched to tuned in session 31, then used for improving the detector.
#[test]
fn detection_quality_on_a_thirty_sixth_set_of_a_garrison_town() {
    let report = measure(include_str!("corpus/heldout36.txt"));
    report.print("heldout36.txt");
    report.assert_every_identity_number("heldout36.txt");
}

/// Eighteen documents of an industrial town in Västergötland built around a truck factory,
/// with a million-programme suburb where many residents were born abroad: a council and
/// its kungörelse, an executive board and its working committee's kallelse, a social
/// committee's individual matters, a labour-market and integration nämnd, a building and
/// environment nämnd and its delegation list, an education nämnd, a care nämnd, a
/// guardianship committee, a culture and leisure nämnd with association grants, an
/// election committee, answers to citizens' proposals, a post list, an MBL protocol, an
/// audit report and a tjänsteskrivelse quoting a resident's e-mail, written by another
/// hand from the guideline alone (tests/corpus/heldout37.txt, Vättersby kommun), added in
/// session 30. Never tuned on through session 31's first half (0.944 / 0.875); switched
/// to tuned in session 31, then used for improving the detector.
#[test]
fn detection_quality_on_a_thirty_seventh_set_of_an_industrial_town() {
    let report = measure(include_str!("corpus/heldout37.txt"));
    report.print("heldout37.txt");
    report.assert_every_identity_number("heldout37.txt");
}

/// Eighteen documents of a Baltic-coast municipality with a nuclear power plant, its
/// yearly revision outage of foreign contractors, an iodine-tablet zone and fritidshus
/// areas whose population triples in summer: a council and its kungörelse with a Finnish
/// summary, an executive board, its kallelse and its preparedness committee, a building
/// and environment nämnd with a scanned neighbours' letter, its delegation list and its
/// kallelse, a social committee's individual matters, a guardianship committee, an
/// education nämnd, an election committee, a post list, an MBL protocol, a technical
/// nämnd, a scanned citizens' proposal form and a culture nämnd, written by another hand
/// from the guideline alone (tests/corpus/heldout38.txt, Sälteviks kommun), added in
/// session 31. Never tuned on: only its figures are printed.
#[test]
fn detection_quality_on_a_thirty_eighth_set_never_tuned_on() {
    let report = measure(include_str!("corpus/heldout38.txt"));
    report.print_figures("heldout38.txt");
    report.assert_every_identity_number("heldout38.txt");
}
