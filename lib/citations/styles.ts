/**
 * The citation styles a brief can be printed in. `house` is Claimwork's own
 * (lib/briefs/citation-format.ts); the others are CSL styles run through
 * citeproc-js from the files vendored in ./styles. Safe to import anywhere:
 * no file is read here.
 */

export type CitationStyleKind = "note" | "in-text";

export type CitationStyle = {
  id: string;
  title: string;
  /** A note style cites in footnotes; an in-text style in brackets after the sentence. */
  kind: CitationStyleKind;
  /** The CSL file in ./styles; null for the house style. */
  file: string | null;
  /** The locale the style is written for (its terms, date forms and punctuation). */
  locale: "en-US" | "en-GB";
  /** The words joining an original to the source that cites it ("cited in"). */
  citedIn: string;
  bibliographyTitle: "Bibliography" | "References";
  /** A numbered style numbers only the works of its reference list, so an original is named in words, not cited. */
  numbered: boolean;
};

export const CITATION_STYLES = [
  { id: "house", title: "Claimwork house style", kind: "note", file: null, locale: "en-GB", citedIn: "cited in", bibliographyTitle: "Bibliography", numbered: false },
  {
    id: "chicago-note-bibliography",
    title: "Chicago (notes and bibliography), 17th ed.",
    kind: "note",
    // Full note at first citation, short note after, "Ibid." for the note immediately before (CMOS 17 §14.29–36).
    file: "chicago-fullnote-bibliography-with-ibid.csl",
    locale: "en-US",
    citedIn: "cited in",
    bibliographyTitle: "Bibliography",
    numbered: false,
  },
  { id: "apa", title: "APA, 7th ed.", kind: "in-text", file: "apa.csl", locale: "en-US", citedIn: "as cited in", bibliographyTitle: "References", numbered: false },
  {
    id: "harvard-cite-them-right",
    title: "Harvard (Cite Them Right), 12th ed.",
    kind: "in-text",
    file: "harvard-cite-them-right.csl",
    locale: "en-GB",
    citedIn: "cited in",
    bibliographyTitle: "References",
    numbered: false,
  },
  { id: "ieee", title: "IEEE", kind: "in-text", file: "ieee.csl", locale: "en-US", citedIn: "cited in", bibliographyTitle: "References", numbered: true },
] as const satisfies readonly CitationStyle[];

export type CitationStyleId = (typeof CITATION_STYLES)[number]["id"];

export const DEFAULT_CITATION_STYLE: CitationStyleId = "house";

export const CITATION_STYLE_IDS = CITATION_STYLES.map((style) => style.id) as [CitationStyleId, ...CitationStyleId[]];

export function isCitationStyleId(value: unknown): value is CitationStyleId {
  return typeof value === "string" && (CITATION_STYLE_IDS as string[]).includes(value);
}

export function citationStyle(id: CitationStyleId): CitationStyle {
  return CITATION_STYLES.find((style) => style.id === id)!;
}

/** "Choose one of: house, chicago-note-bibliography, …" for a 400. */
export const CHOOSE_STYLE_MESSAGE = `Choose a citation style: ${CITATION_STYLE_IDS.join(", ")}.`;

/** Where a brief's notes print. */
export const NOTE_PLACEMENTS = ["footnotes", "endnotes"] as const;
export type NotePlacement = (typeof NOTE_PLACEMENTS)[number];

export function isNotePlacement(value: unknown): value is NotePlacement {
  return typeof value === "string" && (NOTE_PLACEMENTS as readonly string[]).includes(value);
}

export const CHOOSE_NOTES_MESSAGE = "Choose where notes print: footnotes or endnotes.";
