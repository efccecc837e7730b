//! The `maskera` command-line program (see ../shared/cli-contract.md).
//!
//! Thin over the engine: it parses arguments, calls the library, prints, and maps every
//! failure to exit status 2 with one sentence on stderr naming the file.

use maskera::detect::{self, Rulebook};
use maskera::export::{self, check};
use maskera::ingest::{self, Document, PartKind};
use maskera::locale::Lang;
use maskera::{audit, review};

mod cli;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: maskera text FILE | scan FILE [--format json|text] [--rulebook FILE] | export FILE [--decisions D.json] [--out OUT.pdf] [--audit OUT.audit.json] [--reviewer NAME] [--force] [--docx-out OUT.docx] [--renderer auto|libreoffice|inbyggd] [--soffice PATH] [--marker xxx|block] [--label] | check OUT.pdf --against FILE [--decisions D.json] | verify OUT.pdf OUT.audit.json | verify FOLDER | approve OUT.pdf OUT.audit.json | identity [--name NAME --role nämndsekreterare|webbredaktör] [--export KEY.json] | trust KEY.json | report OUT.pdf OUT.audit.json [--out R.pdf] | review FILE [--apply D.json] [--show] [--delete]";

/// `maskera scan --format json`: the contract's object.
#[derive(serde::Serialize)]
struct ScanOutput<'a> {
    document: serde_json::Value,
    candidates: &'a [detect::Candidate],
}

/// A failure to report: one sentence for stderr.
pub(crate) struct Failure(pub(crate) String);

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
        "export" => export_command(rest, lang),
        "verify" => cli::audit::verify_command(rest, lang),
        "approve" => cli::audit::approve_command(rest, lang),
        "identity" => cli::audit::identity_command(rest, lang),
        "trust" => cli::audit::trust_command(rest, lang),
        "report" => cli::audit::report_command(rest, lang),
        "review" => cli::review::review_command(rest, lang),
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
    out: Option<PathBuf>,
    audit: Option<PathBuf>,
    reviewer: Option<String>,
    force: bool,
    docx_out: Option<PathBuf>,
    renderer: Option<String>,
    soffice: Option<PathBuf>,
    marker: Option<String>,
    labels: bool,
}

fn parse_options(args: &[String], lang: Lang) -> Result<Options, Failure> {
    let mut file = None;
    let mut format = "text".to_string();
    let mut rulebook = None;
    let mut against = None;
    let mut decisions = None;
    let (mut out, mut audit, mut reviewer, mut force) = (None, None, None, false);
    let (mut docx_out, mut renderer, mut soffice, mut marker) = (None, None, None, None);
    let mut labels = false;
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
            "--out" => out = Some(PathBuf::from(it.next().ok_or_else(|| usage(lang))?)),
            "--audit" => audit = Some(PathBuf::from(it.next().ok_or_else(|| usage(lang))?)),
            "--reviewer" => reviewer = Some(it.next().ok_or_else(|| usage(lang))?.clone()),
            "--force" => force = true,
            "--label" => labels = true,
            "--docx-out" => docx_out = Some(PathBuf::from(it.next().ok_or_else(|| usage(lang))?)),
            "--soffice" => soffice = Some(PathBuf::from(it.next().ok_or_else(|| usage(lang))?)),
            "--renderer" => match it.next().map(String::as_str) {
                Some(r @ ("auto" | "libreoffice" | "inbyggd")) => renderer = Some(r.to_string()),
                _ => return Err(usage(lang)),
            },
            "--marker" => match it.next().map(String::as_str) {
                Some(m @ ("xxx" | "block")) => marker = Some(m.to_string()),
                _ => return Err(usage(lang)),
            },
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
        out,
        audit,
        reviewer,
        force,
        docx_out,
        renderer,
        soffice,
        marker,
        labels,
    })
}

