// Maskera's front-end: opens a protocol through the shell's commands, shows it with every
// candidate highlighted, and lets the secretary decide with the keyboard alone. All the
// work is the engine's; this file only shows its answers and forwards the user's choices.

import { PdfViewer, DocxViewer, pdfWorker, loadPdf } from "./viewer.js";
import { VerifyView } from "./verify.js";

const tauri = window.__TAURI__;
const invoke = (cmd, args) => tauri.core.invoke(cmd, args);
const $ = (id) => document.getElementById(id);

/** Everything the app shows; replaced, never patched, when the engine answers. */
const app = {
  overview: null,
  state: null,
  decided: new Map(),
  rules: new Map(),
  byId: new Map(),
  order: [], // candidate ids in the panel's order
  current: null,
  filter: "",
  viewer: null,
  previewing: false,
  identity: null,
};

window.maskera = { timings: { start: performance.now() }, app };

// ---------------------------------------------------------------- messages and progress

let messageTimer = null;
function say(text, ok = false) {
  const box = $("meddelande");
  box.textContent = text;
  box.classList.toggle("ok", ok);
  box.hidden = false;
  clearTimeout(messageTimer);
  messageTimer = setTimeout(() => (box.hidden = true), ok ? 5000 : 12000);
}

function failed(e) {
  say(typeof e === "string" ? e : e?.message || String(e));
}

function progress(label) {
  const bar = $("framsteg");
  bar.textContent = label ? `${label} …` : "";
  bar.hidden = !label;
}

tauri.event.listen("framsteg", (e) => progress(e.payload.label));

// ---------------------------------------------------------------- dropped files

const openable = (paths) => (paths || []).find((p) => /\.(pdf|docx)$/i.test(p));

/** A file dragged over the window is opened where it is dropped (Tauri's drag-and-drop
 *  events of this webview window: the paths of the files, not their contents). */
function dragged(event) {
  const { type, paths } = event.payload;
  const hint = $("slapp");
  if (type === "enter") {
    hint.textContent = openable(paths)
      ? "Släpp filen för att öppna den"
      : "Bara .pdf- och .docx-filer kan öppnas";
    hint.hidden = false;
  } else if (type === "leave") {
    hint.hidden = true;
  } else if (type === "drop") {
    hint.hidden = true;
    const path = openable(paths);
    if (path) openDocument(path);
    else say("Släpp en .pdf- eller .docx-fil för att öppna den.");
  }
}
tauri.webviewWindow.getCurrentWebviewWindow().onDragDropEvent(dragged);

// ---------------------------------------------------------------- opening

async function openDocument(path) {
  try {
    showReview();
    progress("Läser dokumentet");
    // pdf.js reads the file while the engine scans it.
    const early = /\.pdf$/i.test(path)
      ? invoke("read_pdf", { path }).then((bytes) => loadPdf(new Uint8Array(bytes)))
      : null;
    early?.catch(() => {});
    let overview;
    try {
      overview = await invoke("open_document", { path });
    } catch (e) {
      early?.then((pdf) => pdf.loadingTask.destroy(), () => {});
      throw e;
    }
    window.maskera.timings.opened = performance.now();
    app.overview = overview;
    app.rules = new Map(overview.rules.map((r) => [r.id, r]));
    app.byId = new Map(overview.candidates.map((c) => [c.id, c]));
    setState(await invoke("review_state"));
    app.current = null;
    app.previewing = false;
    $("knapp-forhandsgranska").setAttribute("aria-pressed", "false");
    $("dokumentnamn").textContent = `${overview.name} — ${overview.pages} ${overview.pages === 1 ? "sida" : "sidor"}`;
    document.title = `${overview.name} – Maskera`;
    showWarnings(overview);
    await showDocument(early);
    refresh({ rebuild: true });
    window.maskera.timings.highlighted = performance.now();
    if (app.startedMs) window.maskera.sinceProcessStart = Date.now() - app.startedMs;
    const restored = overview.opened.restored;
    if (restored) say(`${restored} sparade beslut återställdes${overview.opened.unplaced.length ? `, ${overview.opened.unplaced.length} kunde inte placeras i den nya versionen` : ""}.`, true);
    loadRecent();
    select(app.order[0], { scroll: false });
    $("kandidater").focus();
  } catch (e) {
    failed(e);
    if (!app.overview) showNothingOpen(e);
  } finally {
    progress(null);
  }
}

