//! One document under review, held the way the desktop app holds it: the whole pipeline
//! (ingest → detect → review session → preview and export → signed audit note) behind the
//! few operations a user performs, each returning plain serialisable data.
//!
//! The Tauri shell is a thin layer of commands over this type, and the tests drive it
//! headless; nothing here knows about windows. What the app highlights is computed here
//! from the same character origins export removes, so the two cannot disagree.

use crate::audit::{self, keys, keys::Identity, keys::TrustList};
use crate::detect::{self, Candidate, Kind, Rulebook, Structure, Suggestion};
use crate::export::{self, ExportError, Exported};
use crate::ingest::{self, Document, Format, IngestError, Origin, Rect};
use crate::locale::Lang;
use crate::review::session::{context, occurrences, paragraph_slice, Opened, Session, Store};
use crate::review::{self, Action, Decision, ManualMask, Mask, ReviewError, SecrecyChoice};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Characters of context shown on each side of a candidate.
const CONTEXT: usize = 40;

/// A step of long work, reported to the user while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Reading,
    Scanning,
    Restoring,
    Masking,
    Signing,
    Writing,
}

impl Stage {
    /// Swedish, for the progress line.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Reading => "Läser dokumentet",
            Stage::Scanning => "Söker personuppgifter",
            Stage::Restoring => "Återställer sparade beslut",
            Stage::Masking => "Maskerar och kontrollerar att inget läcker",
            Stage::Signing => "Signerar granskningsanteckningen",
            Stage::Writing => "Skriver filerna",
        }
    }
}

/// What went wrong, from whichever stage.
#[derive(Debug)]
pub enum WorkspaceError {
    Ingest(IngestError),
    Review(ReviewError),
    Export(ExportError),
    Audit(audit::AuditError),
    /// A file could not be written or read.
    File {
        path: String,
        error: String,
    },
    /// A selection on the page that holds no text.
    EmptySelection,
}

impl WorkspaceError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            WorkspaceError::Ingest(e) => e.message(lang),
            WorkspaceError::Review(e) => e.message(lang),
            WorkspaceError::Export(e) => e.message(lang),
            WorkspaceError::Audit(e) => e.message(lang),
            WorkspaceError::File { path, error } => match lang {
                Lang::Swedish => format!("{path}: filen kan inte skrivas eller läsas ({error})"),
                Lang::English => format!("{path}: the file cannot be written or read ({error})"),
            },
            WorkspaceError::EmptySelection => match lang {
                Lang::Swedish => "markeringen innehåller ingen text ur dokumentet".into(),
                Lang::English => "the selection holds no text of the document".into(),
            },
        }
    }
}

impl From<ReviewError> for WorkspaceError {
    fn from(e: ReviewError) -> Self {
        WorkspaceError::Review(e)
    }
}

impl From<ExportError> for WorkspaceError {
    fn from(e: ExportError) -> Self {
        WorkspaceError::Export(e)
    }
}

impl From<audit::AuditError> for WorkspaceError {
    fn from(e: audit::AuditError) -> Self {
        WorkspaceError::Audit(e)
    }
}

/// A rectangle on a page, in PDF user space (y upwards), 1-based page.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PageBox {
    pub page: u32,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

/// A rule as the app shows it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    pub id: String,
    pub title: String,
    pub rationale: String,
    pub section: String,
    pub color: String,
    pub locked: bool,
    pub keep_requires_reason: bool,
    pub suggestion: Suggestion,
}

/// A candidate as the app shows it: the detector's find, its context and where it is.
#[derive(Debug, Clone, Serialize)]
pub struct CandidateView {
    #[serde(flatten)]
    pub candidate: Candidate,
    pub before: String,
    pub after: String,
    /// Where it is on the pages (PDF only): the boxes of exactly the glyphs a mask removes.
    pub boxes: Vec<PageBox>,
}

/// A paragraph of the document.
#[derive(Debug, Clone, Serialize)]
pub struct ParagraphView {
    pub page: u32,
    pub text: String,
    /// Index into `sections` of the § it opens, if it is a § heading.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading_of: Option<usize>,
}

/// A § of the protocol.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    pub number: String,
    pub heading: String,
    pub paragraph: usize,
    pub body_start: usize,
    pub body_end: usize,
    pub page: u32,
}

