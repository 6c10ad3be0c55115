import type { BriefDocument } from "@/lib/briefs/document";
import { typesetInWorker } from "./pdf-pool";

/**
 * The brief as a PDF, typeset by Typst (lib/exports/typst/brief.typ) from the brief as data: a title
 * block; notes at the foot of the page that cites them, or numbered under "Notes" at the end; the
 * bibliography; the optional appendix on a landscape page; the handling marking at the top and bottom
 * of every page; "Page n of m"; the title as a running header; bookmarks from the headings; Noto fonts
 * for Latin, Lao, Thai, Khmer, Burmese, Japanese, Chinese and Korean, embedded and subset; tagged.
 */
export function writeBriefPdf(document: BriefDocument): Promise<Buffer> {
  return typesetInWorker(document);
}
