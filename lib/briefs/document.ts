/**
 * A brief ready to leave Claimwork: its Markdown resolved into blocks, with
 * each referenced claim rendered as its paraphrase and a numbered footnote.
 * One model feeds every export (DOCX, PDF, Markdown, HTML) and the preview, so
 * that they cannot disagree on numbering or wording.
 */

/** Inline content of a paragraph, heading, list item or table cell. */
export type Inline =
  | { kind: "text"; text: string; bold?: boolean; italic?: boolean; code?: boolean; strike?: boolean }
  | { kind: "link"; url: string; children: Inline[] }
  /** A footnote reference: `n` is the number of the footnote in `BriefDocument.footnotes`. */
  | { kind: "footnote"; n: number }
  /** A claim reference that could not be resolved (deleted, or not of this project). */
  | { kind: "missing-claim"; ref: string }
  | { kind: "break" };

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { kind: "paragraph"; children: Inline[] }
  | { kind: "list"; ordered: boolean; items: Block[][] }
  | { kind: "quote"; children: Block[] }
  | { kind: "code"; text: string }
  | { kind: "table"; header: Inline[][]; rows: Inline[][][] }
  | { kind: "rule" };

/**
 * A footnote: a claim's source, formatted as a reference ("Author, “Title”,
 * Publisher, date, URL"), and where the claim relies on a footnote of that
 * source, that original citation ("cited in").
 */
export type Footnote = { n: number; text: string; url?: string | null };

/** A row of the optional appendix: one claim used in the brief. */
export type AppendixClaim = {
  n: number;
  paraphrase: string;
  quote: string;
  source: string;
  reliability: string;
  status: string;
  reviewer: string | null;
  credibility: number;
};

export type BriefDocument = {
  title: string;
  summary: string;
  audience: string;
  /** e.g. "Approved by Kenji Sato on 28 November 2026", or "Draft". */
  status: string;
  authors: string[];
  date: string;
  blocks: Block[];
  footnotes: Footnote[];
  /** One entry per source cited, sorted, formatted like the footnotes. */
  bibliography: string[];
  appendix: AppendixClaim[] | null;
};
