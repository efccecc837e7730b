//! The `maskera` command-line program (see ../shared/cli-contract.md).
//!
//! Thin over the engine: it parses arguments, calls the library, prints, and maps every
//! failure to exit status 2 with one sentence on stderr naming the file.

use maskera::detect::{self, Rulebook};
use maskera::export::check;
use maskera::ingest::{self, Document, PartKind};
use maskera::locale::Lang;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str =
    "usage: maskera text FILE | maskera scan FILE [--format json|text] [--rulebook FILE]";

/// A failure to report: one sentence for stderr.
struct Failure(String);

fn main() -> ExitCode {
    // Ingest turns a panic inside a parser into an error message of its own; the default
    // hook would also print a backtrace, which users must never see.
    std::panic::set_hook(Box::new(|_| {}));
    let lang = Lang::from_env();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("maskera: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String], lang: Lang) -> Result<(), Failure> {
    let Some((command, rest)) = args.split_first() else {
        return Err(usage(lang));
    };
    match command.as_str() {
        "text" => text_command(rest, lang),
        "scan" => scan_command(rest, lang),
        "check" => check_command(rest, lang),
        "--version" | "-V" => print_out(&format!("maskera {}\n", env!("CARGO_PKG_VERSION"))),
        "--help" | "-h" | "help" => print_out(&format!("{USAGE}\n")),
        _ => Err(usage(lang)),
    }
}

fn usage(lang: Lang) -> Failure {
    Failure(match lang {
        Lang::Swedish => format!("okänt kommando eller argument; {USAGE}"),
        Lang::English => format!("unknown command or argument; {USAGE}"),
    })
}

/// Options common to the commands: one input file plus `--flag value` pairs.
struct Options {
    file: PathBuf,
    format: String,
    rulebook: Option<PathBuf>,
    against: Option<PathBuf>,
    decisions: Option<PathBuf>,
}

fn parse_options(args: &[String], lang: Lang) -> Result<Options, Failure> {
    let mut file = None;
    let mut format = "text".to_string();
    let mut rulebook = None;
    let mut against = None;
    let mut decisions = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--format" => match it.next().map(String::as_str) {
                Some(f @ ("json" | "text")) => format = f.to_string(),
                _ => return Err(usage(lang)),
            },
            "--rulebook" => rulebook = Some(PathBuf::from(it.next().ok_or_else(|| usage(lang))?)),
            "--against" => against = Some(PathBuf::from(it.next().ok_or_else(|| usage(lang))?)),
            "--decisions" => decisions = Some(PathBuf::from(it.next().ok_or_else(|| usage(lang))?)),
            a if a.starts_with("--") => return Err(usage(lang)),
            a if file.is_none() => file = Some(PathBuf::from(a)),
            _ => return Err(usage(lang)),
        }
    }
    let file = file.ok_or_else(|| usage(lang))?;
    Ok(Options {
        file,
        format,
        rulebook,
        against,
        decisions,
    })
}

fn read_document(path: &Path, lang: Lang) -> Result<Document, Failure> {
    ingest::ingest_path(path).map_err(|e| Failure(e.message(lang)))
}

fn print_out(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`maskera text x.pdf | head`) is not an error worth a message.
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
    Ok(())
}

fn text_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let options = parse_options(args, lang)?;
    let document = read_document(&options.file, lang)?;
    print_out(&render_text(&document))
}

/// Paragraphs in reading order, a blank line between them, a page line before each PDF
/// page (also an empty one) and a part line before each non-empty DOCX part but the body.
fn render_text(doc: &Document) -> String {
    let mut out = String::new();
    for (index, part) in doc.parts.iter().enumerate() {
        let mut paragraphs = doc.paragraphs.iter().filter(|p| p.part == index).peekable();
        if part.kind != PartKind::Page && paragraphs.peek().is_none() {
            continue;
        }
        if let Some(line) = part_heading(doc, index) {
            out.push_str(&line);
            out.push_str("\n\n");
        }
        for p in paragraphs {
            out.push_str(&p.text);
            out.push_str("\n\n");
        }
    }
    out
}

fn part_heading(doc: &Document, index: usize) -> Option<String> {
    let part = doc.parts.get(index)?;
    let name = match part.kind {
        PartKind::Page => return Some(format!("--- sida {} ---", part.page)),
        PartKind::Body => return None,
        PartKind::Header => "sidhuvud",
        PartKind::Footer => "sidfot",
        PartKind::Footnotes => "fotnoter",
        PartKind::Endnotes => "slutnoter",
        PartKind::Comments => "kommentarer",
    };
    Some(format!("--- {name} ({}) ---", part.name))
}

fn load_rulebook(options: &Options, lang: Lang) -> Result<Rulebook, Failure> {
    match &options.rulebook {
        Some(path) => Rulebook::from_file(path).map_err(|e| Failure(e.message(lang))),
        None => Rulebook::embedded().map_err(|e| Failure(e.message(lang))),
    }
}

