import { describe, expect, it } from "vitest";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { getClaimHistory } from "@/lib/claims/get-claim-history";
import { updateClaim } from "@/lib/claims/update-claim";
import { db } from "@/lib/db";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { setupReviews } from "@/lib/testing/review-setup";
import { listReviews } from "./list-reviews";
import { reviewClaim } from "./review-claim";
import { untrusted } from "@/lib/validation";
import type { VERDICTS } from "./schemas";
import { submitClaim } from "./submit-claim";
import { withdrawClaim } from "./withdraw-claim";

const verdict = (v: Verdict, extra: { evidenceUrl?: string; citationId?: string; rationale?: string } = {}) => ({ verdict: v, rationale: `Checked: ${v}.`, ...extra });
type Verdict = (typeof VERDICTS)[number];

describe("reviews", () => {
  it("records a verdict with its rationale, evidence and citation, sets the status, notifies the author and keeps a trail", async () => {
    const { project, analyst, reviewer, source, claimBy, statusOf } = await setupReviews();
    const claim = await claimBy(analyst.id);
    const result = await reviewClaim({
      userId: reviewer.id,
      projectId: project.id,
      claimId: claim.id,
      input: { verdict: "DISPUTED", rationale: "  Reuters says otherwise.  ", evidenceUrl: "https://example.org/fdi", citationId: source.citations[0]!.id },
    });
    expect(result.status).toBe("DISPUTED");
    const [review] = await db.review.findMany({ where: { claimId: claim.id } });
    expect(review).toMatchObject({
      reviewerId: reviewer.id,
      verdict: "DISPUTED",
      rationale: "Reuters says otherwise.",
      evidenceUrl: "https://example.org/fdi",
      citationId: source.citations[0]!.id,
      claimRevision: 1,
    });
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ status: "DISPUTED", assigneeId: reviewer.id });

    const notes = await db.notification.findMany({ where: { objectId: review!.id } });
    expect(notes.map((n) => [n.userId, n.type, n.actorId, n.objectType])).toEqual([[analyst.id, "claim.reviewed", reviewer.id, "Review"]]);
    // The author's inbox names the verdict and quotes the rationale.
    const inbox = await listNotifications({ userId: analyst.id });
    expect(inbox.items[0]).toMatchObject({ sentence: expect.stringMatching(/^disputed your claim “/), excerpt: "Reuters says otherwise." });
    const trail = await db.activity.findMany({ where: { objectType: "Claim", objectId: claim.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((a) => a.action)).toEqual(["claim.create", "review.create"]);
    expect(trail[1]).toMatchObject({ actorId: reviewer.id, before: { status: "IN_REVIEW" }, after: { status: "DISPUTED", verdict: "DISPUTED" } });

    // The author resubmits; a second verdict follows.
    await submitClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id });
    expect(await statusOf(claim.id)).toBe("IN_REVIEW");
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: verdict("VERIFIED") });
    const { reviews } = await listReviews({ userId: analyst.id, projectId: project.id, claimId: claim.id });
    expect(reviews.map((r) => r.verdict)).toEqual(["DISPUTED", "VERIFIED"]);
    expect(await statusOf(claim.id)).toBe("VERIFIED");
  });

  it("allows only legal moves and stores nothing on an illegal one", async () => {
    const { project, analyst, reviewer, owner, claimBy, statusOf } = await setupReviews();
    const draft = await claimBy(analyst.id, { submit: false });
    const error = await expectAppError(reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: draft.id, input: verdict("VERIFIED") }), "conflict");
    expect(error.message).toMatch(/still a draft/);
    await expectAppError(withdrawClaim({ userId: analyst.id, projectId: project.id, claimId: draft.id }), "conflict");

    await submitClaim({ userId: analyst.id, projectId: project.id, claimId: draft.id });
    await expectAppError(submitClaim({ userId: analyst.id, projectId: project.id, claimId: draft.id }), "conflict");
    await withdrawClaim({ userId: analyst.id, projectId: project.id, claimId: draft.id });
    expect(await statusOf(draft.id)).toBe("DRAFT");
    await submitClaim({ userId: owner.id, projectId: project.id, claimId: draft.id });
    // A reviewer may not submit or withdraw someone else's claim.
    await expectAppError(withdrawClaim({ userId: reviewer.id, projectId: project.id, claimId: draft.id }), "forbidden");

    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: draft.id, input: verdict("VERIFIED") });
    await expectAppError(submitClaim({ userId: analyst.id, projectId: project.id, claimId: draft.id }), "conflict");
    await expectAppError(withdrawClaim({ userId: analyst.id, projectId: project.id, claimId: draft.id }), "conflict");
    // A second opinion on a reviewed claim is a legal move.
    await reviewClaim({ userId: owner.id, projectId: project.id, claimId: draft.id, input: verdict("NEEDS_EVIDENCE") });
    expect(await statusOf(draft.id)).toBe("NEEDS_EVIDENCE");
    await submitClaim({ userId: analyst.id, projectId: project.id, claimId: draft.id });
    expect(await statusOf(draft.id)).toBe("IN_REVIEW");

    expect(await db.review.count({ where: { claimId: draft.id } })).toBe(2);
    const actions = (await db.activity.findMany({ where: { objectId: draft.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["claim.create", "claim.submit", "claim.withdraw", "claim.submit", "review.create", "review.create", "claim.submit"]);
  });

  it("applies the four-eyes rule and the roles, and hides other projects' claims", async () => {
    const { project, analyst, reviewer, viewer, outsider, claimBy } = await setupReviews();
    const claim = await claimBy(analyst.id);
    const own = await expectAppError(reviewClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: verdict("VERIFIED") }), "forbidden");
    expect(own.message).toMatch(/You wrote this claim/);
    await expectAppError(reviewClaim({ userId: viewer.id, projectId: project.id, claimId: claim.id, input: verdict("VERIFIED") }), "forbidden");
    await expectAppError(reviewClaim({ userId: outsider.id, projectId: project.id, claimId: claim.id, input: verdict("VERIFIED") }), "not_found");

    const other = await setupReviews();
    const foreign = await other.claimBy(other.analyst.id);
    await expectAppError(reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: foreign.id, input: verdict("VERIFIED") }), "not_found");
    await expectAppError(listReviews({ userId: reviewer.id, projectId: project.id, claimId: foreign.id }), "not_found");
    await expectAppError(submitClaim({ userId: analyst.id, projectId: project.id, claimId: foreign.id }), "not_found");
    expect(await db.review.count({ where: { claimId: { in: [claim.id, foreign.id] } } })).toBe(0);
    expect(await db.notification.count({ where: { objectId: { in: [claim.id, foreign.id] } } })).toBe(0);
  });

  it("refuses a bad rationale, evidence URL or citation with a message on the field", async () => {
    const { project, analyst, reviewer, claimBy, statusOf } = await setupReviews();
    const claim = await claimBy(analyst.id);
    const other = await setupReviews();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ verdict: "VERIFIED", rationale: "   " }, "rationale", /Explain your verdict/],
      [{ verdict: "VERIFIED" }, "rationale", /Explain your verdict/],
      [{ verdict: "VERIFIED", rationale: "x".repeat(2001) }, "rationale", /at most 2,000/],
      [{ verdict: "MAYBE", rationale: "ok" }, "verdict", /Choose a verdict/],
      [verdict("VERIFIED", { evidenceUrl: "javascript:alert(1)" }), "evidenceUrl", /http/],
      [verdict("VERIFIED", { evidenceUrl: "ftp://example.org/x" }), "evidenceUrl", /http/],
      [verdict("VERIFIED", { citationId: other.source.citations[0]!.id }), "citationId", /footnotes of this claim's source/],
      [verdict("VERIFIED", { citationId: "nope" }), "citationId", /footnotes of this claim's source/],
    ];
    for (const [input, field, message] of cases) {
      const error = await expectAppError(reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: untrusted(input) }), "invalid");
      expect(error.fieldErrors?.[field]?.join(" "), JSON.stringify(input).slice(0, 80)).toMatch(message);
    }
    // Exactly 2,000 characters and a blank URL are fine.
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { verdict: "VERIFIED", rationale: "y".repeat(2000), evidenceUrl: "" } });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await statusOf(claim.id)).toBe("VERIFIED");
    expect((await db.review.findFirstOrThrow({ where: { claimId: claim.id } })).evidenceUrl).toBeNull();
  });

  it("keeps both of two concurrent reviews, in order, and the status follows the later one", async () => {
    const { project, analyst, reviewer, owner, claimBy } = await setupReviews();
    for (let round = 0; round < 3; round++) {
      const claim = await claimBy(analyst.id);
      await Promise.all([
        reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: verdict("VERIFIED") }),
        reviewClaim({ userId: owner.id, projectId: project.id, claimId: claim.id, input: verdict("DISPUTED") }),
      ]);
      const reviews = await db.review.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: "asc" } });
      expect(reviews).toHaveLength(2);
      expect(reviews[0]!.createdAt.getTime()).toBeLessThan(reviews[1]!.createdAt.getTime());
      const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(stored.status).toBe(reviews[1]!.verdict);
      expect(stored.assigneeId).toBe(reviews[1]!.reviewerId);
      // The trail tells the same order: the later review saw the earlier one's status.
      const trail = await db.activity.findMany({ where: { objectId: claim.id, action: "review.create" }, orderBy: { createdAt: "asc" } });
      expect(trail.map((t) => (t.before as { status: string }).status)).toEqual(["IN_REVIEW", reviews[0]!.verdict]);
      expect(await db.notification.count({ where: { objectId: { in: reviews.map((r) => r.id) }, type: "claim.reviewed", userId: analyst.id } })).toBe(2);
    }
  });

  it("sends a reviewed claim back to review when what it says is edited, and shows everything in its history", async () => {
    const { project, analyst, reviewer, claimBy, statusOf } = await setupReviews();
    const claim = await claimBy(analyst.id);
    await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: verdict("VERIFIED") });
    await updateClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: { paraphrase: claim.exact, credibility: 2, citationIds: [] } });
    expect(await statusOf(claim.id)).toBe("IN_REVIEW");
    // Back in the reviewer's queue: the reviewer of record stays the assignee.
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).assigneeId).toBe(reviewer.id);

    const history = await getClaimHistory({ userId: reviewer.id, projectId: project.id, claimId: claim.id });
    expect(history.map((h) => (h.kind === "event" ? h.action : h.kind))).toEqual(["edit", "review", "claim.create"]);
    const edit = history[0]!;
    if (edit.kind !== "edit") throw new Error("expected an edit");
    expect(edit.changes).toEqual([
      { field: "Credibility", before: "6", after: "2" },
      { field: "Citations", before: "2", after: "none" },
      { field: "Status", before: "Verified", after: "In review" },
    ]);
  });
});
