/**
 * A claim as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): the
 * paraphrase as a describing body, each theme as a tagging body, the review status and
 * credibility as an assessing body, and the quoted words as TextQuote and TextPosition
 * selectors on the source.
 */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export type AnnotatableClaim = {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  sourceVersion: number;
  paraphrase: string;
  credibility: number;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  source: { id: string; title: string; url: string | null };
  author: { id: string; name: string };
  themes: { theme: { name: string } }[];
};

type Links = { claim: string; source: string; user: (id: string) => string };

export function claimAnnotation(claim: AnnotatableClaim, links: Links, labels: { status: string; credibility: string }) {
  return {
    id: links.claim,
    type: "Annotation",
    motivation: "describing",
    created: claim.createdAt.toISOString(),
    modified: claim.updatedAt.toISOString(),
    creator: { id: links.user(claim.author.id), type: "Person", name: claim.author.name },
    body: [
      { type: "TextualBody", purpose: "describing", value: claim.paraphrase, format: "text/plain", language: "en" },
      ...claim.themes.map(({ theme }) => ({ type: "TextualBody", purpose: "tagging", value: theme.name })),
      { type: "TextualBody", purpose: "assessing", value: `${labels.status}; credibility ${claim.credibility} (${labels.credibility})`, format: "text/plain" },
    ],
    target: {
      // The positions count characters of the text Claimwork keeps of the source (the
      // version the claim was anchored on); the quote and its context find the words anywhere.
      source: claim.source.url ?? links.source,
      ...(claim.source.url ? { scope: links.source } : {}),
      selector: [
        { type: "TextQuoteSelector", exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix },
        { type: "TextPositionSelector", start: claim.start, end: claim.end },
      ],
    },
  };
}
