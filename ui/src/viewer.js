// The document as it looks, with every candidate highlighted in place.
//
// PdfViewer renders PDF pages with pdf.js (lazily: only pages near the visible area have a
// canvas, so a 200-page protocol scrolls without lag) and lays the highlight boxes the
// engine computed over them. DocxViewer shows a .docx as its paragraphs, highlights as
// marks in the text. Both take the same highlight items:
//   { key, boxes: [{page,x0,y0,x1,y1}], paragraph, start, end, endParagraph, cls, color, label }
// and report clicks on a highlight and new manual selections to the app.

import * as pdfjsLib from "./vendor/pdfjs/pdf.min.mjs";

const base = new URL("./vendor/pdfjs/", location.href).href;
pdfjsLib.GlobalWorkerOptions.workerSrc = base + "pdf.worker.min.mjs";

/** Page space → CSS pixels of a viewport (its transform matrix). */
function toView(viewport, x, y) {
  const [a, b, c, d, e, f] = viewport.transform;
  return [a * x + c * y + e, b * x + d * y + f];
}

/** A page-space rectangle as [left, top, width, height] in CSS pixels. */
function viewRect(viewport, box) {
  const [x0, y0] = toView(viewport, box.x0, box.y0);
  const [x1, y1] = toView(viewport, box.x1, box.y1);
  return [Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)];
}

/** CSS pixels of a viewport → page space (the inverse of `toView`). */
function toPage(viewport, x, y) {
  const [a, b, c, d, e, f] = viewport.transform;
  const det = a * d - b * c;
  return [(d * (x - e) - c * (y - f)) / det, (a * (y - f) - b * (x - e)) / det];
}

/** Pages kept rendered on each side of the visible area, in pixels. */
const RENDER_MARGIN = "1200px 0px";

/** One pdf.js worker for every document, started when the app loads: its start-up then
 *  overlaps the engine's reading of the first document. */
let sharedWorker = null;
export function pdfWorker() {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new pdfjsLib.PDFWorker();
  return sharedWorker;
}

export async function loadPdf(bytes) {
  return pdfjsLib.getDocument({
    data: bytes,
    worker: pdfWorker(),
    standardFontDataUrl: base + "standard_fonts/",
    cMapUrl: base + "cmaps/",
    cMapPacked: true,
    wasmUrl: base + "wasm/",
    isEvalSupported: false,
    disableWorkerRendering: true,
  }).promise;
}

export class PdfViewer {
  constructor(container, { onHighlightClick, onAreaSelected, label } = {}) {
    this.container = container;
    this.onHighlightClick = onHighlightClick;
    this.onAreaSelected = onAreaSelected;
    this.label = label || "Sida";
    this.pages = [];
    this.items = new Map(); // page number → items
    this.signatures = new Map(); // page number → what its overlay shows
    this.current = null;
    this.observer = new IntersectionObserver((entries) => this.visible(entries), {
      root: container,
      rootMargin: RENDER_MARGIN,
    });
  }

  /** Shows a PDF (its bytes, or a document pdf.js is already loading); resolves once the
   *  first page is drawn. */
  async load(source, banner) {
    this.destroy();
    this.pdf = await (source instanceof Uint8Array ? loadPdf(source) : source);
    this.container.replaceChildren();
    if (banner) {
      const b = document.createElement("p");
      b.className = "banner";
      b.textContent = banner;
      this.container.append(b);
    }
    const first = await this.pdf.getPage(1);
    const width = first.getViewport({ scale: 1 }).width;
    const available = Math.max(this.container.clientWidth - 60, 400);
    this.scale = Math.min(Math.max(available / width, 0.8), 1.6);
    await this.addPage(first);
    if (window.maskera) window.maskera.timings.pdfjs = performance.now();
    await this.render(this.pages[0]);
    if (window.maskera) {
      window.maskera.timings.firstPage = performance.now();
      window.maskera.worker = globalThis.pdfjsWorker ? "fake" : "web worker";
    }
    // The rest are laid out after the first page is on screen (`show` waits for them).
    this.rest = this.layoutRest();
  }

  async layoutRest() {
    const pdf = this.pdf;
    for (let n = 2; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      // Another document (or none) may be shown by now: its container is not ours.
      if (this.pdf !== pdf) return;
      await this.addPage(page);
    }
  }

  async addPage(page) {
    const viewport = page.getViewport({ scale: this.scale });
    const div = document.createElement("div");
    div.className = "page";
    div.style.width = `${viewport.width}px`;
    div.style.height = `${viewport.height}px`;
    div.dataset.page = page.pageNumber;
    div.setAttribute("role", "region");
    div.setAttribute("aria-label", `${this.label} ${page.pageNumber} av ${this.pdf.numPages}`);
    const number = document.createElement("span");
    number.className = "number";
    number.textContent = page.pageNumber;
    const overlay = document.createElement("div");
    overlay.className = "overlay";
    if (this.onAreaSelected) {
      overlay.classList.add("drawing");
      this.enableDrawing(overlay, page.pageNumber);
    }
    div.append(overlay, number);
    this.container.append(div);
    const entry = { page, viewport, div, overlay, canvas: null, task: null };
    this.pages.push(entry);
    this.drawOverlay(entry);
    this.observer.observe(div);
  }