/** The viewer with no document: why (the error of the last try, which stays after the
 *  message above has gone) and how to open one. */
function showNothingOpen(error) {
  const reason = $("tomt-fel");
  reason.textContent = error ? (typeof error === "string" ? error : error?.message || String(error)) : "";
  reason.hidden = !error;
}

function showWarnings(overview) {
  const box = $("varningar");
  box.replaceChildren(...overview.warnings.map((w) => Object.assign(document.createElement("p"), { textContent: `Varning: ${w}` })));
  box.hidden = overview.warnings.length === 0;
}

/** Shows the open document: a PDF as its pages (`early`: pdf.js already loading it), a
 *  .docx as its paragraphs. */
async function showDocument(early = null) {
  app.viewer?.destroy();
  const container = $("visare");
  container.classList.remove("preview");
  if (app.overview.format === "pdf") {
    app.viewer = new PdfViewer(container, {
      onHighlightClick: highlightClicked,
      onAreaSelected: areaSelected,
    });
    const source = early ?? invoke("document_bytes").then((b) => new Uint8Array(b));
    app.viewer.setHighlights(highlights());
    await app.viewer.load(await source);
    window.maskera.timings.shown = performance.now();
  } else {
    app.viewer = new DocxViewer(container, {
      onHighlightClick: highlightClicked,
      onTextSelected: textSelected,
    });
    app.viewer.load(app.overview);
  }
}

// ---------------------------------------------------------------- what is highlighted

function decisionOf(id) {
  return app.decided.get(id);
}

/** The engine's answer after every change; decisions indexed by candidate id. */
function setState(state) {
  app.state = state;
  app.decided = new Map(state.decisions.map((d) => [d.id, d]));
}

/** masked / kept once the user decided; undecided before (the suggestion stands). */
function classOf(c) {
  const d = decisionOf(c.id);
  if (!d) return "undecided";
  return d.action === "mask" ? "masked" : "kept";
}

function highlights() {
  const items = app.overview.candidates.map((c) => {
    const rule = app.rules.get(c.rule);
    return {
      key: c.id,
      boxes: c.boxes,
      paragraph: c.location.paragraph,
      start: c.location.start,
      end: c.location.end,
      endParagraph: c.location.end_paragraph,
      image: c.location.image,
      cls: classOf(c),
      color: rule?.color || "#333",
      label: `${rule?.title || c.rule}: ${c.text}`,
    };
  });
  for (const m of app.state.manual) {
    items.push({
      key: `manuell-${m.index}`, boxes: m.boxes, paragraph: m.paragraph, start: m.start, end: m.end,
      cls: "manual", color: "#111111", label: `Egen maskering: ${m.text}`,
    });
  }
  for (const s of app.state.secrecy) {
    const section = sectionOf(s.paragraph);
    items.push({
      key: `sekretess-${s.paragraph}`, boxes: s.boxes,
      secrecyRange: section ? [section.body_start, section.body_end] : null,
      cls: "secrecy", color: "#4A148C", label: `Sekretess enligt ${s.provision}`,
    });
  }
  return items;
}

function sectionOf(paragraph) {
  let found = null;
  for (const s of app.overview.sections) {
    if (s.paragraph <= paragraph) found = s;
  }
  if (found && paragraph >= found.body_end && paragraph !== found.paragraph) return null;
  return found;
}

// ---------------------------------------------------------------- the side panel

/** Shows the engine's latest answer. The candidate list is built once per document (and
 *  per search) and then only updated, so a 200-page protocol's thousands of entries do not
 *  slow down each decision. */
function refresh({ rebuild = false } = {}) {
  $("knapp-angra").disabled = !app.state.can_undo;
  $("knapp-gor-om").disabled = !app.state.can_redo;
  if (!app.previewing) app.viewer?.setHighlights(highlights());
  if (rebuild || !app.panel) drawPanel();
  else updatePanel();
  drawDetail();
}

