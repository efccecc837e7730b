//! End to end: the real app window (WebKitGTK) under Xvfb, driven through Debian's
//! WebKitWebDriver the way a secretary works — with the keyboard, and the mouse for a
//! manual mask: create an identity, mask, keep with a reason, draw a manual mask, export,
//! and open the export in the web editor's view, which verifies it. Saves screenshots of
//! the main view and the web editor's view to `target/e2e/`.

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secretary_reviews_exports_and_verifies_in_the_real_window() {
    let work = tempfile::tempdir().expect("temp dir");
    let source = work.path().join("protokoll.pdf");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../assets/examples/protokoll-miljo-och-byggnamnden.pdf"),
        &source,
    )
    .expect("the example is copied");
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e");

    let (_display, display) = xvfb();
    let port = free_port();
    let driver = Command::new(needed("WebKitWebDriver"))
        .arg(format!("--port={port}"))
        .env("DISPLAY", &display)
        .env("TAURI_WEBVIEW_AUTOMATION", "true")
        .env("MASKERA_CONFIG_DIR", work.path().join("config"))
        .env("MASKERA_DATA_DIR", work.path().join("data"))
        .env("NO_AT_BRIDGE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("WebKitWebDriver starts");
    let _driver = Process(driver);

    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "webkitgtk:browserOptions".into(),
        json!({ "binary": env!("CARGO_BIN_EXE_maskera-app"), "args": [source.display().to_string()] }),
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

    // First start: the app asks who the user is; Enter creates the key.
    let name = eventually("the identity dialog", async || {
        let field = client.find(Locator::Css("#identitet-namn")).await.ok()?;
        field.is_displayed().await.ok()?.then_some(field)
    })
    .await;
    name.send_keys("Linnea Forsberg\u{E007}")
        .await
        .expect("a name is typed");
    eventually("the key to be created", async || {
        let label = text_of(&client, "#knapp-identitet").await?;
        (label == "Linnea Forsberg").then_some(())
    })
    .await;

    // The document opens with its candidates listed and highlighted on the page.
    eventually("highlights on the first page", async || {
        let count = js(
            &client,
            "return document.querySelectorAll('.page .hl').length;",
        )
        .await;
        (count.as_u64()? > 10).then_some(())
    })
    .await;
    let shown_after = eventually("the document to be ready", async || {
        let ms = js(
            &client,
            "const t = window.maskera.timings; return t.highlighted ? t.highlighted - t.start : null;",
        )
        .await;
        ms.as_f64()
    })
    .await;
    eprintln!("first page with highlights {shown_after} ms after the page script started");
    let timings = js(&client, "const t = window.maskera.timings; return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v - t.start)]));").await;
    eprintln!("timings (ms after the page script started): {timings}");
    let total = js(&client, "return window.maskera.sinceProcessStart;").await;
    eprintln!(
        "worker {}",
        js(&client, "return window.maskera.worker;").await
    );
    eprintln!("first page with highlights {total} ms after the app process started");
    let app = js(&client, "return { overview: window.maskera.app.overview };").await;

    // Keyboard: the first candidate (a personnummer) is masked with M.
    let first = js(&client, "return window.maskera.app.current;").await;
    shortcut(&client, "m").await;
    let decided = eventually("the mask decision", async || {
        let d = js(&client, "return window.maskera.app.state.decisions;").await;
        (d.as_array()?.len() == 1).then_some(d)
    })
    .await;
    assert_eq!(decided[0]["id"], first);
    assert_eq!(decided[0]["action"], "mask");

    // A name is kept; the guideline asks for a reason, typed in the dialog.
    let name_id = candidate_id(&app, "namn", "Jörgen Åkesson");
    client
        .find(Locator::Css(&format!("#post-{name_id}")))
        .await
        .expect("the name's entry")
        .click()
        .await
        .expect("click");
    shortcut(&client, "b").await;
    let reason = eventually("the reason dialog", async || {
        let field = client.find(Locator::Css("#skal-text")).await.ok()?;
        field.is_displayed().await.ok()?.then_some(field)
    })
    .await;
    reason
        .send_keys("Samtycke till publicering finns\u{E007}")
        .await
        .expect("a reason is typed");
    eventually("the keep decision", async || {
        let d = js(
            &client,
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
        &client,
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
    confirm.click().await.expect("confirm");
    let manual = eventually("the manual mask", async || {
        let m = js(&client, "return window.maskera.app.state.manual;").await;
        (m.as_array()?.len() == 1).then_some(m)
    })
    .await;
    assert_eq!(manual[0]["text"], "Sofia Wikström");

    screenshot(&client, &shots.join("huvudvy.png")).await;

    // Ctrl+E opens the export; Enter on the focused button exports.
    shortcut(&client, "\u{E009}e\u{E009}").await;
    eventually("the export dialog", async || {
        let ok = client.find(Locator::Css("#export-ok")).await.ok()?;
        ok.is_displayed().await.ok()?.then_some(())
    })
    .await;
    press(&client, "\u{E007}").await;
    let result = eventually("the export", async || {
        let text = text_of(&client, "#export-resultat").await?;
        (text.contains("Exporterad") || text.contains("misslyckades")).then_some(text)
    })
    .await;
    assert!(result.contains("Exporterad"), "{result}");
    assert!(result.contains("Läckkontroll"), "{result}");
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
    press(&client, "\u{E007}").await;
    let verdict = eventually("the verification", async || {
        text_of(&client, "#verifiering-resultat").await
    })
    .await;
    assert!(verdict.starts_with("Giltig"), "{verdict}");
    let signer = js(
        &client,
        "return document.querySelector('#verifiering table td').textContent;",
    )
    .await;
    assert_eq!(signer, "Linnea Forsberg");
    screenshot(&client, &shots.join("webbredaktor.png")).await;

    client.close().await.expect("the session ends");
}
