import { extractFile, ExtractionError, type UploadedFile } from "./extract";
import { parseDocument, type FrontMatterHints, type ParsedDocument } from "./parse-document";
import type { FileMetadata } from "./extract/types";

export type ReadRequest =
  | { text: string }
  | { file: UploadedFile; maxBytes: number; plainText: boolean };

/** What reading gives back: plain data, so that it crosses from the parse worker as it is. */
export type ReadAnswer =
  | {
      ok: true;
      parsed: ParsedDocument;
      /** How a text file was read: as Markdown or as plain text; null for other formats and pasted text. */
      readAs: "markdown" | "text" | null;
      url: string | null;
      language: string | null;
    }
  | { ok: false; message: string };

/** The metadata a file states about itself, as the weakest clues for the front matter. */
function metadataHints(metadata: FileMetadata): FrontMatterHints {
  const origin = "the file's own metadata";
  return {
    title: metadata.title ? [{ value: metadata.title, origin }] : [],
    authors: metadata.authors?.length ? [{ value: metadata.authors, origin }] : [],
    publishedOn: metadata.publishedOn ? [{ value: metadata.publishedOn, origin }] : [],
  };
}

/**
 * Reads pasted text or a file into a parsed document: the file's text and clues by format (extract/), then its
 * front matter, body, notes and back matter (parse-document). Pure work on the input, with no database and no
 * environment, so that it runs in the parse worker (read-pool.ts). A file that cannot be read answers its reason.
 */
export async function readDocument(request: ReadRequest): Promise<ReadAnswer> {
  if ("text" in request) {
    // Pasted text is read as it is typed: its "#" headings and "[^1]" notes as Markdown writes them, and every
    // other character kept (only a file that reads like Markdown is read as Markdown).
    return { ok: true, parsed: parseDocument(request.text), readAs: null, url: null, language: null };
  }
  try {
    const extracted = await extractFile(request.file, { maxBytes: request.maxBytes, plainText: request.plainText });
    const parsed = parseDocument(extracted.text, { hints: extracted.hints ?? metadataHints(extracted) });
    return { ok: true, parsed, readAs: extracted.readAs ?? null, url: extracted.url ?? null, language: extracted.language ?? null };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, message: error.message };
    throw error;
  }
}
