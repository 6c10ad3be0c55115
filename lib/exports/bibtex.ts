import type { CslDate, CslItem, CslName } from "./csl";

/**
 * CSL items as BibTeX, readable by BibTeX, biber/biblatex, Zotero and JabRef: classic
 * entry types, UTF-8 text with LaTeX's special characters escaped, titles and
 * organisations braced so that styles keep their capitals, and keys unique in the file.
 */
const ENTRY_TYPES: Record<string, string> = {
  report: "techreport",
  book: "book",
  chapter: "incollection",
  "paper-conference": "inproceedings",
  thesis: "phdthesis",
  "article-journal": "article",
  "article-newspaper": "article",
  "article-magazine": "article",
  legislation: "misc",
  webpage: "misc",
  document: "misc",
  article: "misc",
};

/** CSL fields written as BibTeX fields of their own, when an imported item has them. */
const EXTRA_FIELDS: [string, string][] = [
  ["volume", "volume"],
  ["issue", "number"],
  ["page", "pages"],
  ["edition", "edition"],
  ["publisher-place", "address"],
  ["DOI", "doi"],
  ["ISBN", "isbn"],
  ["ISSN", "issn"],
];

const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value).trim() : "");

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\^{}",
  "~": "\\~{}",
};

export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => SPECIAL[c]!).replace(/\s+/g, " ").trim();
}

/** A URL is written verbatim (biblatex's url field), but braces would break the entry. */
const escapeUrl = (url: string) => url.replace(/[{}\s\\]/g, (c) => encodeURIComponent(c));

function name(n: CslName): string {
  if ("literal" in n) return `{${escapeBibtex(n.literal)}}`;
  return n.given ? `${escapeBibtex(n.family)}, ${escapeBibtex(n.given)}` : escapeBibtex(n.family);
}

function dateParts(date: CslDate | undefined): number[] | null {
  return date && "date-parts" in date ? (date["date-parts"][0].filter((p) => p !== undefined) as number[]) : null;
}

/** A readable key: first author's family name (or first title word), year and a title word, ASCII only. */
function baseKey(item: CslItem): string {
  const ascii = (s: string) => s.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "");
  const first = item.author?.[0];
  const who = first ? ("literal" in first ? first.literal.split(/\s+/).slice(0, 2).join("") : first.family) : "";
  const words = item.title.split(/\s+/).map(ascii).filter((w) => w.length > 3);
  const year = dateParts(item.issued)?.[0];
  const key = `${ascii(who).toLowerCase() || words[0]?.toLowerCase() || "item"}${year ?? ""}${words[0] && who ? words[0].toLowerCase() : ""}`;
  return key.slice(0, 40) || "item";
}

/** BibTeX for the items, in order; each key unique (a second "doe2024laos" becomes "doe2024laosb"). */
export function toBibtex(items: CslItem[]): string {
  const used = new Set<string>();
  const entries = items.map((item) => {
    const base = baseKey(item);
    let key = base;
    for (let i = 1; used.has(key); i++) key = `${base}${i < 26 ? String.fromCharCode(97 + i) : i}`;
    used.add(key);

    const type = ENTRY_TYPES[item.type] ?? "misc";
    const fields: [string, string][] = [["title", `{${escapeBibtex(item.title)}}`]];
    if (item.author?.length) fields.push(["author", item.author.map(name).join(" and ")]);
    const container = text(item["container-title"]);
    const containerField = type === "article" ? "journal" : type === "incollection" || type === "inproceedings" ? "booktitle" : null;
    if (container && containerField) fields.push([containerField, escapeBibtex(container)]);
    if (item.publisher && !(type === "article" && container)) {
      const field = type === "techreport" ? "institution" : type === "article" ? "journal" : "publisher";
      fields.push([field, escapeBibtex(item.publisher)]);
    }
    // What a reference manager's item has beyond Claimwork's own fields.
    for (const [csl, bib] of EXTRA_FIELDS) {
      const value = text(item[csl]);
      if (value) fields.push([bib, csl === "DOI" ? escapeUrl(value) : escapeBibtex(csl === "page" ? value.replace(/\s*[-–—]+\s*/g, "--") : value)]);
    }
    const date = dateParts(item.issued);
    if (date?.[0]) fields.push(["year", String(date[0])]);
    if (date?.[1]) fields.push(["month", MONTHS[date[1] - 1]!]);
    if (date?.[2]) fields.push(["day", String(date[2])]);
    if (item.issued && "literal" in item.issued) fields.push(["date", escapeBibtex(item.issued.literal)]);
    if (item.URL) {
      fields.push(["url", escapeUrl(item.URL)]);
      if (type === "misc") fields.push(["howpublished", `\\url{${escapeUrl(item.URL)}}`]);
    }
    if (item.language) fields.push(["language", escapeBibtex(item.language)]);
    if (item.note) fields.push(["note", escapeBibtex(item.note)]);
    // Month macros go bare; every other value is braced.
    const body = fields.map(([field, value]) => `  ${field} = ${field === "month" ? value : `{${value}}`}`).join(",\n");
    return `@${type}{${key},\n${body}\n}`;
  });
  return entries.length ? `${entries.join("\n\n")}\n` : "";
}
