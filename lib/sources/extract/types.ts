import type { FrontMatterHints } from "../parse/front-matter";

export type Format = "text" | "markdown" | "html" | "docx" | "pdf";

export type UploadedFile = {
  name: string;
  /** The browser's MIME type: untrusted, often empty or "application/octet-stream". */
  type: string;
  bytes: Uint8Array;
};

/** Metadata a file states about itself (HTML meta tags, DOCX core properties, the PDF info dictionary). */
export type FileMetadata = {
  title?: string | null;
  authors?: string[];
  /** YYYY-MM-DD */
  publishedOn?: string | null;
  url?: string | null;
  language?: string | null;
};

export type Extracted = FileMetadata & {
  format: Format;
  /** What the format's structure and metadata say about the front matter, strongest clue first (see front-matter.ts). */
  hints?: FrontMatterHints;
  /** How a text file was read: as Markdown (a .md, or a .txt that reads like Markdown) or as plain text. */
  readAs?: "markdown" | "text";
  /** Markdown-ish text for parseDocument: headings as "#" lines, paragraphs separated by blank lines. */
  text: string;
};

export type ExtractOptions = {
  /** Largest file accepted, checked before anything is parsed. Default 20 MB. */
  maxBytes?: number;
  /** Largest total a DOCX may unpack to. Default 100 MB. */
  maxUnpackedBytes?: number;
  /** Read a text file as plain text even when it reads like Markdown. */
  plainText?: boolean;
};