function matches(c) {
  if (!app.filter) return true;
  const rule = app.rules.get(c.rule);
  const hay = `${c.text} ${c.before} ${c.after} ${rule?.title || ""} ${c.rule}`.toLowerCase();
  return hay.includes(app.filter);
}

function drawPanel() {
  const list = $("kandidater");
  const groups = [];
  app.order = [];
  app.panel = { entries: new Map(), counts: [] };
  for (const rule of app.overview.rules) {
    const found = app.overview.candidates.filter((c) => c.rule === rule.id && matches(c));
    if (!found.length) continue;
    // A group of options, named by its heading (a listbox may hold only groups and options).
    const group = document.createElement("div");
    group.className = "group";
    group.setAttribute("role", "group");
    group.setAttribute("aria-labelledby", `grupp-${rule.id}`);
    group.style.setProperty("--c", rule.color);
    const head = Object.assign(document.createElement("div"), { className: "group-head", id: `grupp-${rule.id}` });
    head.innerHTML = `<span class="swatch"></span>`;
    head.append(`${rule.title} `);
    const count = Object.assign(document.createElement("span"), { className: "count" });
    head.append(count);
    group.append(head);
    app.panel.counts.push({ count, found });
    for (const c of found) {
      const entry = entryFor(c, rule);
      app.panel.entries.set(c.id, entry);
      group.append(entry);
      app.order.push(c.id);
    }
    groups.push(group);
  }
  list.replaceChildren(...groups);
  updatePanel();
  if (app.current) list.setAttribute("aria-activedescendant", `post-${app.current}`);
}

/** Brings the built list up to date: each entry's state, the counts, the manual masks and
 *  the §§ under secrecy. */
function updatePanel() {
  for (const [id, el] of app.panel.entries) {
    const c = app.byId.get(id);
    const cls = classOf(c);
    if (el.dataset.cls !== cls) showState(el, c, cls);
  }
  for (const { count, found } of app.panel.counts) {
    const masked = found.filter((c) => app.state.actions[c.id] === "mask").length;
    count.textContent = `${found.length} (${masked} maskeras)`;
  }
  // Manual masks and §§ hold buttons of their own: beside the listbox, not in it.
  $("ovrigt").replaceChildren(...manualGroup(), ...sectionGroup());
  const total = app.overview.candidates.length;
  $("sammanfattning").textContent = `${total} kandidater, ${app.state.decisions.length} beslutade, ${app.state.masks} maskeringar vid export` + (app.filter ? ` — filter: "${app.filter}"` : "");
}

function entryFor(c, rule) {
  const el = document.createElement("div");
  el.className = "entry" + (c.id === app.current ? " current" : "");
  el.id = `post-${c.id}`;
  el.setAttribute("role", "option");
  el.setAttribute("aria-selected", c.id === app.current ? "true" : "false");
  el.style.setProperty("--c", rule.color);
  el.dataset.id = c.id;
  // The option's name is what it shows (the rule is its group's name), and its page.
  const text = Object.assign(document.createElement("span"), { className: "text", textContent: c.text || "(bild)" });
  const state = document.createElement("span");
  const ctx = Object.assign(document.createElement("span"), { className: "ctx", textContent: `…${c.before}${c.text}${c.after}…` });
  const page = Object.assign(document.createElement("span"), {
    className: "visually-hidden",
    textContent: `, sida ${c.location.page}${c.locked ? ", låst" : ""}`,
  });
  el.append(text, state, ctx, page);
  showState(el, c, classOf(c));
  el.addEventListener("click", () => select(c.id));
  return el;
}

/** An entry's badge and label for its state: undecided (with the suggestion), masked, kept. */
function showState(el, c, cls) {
  const stateText = cls === "undecided"
    ? (c.suggestion === "mask" ? "förslag: maskera" : "förslag: behåll")
    : (cls === "masked" ? "maskeras" : "behålls");
  const state = el.children[1];
  state.className = `state ${cls}`;
  state.textContent = stateText;
  el.dataset.cls = cls;
}

