//! Maskera's desktop shell: a Tauri 2 window over the engine (`maskera::workspace`).
//!
//! `state` holds the document under review and performs each command's work; `commands`
//! exposes it to the front-end in `ui/`. The shell knows nothing of PDF internals.

#![forbid(unsafe_code)]

pub mod commands;
pub mod state;

use state::{AppState, Places};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tauri::Manager;

/// The bundled example: among the installed resources, or in the source tree (a build
/// run with `cargo run`).
fn example(resources: Option<PathBuf>) -> Option<PathBuf> {
    const NAME: &str = "examples/protokoll-miljo-och-byggnamnden.pdf";
    let installed = resources.map(|r| r.join(NAME));
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets")
        .join(NAME);
    installed
        .into_iter()
        .chain([source])
        .find(|p| p.is_file())
        .map(|p| p.canonicalize().unwrap_or(p))
}

/// The file named on the command line, if any.
fn file_argument() -> Option<PathBuf> {
    std::env::args_os()
        .skip(1)
        .map(PathBuf::from)
        .find(|a| !a.to_string_lossy().starts_with('-'))
        .map(|p| std::path::absolute(&p).unwrap_or(p))
}

pub fn run() {
    let started = state::now_ms();
    // Files dropped on the window need nothing here: with `dragDropEnabled` Tauri sends
    // its own drag-and-drop events to the webview window, where the front-end opens the
    // dropped path with the same command as the file dialog's (ui/src/app.js, `dragged`).
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let initial = file_argument().or_else(|| example(app.path().resource_dir().ok()));
            let state =
                AppState::started_at(Places::from_env(initial), started).map_err(|e| e.message)?;
            app.manage(Arc::new(state));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::start,
            commands::create_identity,
            commands::open_document,
            commands::document_bytes,
            commands::review_state,
            commands::decide,
            commands::undo,
            commands::redo,
            commands::add_manual,
            commands::add_manual_area,
            commands::add_manual_text,
            commands::remove_manual,
            commands::set_secrecy,
            commands::preview,
            commands::default_output,
            commands::export,
            commands::inspect,
            commands::approve,
            commands::read_pdf,
            commands::delete_review,
            commands::choose_file,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("maskera-app: fönstret kunde inte öppnas: {e}");
        std::process::exit(1);
    }
}
