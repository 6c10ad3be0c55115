import type { AppendixClaim, Inline } from "@/lib/briefs/document";

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
