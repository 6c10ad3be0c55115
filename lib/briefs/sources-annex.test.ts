import { describe, expect, it } from "vitest";
import { buildSourcesAnnex, type AnnexClaim, type AnnexSource } from "./sources-annex";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function source(id: string, fields: Partial<AnnexSource> = {}): AnnexSource {
  return {
    id,
    title: `Source ${id}`,
    authors: [],
    publisher: `Publisher ${id}`,
    url: `https://example.org/${id}`,
    kind: "NEWS",
    reliability: "B",
    publishedOn: day("2025-01-23"),
    createdAt: day("2026-03-04"),
    referenceOnly: false,
    retractedAt: null,
    retractionNote: "",
    ...fields,
  };
}

const origin = (key: string, label = `Origin ${key}`) => ({ key, label });

function claim(id: string, sourceId: string, origins: { key: string; label: string }[], group?: { reports: number; origins: { key: string; label: string }[] }): AnnexClaim {
  return { id, paraphrase: `Claim ${id}.`, sourceId, origins, group: group ?? { reports: 1, origins } };
}

describe("the Sources annex", () => {
  it("says a brief without sources cites none", () => {
    const annex = buildSourcesAnnex({ claims: [], sources: [], directSourceIds: [] });
    expect(annex).toEqual({ statement: "This brief cites no sources.", sources: [], singleOrigin: [] });
  });

  it("describes one source in the singular, with its grade's meaning, date, access and what rests on it", () => {
    const annex = buildSourcesAnnex({ claims: [claim("c1", "s1", [origin("a", "Lao News Agency, 23 January 2025")])], sources: [source("s1")], directSourceIds: [] });
    expect(annex.statement).toBe(
      "This brief rests on 1 source from 1 independent origin. It was published on 23 January 2025. One claim rests on a single origin: Lao News Agency, 23 January 2025. The source is rated B (usually reliable).",
    );
    expect(annex.sources).toEqual([
      {
        n: 1,
        title: "Source s1",
        kind: "News",
        reliability: "B — Usually reliable: Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.",
        published: "23 January 2025",
        access: "https://example.org/s1, imported into Claimwork on 4 March 2026",
        url: "https://example.org/s1",
        retraction: null,
        claims: 1,
        judgments: 0,
        direct: false,
      },
    ]);
    expect(annex.singleOrigin).toEqual([{ paraphrase: "Claim c1.", origin: "Lao News Agency, 23 January 2025", reports: 1, circular: null }]);
  });

  it("counts origins once across sources, gives the date range and the grades from best to worst, and names retracted sources", () => {
    const shared = origin("url:mofa.go.jp/a", "MOFA, 12 March 2025");
    const annex = buildSourcesAnnex({
      claims: [
        claim("c1", "s1", [shared], { reports: 2, origins: [shared] }),
        claim("c2", "s2", [shared], { reports: 2, origins: [shared] }),
        claim("c3", "s3", [origin("b"), origin("c")]),
        claim("c4", "s3", [origin("b")], { reports: 2, origins: [origin("b"), origin("d")] }),
      ],
      sources: [
        source("s1", { reliability: "D", publishedOn: day("2024-02-03") }),
        source("s2", { reliability: null, retractedAt: day("2026-05-01"), retractionNote: "Withdrawn by the publisher." }),
        source("s3", { reliability: "B", publishedOn: day("2025-03-12"), url: null }),
        source("s4", { reliability: "C", publishedOn: null, url: null, referenceOnly: true, kind: "OFFICIAL_STATEMENT" }),
      ],
      directSourceIds: ["s4"],
    });
    expect(annex.statement).toBe(
      [
        "This brief rests on 4 sources from 4 independent origins.",
        "They were published between 3 February 2024 and 12 March 2025; one gives no date.",
        "Two claims rest on a single origin: MOFA, 12 March 2025.",
        "Each is corroborated only by reports of that same origin (circular reporting).",
        "Sources are rated B (usually reliable) to D (not usually reliable); one source is not graded.",
        "One source has been retracted: “Source s2”.",
      ].join(" "),
    );
    expect(annex.sources.map((s) => [s.title, s.claims, s.direct])).toEqual([
      ["Source s1", 1, false],
      ["Source s2", 1, false],
      ["Source s3", 2, false],
      ["Source s4", 0, true],
    ]);
    expect(annex.sources[1]!.retraction).toBe("Retracted on 1 May 2026: Withdrawn by the publisher.");
    expect(annex.sources[1]!.reliability).toBe("Not graded yet");
    expect(annex.sources[2]!.access).toBe("File imported into Claimwork on 4 March 2026");
    expect(annex.sources[3]).toMatchObject({ kind: "Official statement", published: "Not dated", access: "Reference imported into Claimwork on 4 March 2026" });
    expect(annex.singleOrigin.map((c) => c.circular)).toEqual(["2 reports, 1 origin: MOFA, 12 March 2025", "2 reports, 1 origin: MOFA, 12 March 2025"]);
  });

  it("says when some single-origin claims only seem corroborated, every claim has several origins, or nothing is graded", () => {
    const one = origin("a", "Vientiane Times, 2 May 2025");
    const mixed = buildSourcesAnnex({
      claims: [claim("c1", "s1", [one], { reports: 2, origins: [one] }), claim("c2", "s1", [origin("b", "World Bank, May 2024")])],
      sources: [source("s1", { reliability: null }), source("s2", { reliability: null, publishedOn: day("2025-01-23") })],
      directSourceIds: ["s2"],
    });
    expect(mixed.statement).toContain("Two claims rest on a single origin: Vientiane Times, 2 May 2025; World Bank, May 2024. One of them is corroborated only by reports of that same origin (circular reporting).");
    expect(mixed.statement).toContain("They were published on 23 January 2025.");
    expect(mixed.statement).toContain("None of them is graded.");

    const sound = buildSourcesAnnex({ claims: [claim("c1", "s1", [origin("a"), origin("b")]), claim("c2", "s2", [origin("a")], { reports: 2, origins: [origin("a"), origin("c")] })], sources: [source("s1"), source("s2")], directSourceIds: [] });
    expect(sound.statement).toContain("Every claim rests on more than one independent origin.");
    expect(sound.statement).toContain("All 2 sources are rated B (usually reliable).");
    expect(sound.singleOrigin).toEqual([]);
  });

  it("prints judgments only when some rest on a source, and says how many citations were withheld", () => {
    const input = { claims: [claim("c1", "s1", [origin("a"), origin("b")])], sources: [source("s1"), source("s2", { reliability: "F", publishedOn: null })], directSourceIds: [] };
    const none = buildSourcesAnnex(input);
    expect(none.statement).not.toMatch(/judgment/);
    expect(none.sources.map((s) => s.title)).toEqual(["Source s1"]);
    const some = buildSourcesAnnex({ ...input, judgments: new Map([["s1", 2]]), withheld: 1 });
    expect(some.sources[0]!.judgments).toBe(2);
    expect(some.statement).toContain("Two judgments rest on these sources.");
    expect(some.statement).toContain("One citation withheld at the brief's marking is left out of this annex.");
    expect(buildSourcesAnnex({ claims: [], sources: [], directSourceIds: [], withheld: 2 }).statement).toBe("This brief cites no sources. Two citations withheld at the brief's marking are left out of this annex.");
  });

  it("rates sources of one grade with some ungraded, and a retracted single source", () => {
    const graded = buildSourcesAnnex({ claims: [claim("c1", "s1", [origin("a")]), claim("c2", "s2", [origin("b")]), claim("c3", "s3", [origin("c")])], sources: [source("s1"), source("s2", { reliability: null }), source("s3", { reliability: null })], directSourceIds: [] });
    expect(graded.statement).toContain("One source is rated B (usually reliable); two sources are not graded.");
    const retracted = buildSourcesAnnex({ claims: [], sources: [source("s1", { reliability: "F", publishedOn: null, retractedAt: day("2026-01-02") })], directSourceIds: ["s1"] });
    expect(retracted.statement).toBe("This brief rests on 1 source from 1 independent origin. It gives no publication date. The source is rated F (reliability cannot be judged). The source has been retracted.");
    expect(retracted.sources[0]!.retraction).toBe("Retracted on 2 January 2026");
  });
});
