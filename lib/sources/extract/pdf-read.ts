import { getDocumentProxy } from "unpdf";
import { readGlyphs, wantsGlyphs, type Glyph } from "./pdf-diacritics";
import type { PdfItem, PdfPage } from "./pdf-lines";
import { horizontalRules, mayHaveSeparatedNotes } from "./pdf-rules";

export type PdfInfo = { title: string | null; author: string | null; created: string | null; language: string | null };
/** A text item and the font pdf.js drew it in (its name within the document): a fallback font's glyphs differ in it. */
export type ReadItem = PdfItem & { font: string };
/** A page's text items; and the glyphs it draws, where composing its letters needs them (pdf-diacritics). */
export type ReadPage = Omit<PdfPage, "items"> & { items: ReadItem[]; glyphs?: Glyph[] };
export type PdfRead = { ok: true; pages: ReadPage[]; info: PdfInfo } | { ok: false; problem: "password" | "damaged" };

type TextItem = { str: string; transform: number[]; width: number; fontName: string };

function toItem(item: TextItem): ReadItem | null {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  // Rotated text (margin stamps, watermarks) is not part of the running text.
  if (Math.abs(b) > 0.1 * Math.abs(a) || Math.abs(c) > 0.1 * Math.abs(d)) return null;
  return { str: item.str, x, y, width: item.width, size: Math.hypot(c, d), font: item.fontName };
}

/**
 * A PDF's text items and metadata, read with PDF.js through unpdf: no canvas, no network, no eval. Run in the
 * parse worker (read-pool.ts), whose time and memory limits stop a hostile or pathological file.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js may take ownership of the buffer it is given: it gets a copy.
    pdf = await getDocumentProxy(bytes.slice(), { isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    // PDF.js's exceptions are not Error subclasses; their name says what went wrong.
    return { ok: false, problem: (error as { name?: string } | null)?.name === "PasswordException" ? "password" : "damaged" };
  }
  try {
    const pages: ReadPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { height, width } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((i) => ("str" in i ? [toItem(i)].filter((x) => x !== null) : []));
      const glyphs = wantsGlyphs(items) ? await readGlyphs(page).catch(() => null) : null;
      pages.push({
        width,
        height,
        items,
        ...(mayHaveSeparatedNotes(items, height) ? { rules: await horizontalRules(page, width) } : {}),
        ...(glyphs ? { glyphs } : {}),
      });
      page.cleanup();
    }
    const { info, metadata } = await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const fields = (info ?? {}) as Record<string, unknown>;
    const pick = (key: string) => (typeof fields[key] === "string" ? (fields[key] as string) : null);
    const xmp = (key: string) => {
      const value: unknown = metadata?.get(key);
      return typeof value === "string" ? value : null;
    };
    return {
      ok: true,
      pages,
      info: { title: pick("Title") ?? xmp("dc:title"), author: pick("Author") ?? xmp("dc:creator"), created: pick("CreationDate"), language: pick("Language") },
    };
  } catch {
    return { ok: false, problem: "damaged" };
  } finally {
    await pdf.destroy();
  }
}