pub(crate) fn read_document(path: &Path, lang: Lang) -> Result<Document, Failure> {
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
        let document = json!({
            "path": options.file.display().to_string(),
            "format": document.format,
            "sha256": document.sha256,
            "pages": document.pages,
            "kind": kind,
            "warnings": warnings,
            "namnd": structure.namnd,
            "sections": sections,
            "rulebook": { "id": rulebook.id, "version": rulebook.version, "sha256": rulebook.hash },
        });
        // Streamed, not built as one value: a 5,000-page protocol has 100,000 candidates.
        let scan = ScanOutput {
            document,
            candidates: &candidates,
        };
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let written = serde_json::to_writer_pretty(&mut out, &scan)
            .map_err(std::io::Error::other)
            .and_then(|_| out.write_all(b"\n"))
            .and_then(|_| out.flush());
        // A closed pipe is not an error worth a message (as in print_out).
        let _ = written;
        return Ok(());
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
    let reviewed = review_of(&source, &rulebook, options.decisions.as_deref(), lang)?;
    let secrets = export::checked_values(&source, &reviewed.masks);
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

/// `maskera export FILE`: the publishable PDF, written only when its own check is clean.
fn export_command(args: &[String], lang: Lang) -> Result<(), Failure> {
    let options = parse_options(args, lang)?;
    let rulebook = load_rulebook(&options, lang)?;
    let source = read_document(&options.file, lang)?;
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| options.file.with_extension("publicerbar.pdf"));
    let shown = options.file.display().to_string();
    refuse_overwrite(&out, options.force, lang)?;
    let reviewed = review_of(&source, &rulebook, options.decisions.as_deref(), lang)?;
    let masks = &reviewed.masks;
    let audit_path = options
        .audit
        .clone()
        .unwrap_or_else(|| out.with_extension("audit.json"));
    refuse_overwrite(&audit_path, options.force, lang)?;
    let identity = cli::audit::identity_for_export(options.reviewer.as_deref(), lang)?;
    let bytes = std::fs::read(&options.file).map_err(|e| {
        Failure(
            ingest::IngestError::new(shown.clone(), ingest::Problem::Unreadable(e.to_string()))
                .message(lang),
        )
    })?;
    let exported = match source.format {
        ingest::Format::Pdf => export::export_pdf_with(
            &source,
            &bytes,
            masks,
            export::PdfOptions {
                labels: options.labels,
            },
        ),
        ingest::Format::Docx => {
            export::export_docx(&source, &bytes, masks, &docx_options(&options))
        }
    };
    let exported = match exported {
        Ok(e) => e,
        Err(e @ export::ExportError::Leak(_)) => {
            eprintln!("maskera: {shown}: {}", e.message(lang));
            std::process::exit(1);
        }
        Err(e) => return Err(Failure(format!("{shown}: {}", e.message(lang)))),
    };
    if let (Some(path), Some(docx)) = (&options.docx_out, &exported.docx) {
        refuse_overwrite(path, options.force, lang)?;
        write_atomically(path, docx).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
    }
    let note = cli::audit::signed_note(
        &audit::Review {
            doc: &source,
            source_name: &file_name(&options.file),
            structure: &reviewed.structure,
            candidates: &reviewed.candidates,
            decisions: &reviewed.decisions,
            masks,
            rulebook: &rulebook,
            reviewer: &identity.public.name,
        },
        &file_name(&out),
        &exported,
        &identity,
        lang,
    )?;
    write_atomically(&audit_path, &note)
        .map_err(|e| Failure(format!("{}: {e}", audit_path.display())))?;
    write_atomically(&out, &exported.pdf)
        .map_err(|e| Failure(format!("{}: {e}", out.display())))?;
    let how = match exported.renderer {
        Some(renderer) => format!("maskerad i .docx, PDF av {renderer}"),
        None => format!("{} sidor ändrade", exported.pages_changed),
    };
    print_out(&format!(
        "{}: {} maskeringar, {how}, kontrollerad mot {} värden i alla kanaler.\n{}: granskningsanteckning signerad av {} ({}), nyckel {}.\n",
        out.display(),
        masks.len(),
        exported.checked.len(),
        audit_path.display(),
        identity.public.name,
        identity.public.role.name(),
        identity.public.fingerprint(),
    ))
}

/// The file name of a path, for notes and messages.
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

/// How a .docx is turned into a PDF, from `--renderer`, `--soffice` and `--marker`.
fn docx_options(options: &Options) -> export::DocxOptions {
    let renderer = match (options.renderer.as_deref(), &options.soffice) {
        (Some("inbyggd"), _) => export::Renderer::BuiltIn,
        (Some("libreoffice"), path) | (_, path @ Some(_)) => {
            export::Renderer::LibreOffice(path.clone())
        }
        _ => export::Renderer::Auto,
    };
    let marker = match options.marker.as_deref() {
        Some("block") => export::Marker::Blocks,
        _ => export::Marker::Xxx,
    };
    export::DocxOptions { renderer, marker }
}

/// An existing output is only replaced with `--force`.
fn refuse_overwrite(path: &Path, force: bool, lang: Lang) -> Result<(), Failure> {
    if !path.exists() || force {
        return Ok(());
    }
    Err(Failure(match lang {
        Lang::Swedish => format!(
            "{}: filen finns redan (använd --force för att skriva över).",
            path.display()
        ),
        Lang::English => format!(
            "{}: the file exists (use --force to overwrite).",
            path.display()
        ),
    }))
}

/// Writes beside the target and renames, so a reader never sees half a file.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    maskera::files::write_atomic(path, bytes, false)
}

/// A source document's candidates, the decisions file, and the masks they give.
struct Reviewed {
    structure: detect::Structure,
    candidates: Vec<detect::Candidate>,
    decisions: review::Decisions,
    masks: Vec<review::Mask>,
}

/// Scans `source` and applies the decisions file (if any).
fn review_of(
    source: &Document,
    rulebook: &Rulebook,
    decisions: Option<&Path>,
    lang: Lang,
) -> Result<Reviewed, Failure> {
    let file = match decisions {
        Some(path) => read_decisions(path, lang)?,
        None => review::Decisions::default(),
    };
    let (structure, candidates) = detect::scan_with_structure(source, rulebook);
    let masks = review::resolve(source, &structure, &candidates, &file, rulebook).map_err(|e| {
        let shown = decisions
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        Failure(format!("{shown}: {}", e.message(lang)))
    })?;
    Ok(Reviewed {
        structure,
        candidates,
        decisions: file,
        masks,
    })
}

fn read_decisions(path: &Path, lang: Lang) -> Result<review::Decisions, Failure> {
    let fail = |e: String| {
        Failure(match lang {
            Lang::Swedish => format!("{}: beslutsfilen kan inte läsas ({e}).", path.display()),
            Lang::English => format!(
                "{}: the decisions file cannot be read ({e}).",
                path.display()
            ),
        })
    };
    let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| fail(e.to_string()))
}
