//! What the app holds between commands, and every operation a command performs on it.
//!
//! Each method here is one command's work, callable without a window: the Tauri commands
//! in `commands.rs` only move it off the UI thread and forward progress, and the tests
//! call these methods directly. Errors are [`AppError`]: one Swedish sentence for the user.

use maskera::audit::keys::{self, Identity, PublicIdentity, Role};
use maskera::detect::Rulebook;
use maskera::ingest::{Format, Rect};
use maskera::locale::Lang;
use maskera::review::session::Store;
use maskera::review::Action;
use maskera::workspace::{
    self, ExportReport, Inspection, Overview, ReviewState, Stage, Workspace, WorkspaceError,
};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

/// How many recently opened files are remembered.
const RECENT: usize = 10;

/// An error as the front-end receives it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppError {
    pub message: String,
}

impl AppError {
    pub fn new(message: impl Into<String>) -> AppError {
        AppError {
            message: message.into(),
        }
    }
}

impl From<WorkspaceError> for AppError {
    fn from(e: WorkspaceError) -> Self {
        AppError::new(e.message(Lang::Swedish))
    }
}

impl From<maskera::audit::AuditError> for AppError {
    fn from(e: maskera::audit::AuditError) -> Self {
        AppError::new(e.message(Lang::Swedish))
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// The user's identity as shown: name, role and key fingerprint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IdentityView {
    pub name: String,
    pub role: String,
    pub fingerprint: String,
}

impl From<&PublicIdentity> for IdentityView {
    fn from(p: &PublicIdentity) -> Self {
        IdentityView {
            name: p.name.clone(),
            role: p.role.name().to_string(),
            fingerprint: p.fingerprint(),
        }
    }
}

/// What the front-end needs at start.
#[derive(Debug, Clone, Serialize)]
pub struct StartInfo {
    pub identity: Option<IdentityView>,
    /// The file to open first: the one given on the command line, else the example.
    pub file: Option<String>,
    pub recent: Vec<String>,
    /// When the process started (milliseconds since the Unix epoch): the front-end
    /// measures the time to the first highlighted page from it.
    pub started_ms: u64,
}

/// Where the app keeps things, and what it opens first.
#[derive(Debug, Clone)]
pub struct Places {
    /// Keys, trust list, municipality key (`MASKERA_CONFIG_DIR` or ~/.config/maskera).
    pub config: PathBuf,
    /// Reviews in progress, recent files, exports of the example
    /// (`MASKERA_DATA_DIR` or ~/.local/share/maskera).
    pub data: PathBuf,
    pub initial: Option<PathBuf>,
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

impl Places {
    /// The user's directories, as the CLI uses them.
    pub fn from_env(initial: Option<PathBuf>) -> Places {
        let data = std::env::var_os("MASKERA_DATA_DIR")
            .map(PathBuf::from)
            .or_else(|| dirs::data_dir().map(|d| d.join("maskera")))
            .unwrap_or_else(|| PathBuf::from(".maskera"));
        Places {
            config: keys::config_dir(),
            data,
            initial,
        }
    }
}

/// The app's state: the rulebook, the places, and the document under review.
pub struct AppState {
    pub places: Places,
    started_ms: u64,
    rulebook: Arc<Rulebook>,
    workspace: Arc<Mutex<Option<Workspace>>>,
}

impl AppState {
    pub fn new(places: Places) -> AppResult<AppState> {
        Self::started_at(places, now_ms())
    }

    /// The state of a process that started at `started_ms`.
    pub fn started_at(places: Places, started_ms: u64) -> AppResult<AppState> {
        let rulebook = Rulebook::embedded().map_err(|e| AppError::new(e.message(Lang::Swedish)))?;
        Ok(AppState {
            started_ms,
            places,
            rulebook: Arc::new(rulebook),
            workspace: Arc::new(Mutex::new(None)),
        })
    }

    pub fn start(&self) -> AppResult<StartInfo> {
        Ok(StartInfo {
            identity: self.identity()?.map(|i| IdentityView::from(&i.public)),
            file: self
                .places
                .initial
                .as_ref()
                .map(|p| p.display().to_string()),
            recent: self.recent(),
            started_ms: self.started_ms,
        })
    }

    fn identity(&self) -> AppResult<Option<Identity>> {
        Ok(Identity::load(&self.places.config)?)
    }

