/** `pdf-chromium`: the html-cms page printed by headless Chromium, with the browser's header and footer. */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CorpusText } from "../spec";
import { pdfPages, run, stabilisePdf, workDir, WORK_DIR } from "../tools";
import { htmlCms } from "./html";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Prints file://…/html-cms.html as a browser's "Save as PDF" does by default: the date and the page
 * title at the top of each page, the URL and "n/m" at the bottom. The page is copied to a fixed
 * place first so the printed URL is the same on every run. The printed date and time come from the
 * clock, so a file that differs from the committed one only in them is left as it was.
 */
export function pdfChromium(text: CorpusText, out: string): void {
  const dir = workDir(text.slug);
  const page = path.join(dir, "html-cms.html");
  writeFileSync(page, htmlCms(text));
  const pdf = path.join(dir, "chromium.pdf");
  rmSync(pdf, { force: true });
  run(CHROMIUM, [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-extensions",
    `--user-data-dir=${WORK_DIR}/chromium-profile`,
    `--print-to-pdf=${pdf}`,
    `file://${page}`,
  ]);
  stabilisePdf(pdf, text.date, `${text.slug}:chromium`);
  if (existsSync(out) && printedText(out) === printedText(pdf)) return;
  writeFileSync(out, readFileSync(pdf));
}

/** The pages' text without the print date and time in the header ("12/5/26, 12:36 AM"). */
const printedText = (file: string) =>
  pdfPages(file)
    .map((p) => p.replace(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2}\s?[AP]M/m, ""))
    .join("\f");