function manualGroup() {
  if (!app.state.manual.length) return [];
  const group = document.createElement("details");
  group.className = "group";
  group.open = true;
  group.style.setProperty("--c", "#111");
  group.innerHTML = `<summary><span class="swatch"></span>Egna maskeringar <span class="count">${app.state.manual.length}</span></summary>`;
  for (const m of app.state.manual) {
    const el = document.createElement("div");
    el.className = "entry";
    el.style.setProperty("--c", "#111");
    const rule = app.rules.get(m.rule);
    el.append(
      Object.assign(document.createElement("span"), { className: "text", textContent: m.text }),
      Object.assign(document.createElement("span"), { className: "ctx", textContent: `${rule?.title || m.rule}${m.reason ? ` — ${m.reason}` : ""}` }),
    );
    const remove = Object.assign(document.createElement("button"), { textContent: "Ta bort" });
    remove.setAttribute("aria-label", `Ta bort den egna maskeringen ${m.text}`);
    remove.addEventListener("click", (e) => {
      e.stopPropagation();
      command("remove_manual", { index: m.index });
    });
    el.append(remove);
    el.addEventListener("click", () => app.viewer?.show(`manuell-${m.index}`, m.boxes));
    group.append(el);
  }
  return [group];
}

function sectionGroup() {
  if (!app.overview.sections.length) return [];
  const group = document.createElement("details");
  group.className = "group";
  group.style.setProperty("--c", "#4A148C");
  const underSecrecy = app.state.secrecy.length;
  group.open = underSecrecy > 0;
  group.innerHTML = `<summary><span class="swatch"></span>Paragrafer och sekretess <span class="count">${app.overview.sections.length} §§, ${underSecrecy} med sekretess</span></summary>`;
  for (const s of app.overview.sections) {
    const secret = app.state.secrecy.find((x) => sectionOf(x.paragraph) === s);
    const button = Object.assign(document.createElement("button"), {
      className: "entry", textContent: `${s.number} ${s.heading}${secret ? ` — sekretess enligt ${secret.provision}` : ""}`,
    });
    button.style.cssText = "display:block;width:100%;text-align:left;border-radius:0;background:none";
    button.addEventListener("click", () => secrecyDialog(s));
    group.append(button);
  }
  return [group];
}

function drawDetail() {
  const box = $("detalj");
  const c = app.byId.get(app.current);
  if (!c) {
    box.innerHTML = `<p>Välj en kandidat i listan eller på sidan. <kbd>?</kbd> visar kortkommandona.</p>`;
    return;
  }
  const rule = app.rules.get(c.rule);
  const d = decisionOf(c.id);
  const section = sectionOf(c.location.paragraph);
  box.style.setProperty("--c", rule.color);
  box.replaceChildren();
  const h = Object.assign(document.createElement("h3"), { textContent: rule.title });
  const quote = document.createElement("p");
  quote.className = "quote";
  quote.append(`…${c.before}`, Object.assign(document.createElement("strong"), { textContent: c.text || "(bild)" }), `${c.after}…`);
  const where = Object.assign(document.createElement("p"), {
    textContent: `Sida ${c.location.page}${section ? `, ${section.number} ${section.heading}` : ""}. Förslag: ${c.suggestion === "mask" ? "maskera" : "behåll"}.`,
  });
  const why = Object.assign(document.createElement("p"), { className: "rationale", textContent: c.rationale || rule.rationale });
  const cite = Object.assign(document.createElement("p"), { className: "cite", textContent: `Riktlinjen: ${rule.section}` });
  box.append(h, quote, where, why, cite);
  if (c.provision) box.append(Object.assign(document.createElement("p"), { textContent: `Föreslagen sekretessbestämmelse: ${c.provision}` }));
  if (c.locked) {
    box.append(Object.assign(document.createElement("p"), {
      className: "locked",
      textContent: `Låst: ${rule.title.toLowerCase()} får enligt riktlinjen aldrig publiceras, så uppgiften kan inte behållas.`,
    }));
  }
  if (d) {
    box.append(Object.assign(document.createElement("p"), {
      className: "reason",
      textContent: `Beslut: ${d.action === "mask" ? "maskeras" : "behålls"}${d.reason ? ` — skäl: ${d.reason}` : ""}${d.reviewer ? ` (${d.reviewer})` : ""}.`,
    }));
  }
  const buttons = document.createElement("div");
  buttons.className = "buttons";
  const button = (text, title, f, disabled = false) => {
    const b = Object.assign(document.createElement("button"), { textContent: text, title, disabled });
    b.addEventListener("click", f);
    buttons.append(b);
    return b;
  };
  button("Maskera (M)", "Maskera den här", () => decide("mask", false)).classList.add("primary");
  button("Behåll (B)", c.locked ? "Låst: kan inte behållas" : "Behåll den här", () => decide("keep", false), c.locked);
  button("Maskera alla (Shift+M)", "Maskera alla förekomster av samma text och regel", () => decide("mask", true));
  button("Behåll alla (Shift+B)", "Behåll alla förekomster", () => decide("keep", true), c.locked);
  if (section) button("Sekretess för § (S)", "Sätt hela paragrafen under sekretess", () => secrecyDialog(section));
  box.append(buttons);
}

