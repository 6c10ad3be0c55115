import { decodeHtml, decodeText } from "./decode-text";
import { detectFormat } from "./detect-format";
import { extractDocx } from "./extract-docx";
import { extractHtml } from "./extract-html";
import { looksLikeMarkdown, markdownToText } from "./extract-markdown";
import { extractPdf } from "./extract-pdf";
import { ExtractionError } from "./extraction-error";
import { formatMegabytes, megabytes } from "./size";
import type { ExtractOptions, Extracted, UploadedFile } from "./types";

/**
 * Turns an uploaded file into text for parseDocument, plus the metadata the file states about itself. The size
 * limit is checked first, then the real type from the bytes against the name; every refusal is an
 * ExtractionError whose message can be shown as it is.
 */
export async function extractFile(file: UploadedFile, options: ExtractOptions = {}): Promise<Extracted> {
  const maxBytes = options.maxBytes ?? megabytes(20);
  const maxUnpackedBytes = options.maxUnpackedBytes ?? megabytes(100);
  const size = file.bytes.byteLength;
  if (size === 0) throw new ExtractionError("The file is empty.");
  if (size > maxBytes) {
    throw new ExtractionError(`The file is ${formatMegabytes(size)}; the limit is ${formatMegabytes(maxBytes)}.`);
  }

  const { format, sniffed } = await detectFormat(file);
  let extracted: Omit<Extracted, "format">;
  if (format === "pdf") {
    extracted = await extractPdf(file.bytes);
  } else if (format === "docx") {
    extracted = await extractDocx(file.bytes, sniffed.kind === "docx" ? sniffed.entries : [], maxUnpackedBytes);
  } else if (format === "html") {
    const html = decodeHtml(file.bytes);
    if (html === null) throw new ExtractionError("This HTML file could not be read as text.");
    extracted = extractHtml(html);
  } else {
    const text = decodeText(file.bytes);
    if (text === null) {
      throw new ExtractionError("This file is not valid UTF-8 text. Save it as UTF-8 and try again.");
    }
    // A .md is Markdown; a .txt is too when it reads like Markdown, unless the analyst asked for plain text.
    const markdown = format === "markdown" || (options.plainText !== true && looksLikeMarkdown(text));
    extracted = markdown ? { text: markdownToText(text), readAs: "markdown" } : { text, readAs: "text" };
  }

  const text = extracted.text.replace(/^\uFEFF/, "");
  if (!text.trim()) {
    throw new ExtractionError(
      format === "docx" ? "This Word document has no text in it." : "There is no text in this file.",
    );
  }
  return { format, ...extracted, text };
}