/// Everything the app shows of an opened document that does not change while reviewing.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    pub path: String,
    pub name: String,
    pub format: Format,
    pub pages: u32,
    pub kind: Kind,
    pub namnd: Option<String>,
    pub warnings: Vec<String>,
    pub rules: Vec<RuleView>,
    pub candidates: Vec<CandidateView>,
    pub paragraphs: Vec<ParagraphView>,
    pub sections: Vec<SectionView>,
    /// Secrecy provisions to choose from (the rulebook's list).
    pub provisions: Vec<crate::detect::lexicon::Provision>,
    pub opened: Opened,
}

/// A manual mask as the app shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ManualView {
    pub index: usize,
    #[serde(flatten)]
    pub mask: ManualMask,
    pub text: String,
    pub boxes: Vec<PageBox>,
}

/// A § under secrecy as the app shows it.
#[derive(Debug, Clone, Serialize)]
pub struct SecrecyView {
    #[serde(flatten)]
    pub choice: SecrecyChoice,
    pub boxes: Vec<PageBox>,
}

/// The review as it stands: what happens to every candidate, and what can be undone.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewState {
    /// Candidate id → the action that export will take (decision, or else suggestion).
    pub actions: std::collections::BTreeMap<String, Action>,
    /// The decisions the user made (the rest follow their suggestion).
    pub decisions: Vec<Decision>,
    pub manual: Vec<ManualView>,
    pub secrecy: Vec<SecrecyView>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// How many masks export would apply.
    pub masks: usize,
}

/// What an export wrote and proved.
#[derive(Debug, Clone, Serialize)]
pub struct ExportReport {
    pub pdf: String,
    pub note: String,
    pub masks: usize,
    /// Values the output was checked free of, in every channel.
    pub checked: usize,
    pub pages_changed: usize,
    /// For a .docx: what made the PDF.
    pub renderer: Option<String>,
    pub signer: String,
    pub role: String,
    pub fingerprint: String,
}

/// One document under review.
pub struct Workspace {
    path: PathBuf,
    name: String,
    bytes: Vec<u8>,
    doc: Arc<Document>,
    structure: Structure,
    candidates: Arc<[Candidate]>,
    rulebook: Arc<Rulebook>,
    session: Session,
    opened: Opened,
}