// ---------------------------------------------------------------- navigation and decisions

function select(id, { scroll = true } = {}) {
  if (!id) return;
  app.current = id;
  const list = $("kandidater");
  list.querySelectorAll(".entry.current").forEach((e) => {
    e.classList.remove("current");
    e.setAttribute("aria-selected", "false");
  });
  const el = $(`post-${id}`);
  if (el) {
    el.classList.add("current");
    el.setAttribute("aria-selected", "true");
    el.scrollIntoView({ block: "nearest" });
    list.setAttribute("aria-activedescendant", el.id);
  }
  drawDetail();
  const c = app.byId.get(id);
  if (c && !app.previewing) app.viewer?.show(id, scroll ? c.boxes : null);
}

function step(delta, onlyUndecided = false) {
  if (!app.order.length) return;
  let at = app.order.indexOf(app.current);
  if (at < 0) at = delta > 0 ? -1 : 0;
  for (let n = 0; n < app.order.length; n++) {
    at = (at + delta + app.order.length) % app.order.length;
    const id = app.order[at];
    if (!onlyUndecided || !decisionOf(id)) return select(id);
  }
  say("Alla kandidater är beslutade.", true);
}

function highlightClicked(key) {
  if (app.byId.has(key)) select(key, { scroll: false });
}

async function command(name, args) {
  try {
    const asked = performance.now();
    setState(await invoke(name, args));
    window.maskera.timings.lastEngine = performance.now() - asked;
    refresh();
    window.maskera.timings.lastCommand = performance.now() - asked;
    return true;
  } catch (e) {
    failed(e);
    return false;
  }
}

async function decide(action, all) {
  const c = app.byId.get(app.current);
  if (!c || app.previewing) return;
  const rule = app.rules.get(c.rule);
  if (action === "keep" && c.locked) {
    say(`Låst: ${rule.title.toLowerCase()} kan inte behållas enligt riktlinjen (${rule.section}).`);
    return;
  }
  let reason = null;
  if (action === "keep" && c.suggestion === "mask" && rule.keep_requires_reason) {
    reason = await askReason(c, rule);
    if (reason === null) return;
  }
  if (await command("decide", { id: c.id, action, reason, all })) {
    say(`${all ? "Alla förekomster" : `"${c.text}"`} ${action === "mask" ? "maskeras" : "behålls"}.`, true);
    step(1);
  }
}

function askReason(c, rule) {
  return new Promise((resolve) => {
    const dialog = $("dialog-skal");
    $("skal-forklaring").textContent = `Riktlinjen kräver ett skäl för att publicera "${c.text}" (${rule.title}): ${rule.rationale}`;
    $("skal-text").value = "";
    dialog.onclose = () => {
      const text = $("skal-text").value.trim();
      resolve(dialog.returnValue === "ok" && text ? text : null);
    };
    dialog.showModal();
    $("skal-text").focus();
  });
}

// ---------------------------------------------------------------- manual masks and secrecy

