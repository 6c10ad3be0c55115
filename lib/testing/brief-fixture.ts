/**
 * A brief with everything the writers must handle — several claims and footnotes, a reused
 * footnote, a missing claim, nested and ordered lists, a table, a quote, code, links, hostile
 * text and the glyphs analysts type (curly quotes, dashes, ¥, é, ō) — long enough to run over
 * several PDF pages. Used by tests only.
 */
import type { Block, BriefDocument, Inline, SourcesAnnex } from "@/lib/briefs/document";

const t = (text: string, style: { bold?: boolean; italic?: boolean; code?: boolean; strike?: boolean } = {}): Inline => ({ kind: "text", text, ...style });
const fn = (n: number): Inline => ({ kind: "footnote", n });

export const FOOTNOTES = [
  {
    n: 1,
    text: "Jane Doe, “Laos’s debt trap”, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos.",
    url: "https://www.chathamhouse.org/2024/02/laos",
  },
  {
    n: 2,
    text: "Ministry of Foreign Affairs of Japan, “Japan–Laos Summit Meeting”, 12 March 2025; cited in: Kōno Tarō, “ODA to the Mekong”, JICA, 2024.",
    url: null,
  },
  { n: 3, text: "World Bank, “Lao Economic Monitor — May 2024”, World Bank, May 2024, https://www.worldbank.org/lao." },
];

const filler = (i: number): Block => ({
  kind: "paragraph",
  children: [
    t(
      `Paragraph ${i}. Japan’s grant of ¥2.836 billion for the Wattay terminal sits beside a long record of official development assistance — roads, bridges, schools and the Nam Ngum dam — which Vientiane’s officials describe as patient, predictable and free of the conditions that trouble other lenders. Analysts in Tōkyō and at the café near the Patuxai note that the partnership’s value lies less in its size than in its steadiness.`,
    ),
  ],
});

export function sampleBrief(overrides: Partial<BriefDocument> = {}): BriefDocument {
  const blocks: Block[] = [
    { kind: "heading", level: 1, children: [t("Key judgements")] },
    {
      kind: "paragraph",
      children: [
        t("Laos is "),
        t("very likely", { bold: true }),
        t(" to remain dependent on Chinese credit"),
        fn(1),
        t(", while Japan offers "),
        t("quality infrastructure", { italic: true }),
        t(" as an alternative"),
        fn(2),
        t(". See "),
        { kind: "link", url: "https://www.mofa.go.jp/region/asia-paci/laos/", children: [t("the ministry’s page")] },
        t(" for the summit text."),
      ],
    },
    { kind: "paragraph", children: [t("A claim that was deleted reads "), { kind: "missing-claim", ref: "claim:gone" }, t(" in every export.")] },
    {
      kind: "list",
      ordered: false,
      items: [
        [{ kind: "paragraph", children: [t("Debt: public debt passed 100% of GDP"), fn(3)] }],
        [
          { kind: "paragraph", children: [t("Aid: the grant is the largest since 2015"), fn(1)] },
          { kind: "list", ordered: true, items: [[{ kind: "paragraph", children: [t("First nested step")] }], [{ kind: "paragraph", children: [t("Second nested step")] }]] },
        ],
      ],
    },
    { kind: "heading", level: 2, children: [t("Figures")] },
    {
      kind: "table",
      header: [[t("Donor")], [t("Commitment")], [t("Year")]],
      rows: [
        [[t("Japan")], [t("¥2.836 billion"), fn(2)], [t("2025")]],
        [[t("China")], [t("US$5.9 billion")], [t("2021")]],
      ],
    },
    { kind: "quote", children: [{ kind: "paragraph", children: [t("“Connectivity is the key,” the minister said.")] }] },
    { kind: "code", text: "debt_ratio = 1.08" },
    { kind: "rule" },
    { kind: "heading", level: 2, children: [t("Background")] },
    ...Array.from({ length: 24 }, (_, i) => filler(i + 1)),
    { kind: "list", ordered: true, items: [[{ kind: "paragraph", children: [t("Watch the 2026 budget"), { kind: "break" }, t("and the ADB review")] }], [{ kind: "paragraph", children: [t("Brief the minister", { strike: true })] }]] },
  ];
  return {
    title: "Laos–Japan relations: “quality” over quantity",
    summary: "Japan’s aid to Laos is steady; its weight against Chinese credit is limited.",
    audience: "Director, Southeast Asia Division",
    status: "Approved by Kenji Sato on 28 November 2026",
    authors: ["Mai Phommachanh", "Renée Dubois"],
    date: "28 November 2026",
    blocks,
    footnotes: FOOTNOTES,
    bibliography: [
      { text: "Doe, Jane. “Laos’s debt trap”. Chatham House, 3 February 2024. https://www.chathamhouse.org/2024/02/laos." },
      { text: "Ministry of Foreign Affairs of Japan. “Japan–Laos Summit Meeting”. 12 March 2025." },
      { text: "World Bank. “Lao Economic Monitor — May 2024”. May 2024. https://www.worldbank.org/lao." },
    ],
    bibliographyTitle: "Bibliography",
    notes: "footnotes",
    marking: null,
    appendix: [
      { n: 1, paraphrase: "Laos remains dependent on Chinese credit.", quote: "Laos has borrowed heavily for the railway to Kunming.", source: "Laos’s debt trap", reliability: "B", status: "Verified", reviewer: "Kenji Sato", credibility: 2 },
      { n: 2, paraphrase: "Japan offers quality infrastructure.", quote: "Japan pledged a grant for Wattay airport.", source: "Japan–Laos Summit Meeting", reliability: "A", status: "In review", reviewer: null, credibility: 3 },
      { n: 3, paraphrase: "Public debt passed 100% of GDP.", quote: "Public and publicly guaranteed debt reached 108 percent of GDP.", source: "Lao Economic Monitor", reliability: "A", status: "Disputed", reviewer: "Kenji Sato", credibility: 4 },
    ],
    sources: null,
    ...overrides,
  };
}