impl Workspace {
    /// Reads and scans `path` and opens (or restores) its review in `store`.
    pub fn open(
        path: &Path,
        rulebook: Arc<Rulebook>,
        store: Store,
        reviewer: &str,
        progress: &mut dyn FnMut(Stage),
    ) -> Result<Workspace, WorkspaceError> {
        progress(Stage::Reading);
        let doc = ingest::ingest_path(path).map_err(WorkspaceError::Ingest)?;
        let bytes = std::fs::read(path).map_err(|e| file_error(path, e))?;
        progress(Stage::Scanning);
        let (structure, candidates) = detect::scan_with_structure(&doc, &rulebook);
        progress(Stage::Restoring);
        let name = file_name(path);
        let doc = Arc::new(doc);
        let candidates: Arc<[Candidate]> = candidates.into();
        let (session, opened) = Session::open(
            doc.clone(),
            &name,
            candidates.clone(),
            rulebook.clone(),
            store,
            reviewer,
        );
        Ok(Workspace {
            path: path.to_path_buf(),
            name,
            bytes,
            doc,
            structure,
            candidates,
            rulebook,
            session,
            opened,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The file as it was read (the app's viewer renders these bytes).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    /// The document, its candidates and the rules, for the app to show.
    pub fn overview(&self) -> Overview {
        let doc = &self.doc;
        let kind = detect::document_kind(doc);
        let mut warnings: Vec<String> = doc.warnings.iter().map(|w| w.message.clone()).collect();
        warnings.extend(detect::kind_warning(kind));
        warnings.extend(detect::hidden_data_warnings(doc, &self.rulebook));
        let mut paragraphs: Vec<ParagraphView> = doc
            .paragraphs
            .iter()
            .map(|p| ParagraphView {
                page: p.page,
                text: p.text.clone(),
                heading_of: None,
            })
            .collect();
        for (i, s) in self.structure.sections.iter().enumerate() {
            if let Some(p) = paragraphs.get_mut(s.heading_paragraph) {
                p.heading_of = Some(i);
            }
        }
        Overview {
            path: self.path.display().to_string(),
            name: self.name.clone(),
            format: doc.format,
            pages: doc.pages,
            kind,
            namnd: self.structure.namnd.clone(),
            warnings,
            rules: self.rulebook.rules.iter().map(rule_view).collect(),
            candidates: self
                .candidates
                .iter()
                .map(|c| self.candidate_view(c))
                .collect(),
            paragraphs,
            sections: self.sections(),
            provisions: self.rulebook.lexicon.sekretess.bestammelser.clone(),
            opened: self.opened.clone(),
        }
    }

    fn sections(&self) -> Vec<SectionView> {
        self.structure
            .sections
            .iter()
            .map(|s| SectionView {
                number: s.number.clone(),
                heading: s.heading.clone(),
                paragraph: s.heading_paragraph,
                body_start: s.body.start,
                body_end: s.body.end,
                page: self
                    .doc
                    .paragraphs
                    .get(s.heading_paragraph)
                    .map_or(1, |p| p.page),
            })
            .collect()
    }

    fn candidate_view(&self, c: &Candidate) -> CandidateView {
        let l = &c.location;
        let (before, after) = context(&self.doc, l.paragraph, l.start, l.end, CONTEXT);
        let boxes = match l.image {
            Some(image) => image_boxes(&self.doc, image),
            None => text_boxes(
                &self.doc,
                (l.paragraph, l.start),
                (l.end_paragraph.unwrap_or(l.paragraph), l.end),
            ),
        };
        CandidateView {
            candidate: c.clone(),
            before,
            after,
            boxes,
        }
    }

    /// The review as it stands.
    pub fn state(&self) -> ReviewState {
        let decisions = self.session.decisions();
        let actions = self
            .candidates
            .iter()
            .map(|c| (c.id.clone(), review::action_for(c, decisions)))
            .collect();
        let manual = decisions
            .manual
            .iter()
            .enumerate()
            .map(|(index, m)| ManualView {
                index,
                mask: m.clone(),
                text: paragraph_slice(&self.doc, m.paragraph, m.start, m.end),
                boxes: text_boxes(&self.doc, (m.paragraph, m.start), (m.paragraph, m.end)),
            })
            .collect();
        let secrecy = decisions
            .secrecy
            .iter()
            .map(|s| SecrecyView {
                choice: s.clone(),
                boxes: self.secrecy_boxes(s),
            })
            .collect();
        let (can_undo, can_redo) = self.session.can_undo_redo();
        ReviewState {
            actions,
            decisions: decisions.decisions.clone(),
            manual,
            secrecy,
            can_undo,
            can_redo,
            masks: self.masks().map_or(0, |m| m.len()),
        }
    }

    fn secrecy_boxes(&self, s: &SecrecyChoice) -> Vec<PageBox> {
        let Some(section) = self.structure.section_of(s.paragraph) else {
            return Vec::new();
        };
        if section.body.is_empty() {
            return Vec::new();
        }
        let last = section.body.end - 1;
        let end = self.doc.paragraphs.get(last).map_or(0, |p| p.char_count());
        text_boxes(&self.doc, (section.body.start, 0), (last, end))
    }

    /// Masks or keeps a candidate (and, with `all`, every candidate of its rule and text).
    pub fn decide(
        &mut self,
        id: &str,
        action: Action,
        reason: Option<&str>,
        all: bool,
    ) -> Result<usize, WorkspaceError> {
        if all {
            Ok(self.session.decide_all(id, action, reason)?)
        } else {
            self.session.decide(id, action, reason)?;
            Ok(1)
        }
    }

    /// A manual mask of characters `start..end` of a paragraph (the .docx view's selection).
    pub fn add_manual(
        &mut self,
        paragraph: usize,
        start: usize,
        end: usize,
        rule: &str,
        reason: Option<&str>,
    ) -> Result<(), WorkspaceError> {
        // A paragraph may run on over a page break: the mask's page is its own.
        let page = self.doc.paragraphs.get(paragraph).map(|p| p.page_at(start));
        self.session.add_manual(ManualMask {
            page,
            paragraph,
            start,
            end,
            rule: rule.to_string(),
            reason: reason.map(str::to_string).filter(|r| !r.trim().is_empty()),
        })?;
        Ok(())
    }

    /// Manual masks of every character whose glyph centre lies in `area` on `page` (a
    /// rectangle the user drew on a PDF page): one mask per paragraph it touches. Returns
    /// how many masks were added.
    pub fn add_manual_area(
        &mut self,
        page: u32,
        area: Rect,
        rule: &str,
        reason: Option<&str>,
    ) -> Result<usize, WorkspaceError> {
        let spans = spans_in_area(&self.doc, page, &area);
        if spans.is_empty() {
            return Err(WorkspaceError::EmptySelection);
        }
        for &(paragraph, start, end) in &spans {
            self.add_manual(paragraph, start, end, rule, reason)?;
        }
        Ok(spans.len())
    }

    /// Manual masks of every occurrence of `text` in the document (exact, case and all):
    /// a term masked everywhere, with the keyboard. Returns how many were added.
    pub fn add_manual_text(
        &mut self,
        text: &str,
        rule: &str,
        reason: Option<&str>,
    ) -> Result<usize, WorkspaceError> {
        let reason = reason.map(str::to_string).filter(|r| !r.trim().is_empty());
        let manuals: Vec<ManualMask> = occurrences(&self.doc, text.trim())
            .into_iter()
            .map(|(paragraph, start, end)| ManualMask {
                page: self.doc.paragraphs.get(paragraph).map(|p| p.page_at(start)),
                paragraph,
                start,
                end,
                rule: rule.to_string(),
                reason: reason.clone(),
            })
            .collect();
        if manuals.is_empty() {
            return Err(WorkspaceError::EmptySelection);
        }
        let count = manuals.len();
        self.session.add_manuals(manuals)?;
        Ok(count)
    }

    pub fn remove_manual(&mut self, index: usize) -> Result<bool, WorkspaceError> {
        Ok(self.session.remove_manual(index)?)
    }

    /// Puts the § of `paragraph` under secrecy with `provision`; an empty provision takes
    /// it out again.
    pub fn set_secrecy(&mut self, paragraph: usize, provision: &str) -> Result<(), WorkspaceError> {
        if provision.trim().is_empty() {
            self.session.clear_secrecy(paragraph)?;
        } else {
            self.session.set_secrecy(paragraph, provision.trim())?;
        }
        Ok(())
    }

    pub fn undo(&mut self) -> Result<bool, WorkspaceError> {
        Ok(self.session.undo()?)
    }

    pub fn redo(&mut self) -> Result<bool, WorkspaceError> {
        Ok(self.session.redo()?)
    }

    /// Deletes the saved review (and the personal data it holds).
    pub fn delete_review(&self) -> bool {
        self.session.delete()
    }

    fn masks(&self) -> Result<Vec<Mask>, WorkspaceError> {
        Ok(review::resolve(
            &self.doc,
            &self.structure,
            &self.candidates,
            self.session.decisions(),
            &self.rulebook,
        )?)
    }

    /// The redacted PDF as it would be published, in memory (nothing is written).
    pub fn preview(&self) -> Result<Exported, WorkspaceError> {
        self.redacted(&self.masks()?)
    }

    fn redacted(&self, masks: &[Mask]) -> Result<Exported, WorkspaceError> {
        let exported = match self.doc.format {
            Format::Pdf => export::export_pdf(&self.doc, &self.bytes, masks)?,
            Format::Docx => {
                export::export_docx(&self.doc, &self.bytes, masks, &Default::default())?
            }
        };
        Ok(exported)
    }

    /// Where export writes by default: beside the source, `NAME.publicerbar.pdf` (the
    /// CLI's default too), or in `fallback` when the source's folder is `read_only`.
    pub fn default_output(&self, fallback: &Path) -> PathBuf {
        let beside = self.path.with_extension("publicerbar.pdf");
        let writable = self
            .path
            .parent()
            .and_then(|d| std::fs::metadata(d).ok())
            .is_some_and(|m| !m.permissions().readonly());
        if writable {
            beside
        } else {
            fallback.join(file_name(&beside))
        }
    }

    /// Exports the publishable PDF to `out` and its audit note, signed by `identity`,
    /// beside it (`NAME.audit.json`); nothing is written unless the leak check passed.
    pub fn export(
        &self,
        out: &Path,
        identity: &Identity,
        config: &Path,
        progress: &mut dyn FnMut(Stage),
    ) -> Result<ExportReport, WorkspaceError> {
        progress(Stage::Masking);
        let masks = self.masks()?;
        let exported = self.redacted(&masks)?;
        progress(Stage::Signing);
        let note_path = out.with_extension("audit.json");
        let review = audit::Review {
            doc: &self.doc,
            source_name: &self.name,
            structure: &self.structure,
            candidates: &self.candidates,
            decisions: self.session.decisions(),
            masks: &masks,
            rulebook: &self.rulebook,
            reviewer: &identity.public.name,
        };
        let note = audit::signed_note(&review, &file_name(out), &exported, identity, config)?;
        progress(Stage::Writing);
        if let Some(dir) = out.parent() {
            std::fs::create_dir_all(dir).map_err(|e| file_error(dir, e))?;
        }
        crate::files::write_atomic(&note_path, &note, false)
            .map_err(|e| file_error(&note_path, e))?;
        crate::files::write_atomic(out, &exported.pdf, false).map_err(|e| file_error(out, e))?;
        Ok(ExportReport {
            pdf: out.display().to_string(),
            note: note_path.display().to_string(),
            masks: masks.len(),
            checked: exported.checked.len(),
            pages_changed: exported.pages_changed,
            renderer: exported.renderer.map(|r| r.to_string()),
            signer: identity.public.name.clone(),
            role: identity.public.role.name().to_string(),
            fingerprint: identity.public.fingerprint(),
        })
    }
}

/// A signature of a note as the web editor sees it.
#[derive(Debug, Clone, Serialize)]
pub struct SignatureView {
    pub signer: String,
    pub role: String,
    pub purpose: String,
    pub time: String,
    pub fingerprint: String,
    pub valid: bool,
    pub trusted: bool,
}

/// An exported PDF and its note, verified: what the web editor decides on.
#[derive(Debug, Clone, Serialize)]
pub struct Inspection {
    pub pdf: String,
    pub note_path: String,
    pub pdf_matches: bool,
    pub valid: bool,
    pub trusted: bool,
    pub approved: bool,
    pub signatures: Vec<SignatureView>,
    pub note: audit::note::AuditNote,
}

/// The audit note that export writes beside `pdf`.
pub fn note_path_for(pdf: &Path) -> PathBuf {
    pdf.with_extension("audit.json")
}

/// Verifies `pdf` against its note with the user's own key and trust list in `config`.
pub fn inspect(pdf: &Path, note: &Path, config: &Path) -> Result<Inspection, WorkspaceError> {
    let pdf_bytes = std::fs::read(pdf).map_err(|e| file_error(pdf, e))?;
    let note_bytes = std::fs::read(note).map_err(|e| file_error(note, e))?;
    let own = Identity::load(config)?;
    let trust = TrustList::load(config)?;
    let checked = audit::verify(&note_bytes, &pdf_bytes, &trust, own.as_ref())?;
    Ok(inspection(pdf, note, &checked))
}

/// The web editor's approval: verifies, signs `godkänd` and rewrites the note.
pub fn approve(
    pdf: &Path,
    note: &Path,
    identity: &Identity,
    config: &Path,
) -> Result<Inspection, WorkspaceError> {
    let pdf_bytes = std::fs::read(pdf).map_err(|e| file_error(pdf, e))?;
    let note_bytes = std::fs::read(note).map_err(|e| file_error(note, e))?;
    let trust = TrustList::load(config)?;
    let (checked, approved) = audit::approve(&note_bytes, &pdf_bytes, identity, &trust)?;
    if !checked.valid() {
        return Ok(inspection(pdf, note, &checked));
    }
    crate::files::write_atomic(note, &approved.to_json(), false)
        .map_err(|e| file_error(note, e))?;
    let again = audit::verify(&approved.to_json(), &pdf_bytes, &trust, Some(identity))?;
    Ok(inspection(pdf, note, &again))
}

fn inspection(pdf: &Path, note: &Path, v: &audit::Verification) -> Inspection {
    Inspection {
        pdf: pdf.display().to_string(),
        note_path: note.display().to_string(),
        pdf_matches: v.pdf_matches,
        valid: v.valid(),
        trusted: v.trusted(),
        approved: v
            .signatures
            .iter()
            .any(|s| s.valid && s.signature.purpose == "godkänd"),
        signatures: v
            .signatures
            .iter()
            .map(|s| SignatureView {
                signer: s.signature.signer.clone(),
                role: s.signature.role.name().to_string(),
                purpose: s.signature.purpose.clone(),
                time: s.signature.time.clone(),
                fingerprint: keys::fingerprint(&s.signature.public_key),
                valid: s.valid,
                trusted: s.trusted,
            })
            .collect(),
        note: v.note.clone(),
    }
}

fn rule_view(r: &detect::Rule) -> RuleView {
    RuleView {
        id: r.id.clone(),
        title: r.title.clone(),
        rationale: r.rationale.clone(),
        section: r.section.clone(),
        color: r.color.clone(),
        locked: r.locked,
        keep_requires_reason: r.keep_requires_reason,
        suggestion: r.suggestion,
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default()
}

fn file_error(path: &Path, e: std::io::Error) -> WorkspaceError {
    WorkspaceError::File {
        path: path.display().to_string(),
        error: e.to_string(),
    }
}

/// The boxes of the glyphs from `(paragraph, start)` to `(paragraph, end)` (exclusive),
/// merged into one box per run on a line, over the paragraphs [`Document::span`] counts
/// (not the running footer and header between two pages of a § body). Synthetic
/// characters (spaces ingest inserted) have no glyph and no box.
pub fn text_boxes(doc: &Document, from: (usize, usize), to: (usize, usize)) -> Vec<PageBox> {
    let mut out: Vec<PageBox> = Vec::new();
    for index in doc.span(from.0..to.0 + 1) {
        let p = &doc.paragraphs[index];
        let first = if index == from.0 { from.1 } else { 0 };
        let last = if index == to.0 { to.1 } else { p.char_count() };
        for origin in p.origins.iter().take(last).skip(first) {
            let Origin::Pdf(o) = origin else {
                continue;
            };
            add_box(&mut out, o.page, &o.bbox);
        }
    }
    out
}

/// Extends the last box when `r` continues its line, else starts a new box.
fn add_box(out: &mut Vec<PageBox>, page: u32, r: &Rect) {
    if let Some(b) = out.last_mut() {
        let height = (b.y1 - b.y0).max(r.height()).max(1.0);
        let same_line = b.page == page && (b.y0 - r.y0).abs() < height * 0.5;
        let adjacent = r.x0 >= b.x0 - 1.0 && r.x0 <= b.x1 + height * 1.5;
        if same_line && adjacent {
            b.x0 = b.x0.min(r.x0);
            b.y0 = b.y0.min(r.y0);
            b.x1 = b.x1.max(r.x1);
            b.y1 = b.y1.max(r.y1);
            return;
        }
    }
    out.push(PageBox {
        page,
        x0: r.x0,
        y0: r.y0,
        x1: r.x1,
        y1: r.y1,
    });
}

fn image_boxes(doc: &Document, image: usize) -> Vec<PageBox> {
    doc.images
        .get(image)
        .and_then(|i| {
            i.bbox.map(|r| PageBox {
                page: i.page,
                x0: r.x0,
                y0: r.y0,
                x1: r.x1,
                y1: r.y1,
            })
        })
        .into_iter()
        .collect()
}

/// For each paragraph with glyphs whose centre lies in `area` on `page`: the character
/// range from the first such glyph to the last (paragraph, start, end).
fn spans_in_area(doc: &Document, page: u32, area: &Rect) -> Vec<(usize, usize, usize)> {
    let mut spans = Vec::new();
    for (index, p) in doc.paragraphs.iter().enumerate() {
        if p.page > page + 1 || p.last_page + 1 < page {
            continue;
        }
        let inside: Vec<usize> = p
            .origins
            .iter()
            .enumerate()
            .filter_map(|(at, o)| match o {
                Origin::Pdf(g) if g.page == page && centre_in(&g.bbox, area) => Some(at),
                _ => None,
            })
            .collect();
        if let (Some(&first), Some(&last)) = (inside.first(), inside.last()) {
            spans.push((index, first, last + 1));
        }
    }
    spans
}

fn centre_in(r: &Rect, area: &Rect) -> bool {
    let (x, y) = ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
    x >= area.x0.min(area.x1)
        && x <= area.x0.max(area.x1)
        && y >= area.y0.min(area.y1)
        && y <= area.y0.max(area.y1)
}