function manualDialog(text) {
  return new Promise((resolve) => {
    const dialog = $("dialog-manuell");
    $("manuell-text").textContent = text ? `"${text}"` : "Texten i den markerade rutan.";
    const select = $("manuell-regel");
    if (!select.options.length) {
      for (const r of app.overview.rules) select.append(new Option(r.title, r.id));
      select.value = "namn";
    }
    $("manuell-skal").value = "";
    dialog.onclose = () => resolve(dialog.returnValue === "ok" ? { rule: select.value, reason: $("manuell-skal").value.trim() || null } : null);
    dialog.showModal();
    select.focus();
  });
}

async function areaSelected(page, area) {
  if (app.previewing) return;
  const choice = await manualDialog(null);
  if (choice) {
    if (await command("add_manual_area", { page, area, rule: choice.rule, reason: choice.reason })) say("Egen maskering tillagd.", true);
  }
}

async function textSelected(paragraph, start, end, text) {
  const choice = await manualDialog(text);
  window.getSelection()?.removeAllRanges();
  if (choice) {
    if (await command("add_manual", { paragraph, start, end, rule: choice.rule, reason: choice.reason })) say("Egen maskering tillagd.", true);
  }
}

/** The search text masked wherever it stands in the document (Ctrl+Enter in the search
 *  field): a manual mask without the mouse. */
async function maskEverywhere(text) {
  if (!text || app.previewing) return;
  const choice = await manualDialog(text);
  if (choice && (await command("add_manual_text", { text, rule: choice.rule, reason: choice.reason }))) {
    say(`"${text}" maskeras överallt i dokumentet.`, true);
  }
}

function secrecyDialog(section) {
  const dialog = $("dialog-sekretess");
  const current = app.state.secrecy.find((s) => sectionOf(s.paragraph) === section);
  const suggested = app.overview.candidates.find((c) => c.rule === "sekretess" && sectionOf(c.location.paragraph) === section)?.provision;
  $("sekretess-paragraf").textContent = `${section.number} ${section.heading}: hela paragrafens text tas bort, utom paragrafnummer och rubrik.`;
  const select = $("sekretess-val");
  select.replaceChildren(...app.overview.provisions.map((p) => new Option(`${p.bestammelse} (${p.omrade})`, p.bestammelse)));
  const wanted = current?.provision || suggested;
  const listed = app.overview.provisions.some((p) => p.bestammelse === wanted);
  select.value = listed ? wanted : app.overview.provisions[0]?.bestammelse;
  $("sekretess-egen").value = wanted && !listed ? wanted : "";
  $("sekretess-ta-bort").hidden = !current;
  dialog.onclose = async () => {
    if (dialog.returnValue === "ok") {
      const provision = $("sekretess-egen").value.trim() || select.value;
      if (await command("set_secrecy", { paragraph: section.paragraph, provision })) say(`${section.number} under sekretess enligt ${provision}.`, true);
    } else if (dialog.returnValue === "clear") {
      await command("set_secrecy", { paragraph: section.paragraph, provision: "" });
    }
  };
  dialog.showModal();
  select.focus();
}

// ---------------------------------------------------------------- preview and export

async function togglePreview() {
  if (!app.overview) return;
  if (app.previewing) {
    app.previewing = false;
    $("knapp-forhandsgranska").setAttribute("aria-pressed", "false");
    await showDocument();
    refresh();
    if (app.current) select(app.current);
    return;
  }
  try {
    progress("Maskerar för förhandsgranskning");
    const bytes = await invoke("preview");
    app.previewing = true;
    $("knapp-forhandsgranska").setAttribute("aria-pressed", "true");
    app.viewer?.destroy();
    const container = $("visare");
    container.classList.add("preview");
    app.viewer = new PdfViewer(container, { label: "Förhandsgranskning, sida" });
    await app.viewer.load(new Uint8Array(bytes), "Förhandsgranskning: så här publiceras dokumentet. Tryck P för att återgå.");
  } catch (e) {
    failed(e);
  } finally {
    progress(null);
  }
}

async function exportDialog() {
  if (!app.overview) return;
  if (!app.identity) {
    say("Skapa din identitet först: exporten signeras med din nyckel.");
    return identityDialog();
  }
  const dialog = $("dialog-export");
  $("export-resultat").textContent = "";
  $("export-verifiera").hidden = true;
  $("export-ok").disabled = false;
  const undecided = app.overview.candidates.filter((c) => !decisionOf(c.id)).length;
  $("export-sammanfattning").textContent = `${app.state.masks} maskeringar. ${undecided ? `${undecided} kandidater är obeslutade; för dem gäller förslaget.` : "Alla kandidater är beslutade."}`;
  try {
    $("export-fil").value = await invoke("default_output");
  } catch (e) {
    failed(e);
  }
  dialog.showModal();
  $("export-ok").focus();
}