export const HOSTILE = `<img src=x onerror=alert(1)>`;

/** A Sources annex with a retracted source, an ungraded one cited directly, and a claim corroborated only by reports of one origin. */
export const SOURCES_ANNEX: SourcesAnnex = {
  statement:
    "This brief rests on 3 sources from 2 independent origins. They were published between 3 February 2024 and 12 March 2025; one gives no date. One claim rests on a single origin: Lao News Agency, 23 January 2025. It is corroborated only by reports of that same origin (circular reporting). Sources are rated B (usually reliable) to D (not usually reliable); one source is not graded. One source has been retracted: “Laos’s debt trap”.",
  sources: [
    {
      n: 1,
      title: "Laos’s debt trap",
      kind: "Commentary",
      reliability: "D — Not usually reliable: Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past.",
      published: "3 February 2024",
      access: "https://www.chathamhouse.org/2024/02/laos, imported into Claimwork on 4 March 2026",
      url: "https://www.chathamhouse.org/2024/02/laos",
      retraction: "Retracted on 1 May 2026: Withdrawn by the publisher.",
      claims: 2,
      judgments: 0,
      direct: false,
    },
    {
      n: 2,
      title: "Japan–Laos Summit Meeting",
      kind: "Official statement",
      reliability: "B — Usually reliable: Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.",
      published: "12 March 2025",
      access: "File imported into Claimwork on 5 March 2026",
      url: null,
      retraction: null,
      claims: 1,
      judgments: 0,
      direct: false,
    },
    { n: 3, title: "Vientiane Times", kind: "News", reliability: "Not graded yet", published: "Not dated", access: "File imported into Claimwork on 6 March 2026", url: null, retraction: null, claims: 0, judgments: 0, direct: true },
  ],
  singleOrigin: [{ paraphrase: "Laos remains dependent on Chinese credit.", origin: "Lao News Agency, 23 January 2025", reports: 2, circular: "2 reports, 1 origin: Lao News Agency, 23 January 2025" }],
};