  visible(entries) {
    for (const e of entries) {
      const entry = this.pages[Number(e.target.dataset.page) - 1];
      if (!entry) continue;
      if (e.isIntersecting) this.render(entry);
      else this.release(entry);
    }
  }

  /** Draws a page's canvas; the same promise while it is being drawn. */
  render(entry) {
    if (!entry.rendering && this.pdf) entry.rendering = this.draw(entry);
    return entry.rendering;
  }

  async draw(entry) {
    const ratio = window.devicePixelRatio || 1;
    const viewport = entry.page.getViewport({ scale: this.scale * ratio });
    const canvas = document.createElement("canvas");
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.setAttribute("aria-hidden", "true");
    entry.canvas = canvas;
    entry.div.prepend(canvas);
    entry.task = entry.page.render({ canvasContext: canvas.getContext("2d"), viewport, canvas });
    try {
      await entry.task.promise;
      entry.div.dataset.drawn = "true";
    } catch (e) {
      if (e?.name !== "RenderingCancelledException") console.error(e);
    }
  }

  release(entry) {
    if (!entry.canvas || this.pages.length < 12) return;
    entry.task?.cancel();
    entry.canvas.remove();
    entry.canvas = null;
    entry.rendering = null;
    delete entry.div.dataset.drawn;
  }

  /** Replaces every highlight; only pages whose highlights changed are redrawn. */
  setHighlights(items) {
    this.items = new Map();
    for (const item of items) {
      for (const box of item.boxes || []) {
        if (!this.items.has(box.page)) this.items.set(box.page, []);
        this.items.get(box.page).push({ item, box });
      }
    }
    for (const entry of this.pages) this.drawOverlay(entry);
  }

  drawOverlay(entry) {
    const n = entry.page.pageNumber;
    const list = this.items.get(n) || [];
    // Only a page's own highlights (and whether the current one is among them) decide
    // whether it is redrawn: moving to the next candidate redraws two pages, not all.
    const signature = list
      .map(({ item }) => `${item.key}:${item.cls}${item.key === this.current ? "*" : ""}`)
      .join("|");
    if (this.signatures.get(n) === signature) return;
    this.signatures.set(n, signature);
    entry.overlay.querySelectorAll(".hl").forEach((e) => e.remove());
    for (const { item, box } of list) {
      const [left, top, width, height] = viewRect(entry.viewport, box);
      const el = document.createElement("div");
      el.className = `hl ${item.cls}` + (item.key === this.current ? " current" : "");
      el.style.setProperty("--c", item.color);
      el.style.left = `${left - 1}px`;
      el.style.top = `${top - 1}px`;
      el.style.width = `${width + 2}px`;
      el.style.height = `${height + 2}px`;
      el.dataset.key = item.key;
      el.title = item.label;
      el.addEventListener("mousedown", (e) => e.stopPropagation());
      el.addEventListener("click", () => this.onHighlightClick?.(item.key));
      entry.overlay.append(el);
    }
  }

  /** Marks `key` as the current candidate and scrolls its first box into view. */
  async show(key, boxes) {
    this.current = key;
    for (const entry of this.pages) this.drawOverlay(entry);
    const box = boxes?.[0];
    if (!box) return;
    while (this.pages.length < box.page && this.rest) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const entry = this.pages[box.page - 1];
    if (!entry) return;
    const [, boxTop] = viewRect(entry.viewport, box);
    const top = entry.div.offsetTop + boxTop - this.container.clientHeight / 3;
    this.container.scrollTo({ top: Math.max(top, 0) });
  }

  enableDrawing(overlay, pageNumber) {
    overlay.addEventListener("mousedown", (down) => {
      if (down.button !== 0) return;
      down.preventDefault();
      const origin = overlay.getBoundingClientRect();
      const x0 = down.clientX - origin.left;
      const y0 = down.clientY - origin.top;
      const box = document.createElement("div");
      box.className = "selection-box";
      overlay.append(box);
      const move = (e) => {
        const x1 = e.clientX - origin.left;
        const y1 = e.clientY - origin.top;
        Object.assign(box.style, {
          left: `${Math.min(x0, x1)}px`, top: `${Math.min(y0, y1)}px`,
          width: `${Math.abs(x1 - x0)}px`, height: `${Math.abs(y1 - y0)}px`,
        });
      };
      const up = (e) => {
        window.removeEventListener("mousemove", move);
        window.removeEventListener("mouseup", up);
        box.remove();
        const x1 = e.clientX - origin.left;
        const y1 = e.clientY - origin.top;
        if (Math.abs(x1 - x0) < 4 || Math.abs(y1 - y0) < 4) return;
        const viewport = this.pages[pageNumber - 1].viewport;
        const [px0, py0] = toPage(viewport, x0, y0);
        const [px1, py1] = toPage(viewport, x1, y1);
        this.onAreaSelected(pageNumber, {
          x0: Math.min(px0, px1), y0: Math.min(py0, py1),
          x1: Math.max(px0, px1), y1: Math.max(py0, py1),
        });
      };
      window.addEventListener("mousemove", move);
      window.addEventListener("mouseup", up);
    });
  }

