//! Tauri's build step (icons, capabilities, the context), after checking that the
//! front-end has been built: without `ui/dist` the compile error would name a macro, not
//! the missing step.
fn main() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist/index.html");
    if !dist.exists() {
        panic!(
            "ui/dist is missing: run `scripts/install-deps` (or `npm ci && npm run build` in ui/) first"
        );
    }
    println!("cargo:rerun-if-changed=../ui/dist");
    tauri_build::build()
}
