// Reads a PDF's text items and metadata with PDF.js (through unpdf) in a
// worker thread, so that a hostile or pathological file can be stopped after a
// time limit and cannot exhaust the server's memory. Plain JavaScript: the
// server loads it from disk as it is, outside the app's bundles.
import { parentPort, workerData } from "node:worker_threads";
import { getDocumentProxy } from "unpdf";

/** @param {{ str: string; transform: number[]; width: number }} item */
function toItem(item) {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  // Rotated text (margin stamps, watermarks) is not part of the running text.
  if (Math.abs(b) > 0.1 * Math.abs(a) || Math.abs(c) > 0.1 * Math.abs(d)) return null;
  return { str: item.str, x, y, width: item.width, size: Math.hypot(c, d) };
}

async function read(bytes) {
  let pdf;
  try {
    pdf = await getDocumentProxy(bytes, { isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    // PDF.js's exceptions are not Error subclasses; their name says what went wrong.
    return { ok: false, problem: error && typeof error === "object" && error.name === "PasswordException" ? "password" : "damaged" };
  }
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { height, width } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((i) => ("str" in i ? [toItem(i)].filter((x) => x !== null) : []));
      pages.push({ width, height, items });
      page.cleanup();
    }
    const { info, metadata } = await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const field = (key) => {
      const value = metadata?.get(key);
      return typeof value === "string" ? value : null;
    };
    const pick = (key) => (typeof info?.[key] === "string" ? info[key] : null);
    return {
      ok: true,
      pages,
      info: { title: pick("Title") ?? field("dc:title"), author: pick("Author") ?? field("dc:creator"), created: pick("CreationDate"), language: pick("Language") },
    };
  } catch {
    return { ok: false, problem: "damaged" };
  } finally {
    await pdf.destroy();
  }
}

parentPort.postMessage(await read(workerData.bytes));
