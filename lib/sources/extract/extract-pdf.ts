import { getDocumentProxy } from "unpdf";
import { ExtractionError } from "./extraction-error";
import { cleanText, isoDay, splitAuthors } from "./metadata";
import { layoutPdf } from "./pdf-layout";
import type { PdfItem, PdfPage } from "./pdf-lines";
import type { Extracted } from "./types";

/** Titles that PDF writers fill in by themselves. */
const MACHINE_TITLE = /^(?:microsoft (?:word|powerpoint) - |untitled\b)|\.(?:docx?|pdf|indd|tex|rtf)$/i;

type TextItem = { str: string; transform: number[]; width: number };

function toItem(item: TextItem): PdfItem | null {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  // Rotated text (margin stamps, watermarks) is not part of the running text.
  if (Math.abs(b) > 0.1 * Math.abs(a) || Math.abs(c) > 0.1 * Math.abs(d)) return null;
  return { str: item.str, x, y, width: item.width, size: Math.hypot(c, d) };
}

/**
 * PDF via unpdf: PDF.js built for server runtimes, with no worker file to locate, no canvas and no network, so the
 * same code runs in tests and in a Next.js route. Layout (lines, paragraphs, markers, footnotes) is pdf-layout's.
 */
export async function extractPdf(bytes: Uint8Array): Promise<Omit<Extracted, "format">> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js may take ownership of the buffer it is given: it gets a copy.
    pdf = await getDocumentProxy(bytes.slice(), {
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch (error) {
    // PDF.js's exceptions are not Error subclasses; their name says what went wrong.
    if (error && typeof error === "object" && "name" in error && error.name === "PasswordException") {
      throw new ExtractionError("This PDF is password-protected. Remove the password and upload it again.");
    }
    throw new ExtractionError("This PDF file is damaged and can't be read.");
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const { height, width } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((i) => ("str" in i ? [toItem(i as TextItem)].filter((x) => x !== null) : []));
      pages.push({ width, height, items });
      page.cleanup();
    }
    if (!pages.some((p) => p.items.some((i) => i.str.trim()))) {
      throw new ExtractionError(
        "This PDF has no text layer — it looks like a scan. Run it through OCR first, then upload the result.",
      );
    }
    const { info, metadata } = await pdf.getMetadata().catch(() => ({ info: {}, metadata: null }));
    const dict = info as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === "string" ? cleanText(v) : null);
    const title = str(dict.Title) ?? str(metadata?.get("dc:title"));
    return {
      title: title && !MACHINE_TITLE.test(title) ? title : null,
      authors: splitAuthors(str(dict.Author) ?? str(metadata?.get("dc:creator"))),
      publishedOn: isoDay(str(dict.CreationDate)),
      language: str(dict.Language),
      text: layoutPdf(pages),
    };
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw new ExtractionError("This PDF file is damaged and can't be read.");
  } finally {
    await pdf.destroy();
  }
}
