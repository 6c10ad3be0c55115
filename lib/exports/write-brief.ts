import type { BriefDocument } from "@/lib/briefs/document";
import { writeBriefDocx, type DocxOptions } from "./brief-docx";
import { writeBriefHtml } from "./brief-html";
import { writeBriefMarkdown } from "./brief-markdown";
import { writeBriefPdf } from "./brief-pdf";

export const BRIEF_FORMATS = ["docx", "pdf", "md", "html"] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

export type BriefFile = { body: Buffer | string; contentType: string; extension: string };

export function isBriefFormat(value: unknown): value is BriefFormat {
  return typeof value === "string" && (BRIEF_FORMATS as readonly string[]).includes(value);
}

/**
 * A brief in one of the export formats, from the one document model the preview uses too,
 * so that numbering and wording agree everywhere. No database, no request: the caller
 * checks rights and builds the document.
 */
export async function writeBrief(document: BriefDocument, format: BriefFormat, options: { docx?: DocxOptions } = {}): Promise<BriefFile> {
  switch (format) {
    case "docx":
      return { body: await writeBriefDocx(document, options.docx), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" };
    case "pdf":
      return { body: await writeBriefPdf(document), contentType: "application/pdf", extension: "pdf" };
    case "md":
      return { body: writeBriefMarkdown(document), contentType: "text/markdown; charset=utf-8", extension: "md" };
    case "html":
      return { body: writeBriefHtml(document), contentType: "text/html; charset=utf-8", extension: "html" };
  }
}
