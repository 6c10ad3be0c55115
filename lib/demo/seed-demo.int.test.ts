import { describe, expect, it } from "vitest";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { db } from "@/lib/db";
import { getClaimProvenance } from "@/lib/provenance/get-claim-provenance";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { DEMO_ACCOUNTS } from "./accounts";
import { DEMO_CLAIMS } from "./demo-claims";
import { seedDemo } from "./seed-demo";

describe("the demo workspace", () => {
  it("holds the commentary, claims at every stage of review, a discussion and a draft brief", async () => {
    expect(await seedDemo({ ifEmpty: false })).toBe(true);
    const [mai, kenji] = await Promise.all(
      DEMO_ACCOUNTS.slice(0, 2).map((a) => db.user.findUniqueOrThrow({ where: { email: a.email }, select: { id: true } })),
    );
    const project = await db.project.findFirstOrThrow({ where: { memberships: { some: { userId: mai!.id } } }, select: { id: true } });
    const source = await db.source.findFirstOrThrow({ where: { projectId: project.id, kind: "COMMENTARY" }, select: { id: true, body: true } });
    expect(await db.citation.count({ where: { sourceId: source.id } })).toBe(10);

    // Every claim highlights exactly its quote and keeps the footnotes it relies on.
    const claims = await db.claim.findMany({
      where: { sourceId: source.id },
      select: { exact: true, start: true, end: true, status: true, citations: { select: { citation: { select: { label: true } } } } },
      orderBy: { start: "asc" },
    });
    expect(claims).toHaveLength(DEMO_CLAIMS.length);
    for (const claim of claims) {
      expect(source.body.slice(claim.start, claim.end)).toBe(claim.exact);
      const demo = DEMO_CLAIMS.find((d) => d.quote === claim.exact)!;
      expect(claim.citations.map((c) => c.citation.label)).toEqual(demo.notes);
    }
    const statuses = claims.map((c) => c.status).sort();
    expect(statuses).toEqual(["DISPUTED", "DRAFT", "IN_REVIEW", "NEEDS_EVIDENCE", "VERIFIED", "VERIFIED", "VERIFIED", "VERIFIED"]);

    // A wire report repeats the commentary's source for its first claim: two reports, one origin.
    const echo = await db.claim.findFirstOrThrow({ where: { projectId: project.id, source: { kind: "NEWS" } }, select: { id: true } });
    const csp = await db.claim.findFirstOrThrow({ where: { sourceId: source.id, exact: DEMO_CLAIMS[0]!.quote }, select: { id: true } });
    const provenance = await getClaimProvenance({ userId: mai!.id, projectId: project.id, claimId: csp.id });
    expect(provenance.relations.map((r) => r.other.id)).toEqual([echo.id]);
    expect(provenance.summary).toBe("2 reports, 1 origin: The Yomiuri Shimbun, 22 January 2025");

    // Kenji has one claim waiting in his queue; Mai was mentioned in the discussion.
    const queue = await listReviewQueue({ userId: kenji!.id, projectId: project.id });
    expect(queue.total).toBe(1);
    expect(await db.comment.count({ where: { claim: { projectId: project.id } } })).toBe(2);
    expect(await db.notification.count({ where: { userId: kenji!.id, type: "comment.mention" } })).toBe(1);

    // The brief cites the four verified claims, each with its source and original note, and carries a hedge mark.
    const brief = await db.brief.findFirstOrThrow({ where: { projectId: project.id }, select: { id: true } });
    const { document, warnings, marks } = await getBriefDocument({ userId: mai!.id, projectId: project.id, briefId: brief.id });
    expect(document.footnotes).toHaveLength(4);
    expect(document.footnotes[0]!.text).toContain("Beyond the Donor's Chair");
    expect(document.footnotes[0]!.text).toContain("Yomiuri");
    // The only warning beyond the sources' grades is the circular reporting the wire report shows.
    expect(warnings.filter((w) => w.kind !== "weak-source").map((w) => [w.kind, w.claimId])).toEqual([["circular-reporting", csp.id]]);
    expect(marks.map((m) => m.term)).toContain("could possibly");
  });
});
