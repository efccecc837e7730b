// Builds dist/, the folder the Tauri shell embeds: the app's own files from src/ as they
// are (plain ES modules, no bundler), and the parts of pdf.js the viewer loads (the
// library, its worker, the standard fonts and CMaps for PDFs that do not embed them, and
// the image decoders). Run by `npm run build` after `npm ci`.
import { cpSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const pdfjs = join(here, "node_modules", "pdfjs-dist");
if (!existsSync(pdfjs)) {
  console.error("ui/node_modules/pdfjs-dist saknas: kör `npm ci` i ui/ först.");
  process.exit(1);
}
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "vendor", "pdfjs"), { recursive: true });
cpSync(join(here, "src"), dist, { recursive: true });
for (const file of ["legacy/build/pdf.min.mjs", "legacy/build/pdf.worker.min.mjs", "LICENSE"]) {
  cpSync(join(pdfjs, file), join(dist, "vendor", "pdfjs", file.split("/").pop()));
}
for (const folder of ["standard_fonts", "cmaps", "wasm"]) {
  cpSync(join(pdfjs, folder), join(dist, "vendor", "pdfjs", folder), { recursive: true });
}
console.log("ui/dist byggd");
