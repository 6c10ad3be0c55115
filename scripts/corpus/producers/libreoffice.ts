/** Producers that open the pandoc-made ODT in LibreOffice (headless) and save it as HTML, DOCX or PDF. */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CorpusText } from "../spec";
import { epochOf, patchZip, run, stabilisePdf, workDir, WORK_DIR } from "../tools";
import { makeOdt } from "./pandoc";

/** Converts with a profile of its own, so a LibreOffice the user has open is not disturbed. */
function convert(odt: string, filter: string, ext: string, slug: string): string {
  const outDir = workDir(slug, `soffice-${ext}`);
  rmSync(path.join(outDir, path.basename(odt).replace(/\.odt$/, `.${ext}`)), { force: true });
  run("soffice", [
    `-env:UserInstallation=file://${WORK_DIR}/libreoffice-profile`,
    "--headless",
    "--norestore",
    "--nologo",
    "--convert-to",
    filter,
    "--outdir",
    outDir,
    odt,
  ]);
  return path.join(outDir, path.basename(odt).replace(/\.odt$/, `.${ext}`));
}

const stamp = (text: CorpusText) => `${text.date}T12:00:00`;

/** `html-libreoffice`: Writer's HTML export, with its sdfootnote/sdendnote anchors. */
export async function htmlLibreoffice(text: CorpusText, out: string): Promise<void> {
  const file = convert(await makeOdt(text), "html:HTML (StarWriter)", "html", text.slug);
  const html = readFileSync(file, "utf8")
    .replace(/(<meta name="(?:created|changed)" content=")[^"]*"/g, `$1${stamp(text)}.000000000"`)
    .replace(/(<meta name="changedby" content=")[^"]*"/g, `$1${text.authors[0]}"`);
  writeFileSync(out, html);
}

/** `docx-libreoffice`: Writer's Word 2007–365 export (footnotes, or endnotes). */
export async function docxLibreoffice(text: CorpusText, out: string): Promise<void> {
  const file = convert(await makeOdt(text), "docx:MS Word 2007 XML", "docx", text.slug);
  writeFileSync(out, readFileSync(file));
  await patchZip(out, new Date(epochOf(text.date) * 1000), {
    "docProps/core.xml": (xml) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp(text)}Z`),
    "docProps/app.xml": (xml) => xml.replace(/<TotalTime>\d+<\/TotalTime>/, "<TotalTime>42</TotalTime>"),
  });
}

/** `pdf-libreoffice`: Writer's PDF export: A4, page footnotes or endnotes, running header, "Page n of m". */
export async function pdfLibreoffice(text: CorpusText, out: string): Promise<void> {
  const file = convert(await makeOdt(text), "pdf:writer_pdf_Export", "pdf", text.slug);
  writeFileSync(out, readFileSync(file));
  stabilisePdf(out, text.date, `${text.slug}:libreoffice`);
}
