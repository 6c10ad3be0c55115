import { parseDocument as parseHtml } from "htmlparser2";
import mammoth from "mammoth";
import { ExtractionError } from "./extraction-error";
import { findAll, plainText } from "./html-dom";
import { htmlToText } from "./html-to-text";
import { readZipEntries, ZipDamagedError, type ZipEntry } from "./inspect-zip";
import type { FrontMatterHints } from "../parse/front-matter";
import { looksLikePerson } from "../parse/names";
import { cleanText, splitAuthors } from "./metadata";
import { formatMegabytes } from "./size";
import type { Extracted, FileMetadata } from "./types";

const DAMAGED = "This DOCX file is damaged or not a Word document.";
/** Deflate can reach about 1000:1 on runs of one byte; real Word XML stays far below this. */
const MAX_RATIO = 200;
const MAX_ENTRIES = 10_000;

/**
 * Judged on the central directory alone, before anything is decompressed: the sizes an archive declares. A lying
 * archive is caught later, when readZipEntries holds each entry to its declared size.
 */
function checkArchive(entries: ZipEntry[], maxUnpackedBytes: number) {
  if (entries.length > MAX_ENTRIES) throw new ExtractionError(DAMAGED);
  if (entries.some((e) => e.encrypted)) {
    throw new ExtractionError("This DOCX file is encrypted. Remove the password in Word and upload it again.");
  }
  const bomb = entries.find(
    (e) => e.uncompressedSize > 1 << 20 && e.uncompressedSize / Math.max(1, e.compressedSize) > MAX_RATIO,
  );
  if (bomb) {
    throw new ExtractionError(
      `This DOCX file was not opened: one of its parts is compressed more than ${MAX_RATIO} to 1, as in a “zip bomb”.`,
    );
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > maxUnpackedBytes) {
    throw new ExtractionError(
      `This DOCX file unpacks to ${formatMegabytes(total)}; the limit is ${formatMegabytes(maxUnpackedBytes)}. Save it as PDF or split it, then upload it again.`,
    );
  }
}

function readCoreProperties(xml: Buffer | undefined): FileMetadata {
  if (!xml) return {};
  const doc = parseHtml(xml.toString("utf8"), { xmlMode: true });
  const value = (name: string) => {
    const el = findAll(doc, (e) => e.name.toLowerCase() === name)[0];
    return el ? cleanText(plainText(el)) : null;
  };
  return {
    title: value("dc:title"),
    // The account that made the file is often not a person's name: only names of people count.
    authors: splitAuthors(value("dc:creator")).filter(looksLikePerson),
    // When the file was created is not when the work was published.
    publishedOn: null,
    language: value("dc:language"),
  };
}

/**
 * DOCX via mammoth (the best-kept Word → HTML converter on npm; it keeps footnotes and endnotes as linked lists)
 * and then the same HTML → text path as uploaded pages. Images are never read, and mammoth's access to files a
 * document links to stays off.
 */
export async function extractDocx(
  bytes: Uint8Array,
  entries: ZipEntry[],
  maxUnpackedBytes: number,
): Promise<Omit<Extracted, "format">> {
  checkArchive(entries, maxUnpackedBytes);
  let parts: Map<string, Buffer>;
  try {
    // mammoth reads only XML parts (and images, which we skip): each is checked against its declared size first.
    parts = await readZipEntries(
      bytes,
      (name) => /\.(?:xml|rels)$/i.test(name),
      (name) => name === "docProps/core.xml",
    );
  } catch (error) {
    if (error instanceof ZipDamagedError) throw new ExtractionError(DAMAGED);
    throw error;
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: [
          "p[style-name='Title'] => h1.doc-title:fresh",
          "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
          "p[style-name='Author'] => p.doc-author:fresh",
          "p[style-name='Date'] => p.doc-date:fresh",
        ],
        convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch {
    throw new ExtractionError(DAMAGED);
  }
  const doc = parseHtml(html, { decodeEntities: true });
  // With a Title paragraph as "#", Word's "Heading 1" sections are one level below it.
  if (findAll(doc, (e) => e.name === "h1" && e.attribs.class === "doc-title").length > 0) {
    for (const h of findAll(doc, (e) => /^h[1-5]$/.test(e.name) && e.attribs.class !== "doc-title")) {
      h.name = `h${Number(h.name[1]) + 1}`;
    }
  }
  const text = htmlToText(doc);
  const core = readCoreProperties(parts.get("docProps/core.xml"));
  const styled = (name: string) => findAll(doc, (e) => e.attribs.class === name).map((e) => cleanText(plainText(e))).filter((t): t is string => t !== null);
  const [title] = styled("doc-title");
  const [subtitle] = styled("doc-subtitle");
  const authors = styled("doc-author").flatMap((a) => splitAuthors(a.replace(/^by\s+/i, "")));
  const hints: FrontMatterHints = {
    title: [
      ...(title ? [{ value: subtitle ? `${title}: ${subtitle}` : title, origin: "the document's Title paragraph" }] : []),
      ...(core.title ? [{ value: core.title, origin: "the document's properties" }] : []),
    ],
    authors: [
      ...(authors.length ? [{ value: authors, origin: "the document's Author paragraph" }] : []),
      ...(core.authors?.length ? [{ value: core.authors, origin: "the document's properties" }] : []),
    ],
  };
  return { ...core, hints, text };
}
