//! End to end: the real app window (WebKitGTK) under Xvfb, driven through Debian's
//! WebKitWebDriver the way a secretary works — with the keyboard, and the mouse for a
//! manual mask: create an identity, mask, keep with a reason, draw a manual mask, export,
//! and open the export in the web editor's view, which verifies it. Saves screenshots of
//! the main view and the web editor's view to `target/e2e/`. axe-core checks the
//! accessibility of each view and dialog the test opens, in the same window. Files are
//! dropped on the window (Tauri's drag-and-drop events) and the ones the app cannot review
//! must be refused in Swedish.

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::{Client, ClientBuilder, Locator};
use maskera::audit::keys::{Identity, Role};
use maskera_app::state::{AppState, Places};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One window at a time: the two cores are shared, and the timings printed should be the
/// app's, not the other test's.
static WATCHED: std::sync::OnceLock<Client> = std::sync::OnceLock::new();
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// How long any one step may take before the test gives up.
const STEP: Duration = Duration::from_secs(40);

/// A child process stopped with SIGTERM and waited for: SIGKILL on WebKitWebDriver would
/// leave the app orphaned, holding the test's stdout.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.0.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn needed(program: &str) -> PathBuf {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(program))
            .find(|p| p.is_file())
    });
    found.unwrap_or_else(|| panic!("{program} is missing: run scripts/install-deps"))
}

#[path = "../../tests/support/protocol_pdf.rs"]
mod protocol_pdf;

