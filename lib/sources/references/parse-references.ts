import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { z } from "zod";

/**
 * A reference library as exported by Zotero, Mendeley, EndNote or JabRef — CSL-JSON,
 * BibTeX/biblatex or RIS — read into CSL-JSON items. Pure: no database.
 */
export const REFERENCE_FORMATS = { csl: "CSL-JSON", bibtex: "BibTeX", ris: "RIS" } as const;
export type ReferenceFormat = keyof typeof REFERENCE_FORMATS;

/** More than a reference manager's whole library rarely holds for one project: a bigger file is a mistake. */
export const MAX_REFERENCES = 2000;

/** The file could not be read as references; the message says where, when the parser knows. */
export class ReferencesError extends Error {}

const text = z.union([z.string(), z.number().transform(String)]);
const name = z.looseObject({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() });
const datePart = z.union([z.number(), z.string().regex(/^-?\d+$/).transform(Number)]);
const date = z.looseObject({
  "date-parts": z.array(z.array(datePart)).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
});

/** A CSL-JSON item as Claimwork reads it; every other field is kept as it came. */
export const cslItemSchema = z.looseObject({
  id: text.optional(),
  type: z.string().optional(),
  title: text.optional(),
  author: z.array(name).optional(),
  editor: z.array(name).optional(),
  publisher: text.optional(),
  "container-title": text.optional(),
  issued: date.optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
  language: z.string().optional(),
});
export type CslInput = z.infer<typeof cslItemSchema>;

/** Which format a file is in: by its extension, else by how it begins. */
export function detectFormat(fileName: string | null | undefined, content: string): ReferenceFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (extension === "json") return "csl";
  if (extension === "bib" || extension === "bibtex") return "bibtex";
  if (extension === "ris") return "ris";
  const start = content.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("[") || start.startsWith("{")) return "csl";
  if (/^TY {2}- /m.test(start.slice(0, 2000))) return "ris";
  if (/^(%[^\n]*\n\s*)*@/.test(start)) return "bibtex";
  throw new ReferencesError("The file is not CSL-JSON (.json), BibTeX (.bib) or RIS (.ris).");
}

function readCsl(content: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new ReferencesError(`The CSL-JSON could not be read: ${error instanceof Error ? error.message : "it is not JSON"}.`);
  }
  // Zotero exports an array; a single item or { items: [...] } are accepted too.
  if (Array.isArray(data)) return data;
  if (data && typeof data === "object" && Array.isArray((data as { items?: unknown }).items)) return (data as { items: unknown[] }).items;
  if (data && typeof data === "object") return [data];
  throw new ReferencesError("The CSL-JSON must be an array of items.");
}

function readWithCitationJs(content: string, format: "bibtex" | "ris"): unknown[] {
  try {
    return plugins.input.chain(content, { target: "@csl/list+object", forceType: format === "bibtex" ? "@biblatex/text" : "@ris/file", generateGraph: false });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]!.trim() : "it could not be parsed";
    throw new ReferencesError(`The ${REFERENCE_FORMATS[format]} file could not be read: ${message}`);
  }
}

/** The file's references as CSL items, in the file's order. */
export function parseReferences(content: string, fileName?: string | null): { format: ReferenceFormat; items: CslInput[] } {
  // PostgreSQL stores no NUL character, in text or in JSON: none is part of a reference.
  const clean = content.replace(/^\uFEFF/, "").replace(/\u0000/g, "");
  const format = detectFormat(fileName, clean);
  const raw = format === "csl" ? readCsl(clean) : readWithCitationJs(clean, format);
  if (raw.length === 0) throw new ReferencesError(`No references were found in the ${REFERENCE_FORMATS[format]} file.`);
  if (raw.length > MAX_REFERENCES) throw new ReferencesError(`The file has ${raw.length.toLocaleString("en")} references: import at most ${MAX_REFERENCES.toLocaleString("en")} at a time.`);
  const items = raw.map((item, index) => {
    const parsed = cslItemSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? ` (${issue.path.join(".")})` : "";
      throw new ReferencesError(`Reference ${index + 1} is not a CSL-JSON item${where}: ${issue.message}`);
    }
    const { _graph, ...rest } = parsed.data as CslInput & { _graph?: unknown };
    void _graph;
    return rest as CslInput;
  });
  return { format, items };
}