    fn required_identity(&self) -> AppResult<Identity> {
        self.identity()?.ok_or_else(|| {
            AppError::new("Ingen identitet finns ännu: ange namn och roll under Identitet.")
        })
    }

    /// Creates the user's key pair (replacing an earlier one) bound to name and role.
    pub fn create_identity(&self, name: &str, role: &str) -> AppResult<IdentityView> {
        let name = name.trim();
        if name.is_empty() {
            return Err(AppError::new("Ange ditt namn."));
        }
        let role = Role::parse(role)
            .ok_or_else(|| AppError::new("Välj rollen nämndsekreterare eller webbredaktör."))?;
        let identity = Identity::create(name, role)?;
        identity.save(&self.places.config)?;
        Ok(IdentityView::from(&identity.public))
    }

    /// Reads, scans and opens the review of `path` (restoring saved decisions).
    pub fn open(&self, path: &Path, progress: &mut dyn FnMut(Stage)) -> AppResult<Overview> {
        let reviewer = self
            .identity()?
            .map(|i| i.public.name)
            .or_else(|| std::env::var("USER").ok())
            .unwrap_or_else(|| "okänd granskare".into());
        let store = Store::new(self.places.data.join("granskningar"));
        let opened = Workspace::open(path, self.rulebook.clone(), store, &reviewer, progress)?;
        let overview = opened.overview();
        if is_image_only(&overview) {
            // Nothing to find and nothing to mask: every candidate and every manual mask
            // is text of the document, so a review of it could only look finished.
            return Err(AppError::new(format!(
                "{}: PDF-filen innehåller ingen text, bara bilder (inskannad?). Maskera hittar \
                 och maskerar personuppgifter i text: låt skannern eller ett program för \
                 textigenkänning (OCR) lägga till ett textlager och öppna filen igen.",
                path.display()
            )));
        }
        *self.lock() = Some(opened);
        self.remember(path);
        Ok(overview)
    }

    fn lock(&self) -> MutexGuard<'_, Option<Workspace>> {
        // A panic while holding the lock leaves the review as it was last saved: carry on.
        self.workspace.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the open document.
    fn with<T>(&self, f: impl FnOnce(&mut Workspace) -> AppResult<T>) -> AppResult<T> {
        let mut guard = self.lock();
        let ws = guard
            .as_mut()
            .ok_or_else(|| AppError::new("Inget dokument är öppet."))?;
        f(ws)
    }

    /// Runs a change `f` on the open document and answers with the review as it stands.
    fn change<T>(
        &self,
        f: impl FnOnce(&mut Workspace) -> Result<T, WorkspaceError>,
    ) -> AppResult<ReviewState> {
        self.with(|ws| {
            f(ws)?;
            Ok(ws.state())
        })
    }

    /// The opened file's bytes, for the viewer.
    pub fn document_bytes(&self) -> AppResult<Vec<u8>> {
        self.with(|ws| Ok(ws.bytes().to_vec()))
    }

    pub fn review_state(&self) -> AppResult<ReviewState> {
        self.with(|ws| Ok(ws.state()))
    }

    pub fn decide(
        &self,
        id: &str,
        action: Action,
        reason: Option<&str>,
        all: bool,
    ) -> AppResult<ReviewState> {
        self.change(|ws| ws.decide(id, action, reason, all))
    }

    pub fn undo(&self) -> AppResult<ReviewState> {
        self.change(|ws| ws.undo())
    }

    pub fn redo(&self) -> AppResult<ReviewState> {
        self.change(|ws| ws.redo())
    }

    pub fn add_manual(
        &self,
        paragraph: usize,
        start: usize,
        end: usize,
        rule: &str,
        reason: Option<&str>,
    ) -> AppResult<ReviewState> {
        self.change(|ws| ws.add_manual(paragraph, start, end, rule, reason))
    }

    pub fn add_manual_area(
        &self,
        page: u32,
        area: Rect,
        rule: &str,
        reason: Option<&str>,
    ) -> AppResult<ReviewState> {
        self.change(|ws| ws.add_manual_area(page, area, rule, reason))
    }

    pub fn add_manual_text(
        &self,
        text: &str,
        rule: &str,
        reason: Option<&str>,
    ) -> AppResult<ReviewState> {
        self.change(|ws| ws.add_manual_text(text, rule, reason))
    }

