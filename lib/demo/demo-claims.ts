/**
 * The demo workspace's claims on the Laos–Japan commentary, at every stage a
 * team's claims go through, and the draft brief written from the verified
 * ones. Quotes are exact passages of lib/demo/laos-japan-commentary.md; notes
 * are the commentary's footnote numbers the claim relies on.
 */
type Verdict = "VERIFIED" | "DISPUTED" | "NEEDS_EVIDENCE";

export type DemoClaim = {
  quote: string;
  paraphrase: string;
  themes: string[];
  notes: string[];
  credibility: number;
  /** "draft": never submitted; "assigned": submitted and waiting for the reviewer; else the reviewer's verdict. */
  review: "draft" | "assigned" | { verdict: Verdict; rationale: string };
  /** Comments after the review, in order; "@other" mentions the other person. */
  discussion?: { by: "owner" | "reviewer"; body: string }[];
};

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    quote: "raised Laos–Japan relations to a Comprehensive Strategic Partnership",
    paraphrase:
      "In January 2025 Laos and Japan raised their relations to a Comprehensive Strategic Partnership and agreed to new channels for foreign-policy and defence consultation.",
    themes: ["Strategic autonomy", "Rules-based order"],
    notes: ["1"],
    credibility: 2,
    review: { verdict: "VERIFIED", rationale: "The Yomiuri report of the 21 January summit says so, and the MOFA summary of the meeting agrees." },
  },
  {
    quote: "Tokyo's official development assistance now runs at roughly US$90–100 million a year",
    paraphrase: "Japanese official development assistance to Laos runs at roughly US$90–100 million a year.",
    themes: ["Development assistance (ODA)"],
    notes: ["4"],
    credibility: 2,
    review: { verdict: "VERIFIED", rationale: "Within the range of MOFA's basic data on recent annual ODA disbursements to Laos." },
  },
  {
    quote: "China is Laos's largest foreign investor",
    paraphrase: "China is the largest foreign investor in Laos.",
    themes: ["China balancing", "Trade & investment"],
    notes: ["5"],
    credibility: 2,
    review: { verdict: "VERIFIED", rationale: "Confirmed by Lao planning-ministry figures reported in the cited Laotian Times piece." },
  },
  {
    quote: "Tokyo pledged a grant of up to ¥2.836 billion to expand the passenger terminal and repair ageing taxiways and aprons",
    paraphrase:
      "In October 2024 Japan pledged a grant of up to ¥2.836 billion to expand Wattay International Airport's passenger terminal and repair its taxiways and aprons.",
    themes: ["Infrastructure & connectivity", "Development assistance (ODA)"],
    notes: ["7"],
    credibility: 2,
    review: { verdict: "VERIFIED", rationale: "The grant amount and scope match the exchange of notes as reported; it is a grant, not a loan." },
  },
  {
    quote: "the new partnership is less a counterweight to China than a balancing weight",
    paraphrase: "The partnership gives Laos a balancing weight beside China rather than a counterweight to it.",
    themes: ["China balancing", "Strategic autonomy"],
    notes: [],
    credibility: 6,
    review: {
      verdict: "DISPUTED",
      rationale: "This is the author's judgement, not a finding: nothing in the notes supports it. Quote it as the commentary's view, not as fact.",
    },
    discussion: [
      { by: "owner", body: "Agreed that it is an opinion. @other, would you keep it if the brief attributes it to the author?" },
      { by: "reviewer", body: "Yes, attributed and marked as the author's assessment. I would still not put it in the key judgements." },
    ],
  },
  {
    quote: "headline inflation that averaged about 31 per cent in 2023",
    paraphrase: "Headline inflation in Laos averaged about 31 per cent in 2023.",
    themes: ["Trade & investment"],
    notes: ["10"],
    credibility: 3,
    review: { verdict: "NEEDS_EVIDENCE", rationale: "Check the figure against the table in the World Bank monitor itself before we use it." },
  },
  {
    quote: "a grant agreement worth more than US$8.2 million was signed to build teacher development centres in nine provinces",
    paraphrase: "In February 2025 Japan signed a grant of more than US$8.2 million for teacher development centres in nine Lao provinces.",
    themes: ["Education & human resources", "Development assistance (ODA)"],
    notes: ["8"],
    credibility: 2,
    review: "assigned",
  },
  {
    quote: "Japan's grassroots programme committed US$67,900 to a clean-water system for a village in Xieng Khouang province",
    paraphrase: "Japan's grassroots grant programme committed US$67,900 to a village clean-water system in Xieng Khouang.",
    themes: ["Humanitarian (UXO, water, health)"],
    notes: ["9"],
    credibility: 3,
    review: "draft",
  },
];

/** `{n}` stands for the n-th verified claim, in the order above. */
export const DEMO_BRIEF = {
  title: "Laos–Japan: what the partnership upgrade buys",
  summary: "The January 2025 upgrade adds little money but gives Laos a credible second partner beside China.",
  audience: "Southeast Asia desk",
  body: [
    "## Key judgements",
    "",
    "{0}",
    "",
    "Japan's aid is steady rather than growing: {1} Its weight in Laos comes from grants and long-running technical cooperation, not from volume.",
    "",
    "## China's weight",
    "",
    "{2} Japan will not match that scale, and it is likely that Vientiane keeps both partners close rather than choosing between them.",
    "",
    "## Infrastructure",
    "",
    "{3} Grants matter more than loans for a government that must stabilise its public finances; further Japanese projects could possibly follow the same model.",
    "",
  ].join("\n"),
};