fn scan_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let options = parse_options(args, lang)?;
    let rulebook = load_rulebook(&options, lang)?;
    let document = read_document(&options.file, lang)?;
    let (structure, candidates) = detect::scan_with_structure(&document, &rulebook);
    let kind = detect::document_kind(&document);
    let sections: Vec<serde_json::Value> = structure
        .sections
        .iter()
        .map(|s| {
            json!({
                "number": s.number,
                "heading": s.heading,
                "paragraph": s.heading_paragraph,
                "body": [s.body.start, s.body.end],
                "decision": s.decision,
            })
        })
        .collect();
    let mut warnings: Vec<String> = document
        .warnings
        .iter()
        .map(|w| w.message.clone())
        .collect();
    warnings.extend(detect::kind_warning(kind));
    warnings.extend(detect::hidden_data_warnings(&document, &rulebook));
    if options.format == "json" {
        let value = json!({
            "document": {
                "path": options.file.display().to_string(),
                "format": document.format,
                "sha256": document.sha256,
                "pages": document.pages,
                "kind": kind,
                "warnings": warnings,
                "namnd": structure.namnd,
                "sections": sections,
                "rulebook": { "id": rulebook.id, "version": rulebook.version, "sha256": rulebook.hash },
            },
            "candidates": candidates,
        });
        let text = serde_json::to_string_pretty(&value).map_err(|e| Failure(e.to_string()))?;
        return print_out(&(text + "\n"));
    }
    let mut out = format!(
        "{}: {} {}, dokumenttyp {}, {} {}\n",
        options.file.display(),
        document.pages,
        if document.pages == 1 { "sida" } else { "sidor" },
        serde_json::to_value(kind)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default(),
        candidates.len(),
        if candidates.len() == 1 {
            "kandidat"
        } else {
            "kandidater"
        }
    );
    for w in &warnings {
        out.push_str(&format!("varning: {w}\n"));
    }
    for c in &candidates {
        let suggestion = match c.suggestion {
            detect::Suggestion::Mask => "maskera",
            detect::Suggestion::Keep => "behåll",
        };
        out.push_str(&format!(
            "sida {} stycke {} [{}-{}] {:<20} {:<8} {}{}  «{}»\n",
            c.location.page,
            c.location.paragraph,
            c.location.start,
            c.location.end,
            c.rule,
            suggestion,
            if c.locked { "låst " } else { "" },
            format_args!("{:.2}", c.confidence),
            c.text
        ));
    }
    print_out(&out)
}

/// `maskera check OUT.pdf --against FILE`: exit 0 when no masked value is left in any
/// channel of OUT.pdf, 1 with the channels and rules (never the values) when one is.
fn check_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let options = parse_options(args, lang)?;
    let against = options.against.clone().ok_or_else(|| usage(lang))?;
    let rulebook = load_rulebook(&options, lang)?;
    let source = read_document(&against, lang)?;
    let candidates = detect::scan(&source, &rulebook);
    let secrets = secrets(&source, candidates, options.decisions.as_deref(), lang)?;
    let shown = options.file.display().to_string();
    let bytes = std::fs::read(&options.file).map_err(|e| {
        Failure(
            ingest::IngestError::new(shown.clone(), ingest::Problem::Unreadable(e.to_string()))
                .message(lang),
        )
    })?;
    let pdf = ingest::load_pdf(&bytes)
        .map_err(|p| Failure(ingest::IngestError::new(shown.clone(), p).message(lang)))?;
    let leaks = check::leaks(&pdf, &bytes, &secrets);
    if leaks.is_empty() {
        print_out(&format!(
            "{shown}: ingen läcka — {} maskerade värden finns inte i någon kanal.\n",
            secrets.len()
        ))?;
        return Ok(());
    }
    let mut out = String::new();
    for leak in &leaks {
        out.push_str(&format!(
            "{shown}: läcka i {} (regel {})\n",
            leak.channel.name(),
            leak.rule
        ));
    }
    print_out(&out)?;
    std::process::exit(1);
}

/// The values that must be gone: every candidate whose suggestion or decision is mask,
/// and every manual mask of the decisions file.
fn secrets(
    doc: &Document,
    candidates: Vec<detect::Candidate>,
    decisions: Option<&Path>,
    lang: Lang,
) -> Result<Vec<check::Secret>, Failure> {
    let file = match decisions {
        Some(path) => {
            let fail = |e: String| {
                Failure(match lang {
                    Lang::Swedish => {
                        format!("{}: beslutsfilen kan inte läsas ({e}).", path.display())
                    }
                    Lang::English => format!(
                        "{}: the decisions file cannot be read ({e}).",
                        path.display()
                    ),
                })
            };
            let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
            serde_json::from_str::<serde_json::Value>(&text).map_err(|e| fail(e.to_string()))?
        }
        None => serde_json::Value::Null,
    };
    let action_of = |id: &str| {
        file["decisions"]
            .as_array()
            .and_then(|list| list.iter().find(|d| d["id"] == id))
            .and_then(|d| d["action"].as_str().map(str::to_string))
    };
    let mut out: Vec<check::Secret> = candidates
        .into_iter()
        .filter(|c| c.location.image.is_none())
        .filter(|c| match action_of(&c.id).as_deref() {
            Some("keep") => c.locked,
            Some(_) => true,
            None => c.suggestion == detect::Suggestion::Mask,
        })
        .flat_map(|c| {
            c.text
                .split("\n\n")
                .map(|t| check::Secret {
                    rule: c.rule.clone(),
                    text: t.to_string(),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    for manual in file["manual"].as_array().into_iter().flatten() {
        let index = manual["paragraph"].as_u64().unwrap_or(u64::MAX) as usize;
        let (start, end) = (
            manual["start"].as_u64().unwrap_or(0) as usize,
            manual["end"].as_u64().unwrap_or(0) as usize,
        );
        if let Some(p) = doc.paragraphs.get(index) {
            let text: String = p
                .text
                .chars()
                .skip(start)
                .take(end.saturating_sub(start))
                .collect();
            out.push(check::Secret {
                rule: manual["rule"].as_str().unwrap_or("namn").to_string(),
                text,
            });
        }
    }
    Ok(out)
}
