//! A review is never lost: every decision is on disk before the next one is made, a
//! process killed at any moment loses at most the decision in flight, reopening restores
//! the review, a changed version gets its decisions re-anchored, and the guideline's
//! limits hold for every change (with undo and redo).

mod support;

use maskera::detect::{self, Candidate, Rulebook};
use maskera::ingest::{self, Document};
use maskera::review::session::{Session, Store};
use maskera::review::{Action, Decision, Decisions, ReviewError};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use support::protocol_pdf::pdf_from_lines;

fn protocol(extra_first_line: Option<&str>) -> Vec<u8> {
    let mut lines: Vec<(f32, String)> = vec![
        (14.0, "Sammanträdesprotokoll Miljö- och byggnämnden".into()),
        (12.0, "§ 21 Bygglov för garage".into()),
        (
            10.0,
            "Sökande är Märta Lindqvist, personnummer 19121212-1212.".into(),
        ),
        (
            10.0,
            "Märta Lindqvist bor på Tallvägen 7 B, 981 31 Norrvik.".into(),
        ),
        (12.0, "§ 22 Strandskydd".into()),
        (
            10.0,
            "Klagande är Jörgen Åkesson, telefon 070-123 45 67.".into(),
        ),
    ];
    if let Some(line) = extra_first_line {
        lines.insert(2, (10.0, line.into()));
    }
    pdf_from_lines(&[lines])
}

fn scanned(bytes: &[u8]) -> (Document, Vec<Candidate>, Rulebook) {
    let doc = ingest::ingest_bytes(bytes, "pdf").expect("reads");
    let rulebook = Rulebook::embedded().expect("rulebook");
    let candidates = detect::scan(&doc, &rulebook);
    (doc, candidates, rulebook)
}

/// Opens the review of `doc` (named `name`) in the store at `dir`, as reviewer Linnea.
fn open(
    doc: &Document,
    name: &str,
    candidates: &[Candidate],
    rulebook: &Rulebook,
    dir: &Path,
) -> (Session, maskera::review::session::Opened) {
    Session::open(
        Arc::new(doc.clone()),
        name,
        candidates.into(),
        Arc::new(rulebook.clone()),
        Store::new(dir),
        "Linnea",
    )
}

fn candidate<'c>(candidates: &'c [Candidate], rule: &str, text: &str) -> &'c Candidate {
    candidates
        .iter()
        .find(|c| c.rule == rule && c.text.contains(text))
        .unwrap_or_else(|| panic!("no {rule} candidate {text}: {candidates:#?}"))
}

