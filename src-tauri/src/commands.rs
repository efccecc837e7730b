//! The Tauri commands: each one forwards to [`AppState`] — long work (reading, scanning,
//! exporting) on tokio's blocking pool with its stages sent as `framsteg` events — and
//! returns the result or an [`AppError`] the front-end shows as it is.

use crate::state::{AppError, AppResult, AppState, IdentityView, StartInfo};
use maskera::ingest::Rect;
use maskera::review::Action;
use maskera::workspace::{ExportReport, Inspection, Overview, ReviewState, Stage};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::ipc::Response;
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_dialog::DialogExt;

type Shared<'a> = State<'a, Arc<AppState>>;

/// A progress event: the stage and its Swedish label.
#[derive(Clone, Serialize)]
struct Progress {
    stage: Stage,
    label: &'static str,
}

fn reporter(app: AppHandle) -> impl FnMut(Stage) {
    move |stage| {
        let _ = app.emit(
            "framsteg",
            Progress {
                stage,
                label: stage.label(),
            },
        );
    }
}

/// Runs `f` on the blocking pool, so the window stays responsive.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .map_err(|e| AppError::new(format!("Ett internt fel inträffade ({e}).")))?
}

#[tauri::command]
pub fn start(state: Shared) -> AppResult<StartInfo> {
    state.start()
}

#[tauri::command]
pub fn create_identity(state: Shared, name: String, role: String) -> AppResult<IdentityView> {
    state.create_identity(&name, &role)
}

#[tauri::command]
pub async fn open_document(app: AppHandle, state: Shared<'_>, path: String) -> AppResult<Overview> {
    let state = state.inner().clone();
    blocking(move || state.open(&PathBuf::from(path), &mut reporter(app))).await
}

#[tauri::command]
pub fn document_bytes(state: Shared) -> AppResult<Response> {
    state.document_bytes().map(Response::new)
}

#[tauri::command]
pub fn review_state(state: Shared) -> AppResult<ReviewState> {
    state.review_state()
}

#[tauri::command]
pub fn decide(
    state: Shared,
    id: String,
    action: Action,
    reason: Option<String>,
    all: bool,
) -> AppResult<ReviewState> {
    state.decide(&id, action, reason.as_deref(), all)
}

#[tauri::command]
pub fn undo(state: Shared) -> AppResult<ReviewState> {
    state.undo()
}

#[tauri::command]
pub fn redo(state: Shared) -> AppResult<ReviewState> {
    state.redo()
}

#[tauri::command]
pub fn add_manual(
    state: Shared,
    paragraph: usize,
    start: usize,
    end: usize,
    rule: String,
    reason: Option<String>,
) -> AppResult<ReviewState> {
    state.add_manual(paragraph, start, end, &rule, reason.as_deref())
}

/// A rectangle drawn on a PDF page, in PDF user space.
#[derive(serde::Deserialize)]
pub struct Area {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

#[tauri::command]
pub fn add_manual_area(
    state: Shared,
    page: u32,
    area: Area,
    rule: String,
    reason: Option<String>,
) -> AppResult<ReviewState> {
    let rect = Rect {
        x0: area.x0,
        y0: area.y0,
        x1: area.x1,
        y1: area.y1,
    };
    state.add_manual_area(page, rect, &rule, reason.as_deref())
}

#[tauri::command]
pub fn add_manual_text(
    state: Shared,
    text: String,
    rule: String,
    reason: Option<String>,
) -> AppResult<ReviewState> {
    state.add_manual_text(&text, &rule, reason.as_deref())
}

#[tauri::command]
pub fn remove_manual(state: Shared, index: usize) -> AppResult<ReviewState> {
    state.remove_manual(index)
}

#[tauri::command]
pub fn set_secrecy(state: Shared, paragraph: usize, provision: String) -> AppResult<ReviewState> {
    state.set_secrecy(paragraph, &provision)
}

#[tauri::command]
pub async fn preview(app: AppHandle, state: Shared<'_>) -> AppResult<Response> {
    let state = state.inner().clone();
    let mut report = reporter(app);
    blocking(move || {
        report(Stage::Masking);
        state.preview()
    })
    .await
    .map(Response::new)
}

#[tauri::command]
pub fn default_output(state: Shared) -> AppResult<String> {
    state.default_output()
}

#[tauri::command]
pub async fn export(app: AppHandle, state: Shared<'_>, out: String) -> AppResult<ExportReport> {
    let state = state.inner().clone();
    blocking(move || state.export(&PathBuf::from(out), &mut reporter(app))).await
}

#[tauri::command]
pub fn inspect(state: Shared, pdf: String, note: Option<String>) -> AppResult<Inspection> {
    state.inspect(&PathBuf::from(pdf), note.map(PathBuf::from).as_deref())
}

#[tauri::command]
pub fn approve(state: Shared, pdf: String, note: Option<String>) -> AppResult<Inspection> {
    state.approve(&PathBuf::from(pdf), note.map(PathBuf::from).as_deref())
}

#[tauri::command]
pub fn read_pdf(state: Shared, path: String) -> AppResult<Response> {
    state.read_pdf(&PathBuf::from(path)).map(Response::new)
}

#[tauri::command]
pub fn delete_review(state: Shared) -> AppResult<bool> {
    state.delete_review()
}

/// Which file dialog to show.
#[derive(serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dialog {
    /// A protocol to review (.docx, .pdf).
    Protocol,
    /// An exported PDF for the web editor.
    Published,
    /// Where to export.
    Save,
}

/// A native file dialog; the chosen path, or nothing when cancelled.
#[tauri::command]
pub async fn choose_file(
    app: AppHandle,
    dialog: Dialog,
    suggested: Option<String>,
) -> AppResult<Option<String>> {
    blocking(move || {
        let files = app.dialog().file();
        let chosen = match dialog {
            Dialog::Protocol => files
                .set_title("Öppna protokoll")
                .add_filter("Protokoll (.docx, .pdf)", &["docx", "pdf"])
                .blocking_pick_file(),
            Dialog::Published => files
                .set_title("Öppna exporterad PDF")
                .add_filter("PDF", &["pdf"])
                .blocking_pick_file(),
            Dialog::Save => {
                let suggested = suggested.map(PathBuf::from).unwrap_or_default();
                let mut files = files
                    .set_title("Exportera publicerbar PDF")
                    .add_filter("PDF", &["pdf"]);
                if let Some(dir) = suggested.parent() {
                    files = files.set_directory(dir);
                }
                if let Some(name) = suggested.file_name() {
                    files = files.set_file_name(name.to_string_lossy());
                }
                files.blocking_save_file()
            }
        };
        Ok(chosen
            .and_then(|p| p.into_path().ok())
            .map(|p| p.display().to_string()))
    })
    .await
}
