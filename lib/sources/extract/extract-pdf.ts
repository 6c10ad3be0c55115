import { ExtractionError } from "./extraction-error";
import { looksLikePerson } from "../parse/names";
import { cleanText, splitAuthors } from "./metadata";
import { composeDiacritics, restoreLostLetters } from "./pdf-diacritics";
import { layoutPdf } from "./pdf-layout";
import { readPdf } from "./pdf-read";
import type { Extracted } from "./types";

/** Titles that PDF writers fill in by themselves. */
const MACHINE_TITLE = /^(?:microsoft (?:word|powerpoint) - |untitled\b)|\.(?:docx?|pdf|indd|tex|rtf)$/i;

const DAMAGED = "This PDF file is damaged and can't be read.";

/** PDF text with its layout (lines, paragraphs, markers, footnotes) worked out by pdf-layout, and the metadata the file gives. */
export async function extractPdf(bytes: Uint8Array): Promise<Omit<Extracted, "format">> {
  const answer = await readPdf(bytes);
  if (!answer.ok) {
    throw new ExtractionError(answer.problem === "password" ? "This PDF is password-protected. Remove the password and upload it again." : DAMAGED);
  }
  const { info } = answer;
  const pages = restoreLostLetters(answer.pages.map(composeDiacritics));
  if (!pages.some((p) => p.items.some((i) => i.str.trim()))) {
    throw new ExtractionError("This PDF has no text layer — it looks like a scan. Run it through OCR first, then upload the result.");
  }
  const str = (v: string | null) => (v === null ? null : cleanText(v));
  const infoTitle = str(info.title);
  const title = infoTitle && !MACHINE_TITLE.test(infoTitle) ? infoTitle : null;
  // A PDF writer's Author is often the account that made the file: only names of people count.
  const authors = splitAuthors(str(info.author)).filter(looksLikePerson);
  const layout = layoutPdf(pages);
  return {
    title,
    authors,
    // The file's creation date is when it was made or printed, never when the work was published.
    publishedOn: null,
    language: str(info.language),
    hints: {
      title: [
        ...(layout.largest ? [{ value: layout.largest, origin: "the largest type on the first page" }] : []),
        ...(title ? [{ value: title, origin: "the PDF's document properties" }] : []),
      ],
      authors: authors.length ? [{ value: authors, origin: "the PDF's document properties" }] : [],
    },
    text: layout.text,
  };
}
