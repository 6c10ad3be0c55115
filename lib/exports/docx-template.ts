import JSZip from "jszip";
import { listZipEntries, ZipDamagedError } from "@/lib/sources/extract/inspect-zip";

/**
 * A project's Word template, read for a DOCX export: its styles (given to `docx` as
 * external styles, so that headings, Normal and footnote text are the house's), and its
 * theme, font table, numbering, default header and footer, which are grafted onto the
 * written document (see applyDocxTemplate). No database, no request.
 */
export type DocxTemplate = { zip: JSZip; styles: string };

/** The file is not a Word document Claimwork can use as a template; the message says why. */
export class DocxTemplateError extends Error {}

const MAIN_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
/** Far above any real template (a few hundred kilobytes unpacked, logos included): a bigger one is a ZIP bomb. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Numbering taken from a template gets ids above ours, so that neither overrides the other. */
const NUMBERING_OFFSET = 1000;

/**
 * Checks that the bytes are a Word document with a body and styles, not encrypted, not
 * Strict Open XML (whose namespaces Word's own documents do not use), and not a ZIP bomb.
 */
export async function checkDocxTemplate(bytes: Uint8Array): Promise<void> {
  let entries;
  try {
    entries = await listZipEntries(bytes);
  } catch (error) {
    if (error instanceof ZipDamagedError) throw new DocxTemplateError("The file is not a Word document (.docx): it could not be opened as one.");
    throw error;
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("word/document.xml")) throw new DocxTemplateError("The file is not a Word document (.docx): it has no word/document.xml.");
  if (!names.has("word/styles.xml")) throw new DocxTemplateError("The Word document has no styles (word/styles.xml), so it cannot be a template.");
  if (entries.some((e) => e.encrypted)) throw new DocxTemplateError("The Word document is encrypted: save it without a password first.");
  if (entries.reduce((sum, e) => sum + e.uncompressedSize, 0) > MAX_UNPACKED_BYTES) throw new DocxTemplateError("The Word document unpacks to more than 200 MB.");
  const template = await readDocxTemplate(bytes);
  const document = await template.zip.file("word/document.xml")!.async("string");
  if (document.includes(STRICT_NS) || template.styles.includes(STRICT_NS)) {
    throw new DocxTemplateError("The template is saved as Strict Open XML: save it in Word as a “Word Document (.docx)”.");
  }
  if (!template.styles.includes(MAIN_NS)) throw new DocxTemplateError("The template's word/styles.xml is not WordprocessingML.");
}

/** Opens a template once checked by checkDocxTemplate; its numbering ids are moved above ours. */
export async function readDocxTemplate(bytes: Uint8Array): Promise<DocxTemplate> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxTemplateError("The file is not a Word document (.docx): it could not be opened as one.");
  }
  const styles = await zip.file("word/styles.xml")?.async("string");
  if (styles === undefined) throw new DocxTemplateError("The Word document has no styles (word/styles.xml), so it cannot be a template.");
  return { zip, styles: offsetNumIds(styles) };
}

