import "server-only";
import { env } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { ExtractionError, type UploadedFile } from "./extract";
import type { ParsedDocument } from "./parse-document";
import { readInWorker } from "./read-pool";

export type DocumentInput = {
  text?: string | null;
  file?: UploadedFile | null;
  /** Read text as plain text even when it reads like Markdown ("read as plain text" in the preview). */
  plainText?: boolean;
};

export type PreparedDocument = {
  parsed: ParsedDocument;
  /** What the document says about itself; the analyst's fields win over these. */
  detected: { title: string | null; authors: string[]; publisher: string | null; publishedOn: string | null; url: string | null; language: string | null };
  /** Where each detected field came from, in words, for the preview. */
  origins: Partial<Record<"title" | "authors" | "publisher" | "publishedOn", string>>;
  original: { name: string; type: string; bytes: Uint8Array } | null;
  /** How text was read, when it was text: as Markdown or as plain text. */
  readAs: "markdown" | "text" | null;
};

const fileError = (message: string) => invalid(message, { file: [message] });

/** Reads pasted text or an uploaded file into a parsed document, in a parse worker. Nothing is stored. */
export async function prepareImport(input: DocumentInput): Promise<PreparedDocument> {
  const maxBytes = env().MAX_UPLOAD_MB * 1024 * 1024;
  const file = input.file && input.file.bytes.byteLength > 0 ? input.file : null;
  const pasted = input.text?.trim() ? input.text : null;
  if (file && pasted) throw invalid("Paste text or upload a file, not both.", { text: ["Paste text or upload a file, not both."] });
  if (!file && !pasted) throw invalid("Paste the text of the source, or choose a file.", { text: ["Paste the text of the source, or choose a file."] });
  if (pasted && Buffer.byteLength(pasted, "utf8") > maxBytes) {
    const message = `The text is longer than the ${env().MAX_UPLOAD_MB} MB limit.`;
    throw invalid(message, { text: [message] });
  }

  let read: Awaited<ReturnType<typeof readInWorker>>;
  try {
    read = await readInWorker(file ? { file, maxBytes, plainText: input.plainText === true } : { text: pasted! });
  } catch (error) {
    if (error instanceof ExtractionError) throw file ? fileError(error.message) : invalid(error.message, { text: [error.message] });
    throw error;
  }
  const { parsed, readAs } = read;
  if (!parsed.body.trim()) {
    const message = "The document has no readable text.";
    throw file ? fileError(message) : invalid(message, { text: [message] });
  }
  const fileName = file ? file.name.replace(/\.[a-z0-9]+$/i, "") : null;
  return {
    parsed,
    detected: {
      title: parsed.title ?? fileName,
      authors: parsed.authors,
      publisher: parsed.publisher,
      publishedOn: parsed.publishedOn,
      url: read.url,
      language: read.language,
    },
    origins: { ...parsed.origins, ...(parsed.title === null && fileName ? { title: "the file's name" } : {}) },
    readAs,
    original: file ? { name: file.name.slice(0, 255), type: file.type || "application/octet-stream", bytes: file.bytes } : null,
  };
}
