import { StyledCitations } from "@/lib/citations/brief-citations";
import type { CitableSource } from "@/lib/citations/csl-items";
import { citationStyle, DEFAULT_CITATION_STYLE, type CitationStyleId, type NotePlacement } from "@/lib/citations/styles";
import { gradeText } from "@/lib/sources/labels";
import { WITHHELD } from "@/lib/markings/withhold";
import type { NoteForCitation, SourceForCitation } from "./citation-fields";
import { formatBibliography, formatClaimFootnote, formatLongDate } from "./citation-format";
import type { AppendixClaim, BibliographyEntry, BriefDocument, Footnote, Inline } from "./document";
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
  /** A null reliability: the source is not graded yet. Its kind and imported CSL-JSON, when loaded, shape its reference in a CSL style. */
  source: SourceForCitation & { reliability: string | null; kind?: string | null; csl?: unknown };
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

export type RenderBriefOptions = {
  appendix?: boolean;
  /** The citation style (lib/citations/styles.ts); the house style by default. */
  style?: CitationStyleId;
  /** Where the notes print; footnotes by default. */
  notes?: NotePlacement;
  /** The sources the body cites directly (`[[source:<id>]]`), scoped to the brief's project by the caller. */
  sources?: Iterable<CitableSource>;
  /** Sources cited directly that are withheld at the brief's marking: they print as "[withheld]", not as missing. */
  withheldSources?: ReadonlySet<string>;
};

type Marks = { bold?: boolean; italic?: boolean; strike?: boolean };

/**
 * Resolves a brief's Markdown into the document every export and the preview
 * are drawn from. Each claim token becomes the claim's paraphrase and its
 * citation: a footnote in the house style and the note styles, a citation in
 * brackets after it in the author–date and numeric styles. A source token
 * cites a source on its own. A token whose claim or source is not given
 * (deleted, or of another project) becomes a visible missing marker.
 * Pure: the caller loads the claims and sources, scoped to the brief's project.
 */
export function renderBrief(brief: BriefForRender, claims: Iterable<BriefClaim>, options: RenderBriefOptions = {}): BriefDocument {
  const byId = new Map([...claims].map((claim) => [claim.id, claim]));
  const sources = new Map([...(options.sources ?? [])].map((source) => [source.id, source]));
  const style = citationStyle(options.style ?? DEFAULT_CITATION_STYLE);
  const styled = style.file ? new StyledCitations({ ...style, file: style.file }) : null;
  const numbering = new FootnoteNumbering();
  const used: { claim: BriefClaim; n: number }[] = [];
  const usedIds = new Set<string>();
  const citedSources: CitableSource[] = [];

  const blocks = markdownToBlocks(brief.body, {
    claim: (claimId, marks): Inline[] => {
      const claim = byId.get(claimId);
      if (!claim) return [{ kind: "missing-claim", ref: claimId }];
      if (!styled) {
        const n = numbering.number(formatClaimFootnote(claim.source, claim.notes), claim.source.url);
        if (!usedIds.has(claim.id)) {
          usedIds.add(claim.id);
          used.push({ claim, n });
        }
        return [{ kind: "text", text: claim.paraphrase.trim(), ...marks }, { kind: "footnote", n }];
      }
      const { n, inline } = styled.cite(claim.source, claim.notes);
      if (!usedIds.has(claim.id)) {
        usedIds.add(claim.id);
        used.push({ claim, n: n ?? used.length + 1 });
      }
      if (style.kind === "note") return [{ kind: "text", text: claim.paraphrase.trim(), ...marks }, inline];
      return citedSentence(claim.paraphrase.trim(), marks, inline);
    },
    source: (sourceId): Inline[] => {
      const source = sources.get(sourceId);
      if (!source) return options.withheldSources?.has(sourceId) ? [{ kind: "text", text: WITHHELD }] : [{ kind: "missing-claim", ref: `source:${sourceId}` }];
      if (styled) return [styled.cite(source, []).inline];
      citedSources.push(source);
      return [{ kind: "footnote", n: numbering.number(formatClaimFootnote(source, []), source.url) }];
    },
    note: (label, text): Inline[] => {
      if (text === null) return [{ kind: "text", text: `[^${label}]` }];
      return [{ kind: "footnote", n: styled ? styled.note(text) : numbering.number(text) }];
    },
  });

  let footnotes: Footnote[];
  let bibliography: BibliographyEntry[];
  if (styled) ({ footnotes, bibliography } = styled.finish());
  else {
    footnotes = numbering.footnotes;
    bibliography = formatBibliography([...used.map((u) => u.claim.source), ...citedSources]).map((text) => ({ text }));
  }

  return {
    title: brief.title,
    summary: brief.summary,
    audience: brief.audience,
    status: statusLine(brief),
    authors: brief.authors,
    date: formatLongDate(brief.status === "APPROVED" && brief.approvedAt ? brief.approvedAt : brief.updatedAt),
    blocks,
    footnotes,
    bibliography,
    bibliographyTitle: style.bibliographyTitle,
    notes: options.notes ?? "footnotes",
    marking: null,
    appendix: options.appendix ? used.map(({ claim, n }) => appendixRow(claim, n)) : null,
    // Built from the claims' origins, which the caller loads: lib/briefs/sources-annex.ts.
    sources: null,
  };
}

/** "Japan pledged more." cited in the text: "Japan pledged more (JICA, 2024)." — the citation inside the sentence's full stop. */
function citedSentence(paraphrase: string, marks: Marks, citation: Inline): Inline[] {
  const stop = /[.!?]+$/.exec(paraphrase)?.[0] ?? "";
  const words = paraphrase.slice(0, paraphrase.length - stop.length).trimEnd();
  const out: Inline[] = [{ kind: "text", text: `${words} `, ...marks }, citation];
  if (stop) out.push({ kind: "text", text: stop, ...marks });
  return out;
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
