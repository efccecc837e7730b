// The web editor's view: an exported PDF with its audit note, verified (the PDF's hash,
// every signature, whether the signers are trusted), the decisions summary, the masks the
// secretary overrode and why, the people to notify before publication; and approval.

import { PdfViewer } from "./viewer.js";

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

export class VerifyView {
  constructor({ invoke, say, failed, progress, showReview, ruleTitle }) {
    Object.assign(this, { invoke, say, failed, progress, showReview, ruleTitle });
    this.viewer = new PdfViewer($("visare-publicerad"), { label: "Exporterad PDF, sida" });
    $("knapp-oppna-publicerad").addEventListener("click", () => this.choose());
    $("knapp-tillbaka").addEventListener("click", () => this.showReview());
  }

  show() {
    $("granskning").hidden = true;
    $("webbredaktor").hidden = false;
    if (!this.pdf) this.render(null);
    $("knapp-oppna-publicerad").focus();
  }

  async choose() {
    try {
      const pdf = await this.invoke("choose_file", { dialog: "published" });
      if (pdf) await this.open(pdf, null);
    } catch (e) {
      this.failed(e);
    }
  }

  async open(pdf, note) {
    this.show();
    this.pdf = pdf;
    this.note = note;
    try {
      const inspection = await this.invoke("inspect", { pdf, note });
      this.render(inspection);
      const bytes = await this.invoke("read_pdf", { path: pdf });
      await this.viewer.load(new Uint8Array(bytes));
    } catch (e) {
      this.render(null);
      this.failed(e);
    }
  }

  async approve() {
    try {
      const inspection = await this.invoke("approve", { pdf: this.pdf, note: this.note });
      this.render(inspection);
      if (inspection.approved) this.say("Godkänd och signerad. Dokumentet kan publiceras.", true);
    } catch (e) {
      this.failed(e);
    }
  }

  render(v) {
    const box = $("verifiering");
    if (!v) {
      box.replaceChildren(el("p", { textContent: "Öppna en exporterad PDF; granskningsanteckningen (.audit.json) bredvid den läses och verifieras." }));
      return;
    }
    const good = v.valid;
    const verdict = el("p", {
      id: "verifiering-resultat",
      className: `verdict ${good ? "good" : "bad"}`,
      textContent: !v.pdf_matches
        ? "Ogiltig: PDF:en är inte den som granskningsanteckningen beskriver (den har ändrats efter exporten)."
        : !good
          ? "Ogiltig: en signatur stämmer inte."
          : v.trusted
            ? (v.approved ? "Giltig och godkänd: alla signaturer stämmer och är betrodda." : "Giltig: PDF:en och alla signaturer stämmer, signerarna är betrodda.")
            : "Giltig, men minst en signerare är inte betrodd (importera nyckeln med maskera trust).",
    });
    const n = v.note;
    const signatures = el("table", {},
      el("thead", {}, el("tr", {}, ...["Signerare", "Roll", "Syfte", "Tid", "Nyckel", "Status"].map((t) => el("th", { textContent: t })))),
      el("tbody", {}, ...v.signatures.map((s) => el("tr", {},
        el("td", { textContent: s.signer }), el("td", { textContent: s.role }), el("td", { textContent: s.purpose }),
        el("td", { textContent: s.time }), el("td", { textContent: s.fingerprint }),
        el("td", { textContent: `${s.valid ? "giltig" : "OGILTIG"}${s.trusted ? ", betrodd" : ", ej betrodd"}` })))));
    const counts = el("table", {},
      el("thead", {}, el("tr", {}, ...["Regel", "Kandidater", "Maskerade", "Behållna", "Egna"].map((t) => el("th", { textContent: t })))),
      el("tbody", {}, ...Object.entries(n.counts).map(([rule, c]) => el("tr", {},
        el("td", { textContent: this.ruleTitle(rule) }), el("td", { textContent: c.candidates }), el("td", { textContent: c.masked }),
        el("td", { textContent: c.kept }), el("td", { textContent: c.manual })))));
    const overrides = n.entries.filter((e) => e.suggestion !== e.decision);
    const overrideList = overrides.length
      ? el("ul", {}, ...overrides.map((e) => el("li", {
        textContent: `${this.ruleTitle(e.rule)}, sida ${e.place.page}: förslaget ${e.suggestion === "mask" ? "maskera" : "behåll"} ändrades till ${e.decision === "mask" ? "maskera" : "behåll"}${e.reason ? ` — skäl: ${e.reason}` : ""} (${e.reviewer})`,
      })))
      : el("p", { textContent: "Inga förslag ändrades." });
    const notices = n.underrattelse.length
      ? el("ul", {}, ...n.underrattelse.map((u) => el("li", { textContent: `${u.text} (${this.ruleTitle(u.rule)})${u.reason ? ` — ${u.reason}` : ""}` })))
      : el("p", { textContent: "Ingen enskild behöver underrättas." });
    const secrecy = n.secrecy.length
      ? el("ul", {}, ...n.secrecy.map((s) => el("li", { textContent: `${s.section}: sekretess enligt ${s.provision}` })))
      : el("p", { textContent: "Inga paragrafer under sekretess." });
    const approve = el("button", {
      id: "knapp-godkann",
      className: "primary",
      textContent: v.approved ? "Redan godkänd" : "Godkänn och signera",
      disabled: !good || v.approved,
    });
    approve.addEventListener("click", () => this.approve());
    box.replaceChildren(
      verdict,
      el("p", { textContent: `Källa: ${n.source.name}. Exporterad PDF: ${n.output.name}. Regelbok ${n.rulebook.id} ${n.rulebook.version}.` }),
      el("h3", { textContent: "Signaturer" }), signatures,
      el("h3", { textContent: "Beslut per regel" }), counts,
      el("h3", { textContent: `Ändrade förslag (${overrides.length})` }), overrideList,
      el("h3", { textContent: `Underrättelse krävs före publicering (${n.underrattelse.length})` }), notices,
      el("h3", { textContent: "Sekretess" }), secrecy,
      el("p", {}, approve),
    );
  }
}