  /** Forgets the document and takes its pages off the screen. */
  destroy() {
    for (const entry of this.pages) {
      entry.task?.cancel();
      entry.div.remove();
    }
    this.observer.disconnect();
    this.pdf?.loadingTask.destroy();
    this.pdf = null;
    this.rest = null;
    this.pages = [];
    this.signatures = new Map();
  }
}

/** Code points in a JS string (the engine counts characters, not UTF-16 units). */
const chars = (s) => Array.from(s);

export class DocxViewer {
  constructor(container, { onHighlightClick, onTextSelected } = {}) {
    this.container = container;
    this.onHighlightClick = onHighlightClick;
    this.onTextSelected = onTextSelected;
    this.current = null;
  }

  load(overview) {
    this.paragraphs = overview.paragraphs;
    this.sheet = document.createElement("article");
    this.sheet.className = "sheet";
    this.sheet.setAttribute("aria-label", "Dokumentets text");
    this.container.replaceChildren(this.sheet);
    this.sheet.addEventListener("mouseup", () => this.selected());
    this.items = [];
    this.draw();
  }

  setHighlights(items) {
    this.items = items;
    this.draw();
  }

  draw() {
    const byParagraph = new Map();
    const secrecy = new Set();
    for (const item of this.items) {
      if (item.secrecyRange) {
        for (let p = item.secrecyRange[0]; p < item.secrecyRange[1]; p++) secrecy.add(p);
        continue;
      }
      if (item.paragraph == null || item.image != null) continue;
      if (!byParagraph.has(item.paragraph)) byParagraph.set(item.paragraph, []);
      const last = item.endParagraph ?? item.paragraph;
      byParagraph.get(item.paragraph).push({ item, start: item.start, end: last === item.paragraph ? item.end : Infinity });
      for (let p = item.paragraph + 1; p <= last; p++) {
        if (!byParagraph.has(p)) byParagraph.set(p, []);
        byParagraph.get(p).push({ item, start: 0, end: p === last ? item.end : Infinity });
      }
    }
    const out = [];
    let page = 1;
    this.paragraphs.forEach((p, i) => {
      if (p.page !== page) {
        page = p.page;
        const br = document.createElement("div");
        br.className = "pagebreak";
        br.textContent = `Sida ${page}`;
        out.push(br);
      }
      const el = document.createElement("p");
      el.dataset.index = i;
      if (p.heading_of != null) el.className = "heading";
      if (secrecy.has(i)) el.classList.add("secrecy");
      this.fill(el, p.text, byParagraph.get(i) || []);
      out.push(el);
    });
    this.sheet.replaceChildren(...out);
  }

  /** Splits a paragraph's text at highlight edges; each piece is marked with the
   *  innermost highlight covering it. */
  fill(el, text, spans) {
    const cs = chars(text);
    const edges = new Set([0, cs.length]);
    for (const s of spans) {
      edges.add(Math.min(s.start, cs.length));
      edges.add(Math.min(s.end, cs.length));
    }
    const sorted = [...edges].sort((a, b) => a - b);
    for (let k = 0; k + 1 < sorted.length; k++) {
      const [from, to] = [sorted[k], sorted[k + 1]];
      const piece = cs.slice(from, to).join("");
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      if (!covering.length) {
        el.append(document.createTextNode(piece));
        continue;
      }
      const inner = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      const mark = document.createElement("mark");
      mark.className = inner.item.cls + (inner.item.key === this.current ? " current" : "");
      mark.style.setProperty("--c", inner.item.color);
      mark.dataset.key = inner.item.key;
      mark.title = inner.item.label;
      mark.textContent = piece;
      mark.addEventListener("click", () => this.onHighlightClick?.(inner.item.key));
      el.append(mark);
    }
  }

  /** Marks `key` as current; `scroll` (anything but null) brings it into view. */
  show(key, scroll) {
    this.current = key;
    this.sheet.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
    const marks = this.sheet.querySelectorAll(`mark[data-key="${CSS.escape(key)}"]`);
    marks.forEach((m) => m.classList.add("current"));
    if (scroll !== null) marks[0]?.scrollIntoView({ block: "center" });
  }

  /** A text selection inside one paragraph becomes a proposed manual mask. */
  selected() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !this.onTextSelected) return;
    const range = sel.getRangeAt(0);
    const para = (n) => (n.nodeType === 1 ? n : n.parentElement)?.closest("p[data-index]");
    const p = para(range.startContainer);
    if (!p || p !== para(range.endContainer)) return;
    const offset = (node, at) => {
      const r = document.createRange();
      r.setStart(p, 0);
      r.setEnd(node, at);
      return chars(r.toString()).length;
    };
    const start = offset(range.startContainer, range.startOffset);
    const end = offset(range.endContainer, range.endOffset);
    if (end > start) this.onTextSelected(Number(p.dataset.index), start, end, range.toString());
  }

  destroy() {}
}