$("form-export").addEventListener("submit", async (e) => {
  const submitter = e.submitter;
  if (submitter?.value !== "ok") return;
  e.preventDefault();
  const out = $("export-fil").value.trim();
  const result = $("export-resultat");
  $("export-ok").disabled = true;
  result.textContent = "Exporterar …";
  try {
    const r = await invoke("export", { out });
    result.replaceChildren(
      Object.assign(document.createElement("p"), { className: "ok", textContent: `Exporterad: ${r.pdf}` }),
      Object.assign(document.createElement("p"), { textContent: `${r.masks} maskeringar${r.renderer ? `, PDF av ${r.renderer}` : `, ${r.pages_changed} sidor ändrade`}. Läckkontroll: inget av ${r.checked} maskerade värden finns kvar i någon kanal (text, metadata, XMP, anteckningar, bokmärken, formulär, bilagor, tidigare versioner).` }),
      Object.assign(document.createElement("p"), { textContent: `Granskningsanteckning: ${r.note}, signerad av ${r.signer} (${r.role}), nyckel ${r.fingerprint}.` }),
    );
    app.lastExport = r;
    $("export-verifiera").hidden = false;
    $("export-verifiera").focus();
  } catch (err) {
    result.textContent = "";
    result.append(Object.assign(document.createElement("p"), { className: "error", textContent: `Exporten misslyckades: ${err?.message || err}` }));
    $("export-ok").disabled = false;
  } finally {
    progress(null);
  }
});

$("export-valj").addEventListener("click", async () => {
  try {
    const chosen = await invoke("choose_file", { dialog: "save", suggested: $("export-fil").value });
    if (chosen) $("export-fil").value = /\.pdf$/i.test(chosen) ? chosen : `${chosen}.pdf`;
  } catch (e) {
    failed(e);
  }
});

$("export-verifiera").addEventListener("click", () => {
  $("dialog-export").close();
  if (app.lastExport) verifyView.open(app.lastExport.pdf, app.lastExport.note);
});

// ---------------------------------------------------------------- identity

function identityDialog() {
  const dialog = $("dialog-identitet");
  $("identitet-fel").textContent = "";
  $("identitet-nuvarande").textContent = app.identity
    ? `Nu: ${app.identity.name} (${app.identity.role}), nyckel ${app.identity.fingerprint}. En ny nyckel ersätter den här; anteckningar du redan signerat förblir giltiga.`
    : "Ingen nyckel finns ännu på den här datorn.";
  $("identitet-avbryt").hidden = !app.identity;
  dialog.showModal();
  $("identitet-namn").focus();
  return new Promise((resolve) => dialog.addEventListener("close", resolve, { once: true }));
}

$("form-identitet").addEventListener("submit", async (e) => {
  if (e.submitter?.value !== "ok") return;
  e.preventDefault();
  const name = $("identitet-namn").value;
  const role = new FormData(e.target).get("roll");
  try {
    app.identity = await invoke("create_identity", { name, role });
    $("dialog-identitet").close("ok");
    say(`Nyckel skapad för ${app.identity.name} (${app.identity.role}). Fingeravtryck: ${app.identity.fingerprint}`, true);
    $("knapp-identitet").textContent = app.identity.name;
  } catch (err) {
    $("identitet-fel").textContent = err?.message || String(err);
  }
});

$("dialog-identitet").addEventListener("cancel", (e) => {
  if (!app.identity) e.preventDefault();
});

// ---------------------------------------------------------------- views

const verifyView = new VerifyView({
  invoke, say, failed, progress,
  showReview: () => showReview(),
  ruleTitle: (id) => app.rules.get(id)?.title || id,
});

function showReview() {
  $("webbredaktor").hidden = true;
  $("granskning").hidden = false;
}

