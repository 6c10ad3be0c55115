/**
 * What a reference's CSL item says beyond a source's own details, as label–value rows for
 * its page: the container, volume, issue, pages, edition, place, ISBN, DOI and date as
 * given. Pure: reads the stored JSON defensively, whatever an import put there.
 */
const ROWS: [string, string][] = [
  ["container-title", "In"],
  ["collection-title", "Series"],
  ["volume", "Volume"],
  ["issue", "Issue"],
  ["page", "Pages"],
  ["edition", "Edition"],
  ["number", "Number"],
  ["publisher-place", "Place"],
  ["ISBN", "ISBN"],
  ["ISSN", "ISSN"],
];

const TYPES: Record<string, string> = {
  "article-journal": "journal article",
  "article-newspaper": "newspaper article",
  "article-magazine": "magazine article",
  "paper-conference": "conference paper",
  "post-weblog": "blog post",
  legal_case: "legal case",
};

const asText = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value).trim() : "");

export function cslDetails(csl: unknown): { type: string | null; rows: [string, string][]; doi: string | null; issued: string | null } {
  const item = csl && typeof csl === "object" && !Array.isArray(csl) ? (csl as Record<string, unknown>) : {};
  const type = asText(item.type);
  const rows = ROWS.flatMap(([field, label]): [string, string][] => (asText(item[field]) ? [[label, asText(item[field])]] : []));
  const issued = item.issued && typeof item.issued === "object" ? (item.issued as { "date-parts"?: unknown; literal?: unknown }) : null;
  const parts = Array.isArray(issued?.["date-parts"]) && Array.isArray(issued["date-parts"][0]) ? (issued["date-parts"][0] as unknown[]).map(asText).filter(Boolean) : [];
  const date = parts.length ? parts.join("-") : asText(issued?.literal) || null;
  if (date) rows.push(["Date", date]);
  const doi = /10\.\d{4,9}\/\S+/i.exec(asText(item.DOI))?.[0] ?? null;
  return { type: type ? (TYPES[type] ?? type.replace(/[-_]/g, " ")) : null, rows, doi, issued: parts[0] ?? null };
}
