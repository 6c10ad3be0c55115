import { gradeText } from "@/lib/sources/labels";
import type { NoteForCitation, SourceForCitation } from "./citation-fields";
import { formatBibliography, formatClaimFootnote, formatLongDate } from "./citation-format";
import type { AppendixClaim, BriefDocument, Inline } from "./document";
import { FootnoteNumbering } from "./footnote-numbering";
import { markdownToBlocks } from "./markdown-to-blocks";

/** A claim as a brief needs it: what it says, where it comes from, how far it can be trusted. */
export type BriefClaim = {
  id: string;
  paraphrase: string;
  exact: string;
  status: string;
  orphaned: boolean;
  credibility: number;
  /** A null reliability: the source is not graded yet. */
  source: SourceForCitation & { reliability: string | null };
  /** The source's own footnotes the claim relies on. */
  notes: NoteForCitation[];
  /** Who gave the latest verdict, if anyone. */
  reviewer: string | null;
};

export type BriefForRender = {
  title: string;
  summary: string;
  audience: string;
  body: string;
  status: "DRAFT" | "IN_REVIEW" | "APPROVED";
  authors: string[];
  approvedBy: string | null;
  approvedAt: Date | null;
  updatedAt: Date;
};

/**
 * Resolves a brief's Markdown into the document every export and the preview
 * are drawn from. Each claim token becomes the claim's paraphrase and a
 * footnote citing its source; a token whose claim is not among `claims`
 * (deleted, or of another project) becomes a visible missing-claim marker.
 * Pure: the caller loads the claims, scoped to the brief's project.
 */
export function renderBrief(brief: BriefForRender, claims: Iterable<BriefClaim>, options: { appendix?: boolean } = {}): BriefDocument {
  const byId = new Map([...claims].map((claim) => [claim.id, claim]));
  const numbering = new FootnoteNumbering();
  const used: { claim: BriefClaim; n: number }[] = [];
  const usedIds = new Set<string>();

  const blocks = markdownToBlocks(brief.body, {
    claim: (claimId, marks): Inline[] => {
      const claim = byId.get(claimId);
      if (!claim) return [{ kind: "missing-claim", ref: claimId }];
      const n = numbering.number(formatClaimFootnote(claim.source, claim.notes), claim.source.url);
      if (!usedIds.has(claim.id)) {
        usedIds.add(claim.id);
        used.push({ claim, n });
      }
      return [{ kind: "text", text: claim.paraphrase.trim(), ...marks }, { kind: "footnote", n }];
    },
    note: (label, text): Inline[] => {
      if (text === null) return [{ kind: "text", text: `[^${label}]` }];
      return [{ kind: "footnote", n: numbering.number(text) }];
    },
  });

  return {
    title: brief.title,
    summary: brief.summary,
    audience: brief.audience,
    status: statusLine(brief),
    authors: brief.authors,
    date: formatLongDate(brief.status === "APPROVED" && brief.approvedAt ? brief.approvedAt : brief.updatedAt),
    blocks,
    footnotes: numbering.footnotes,
    bibliography: formatBibliography(used.map((u) => u.claim.source)).map((text) => ({ text })),
    bibliographyTitle: "Bibliography",
    notes: "footnotes",
    marking: null,
    appendix: options.appendix ? used.map(({ claim, n }) => appendixRow(claim, n)) : null,
  };
}

function statusLine(brief: BriefForRender): string {
  if (brief.status === "APPROVED") {
    const by = brief.approvedBy ? ` by ${brief.approvedBy}` : "";
    const on = brief.approvedAt ? ` on ${formatLongDate(brief.approvedAt)}` : "";
    return `Approved${by}${on}`;
  }
  return brief.status === "IN_REVIEW" ? "In review" : "Draft";
}

function appendixRow(claim: BriefClaim, n: number): AppendixClaim {
  return {
    n,
    paraphrase: claim.paraphrase,
    quote: claim.exact,
    source: claim.source.title,
    reliability: gradeText(claim.source.reliability),
    status: claim.status,
    reviewer: claim.reviewer,
    credibility: claim.credibility,
  };
}