async function loadRecent() {
  try {
    const info = await invoke("start");
    const select = $("senaste");
    select.replaceChildren(new Option("Senaste filer", ""), ...info.recent.map((p) => new Option(p.split(/[\\/]/).pop(), p)));
  } catch (e) {
    failed(e);
  }
}

async function chooseAndOpen() {
  try {
    const path = await invoke("choose_file", { dialog: "protocol" });
    if (path) openDocument(path);
  } catch (e) {
    failed(e);
  }
}

// ---------------------------------------------------------------- keyboard

function typing(e) {
  const t = e.target;
  return t.closest?.("dialog") || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName);
}

document.addEventListener("keydown", (e) => {
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && e.key.toLowerCase() === "o") { e.preventDefault(); return chooseAndOpen(); }
  if (ctrl && e.key.toLowerCase() === "e") { e.preventDefault(); return exportDialog(); }
  if (typing(e)) {
    if (e.target.id === "sok" && e.key === "Enter" && ctrl) {
      e.preventDefault();
      return maskEverywhere(e.target.value.trim());
    }
    if (e.target.id === "sok" && (e.key === "Enter" || e.key === "Escape")) {
      if (e.key === "Escape") { e.target.value = ""; app.filter = ""; refresh({ rebuild: true }); }
      $("kandidater").focus();
      e.preventDefault();
    }
    return;
  }
  if (ctrl && e.key.toLowerCase() === "z" && !e.shiftKey) { e.preventDefault(); return command("undo"); }
  if (ctrl && (e.key.toLowerCase() === "y" || (e.shiftKey && e.key.toLowerCase() === "z"))) { e.preventDefault(); return command("redo"); }
  if (ctrl || e.altKey) return;
  // In a focused document view the arrow keys scroll it, as everywhere else.
  if (e.target.classList?.contains("viewer") && e.key.startsWith("Arrow")) return;
  if (!$("webbredaktor").hidden) {
    if (e.key === "Escape" || e.key.toLowerCase() === "w") { e.preventDefault(); showReview(); }
    return;
  }
  const keys = {
    j: () => step(1), ArrowDown: () => step(1), k: () => step(-1), ArrowUp: () => step(-1),
    u: () => step(1, true),
    m: () => decide("mask", false), M: () => decide("mask", true),
    b: () => decide("keep", false), B: () => decide("keep", true),
    s: () => { const c = app.byId.get(app.current); const s = c && sectionOf(c.location.paragraph); if (s) secrecyDialog(s); else say("Kandidaten står inte i någon §."); },
    "/": () => $("sok").focus(),
    p: () => togglePreview(), P: () => togglePreview(),
    w: () => verifyView.show(),
    "?": () => $("dialog-hjalp").showModal(),
    Escape: () => app.previewing && togglePreview(),
  };
  const f = keys[e.key];
  if (f) { e.preventDefault(); f(); }
});

$("sok").addEventListener("input", (e) => {
  app.filter = e.target.value.trim().toLowerCase();
  refresh({ rebuild: true });
});

$("knapp-oppna").addEventListener("click", chooseAndOpen);
$("senaste").addEventListener("change", (e) => e.target.value && openDocument(e.target.value));
$("knapp-angra").addEventListener("click", () => command("undo"));
$("knapp-gor-om").addEventListener("click", () => command("redo"));
$("knapp-forhandsgranska").addEventListener("click", togglePreview);
$("knapp-exportera").addEventListener("click", exportDialog);
$("knapp-webbredaktor").addEventListener("click", () => verifyView.show());
$("knapp-identitet").addEventListener("click", identityDialog);
$("knapp-hjalp").addEventListener("click", () => $("dialog-hjalp").showModal());

// ---------------------------------------------------------------- start

async function start() {
  pdfWorker();
  try {
    const info = await invoke("start");
    app.startedMs = info.started_ms;
    app.identity = info.identity;
    if (app.identity) $("knapp-identitet").textContent = app.identity.name;
    const opening = info.file ? openDocument(info.file) : Promise.resolve();
    if (!app.identity) await identityDialog();
    await opening;
    $("kandidater").focus();
  } catch (e) {
    failed(e);
  }
}

start();