    pub fn remove_manual(&self, index: usize) -> AppResult<ReviewState> {
        self.change(|ws| ws.remove_manual(index))
    }

    pub fn set_secrecy(&self, paragraph: usize, provision: &str) -> AppResult<ReviewState> {
        self.change(|ws| ws.set_secrecy(paragraph, provision))
    }

    /// The redacted PDF as it would be published.
    pub fn preview(&self) -> AppResult<Vec<u8>> {
        self.with(|ws| Ok(ws.preview()?.pdf))
    }

    /// Where export writes unless the user picks another place. The example lives among
    /// the app's files, so its exports go to the data directory.
    pub fn default_output(&self) -> AppResult<String> {
        let fallback = self.places.data.join("exporter");
        self.with(|ws| {
            let out = if self.places.initial.as_deref() == Some(ws.path()) && is_example(ws.path())
            {
                fallback.join(
                    ws.path()
                        .with_extension("publicerbar.pdf")
                        .file_name()
                        .unwrap_or_default(),
                )
            } else {
                ws.default_output(&fallback)
            };
            Ok(out.display().to_string())
        })
    }

    /// Exports the publishable PDF to `out` with its signed audit note beside it.
    pub fn export(&self, out: &Path, progress: &mut dyn FnMut(Stage)) -> AppResult<ExportReport> {
        let identity = self.required_identity()?;
        if out
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case("pdf"))
        {
            return Err(AppError::new("Exportfilens namn ska sluta på .pdf."));
        }
        if self.with(|ws| Ok(ws.path() == out))? {
            return Err(AppError::new(
                "Exporten kan inte skriva över originalet: välj ett annat filnamn.",
            ));
        }
        self.with(|ws| Ok(ws.export(out, &identity, &self.places.config, progress)?))
    }

    /// Verifies an exported PDF against its audit note (beside it unless given).
    pub fn inspect(&self, pdf: &Path, note: Option<&Path>) -> AppResult<Inspection> {
        let note = note.map_or_else(|| workspace::note_path_for(pdf), Path::to_path_buf);
        Ok(workspace::inspect(pdf, &note, &self.places.config)?)
    }

    /// The web editor's approval of an exported PDF.
    pub fn approve(&self, pdf: &Path, note: Option<&Path>) -> AppResult<Inspection> {
        let identity = self.required_identity()?;
        let note = note.map_or_else(|| workspace::note_path_for(pdf), Path::to_path_buf);
        Ok(workspace::approve(
            pdf,
            &note,
            &identity,
            &self.places.config,
        )?)
    }

    /// Any PDF's bytes (the web editor's view shows the exported one).
    pub fn read_pdf(&self, path: &Path) -> AppResult<Vec<u8>> {
        std::fs::read(path)
            .map_err(|e| AppError::new(format!("{}: filen kan inte läsas ({e})", path.display())))
    }

    /// Deletes the saved review of the open document, and with it the personal data.
    pub fn delete_review(&self) -> AppResult<bool> {
        self.with(|ws| Ok(ws.delete_review()))
    }

    fn recent_path(&self) -> PathBuf {
        self.places.data.join("senaste.json")
    }

    /// Recently opened files that still exist, newest first.
    pub fn recent(&self) -> Vec<String> {
        std::fs::read(self.recent_path())
            .ok()
            .and_then(|b| serde_json::from_slice::<Vec<String>>(&b).ok())
            .unwrap_or_default()
            .into_iter()
            .filter(|p| Path::new(p).exists())
            .collect()
    }

    fn remember(&self, path: &Path) {
        let shown = path.display().to_string();
        let mut list = self.recent();
        list.retain(|p| *p != shown);
        list.insert(0, shown);
        list.truncate(RECENT);
        if let Ok(json) = serde_json::to_vec_pretty(&list) {
            // Not remembering a file is no reason to fail opening it.
            let _ = maskera::files::write_atomic(&self.recent_path(), &json, true);
        }
    }
}

/// A PDF without a single character of text on any page: a scan without a text layer.
fn is_image_only(overview: &Overview) -> bool {
    overview.format == Format::Pdf && overview.paragraphs.iter().all(|p| p.text.trim().is_empty())
}

/// The bundled example protocols are named so; their folder is the app's own.
fn is_example(path: &Path) -> bool {
    path.file_name().is_some_and(|n| {
        n.to_string_lossy()
            .starts_with("protokoll-miljo-och-byggnamnden")
    })
}