/// Xvfb on a display number no one else uses.
fn xvfb() -> (Process, String) {
    for n in (90 + std::process::id() % 200)..400 {
        if Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
            continue;
        }
        let child = Command::new(needed("Xvfb"))
            .args([
                &format!(":{n}"),
                "-screen",
                "0",
                "1400x900x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let process = Process(child);
        let socket = format!("/tmp/.X11-unix/X{n}");
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if Path::new(&socket).exists() {
                return (process, format!(":{n}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    panic!("no X display could be started");
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

/// Polls `f` until it gives a value or [`STEP`] has passed.
async fn eventually<T>(what: &str, mut f: impl AsyncFnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + STEP;
    loop {
        if let Some(v) = f().await {
            return v;
        }
        if Instant::now() >= deadline {
            if let Some(client) = WATCHED.get() {
                let seen = client
                    .execute(
                        "return [document.getElementById('meddelande').textContent, document.getElementById('framsteg').textContent, document.getElementById('visare').className, String(window.maskera?.app?.previewing)];",
                        vec![],
                    )
                    .await;
                eprintln!("the window shows: {seen:?}");
            }
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn js(client: &Client, script: &str) -> Value {
    client.execute(script, vec![]).await.expect(script)
}

async fn text_of(client: &Client, css: &str) -> Option<String> {
    let el = client.find(Locator::Css(css)).await.ok()?;
    el.text().await.ok()
}

/// Keys to the candidate list, where the review's shortcuts are typed.
async fn shortcut(client: &Client, keys: &str) {
    let list = client
        .find(Locator::Css("#kandidater"))
        .await
        .expect("the candidate list");
    list.send_keys(keys).await.expect("keys are sent");
}

/// Keys to the focused element, as a user types them.
async fn press(client: &Client, keys: &str) {
    let focused = client.active_element().await.expect("a focused element");
    focused.send_keys(keys).await.expect("keys are sent");
}

/// Waits two animation frames, so a screenshot shows what was just drawn.
async fn screenshot(client: &Client, path: &Path) {
    client
        .execute_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        )
        .await
        .expect("frames");
    let png = client.screenshot().await.expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("target/e2e");
    std::fs::write(path, png).expect("the screenshot is saved");
}

fn words_of(pdf: &Path) -> String {
    let bytes = std::fs::read(pdf).expect("the export exists");
    let doc = maskera::ingest::ingest_bytes(&bytes, "pdf").expect("it reads as a PDF");
    doc.paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn candidate_id(client_state: &Value, rule: &str, text: &str) -> String {
    client_state["overview"]["candidates"]
        .as_array()
        .and_then(|all| {
            all.iter()
                .find(|c| c["rule"] == rule && c["text"] == text)
                .and_then(|c| c["id"].as_str())
        })
        .unwrap_or_else(|| panic!("no {rule} candidate «{text}»"))
        .to_string()
}

/// The app under Xvfb, started by WebKitWebDriver on `file`, with its keys and reviews
/// in `work`. Fields drop in order: the driver (which ends the app) before the display.
struct Window {
    client: Client,
    _driver: Process,
    _display: Process,
}

async fn launch(work: &Path, file: &Path) -> Window {
    let (display_process, display) = xvfb();
    let port = free_port();
    let driver = Command::new(needed("WebKitWebDriver"))
        .arg(format!("--port={port}"))
        .env("DISPLAY", &display)
        .env("TAURI_WEBVIEW_AUTOMATION", "true")
        .env("MASKERA_CONFIG_DIR", work.join("config"))
        .env("MASKERA_DATA_DIR", work.join("data"))
        .env("NO_AT_BRIDGE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("WebKitWebDriver starts");
    let driver = Process(driver);
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "webkitgtk:browserOptions".into(),
        json!({ "binary": env!("CARGO_BIN_EXE_maskera-app"), "args": [file.display().to_string()] }),
    );
    let url = format!("http://127.0.0.1:{port}");
    let client = eventually("WebKitWebDriver to start the app", async || {
        ClientBuilder::native()
            .capabilities(capabilities.clone())
            .connect(&url)
            .await
            .ok()
    })
    .await;
    Window {
        client,
        _driver: driver,
        _display: display_process,
    }
}

/// Waits until at least `n` elements match `css`.
async fn until_at_least(client: &Client, what: &str, css: &str, n: u64) {
    let script = format!("return document.querySelectorAll({css:?}).length;");
    eventually(what, async || {
        (js(client, &script).await.as_u64()? >= n).then_some(())
    })
    .await
}

/// Waits until exactly `n` elements match `css`.
async fn until_exactly(client: &Client, what: &str, css: &str, n: u64) {
    let script = format!("return document.querySelectorAll({css:?}).length;");
    eventually(what, async || {
        (js(client, &script).await.as_u64()? == n).then_some(())
    })
    .await
}

/// Milliseconds from the page script's start to the first page with highlights.
async fn until_shown(client: &Client) -> f64 {
    eventually("the document to be shown", async || {
        let ms = js(
            client,
            "const t = window.maskera?.timings; return t?.highlighted ? t.highlighted - t.start : null;",
        )
        .await;
        ms.as_f64()
    })
    .await
}

/// axe-core as npm installed it from `ui/package-lock.json` (scripts/install-deps); the
/// test injects it, the app does not ship it.
fn axe_source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}; run scripts/install-deps", path.display()))
    })
}

/// Runs axe-core (every rule it runs by default: WCAG 2.x A/AA and best practices) on
/// `scope`, a CSS selector (the whole document if none), and answers with
/// `{ passes, violations: [{ id, impact, help, nodes: [{ target, html, summary }] }] }`.
const AXE_RUN: &str = r#"
const [scope, done] = arguments;
axe.run(scope ? { include: [scope] } : document, { resultTypes: ["violations"] }).then(
  (r) => done({
    passes: r.passes.length,
    violations: r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(" "), html: n.html.slice(0, 200), summary: n.failureSummary,
      })),
    })),
  }),
  (e) => done({ error: String(e) }),
);
"#;

