//! `maskera review FILE`: the saved review of a document, from the command line — what the
//! desktop app does on every click. `--apply D.json` applies a decisions file one decision
//! at a time (each saved before the next, "sparat N" printed after each), `--show` prints
//! the review as a decisions file for `export --decisions`, `--delete` deletes it.

use crate::{print_out, usage, Failure};
use maskera::detect::{self, Rulebook};
use maskera::locale::Lang;
use maskera::review::session::{Session, Store};
use maskera::review::Decisions;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

pub fn review_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let (mut file, mut apply, mut reviewer, mut show, mut delete) =
        (None, None, None, false, false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--apply" => apply = it.next().map(PathBuf::from),
            "--reviewer" => reviewer = it.next().cloned(),
            "--show" => show = true,
            "--delete" => delete = true,
            a if !a.starts_with("--") && file.is_none() => file = Some(PathBuf::from(a)),
            _ => return Err(usage(lang)),
        }
    }
    let file = file.ok_or_else(|| usage(lang))?;
    let doc = crate::read_document(&file, lang)?;
    let rulebook = Rulebook::embedded().map_err(|e| Failure(e.message(lang)))?;
    let candidates = detect::scan(&doc, &rulebook);
    let name = crate::file_name(&file);
    let reviewer = reviewer
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "okänd granskare".into());
    let (mut session, opened) = Session::open(
        Arc::new(doc),
        &name,
        candidates.into(),
        Arc::new(rulebook),
        Store::default_location(),
        &reviewer,
    );
    if delete {
        let gone = session.delete();
        return print_out(&format!(
            "{name}: {}\n",
            match (gone, lang) {
                (true, Lang::Swedish) => "granskningen och dess personuppgifter är borttagna",
                (true, Lang::English) => "the review and its personal data are deleted",
                (false, Lang::Swedish) => "ingen sparad granskning fanns",
                (false, Lang::English) => "there was no saved review",
            }
        ));
    }
    eprintln!(
        "maskera: {name}: {} {}{}",
        opened.restored,
        match lang {
            Lang::Swedish => "beslut återställda",
            Lang::English => "decisions restored",
        },
        if opened.unplaced.is_empty() {
            String::new()
        } else {
            match lang {
                Lang::Swedish => format!(
                    ", {} från en tidigare version kunde inte placeras",
                    opened.unplaced.len()
                ),
                Lang::English => format!(
                    ", {} from an earlier version could not be placed",
                    opened.unplaced.len()
                ),
            }
        }
    );
    if let Some(path) = apply {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Failure(format!("{}: {e}", path.display())))?;
        let decisions: Decisions =
            serde_json::from_str(&text).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
        apply_each(&mut session, &decisions, lang)?;
    }
    if show {
        let json = serde_json::to_string_pretty(session.decisions())
            .map_err(|e| Failure(e.to_string()))?;
        print_out(&(json + "\n"))?;
    }
    Ok(())
}

/// Applies decisions one by one, each saved before the next is made.
fn apply_each(session: &mut Session, decisions: &Decisions, lang: Lang) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    let mut saved = 0usize;
    let mut ack = |saved: usize| {
        let _ = writeln!(stdout, "sparat {saved}");
        let _ = stdout.flush();
    };
    for d in &decisions.decisions {
        session
            .decide(&d.id, d.action, d.reason.as_deref())
            .map_err(|e| Failure(e.message(lang)))?;
        saved += 1;
        ack(saved);
    }
    for m in &decisions.manual {
        session
            .add_manual(m.clone())
            .map_err(|e| Failure(e.message(lang)))?;
        saved += 1;
        ack(saved);
    }
    for s in &decisions.secrecy {
        session
            .set_secrecy(s.paragraph, &s.provision)
            .map_err(|e| Failure(e.message(lang)))?;
        saved += 1;
        ack(saved);
    }
    Ok(())
}
