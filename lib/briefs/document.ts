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
  /** An in-text citation of an author–date or numeric style: "(JICA, 2024, as cited in Kanya, 2025)", "[3]". */
  | { kind: "citation"; text: string }
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
export type Footnote = { n: number; text: string; url?: string | null; runs?: StyledRun[] };

/** A run of a note or bibliography entry as its citation style sets it (titles in italics, …). */
export type StyledRun = { text: string; italic?: boolean; bold?: boolean; smallCaps?: boolean; superscript?: boolean };

/** One entry of the bibliography: its plain text, and its runs when the style sets some in italics. */
export type BibliographyEntry = { text: string; runs?: StyledRun[] };

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

/**
 * What the optional Sources annex (lib/briefs/sources-annex.ts) says of one source the brief cites, through a
 * claim or directly: an ICD 206 source descriptor, every field already in words.
 */
export type SourceDescriptor = {
  n: number;
  title: string;
  /** The kind in words: "News", "Official statement". */
  kind: string;
  /** "B — Usually reliable: Minor doubt about …", or "Not graded yet". */
  reliability: string;
  /** "23 January 2025", or "Not dated". */
  published: string;
  /** "https://…, imported into Claimwork on 4 March 2026", or "File imported into Claimwork on 4 March 2026". */
  access: string;
  url: string | null;
  /** "Retracted on 5 March 2026: …"; null: it stands. */
  retraction: string | null;
  /** How many of the brief's claims rest on it. */
  claims: number;
  /** How many judgments rest on it (none exist yet; printed only when there are some). */
  judgments: number;
  /** Cited directly in the text (`[[source:…]]`), not only through claims. */
  direct: boolean;
};

/** A claim of the brief whose corroboration group has one independent origin. */
export type SingleOriginClaim = {
  paraphrase: string;
  /** The origin's label: "Lao News Agency, 23 January 2025". */
  origin: string;
  /** Distinct sources reporting it. */
  reports: number;
  /** With more than one report: "2 reports, 1 origin: Lao News Agency, 23 January 2025" (circular reporting). */
  circular: string | null;
};

/** The optional Sources annex: the ICD 206 source summary statement, a descriptor per source, the single-origin claims. */
export type SourcesAnnex = {
  statement: string;
  sources: SourceDescriptor[];
  singleOrigin: SingleOriginClaim[];
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
  /** One entry per source cited, in the order and form of the citation style. */
  bibliography: BibliographyEntry[];
  /** "Bibliography", or "References" in the author–date and numeric styles. */
  bibliographyTitle: string;
  /** Where the notes print: at the foot of the page that cites them, or together at the end. */
  notes: "footnotes" | "endnotes";
  /** The handling marking printed at the top and bottom of every page ("OFFICIAL-SENSITIVE"); null: none. */
  marking: string | null;
  appendix: AppendixClaim[] | null;
  /** The Sources annex, when asked for. */
  sources: SourcesAnnex | null;
};