#[test]
fn decisions_are_saved_at_once_and_restored_on_reopening() {
    let data = tempfile::tempdir().expect("temp dir");
    let bytes = protocol(None);
    let (doc, candidates, rulebook) = scanned(&bytes);
    let name = candidate(&candidates, "namn", "Jörgen");
    {
        let (mut session, opened) = open(&doc, "p.pdf", &candidates, &rulebook, data.path());
        assert_eq!(opened.restored, 0);
        session
            .decide(
                &name.id,
                Action::Keep,
                Some("offentliggjort av den registrerade"),
            )
            .expect("a name may be kept with a reason");
        // On disk before anything else happens, readable by the user only.
        let path = Store::new(data.path()).path(&doc.sha256);
        assert!(path.is_file());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
    let (session, opened) = open(&doc, "p.pdf", &candidates, &rulebook, data.path());
    assert_eq!(opened.restored, 1);
    assert_eq!(session.decisions().decisions[0].id, name.id);
    assert_eq!(
        session.decisions().decisions[0].reviewer.as_deref(),
        Some("Linnea")
    );
    assert!(session.delete(), "a review can be deleted");
    assert!(!Store::new(data.path()).path(&doc.sha256).exists());
}

#[test]
fn the_guideline_limits_hold_and_undo_redo_walk_the_changes() {
    let data = tempfile::tempdir().expect("temp dir");
    let bytes = protocol(None);
    let (doc, candidates, rulebook) = scanned(&bytes);
    let (mut session, _) = open(&doc, "p.pdf", &candidates, &rulebook, data.path());
    let pnr = candidate(&candidates, "personnummer", "19121212");
    assert!(matches!(
        session.decide(&pnr.id, Action::Keep, Some("samtycke")),
        Err(ReviewError::LockedKept { .. })
    ));
    let name = candidate(&candidates, "namn", "Märta");
    let kept = session
        .decide_all(&name.id, Action::Keep, Some("samtycke finns"))
        .expect("keeps every occurrence");
    assert!(kept >= 1);
    let occurrences = session.decisions().decisions.len();
    session.decide(&pnr.id, Action::Mask, None).expect("mask");
    assert!(session.undo().expect("undo"));
    assert_eq!(session.decisions().decisions.len(), occurrences);
    assert!(session.redo().expect("redo"));
    assert_eq!(session.decisions().decisions.len(), occurrences + 1);
    assert!(session.undo().expect("undo") && session.undo().expect("undo"));
    assert!(session.decisions().decisions.is_empty());
    assert!(!session.undo().expect("nothing left to undo"));
    // What is on disk follows: a reopened session sees the undone state.
    let (again, opened) = open(&doc, "p.pdf", &candidates, &rulebook, data.path());
    assert_eq!(opened.restored, 0);
    assert!(again.decisions().decisions.is_empty());
}

#[test]
fn decisions_move_to_a_changed_version_by_text_and_context() {
    let data = tempfile::tempdir().expect("temp dir");
    let first = protocol(None);
    let (doc, candidates, rulebook) = scanned(&first);
    let (mut session, _) = open(&doc, "protokoll.pdf", &candidates, &rulebook, data.path());
    let jorgen = candidate(&candidates, "namn", "Jörgen");
    session
        .decide(&jorgen.id, Action::Keep, Some("samtycke finns"))
        .expect("keep");
    let phone = candidate(&candidates, "kontakt", "070");
    session
        .decide(&phone.id, Action::Keep, Some("växeln"))
        .expect("keep");
    drop(session);
    // Version 2: a line inserted above (every paragraph index moves), the phone gone.
    let second = pdf_from_lines(&[vec![
        (14.0, "Sammanträdesprotokoll Miljö- och byggnämnden".into()),
        (12.0, "§ 21 Bygglov för garage".into()),
        (10.0, "Ärendet har beretts av förvaltningen.".into()),
        (
            10.0,
            "Sökande är Märta Lindqvist, personnummer 19121212-1212.".into(),
        ),
        (12.0, "§ 22 Strandskydd".into()),
        (10.0, "Klagande är Jörgen Åkesson.".into()),
    ]]);
    let (doc2, candidates2, _) = scanned(&second);
    let (session2, opened) = open(&doc2, "protokoll.pdf", &candidates2, &rulebook, data.path());
    assert!(opened.from_earlier_version);
    assert_eq!(opened.restored, 1, "{opened:?}");
    assert_eq!(
        opened.unplaced.len(),
        1,
        "the phone number is gone: {opened:?}"
    );
    let moved = &session2.decisions().decisions[0];
    let target = candidates2
        .iter()
        .find(|c| c.id == moved.id)
        .expect("a candidate of v2");
    assert_eq!(target.text, "Jörgen Åkesson");
    assert_ne!(moved.id, jorgen.id, "the id follows the new position");
}

/// Decisions toggling every name between keep and mask: many saves in a row.
fn many_decisions(candidates: &[Candidate], count: usize) -> Decisions {
    let names: Vec<&Candidate> = candidates.iter().filter(|c| c.rule == "namn").collect();
    assert!(!names.is_empty());
    Decisions {
        decisions: (0..count)
            .map(|i| Decision {
                id: names[i % names.len()].id.clone(),
                action: if i % 2 == 0 {
                    Action::Keep
                } else {
                    Action::Mask
                },
                reason: Some(format!("skäl {i}")),
                reviewer: None,
                time: None,
            })
            .collect(),
        ..Decisions::default()
    }
}

/// The decisions after the first `n` of `all` have been applied, as the session keeps them.
fn state_after(all: &Decisions, n: usize) -> Vec<(String, Action, Option<String>)> {
    let mut out: Vec<(String, Action, Option<String>)> = Vec::new();
    for d in &all.decisions[..n] {
        out.retain(|(id, _, _)| *id != d.id);
        out.push((d.id.clone(), d.action, d.reason.clone()));
    }
    out
}

#[test]
fn killing_the_writer_at_any_moment_loses_at_most_the_decision_in_flight() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = protocol(None);
    let pdf = dir.path().join("protokoll.pdf");
    std::fs::write(&pdf, &bytes).expect("writes");
    let (doc, candidates, _) = scanned(&bytes);
    let all = many_decisions(&candidates, 400);
    let plan = dir.path().join("beslut.json");
    std::fs::write(&plan, serde_json::to_vec(&all).expect("json")).expect("writes");
    let store_path = Store::new(dir.path().join("data/granskningar")).path(&doc.sha256);
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for round in 0..12 {
        let _ = std::fs::remove_file(&store_path);
        let mut child = Command::new(env!("CARGO_BIN_EXE_maskera"))
            .args([
                "review",
                pdf.to_str().expect("utf-8"),
                "--apply",
                plan.to_str().expect("utf-8"),
            ])
            .env("MASKERA_DATA_DIR", dir.path().join("data"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts");
        // Kill after a pseudo-random number of acknowledged saves (xorshift).
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let kill_after = 1 + (seed % 300) as usize;
        let stdout = child.stdout.take().expect("stdout");
        let mut acknowledged = 0usize;
        let started = Instant::now();
        let mut lines = BufReader::new(stdout).lines();
        let mut read_acknowledgement = |acknowledged: &mut usize| match lines.next() {
            Some(Ok(line)) => {
                if let Some(n) = line.strip_prefix("sparat ") {
                    *acknowledged = n.trim().parse().unwrap_or(*acknowledged);
                }
                true
            }
            _ => false,
        };
        while read_acknowledgement(&mut acknowledged) {
            if acknowledged >= kill_after || started.elapsed() > Duration::from_secs(60) {
                break;
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        // The writer goes on while its acknowledgements wait in the pipe: every save it
        // acknowledged before it died counts, not only those read before the kill.
        while read_acknowledgement(&mut acknowledged) {}
        let saved = Store::new(dir.path().join("data/granskningar"))
            .load(&doc.sha256)
            .unwrap_or_else(|| panic!("round {round}: the review file is unreadable after a kill"));
        let on_disk: Vec<(String, Action, Option<String>)> = saved
            .decisions
            .decisions
            .iter()
            .map(|d| (d.id.clone(), d.action, d.reason.clone()))
            .collect();
        let ok = (acknowledged..=(acknowledged + 1).min(all.decisions.len()))
            .any(|n| state_after(&all, n) == on_disk);
        assert!(
            ok,
            "round {round}: killed after {acknowledged} saves, the file holds another state"
        );
    }
}

#[test]
fn the_command_line_shows_a_review_as_a_decisions_file_for_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = protocol(None);
    let pdf = dir.path().join("protokoll.pdf");
    std::fs::write(&pdf, &bytes).expect("writes");
    let (_, candidates, _) = scanned(&bytes);
    let plan = dir.path().join("beslut.json");
    std::fs::write(
        &plan,
        serde_json::to_vec(&many_decisions(&candidates, 3)).expect("json"),
    )
    .expect("writes");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_maskera"))
            .args(args)
            .env("MASKERA_DATA_DIR", dir.path().join("data"))
            .env("MASKERA_CONFIG_DIR", dir.path().join("config"))
            .output()
            .expect("runs")
    };
    let p = pdf.to_str().expect("utf-8");
    assert!(
        run(&["review", p, "--apply", plan.to_str().expect("utf-8")])
            .status
            .success()
    );
    let shown = run(&["review", p, "--show"]);
    let decisions: Decisions = serde_json::from_slice(&shown.stdout).expect("a decisions file");
    assert!(!decisions.decisions.is_empty());
    let file = dir.path().join("sparad.json");
    std::fs::write(&file, &shown.stdout).expect("writes");
    let export = run(&["export", p, "--decisions", file.to_str().expect("utf-8")]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    assert!(run(&["review", p, "--delete"]).status.success());
    let left: Vec<_> = Path::new(&dir.path().join("data/granskningar"))
        .read_dir()
        .expect("the store exists")
        .flatten()
        .collect();
    assert!(left.is_empty(), "nothing of the review is left: {left:?}");
}