const offsetNumIds = (xml: string) => xml.replace(/(<w:numId\b[^>]*\bw:val=")(\d+)"/g, (_, head: string, id: string) => `${head}${Number(id) + NUMBERING_OFFSET}"`);

type Relationship = { id: string; type: string; target: string; external: boolean; xml: string };

const attr = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

function relationships(xml: string | undefined): Relationship[] {
  return [...(xml ?? "").matchAll(/<Relationship\b[^>]*\/>/g)].map(([element]) => ({
    id: attr(element, "Id") ?? "",
    type: attr(element, "Type") ?? "",
    target: attr(element, "Target") ?? "",
    external: attr(element, "TargetMode") === "External",
    xml: element,
  }));
}

/** A relationship's target as a path in the package, from the folder of the part it belongs to. */
function resolvePath(folder: string, target: string): string {
  const parts = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment && segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

const text = (zip: JSZip, path: string) => zip.file(path)?.async("string");

/** The part a document's relationship of the given type ending points at ("/theme"), if any. */
async function partOfType(zip: JSZip, typeEnding: string): Promise<string | undefined> {
  const rel = relationships(await text(zip, "word/_rels/document.xml.rels")).find((r) => r.type.endsWith(typeEnding) && !r.external);
  return rel ? resolvePath("word", rel.target) : undefined;
}

/** The default header or footer of the document's last (body) section, as a part path. */
async function defaultHeaderFooter(zip: JSZip, kind: "header" | "footer"): Promise<string | undefined> {
  const document = (await text(zip, "word/document.xml")) ?? "";
  const sections = [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  const last = sections.at(-1)?.[0] ?? "";
  const reference = [...last.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*/>`, "g"))].map((m) => m[0]).find((e) => attr(e, "w:type") === "default");
  const id = reference && attr(reference, "r:id");
  const rel = relationships(await text(zip, "word/_rels/document.xml.rels")).find((r) => r.id === id && !r.external);
  return rel ? resolvePath("word", rel.target) : undefined;
}

/** The top-level paragraphs of a header or footer written by `docx` (which nests none). */
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => m[0]);

const hasPageField = (xml: string) => /<w:instrText\b[^>]*>\s*PAGE\b|w:instr="\s*PAGE\b/.test(xml);

export type TemplateOptions = {
  /** The marking's paragraph in our header, to keep at the top of the template's header. */
  headerParagraphs: (ours: string[]) => string[];
  /** Our footer's paragraphs to keep, knowing whether the template's footer numbers its pages. */
  footerParagraphs: (ours: string[], templateHasPageNumber: boolean) => string[];
};

/**
 * Grafts the template onto a document written by `docx` with the template's styles: its
 * theme, font table and numbering, and its default header and footer (with their images
 * and other parts), into which our own header and footer paragraphs (the marking, page
 * numbers) are put back as `options` chooses. Body, footnotes, endnotes and bibliography
 * stay ours.
 */
export async function applyDocxTemplate(written: Buffer, template: DocxTemplate, options: TemplateOptions): Promise<Buffer> {
  const out = await JSZip.loadAsync(written);
  const source = template.zip;
  let contentTypes = (await text(out, "[Content_Types].xml")) ?? "";
  const templateTypes = (await text(source, "[Content_Types].xml")) ?? "";

  for (const [typeEnding, ourPath] of [
    ["/theme", "word/theme/theme1.xml"],
    ["/fontTable", "word/fontTable.xml"],
  ] as const) {
    const path = await partOfType(source, typeEnding);
    // A font table with relationships embeds fonts: ours stays rather than half of it.
    if (path && out.file(ourPath) && !source.file(relsPathOf(path))) out.file(ourPath, (await text(source, path))!);
  }

  const numberingPath = await partOfType(source, "/numbering");
  const ourNumbering = await text(out, "word/numbering.xml");
  if (numberingPath && ourNumbering) out.file("word/numbering.xml", mergeNumbering(ourNumbering, (await text(source, numberingPath)) ?? ""));

  let copied = 0;
  for (const kind of ["header", "footer"] as const) {
    const ourPart = await defaultHeaderFooter(out, kind);
    if (!ourPart) continue;
    const ourXml = (await text(out, ourPart)) ?? "";
    const templatePart = await defaultHeaderFooter(source, kind);
    const templateXml = templatePart ? await text(source, templatePart) : undefined;
    if (!templatePart || templateXml === undefined) continue;
    const root = kind === "header" ? "w:hdr" : "w:ftr";
    const ours = paragraphsOf(ourXml);
    const merged =
      kind === "header"
        ? templateXml.replace(new RegExp(`(<${root}\\b[^>]*>)`), (open) => open + options.headerParagraphs(ours).join(""))
        : templateXml.replace(`</${root}>`, options.footerParagraphs(ours, hasPageField(templateXml)).join("") + `</${root}>`);
    out.file(ourPart, merged);

    // The template part's own relationships (a logo, a hyperlink), with their targets copied beside ours.
    const rels = relationships(await text(source, relsPathOf(templatePart)));
    const folder = templatePart.slice(0, templatePart.lastIndexOf("/"));
    const ourFolder = ourPart.slice(0, ourPart.lastIndexOf("/"));
    const rewritten: string[] = [];
    for (const rel of rels) {
      if (rel.external) {
        rewritten.push(rel.xml);
        continue;
      }
      const from = resolvePath(folder, rel.target);
      const file = source.file(from);
      if (!file) continue;
      const name = from.slice(from.lastIndexOf("/") + 1);
      const to = `${ourFolder}/media/template-${++copied}-${name}`;
      out.file(to, await file.async("uint8array"));
      contentTypes = withContentType(contentTypes, templateTypes, from, to);
      rewritten.push(rel.xml.replace(/\sTarget="[^"]*"/, ` Target="${to.slice(ourFolder.length + 1)}"`));
    }
    out.file(
      relsPathOf(ourPart),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rewritten.join("")}</Relationships>`,
    );
  }
  out.file("[Content_Types].xml", contentTypes);
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Our content types, with what a part copied from the template needs: its extension's default, or its override. */
function withContentType(ours: string, template: string, from: string, to: string): string {
  const override = [...template.matchAll(/<Override\b[^>]*\/>/g)].map((m) => m[0]).find((e) => attr(e, "PartName") === `/${from}`);
  if (override) return ours.replace("</Types>", `<Override PartName="/${to}" ContentType="${attr(override, "ContentType")}"/></Types>`);
  const extension = to.slice(to.lastIndexOf(".") + 1).toLowerCase();
  const hasDefault = (xml: string) => [...xml.matchAll(/<Default\b[^>]*\/>/g)].find((m) => attr(m[0], "Extension")?.toLowerCase() === extension)?.[0];
  if (hasDefault(ours)) return ours;
  const fromTemplate = hasDefault(template);
  const type = (fromTemplate && attr(fromTemplate, "ContentType")) ?? "application/octet-stream";
  return ours.replace(/(<Types\b[^>]*>)/, `$1<Default Extension="${extension}" ContentType="${type}"/>`);
}

/**
 * Our numbering (the lists of the body) with the template's added under ids above ours,
 * so that a template's numbered headings keep their numbers. The schema wants every
 * abstract definition before the first instance.
 */
function mergeNumbering(ours: string, template: string): string {
  const shift = (xml: string, pattern: RegExp) => xml.replace(pattern, (_, head: string, id: string) => `${head}${Number(id) + NUMBERING_OFFSET}"`);
  const abstracts = [...template.matchAll(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g)].map((m) => shift(m[0], /(<w:abstractNum\b[^>]*\bw:abstractNumId=")(\d+)"/g));
  const instances = [...template.matchAll(/<w:num\b[^>]*>[\s\S]*?<\/w:num>/g)].map((m) =>
    shift(shift(m[0], /(<w:num\b[^>]*\bw:numId=")(\d+)"/g), /(<w:abstractNumId\b[^>]*\bw:val=")(\d+)"/g),
  );
  if (!abstracts.length && !instances.length) return ours;
  const firstNum = ours.search(/<w:num\b[^>]*w:numId=/);
  const withAbstracts = firstNum === -1 ? ours.replace("</w:numbering>", abstracts.join("") + "</w:numbering>") : ours.slice(0, firstNum) + abstracts.join("") + ours.slice(firstNum);
  return withAbstracts.replace("</w:numbering>", instances.join("") + "</w:numbering>");
}
