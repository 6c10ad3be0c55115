import { decodeHtml, decodeText } from "./decode-text";
import { ExtractionError } from "./extraction-error";
import { listZipEntries, ZipDamagedError, type ZipEntry } from "./inspect-zip";
import type { Format, UploadedFile } from "./types";

export const SUPPORTED_TYPES =
  "Supported types are plain text (.txt), Markdown (.md), HTML (.html), Word (.docx) and PDF (.pdf).";

const BY_EXTENSION: Record<string, Format> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
  pdf: "pdf",
};
const BY_MIME: Record<string, Format> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};
const FORMAT_NAME: Record<Format, string> = {
  text: "a text file",
  markdown: "a Markdown file",
  html: "an HTML page",
  docx: "a Word document",
  pdf: "a PDF",
};
/** What to tell someone who uploads a type we don't read. */
const UNSUPPORTED_HINT: Record<string, string> = {
  doc: "Claimwork can't read old Word (.doc) files. Save it as .docx or PDF and upload that.",
  odt: "Claimwork can't read OpenDocument (.odt) files. Save it as .docx or PDF and upload that.",
  rtf: "Claimwork can't read Rich Text (.rtf) files. Save it as .docx or PDF and upload that.",
  pages: "Claimwork can't read Pages files. Export it as .docx or PDF and upload that.",
};

/** What the bytes really are. `docx` and friends come from the ZIP's listing, not from a name. */
export type Sniffed =
  | { kind: "pdf" }
  | { kind: "docx"; entries: ZipEntry[] }
  | { kind: "html" }
  | { kind: "text" }
  | { kind: "other"; what: string };

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x49, 0x49, 0x2a, 0x00], "a TIFF image"],
  [[0x4d, 0x4d, 0x00, 0x2a], "a TIFF image"],
  [[0x42, 0x4d], "a BMP image"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "an old-format Office file (.doc, .xls or .ppt)"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "a Rich Text (.rtf) file"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "a 7-Zip archive"],
  [[0x52, 0x61, 0x72, 0x21], "a RAR archive"],
  [[0x25, 0x21, 0x50, 0x53], "a PostScript file"],
  [[0x49, 0x44, 0x33], "an MP3 audio file"],
];

const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|base|script|style|article|main|section|div|p|h[1-6]|table|ul|ol|header|nav)[\s>/]/i;

function zipKind(entries: ZipEntry[]): Sniffed {
  const names = new Set(entries.map((e) => e.name));
  if (names.has("word/document.xml")) return { kind: "docx", entries };
  if (names.has("xl/workbook.xml")) return { kind: "other", what: "an Excel workbook (.xlsx)" };
  if (names.has("ppt/presentation.xml")) return { kind: "other", what: "a PowerPoint presentation (.pptx)" };
  if (names.has("mimetype") && names.has("content.xml")) return { kind: "other", what: "an OpenDocument file" };
  if (names.has("META-INF/container.xml")) return { kind: "other", what: "an EPUB e-book" };
  return { kind: "other", what: "a ZIP archive" };
}

export async function sniffFormat(bytes: Uint8Array): Promise<Sniffed> {
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return { kind: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    try {
      return zipKind(await listZipEntries(bytes));
    } catch (error) {
      if (error instanceof ZipDamagedError) return { kind: "other", what: "a damaged ZIP archive" };
      throw error;
    }
  }
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return { kind: "other", what: "a WebP image" };
  if (ascii(bytes, 4, 8) === "ftyp") {
    const brand = ascii(bytes, 8, 12);
    return { kind: "other", what: /hei|mif/.test(brand) ? "a HEIC image" : "a video or audio file" };
  }
  for (const [signature, what] of MAGIC) if (startsWith(bytes, signature)) return { kind: "other", what };
  // HTML may be in a legacy encoding (decodeHtml copes), so its start is read leniently.
  const head = bytes.subarray(0, 4096);
  if (!head.includes(0) && HTML_START.test(new TextDecoder().decode(head))) return { kind: "html" };
  if (decodeText(bytes) !== null) return { kind: "text" };
  return { kind: "other", what: "binary data, not text" };
}

function extensionOf(name: string): string | null {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** The format the file claims by its extension (else its MIME type), or null when it claims nothing we know. */
function claimedFormat(file: UploadedFile): { format: Format | null; extension: string | null } {
  const extension = extensionOf(file.name);
  if (extension) return { format: BY_EXTENSION[extension] ?? null, extension };
  const mime = file.type.split(";")[0]!.trim().toLowerCase();
  return { format: BY_MIME[mime] ?? null, extension: null };
}

function sniffedName(sniffed: Sniffed): string {
  return sniffed.kind === "other" ? sniffed.what : FORMAT_NAME[sniffed.kind];
}

/**
 * The format to extract `file` as: its name (or MIME type) and its bytes must agree. A file whose bytes are not
 * what its name says is refused, naming what it really is.
 */
export async function detectFormat(file: UploadedFile): Promise<{ format: Format; sniffed: Sniffed }> {
  const { format: claimed, extension } = claimedFormat(file);
  if (extension && !claimed) {
    throw new ExtractionError(
      UNSUPPORTED_HINT[extension] ?? `Claimwork can't read .${extension} files. ${SUPPORTED_TYPES}`,
    );
  }
  const sniffed = await sniffFormat(file.bytes);
  const actual = sniffed.kind === "other" ? null : sniffed.kind;
  const named = `This file is named “${file.name}” but it is`;

  if (claimed === null) {
    if (actual) return { format: actual, sniffed };
    throw new ExtractionError(`This file is ${sniffedName(sniffed)}. ${SUPPORTED_TYPES}`);
  }
  if (claimed === actual) return { format: claimed, sniffed };
  // Markdown and plain text may start with HTML; an .html file may start with text before its first tag.
  const textual = (f: Format | null) => f === "text" || f === "markdown" || f === "html";
  if (textual(claimed) && textual(actual)) return { format: claimed, sniffed };

  if (claimed === "docx" && sniffed.kind === "other") {
    if (sniffed.what.startsWith("an old-format Office file")) {
      throw new ExtractionError(
        "This Word file is password-protected or in the old .doc format. Remove the password or save it as .docx, then upload it again.",
      );
    }
    if (sniffed.what === "a damaged ZIP archive") {
      throw new ExtractionError("This DOCX file is damaged or not a Word document.");
    }
  }
  const notText = sniffed.kind === "other" && sniffed.what === "binary data, not text";
  // A page saved in a legacy encoding (windows-1252, Shift_JIS…) that starts with text rather than a tag.
  if (claimed === "html" && notText && decodeHtml(file.bytes) !== null) return { format: "html", sniffed };
  if (textual(claimed) && notText) {
    throw new ExtractionError(
      "This file is not valid UTF-8 text (it may be binary or saved in another encoding). Save it as UTF-8 and try again.",
    );
  }
  const fix = actual ? ` Rename it to .${actual === "text" ? "txt" : actual} and upload it again.` : "";
  throw new ExtractionError(`${named} ${sniffedName(sniffed)}, not ${FORMAT_NAME[claimed]}.${fix}`);
}
