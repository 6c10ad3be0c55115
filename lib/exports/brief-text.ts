import type { AppendixClaim, Inline, SingleOriginClaim, SourceDescriptor } from "@/lib/briefs/document";

/** What every format prints where a brief refers to a claim that no longer resolves. */
export const MISSING_CLAIM = "[missing claim]";

/** The words of inline content with no formatting: for titles, alt texts and plain cells. */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case "text":
          return inline.text;
        case "link":
          return inlineText(inline.children);
        case "footnote":
          return `[${inline.n}]`;
        case "citation":
          return inline.text;
        case "missing-claim":
          return MISSING_CLAIM;
        case "break":
          return "\n";
      }
    })
    .join("");
}

/** The appendix's columns, in the order every format prints them. */
export const APPENDIX_COLUMNS = ["No.", "Claim", "Quote", "Source", "Reliability", "Status", "Reviewer", "Credibility"] as const;

export function appendixRow(claim: AppendixClaim): string[] {
  return [
    String(claim.n),
    claim.paraphrase,
    `“${claim.quote}”`,
    claim.source,
    claim.reliability,
    claim.status,
    claim.reviewer ?? "—",
    String(claim.credibility),
  ];
}

/** The lines of the title block under the title, each only when it has something to say. */
export function titleBlockLines(document: { summary: string; audience: string; authors: string[]; date: string; status: string }): [string, string][] {
  const lines: [string, string][] = [];
  if (document.audience) lines.push(["Audience", document.audience]);
  if (document.authors.length) lines.push([document.authors.length > 1 ? "Authors" : "Author", document.authors.join(", ")]);
  if (document.date) lines.push(["Date", document.date]);
  if (document.status) lines.push(["Status", document.status]);
  return lines;
}

/** The Sources annex's headings, the same in every format. */
export const SOURCES_TITLE = "Sources";
export const SOURCE_DESCRIPTORS_TITLE = "Source descriptors";
export const SINGLE_ORIGIN_TITLE = "Claims resting on a single origin";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** What rests on a source: "2 claims of this brief", "cited directly", judgments only when there are some. */
function basis(source: SourceDescriptor): string {
  const parts = [source.claims ? `${count(source.claims, "claim")} of this brief` : null, source.direct ? "cited directly" : null, source.judgments ? count(source.judgments, "judgment") : null];
  const text = parts.filter(Boolean).join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A source descriptor's lines under its title, label and value, in the order every format prints them. */
export function sourceDescriptorLines(source: SourceDescriptor): [string, string][] {
  const lines: [string, string][] = [
    ["Type", source.kind],
    ["Reliability", source.reliability],
    ["Published", source.published],
    ["Access", source.access],
  ];
  if (source.retraction) lines.push(["Status", source.retraction]);
  lines.push(["Rests on it", basis(source)]);
  return lines;
}

/** "Laos pledged more. — 1 origin: Lao News Agency, 23 January 2025", or with its reports, "(circular reporting)". */
export function singleOriginLine(claim: SingleOriginClaim): string {
  return `${claim.paraphrase.trim()} — ${claim.circular ? `${claim.circular} (circular reporting)` : `1 origin: ${claim.origin}`}`;
}