/// axe-core's findings in the window within `scope`: the serious and critical ones, one
/// line per rule and element (every one of them, for the failure message), and the ids of
/// the lesser ones.
async fn axe_findings(client: &Client, scope: Option<&str>) -> (Vec<String>, Vec<String>, u64) {
    let loaded = js(client, "return typeof window.axe === 'object';").await;
    if loaded != Value::Bool(true) {
        client
            .execute(&format!("{}\nreturn true;", axe_source()), vec![])
            .await
            .expect("axe-core loads in the webview");
    }
    let result = client
        .execute_async(AXE_RUN, vec![json!(scope)])
        .await
        .expect("axe-core runs");
    assert!(result.get("error").is_none(), "axe-core failed: {result}");
    let passes = result["passes"].as_u64().expect("a count of passed rules");
    let mut serious = Vec::new();
    let mut lesser = Vec::new();
    for v in result["violations"].as_array().expect("violations") {
        let impact = v["impact"].as_str().unwrap_or("?");
        if impact != "serious" && impact != "critical" {
            lesser.push(format!("{} ({impact})", v["id"].as_str().unwrap_or("?")));
            continue;
        }
        for n in v["nodes"].as_array().into_iter().flatten() {
            serious.push(format!(
                "{} ({impact}): {} — {} — {}\n    {}",
                v["id"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or(""),
                n["target"].as_str().unwrap_or(""),
                n["html"].as_str().unwrap_or(""),
                n["summary"].as_str().unwrap_or("").replace('\n', "\n    "),
            ));
        }
    }
    (serious, lesser, passes)
}

/// Fails on every violation of impact serious or critical axe-core finds in `what`.
async fn assert_accessible(client: &Client, what: &str, scope: Option<&str>) {
    let started = Instant::now();
    let (serious, lesser, passes) = axe_findings(client, scope).await;
    eprintln!(
        "accessibility of {what}: {passes} rules passed, {} serious or critical, lesser: {lesser:?} ({} ms)",
        serious.len(),
        started.elapsed().as_millis()
    );
    assert!(passes >= 5, "axe-core checked next to nothing in {what}");
    assert!(
        serious.is_empty(),
        "axe-core finds in {what}:\n{}",
        serious.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secretary_reviews_exports_and_verifies_in_the_real_window() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let work = tempfile::tempdir().expect("temp dir");
    let source = work.path().join("protokoll.pdf");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../assets/examples/protokoll-miljo-och-byggnamnden.pdf"),
        &source,
    )
    .expect("the example is copied");
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");

    let window = launch(work.path(), &source).await;
    let client = &window.client;
    let _ = WATCHED.set(client.clone());

    // First start: the app asks who the user is; Enter creates the key.
    let name = eventually("the identity dialog", async || {
        let field = client.find(Locator::Css("#identitet-namn")).await.ok()?;
        field.is_displayed().await.ok()?.then_some(field)
    })
    .await;
    assert_accessible(client, "the identity dialog", Some("#dialog-identitet")).await;
    name.send_keys("Linnea Forsberg\u{E007}")
        .await
        .expect("a name is typed");
    eventually("the key to be created", async || {
        let label = text_of(client, "#knapp-identitet").await?;
        (label == "Linnea Forsberg").then_some(())
    })
    .await;

    // The document opens with its candidates listed and highlighted on the page.
    until_at_least(client, "highlights on the first page", ".page .hl", 11).await;
    let shown_after = until_shown(client).await;
    eprintln!("first page with highlights {shown_after} ms after the page script started");
    let timings = js(client, "const t = window.maskera.timings; return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v - t.start)]));").await;
    eprintln!("timings (ms after the page script started): {timings}");
    let total = js(client, "return window.maskera.sinceProcessStart;").await;
    eprintln!(
        "worker {}",
        js(client, "return window.maskera.worker;").await
    );
    eprintln!("first page with highlights {total} ms after the app process started");
    let app = js(client, "return { overview: window.maskera.app.overview };").await;

    // Keyboard: the first candidate (a personnummer) is masked with M.
    let first = js(client, "return window.maskera.app.current;").await;
    shortcut(client, "m").await;
    let decided = eventually("the mask decision", async || {
        let d = js(client, "return window.maskera.app.state.decisions;").await;
        (d.as_array()?.len() == 1).then_some(d)
    })
    .await;
    assert_eq!(decided[0]["id"], first);
    assert_eq!(decided[0]["action"], "mask");
    assert_accessible(client, "the main view", None).await;
    // The check itself fails where it should: a button without a name, put in the page.
    js(client, "const b = document.createElement('button'); b.id = 'axe-prov'; document.body.append(b); return null;").await;
    let (planted, _, _) = axe_findings(client, Some("#axe-prov")).await;
    js(
        client,
        "document.getElementById('axe-prov').remove(); return null;",
    )
    .await;
    assert!(
        planted.iter().any(|v| v.starts_with("button-name")),
        "axe-core misses a nameless button: {planted:?}"
    );
    shortcut(client, "?").await;
    eventually("the help dialog", async || {
        let el = client.find(Locator::Css("#dialog-hjalp")).await.ok()?;
        el.is_displayed().await.ok()?.then_some(())
    })
    .await;
    assert_accessible(client, "the help dialog", Some("#dialog-hjalp")).await;
    press(client, "\u{E00C}").await;
    eventually("the help dialog closed", async || {
        let open = js(
            client,
            "return document.getElementById('dialog-hjalp').open;",
        )
        .await;
        (open == Value::Bool(false)).then_some(())
    })
    .await;

    // A name is kept; the guideline asks for a reason, typed in the dialog.
    let name_id = candidate_id(&app, "namn", "Jörgen Åkesson");
    client
        .find(Locator::Css(&format!("#post-{name_id}")))
        .await
        .expect("the name's entry")
        .click()
        .await
        .expect("click");
    shortcut(client, "b").await;
    let reason = eventually("the reason dialog", async || {
        let field = client.find(Locator::Css("#skal-text")).await.ok()?;
        field.is_displayed().await.ok()?.then_some(field)
    })
    .await;
    assert_accessible(client, "the keep-with-reason dialog", Some("#dialog-skal")).await;
    reason
        .send_keys("Samtycke till publicering finns\u{E007}")
        .await
        .expect("a reason is typed");
    eventually("the keep decision", async || {
        let d = js(
            client,
            &format!("return window.maskera.app.state.decisions.find(d => d.id === '{name_id}') || null;"),
        )
        .await;
        (d["action"] == "keep").then_some(())
    })
    .await;

    // The mouse draws a manual mask over an official's name on page 1.
    let official = candidate_id(&app, "fortroendevald", "Sofia Wikström");
    client
        .execute(
            &format!("document.querySelector('.hl[data-key=\"{official}\"]').scrollIntoView({{block: 'center'}});"),
            vec![],
        )
        .await
        .expect("scroll");
    let rect = js(
        client,
        &format!(
            "const r = document.querySelector('.hl[data-key=\"{official}\"]').getBoundingClientRect();
             return [r.left, r.top, r.right, r.bottom];"
        ),
    )
    .await;
    let at = |i: usize| rect[i].as_f64().expect("a coordinate");
    // From just above and left of the name to the end of its last letter (the comma after
    // it stays outside).
    let drag = MouseActions::new("mus".into())
        .then(PointerAction::MoveTo {
            duration: None,
            x: at(0) - 6.0,
            y: at(1) - 3.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveTo {
            duration: Some(Duration::from_millis(100)),
            x: at(2) - 1.0,
            y: at(3) + 3.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    client.perform_actions(drag).await.expect("a drag");
    let confirm = eventually("the manual-mask dialog", async || {
        let ok = client.find(Locator::Css("#manuell-ok")).await.ok()?;
        ok.is_displayed().await.ok()?.then_some(ok)
    })
    .await;
    assert_accessible(client, "the manual-mask dialog", Some("#dialog-manuell")).await;
    confirm.click().await.expect("confirm");
    let manual = eventually("the manual mask", async || {
        let m = js(client, "return window.maskera.app.state.manual;").await;
        (m.as_array()?.len() == 1).then_some(m)
    })
    .await;
    assert_eq!(manual[0]["text"], "Sofia Wikström");

    until_at_least(
        client,
        "the first page drawn",
        "#visare .page[data-drawn]",
        1,
    )
    .await;
    screenshot(client, &shots.join("huvudvy.png")).await;

    // P shows the redacted result as it will be published; P again goes back.
    shortcut(client, "p").await;
    eventually("the preview", async || {
        let error = js(client, "const m = document.getElementById('meddelande'); return m.hidden ? null : m.textContent;").await;
        assert!(error.as_str().is_none_or(|m| !m.contains("misslyck")), "{error}");
        let drawn = js(
            client,
            "return document.querySelectorAll('#visare.preview .page[data-drawn]').length;",
        )
        .await;
        (drawn.as_u64()? > 0).then_some(())
    })
    .await;
    let preview_highlights = js(
        client,
        "return document.querySelectorAll('#visare .hl').length;",
    )
    .await;
    assert_eq!(
        preview_highlights, 0,
        "the preview shows the result, not the review"
    );
    assert_accessible(client, "the preview", None).await;
    shortcut(client, "p").await;
    until_at_least(client, "the review again", "#visare:not(.preview) .hl", 11).await;

    // Ctrl+E opens the export; Enter on the focused button exports.
    shortcut(client, "\u{E009}e\u{E009}").await;
    eventually("the export dialog", async || {
        let ok = client.find(Locator::Css("#export-ok")).await.ok()?;
        ok.is_displayed().await.ok()?.then_some(())
    })
    .await;
    press(client, "\u{E007}").await;
    let result = eventually("the export", async || {
        let text = text_of(client, "#export-resultat").await?;
        (text.contains("Exporterad") || text.contains("misslyckades")).then_some(text)
    })
    .await;
    assert!(result.contains("Exporterad"), "{result}");
    assert!(result.contains("Läckkontroll"), "{result}");
    assert_accessible(client, "the export dialog", Some("#dialog-export")).await;
    let out = work.path().join("protokoll.publicerbar.pdf");
    assert!(work
        .path()
        .join("protokoll.publicerbar.audit.json")
        .is_file());
    let published = words_of(&out);
    assert!(
        !published.contains("194709183109"),
        "the masked personnummer"
    );
    assert!(!published.contains("Sofia Wikström"), "the manual mask");
    assert!(published.contains("Jörgen Åkesson"), "the kept name");

    // The export opens in the web editor's view, which verifies it.
    press(client, "\u{E007}").await;
    let verdict = eventually("the verification", async || {
        text_of(client, "#verifiering-resultat").await
    })
    .await;
    assert!(verdict.starts_with("Giltig"), "{verdict}");
    let signer = js(
        client,
        "return document.querySelector('#verifiering table td').textContent;",
    )
    .await;
    assert_eq!(signer, "Linnea Forsberg");
    until_at_least(
        client,
        "the exported PDF beside the verification",
        "#visare-publicerad .page[data-drawn]",
        1,
    )
    .await;
    screenshot(client, &shots.join("webbredaktor.png")).await;
    assert_accessible(client, "the web editor's view", None).await;

    window.client.close().await.expect("the session ends");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_200_page_protocol_scrolls_and_takes_decisions_in_the_window() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let work = tempfile::tempdir().expect("temp dir");
    let source = work.path().join("langt-protokoll.pdf");
    std::fs::write(&source, protocol_pdf::protocol_pdf(200)).expect("the protocol is written");
    Identity::create("Linnea Forsberg", Role::Namndsekreterare)
        .and_then(|i| i.save(&work.path().join("config")))
        .expect("an identity");
    let window = launch(work.path(), &source).await;
    let client = &window.client;
    let shown = until_shown(client).await;
    let total = js(client, "return window.maskera.sinceProcessStart;").await;
    eprintln!("200 pages: first page with highlights {shown} ms after the page script, {total} ms after process start");
    let candidates = js(
        client,
        "return window.maskera.app.overview.candidates.length;",
    )
    .await;
    assert!(candidates.as_u64().expect("a count") > 1000, "{candidates}");

    // Every page is laid out; the last one is drawn when scrolled to.
    until_exactly(client, "all 200 pages laid out", "#visare .page", 200).await;
    js(
        client,
        "const v = document.getElementById('visare'); v.scrollTop = v.scrollHeight; return null;",
    )
    .await;
    eventually("the last page drawn", async || {
        let drawn = js(
            client,
            "return !!document.querySelector('.page[data-page=\"200\"] canvas');",
        )
        .await;
        drawn.as_bool()?.then_some(())
    })
    .await;
    let rendered = js(
        client,
        "return document.querySelectorAll('#visare canvas').length;",
    )
    .await;
    assert!(
        rendered.as_u64().expect("a count") < 40,
        "only pages near the view keep a canvas: {rendered}"
    );

    // Ten decisions in a row with the keyboard, each answered and redrawn.
    let mut slowest: f64 = 0.0;
    for n in 1..=10u64 {
        shortcut(client, "m").await;
        eventually("the decision", async || {
            let d = js(client, "return window.maskera.app.state.decisions.length;").await;
            (d.as_u64()? == n).then_some(())
        })
        .await;
        let ms = js(client, "return window.maskera.timings.lastCommand;").await;
        let engine = js(client, "return window.maskera.timings.lastEngine;").await;
        eprintln!("decision {n}: {ms} ms, of which the engine's answer {engine} ms");
        slowest = slowest.max(ms.as_f64().expect("a time"));
    }
    eprintln!("200 pages: slowest of ten decisions, engine answer and redraw: {slowest:.0} ms");
    window.client.close().await.expect("the session ends");
}

/// Sends the window the events Tauri sends it for files dragged in from a file manager —
/// `tauri://drag-enter`, then `tauri://drag-drop`, each with the paths, to the window's
/// label — through the app's own event system, as its native drop handler does.
async fn drag(client: &Client, event: &str, paths: &[&Path]) {
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let sent = client
        .execute_async(
            "const [event, paths, done] = arguments;
             window.__TAURI__.event
               .emitTo('main', event, { paths, position: { x: 400, y: 300 } })
               .then(() => done(null), (e) => done(String(e)));",
            vec![json!(event), json!(paths)],
        )
        .await
        .expect("the event is sent");
    assert_eq!(sent, Value::Null, "{event}");
}

/// Drops `paths` on the window (after an empty message area, so the message read after
/// is the drop's).
async fn drop_on_window(client: &Client, paths: &[&Path]) {
    js(
        client,
        "const m = document.getElementById('meddelande'); m.hidden = true; m.textContent = ''; return null;",
    )
    .await;
    drag(client, "tauri://drag-enter", paths).await;
    drag(client, "tauri://drag-drop", paths).await;
}

/// The message the window shows, once it shows one.
async fn message(client: &Client) -> String {
    eventually("a message", async || {
        let text = js(
            client,
            "const m = document.getElementById('meddelande'); return m.hidden ? null : m.textContent;",
        )
        .await;
        text.as_str().filter(|t| !t.is_empty()).map(str::to_string)
    })
    .await
}

/// The name of the document the window shows, and how wide it is shown.
async fn shown_document(client: &Client) -> String {
    let shown = js(
        client,
        "const d = document.getElementById('dokumentnamn'); return [d.textContent, d.getBoundingClientRect().width];",
    )
    .await;
    let width = shown[1].as_f64().unwrap_or(0.0);
    assert!(width >= 100.0, "the document's name is hidden: {shown}");
    shown[0].as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_file_opens_and_one_that_cannot_be_reviewed_is_refused_in_swedish() {
    let _alone = ONE_AT_A_TIME.lock().await;
    let started = Instant::now();
    let work = tempfile::tempdir().expect("temp dir");
    let dir = work.path();
    Identity::create("Linnea Forsberg", Role::Namndsekreterare)
        .and_then(|i| i.save(&dir.join("config")))
        .expect("an identity");
    let example = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/examples/protokoll-miljo-och-byggnamnden");
    let corrupt = dir.join("trasig.pdf");
    std::fs::write(&corrupt, b"%PDF-1.7\n1 0 obj << /Type /Catalog").expect("written");
    let misnamed = dir.join("protokoll.docx");
    std::fs::copy(example.with_extension("pdf"), &misnamed).expect("copied");
    let scanned = dir.join("inskannat.pdf");
    std::fs::write(&scanned, protocol_pdf::scanned_pdf()).expect("written");
    let notes = dir.join("anteckningar.txt");
    std::fs::write(&notes, "Inte ett protokoll.").expect("written");
    let word = dir.join("protokoll-word.docx");
    std::fs::copy(example.with_extension("docx"), &word).expect("copied");
    let pdf = dir.join("protokoll.pdf");
    std::fs::copy(example.with_extension("pdf"), &pdf).expect("copied");

    // What the app's open command answers for each file, headless: the window must show
    // exactly that.
    let headless = AppState::new(Places {
        config: dir.join("config"),
        data: dir.join("headless"),
        initial: None,
    })
    .expect("the rulebook");
    let refusal = |path: &Path| {
        headless
            .open(path, &mut |_| {})
            .expect_err("the app refuses it")
            .message
    };
    for (path, says) in [
        (&corrupt, "skadad PDF"),
        (&misnamed, "innehållet är PDF"),
        (&scanned, "ingen text"),
    ] {
        let m = refusal(path);
        assert!(
            m.contains(says) && m.contains(&path.display().to_string()),
            "{m}"
        );
    }

    // Started on a corrupt file: the window says why, and how to open another, and keeps
    // saying it after the message has gone.
    let window = launch(dir, &corrupt).await;
    let client = &window.client;
    let _ = WATCHED.set(client.clone());
    assert_eq!(message(client).await, refusal(&corrupt));
    let stays = text_of(client, "#tomt-fel").await.unwrap_or_default();
    assert_eq!(stays, refusal(&corrupt));
    let how = text_of(client, "#tomt").await.unwrap_or_default();
    assert!(how.contains("Inget dokument är öppet"), "{how}");
    assert_accessible(client, "the main view with no document", None).await;

    // Dragged over the window, a file is announced; dropped, it is opened or refused.
    drag(client, "tauri://drag-enter", &[&notes]).await;
    let hint = eventually("the drop hint", async || {
        let el = client.find(Locator::Css("#slapp")).await.ok()?;
        el.is_displayed().await.ok()?.then_some(el)
    })
    .await;
    assert_eq!(
        hint.text().await.expect("its text"),
        "Bara .pdf- och .docx-filer kan öppnas"
    );
    drag(client, "tauri://drag-leave", &[]).await;
    eventually("the hint gone", async || {
        let el = client.find(Locator::Css("#slapp")).await.ok()?;
        (!el.is_displayed().await.ok()?).then_some(())
    })
    .await;
    drop_on_window(client, &[&notes]).await;
    assert_eq!(
        message(client).await,
        "Släpp en .pdf- eller .docx-fil för att öppna den."
    );
    for path in [&misnamed, &scanned] {
        drop_on_window(client, &[path]).await;
        assert_eq!(message(client).await, refusal(path));
        let stays = text_of(client, "#tomt-fel").await.unwrap_or_default();
        assert_eq!(stays, refusal(path), "the window is not left blank");
    }

    // A .docx dropped opens as its paragraphs with the candidates marked.
    drop_on_window(client, &[&word]).await;
    until_at_least(client, "the .docx's marks", ".sheet mark", 10).await;
    let shown = shown_document(client).await;
    assert!(shown.starts_with("protokoll-word.docx"), "{shown}");
    assert!(
        client.find(Locator::Css("#tomt")).await.is_err(),
        "the empty view is gone"
    );
    assert_accessible(client, "the main view of a .docx", None).await;

    // A file refused while a document is open leaves that document as it was.
    drop_on_window(client, &[&scanned]).await;
    assert_eq!(message(client).await, refusal(&scanned));
    let shown = shown_document(client).await;
    assert!(shown.starts_with("protokoll-word.docx"), "{shown}");
    until_at_least(client, "the .docx still shown", ".sheet mark", 10).await;

    // Of several files dropped at once, the first that can be opened is.
    drop_on_window(client, &[&notes, &pdf]).await;
    until_at_least(client, "the PDF's highlights", ".page .hl", 11).await;
    let shown = shown_document(client).await;
    assert!(shown.starts_with("protokoll.pdf"), "{shown}");
    eprintln!(
        "dropped files: {} ms with the window's start",
        started.elapsed().as_millis()
    );
    window.client.close().await.expect("the session ends");
}
