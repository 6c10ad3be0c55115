import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as claimRoute from "@/app/api/v1/projects/[projectId]/claims/[claimId]/route";
import * as reviewsRoute from "@/app/api/v1/projects/[projectId]/claims/[claimId]/reviews/route";
import * as projectRoute from "@/app/api/v1/projects/[projectId]/route";
import * as themeRoute from "@/app/api/v1/projects/[projectId]/themes/[themeId]/route";
import { bulkUpdateClaims } from "@/lib/claims/bulk-update-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { createComment } from "@/lib/comments/create-comment";
import { updateComment } from "@/lib/comments/update-comment";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { updateProject } from "@/lib/projects/update-project";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { updateSource } from "@/lib/sources/update-source";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { setupReviews } from "@/lib/testing/review-setup";
import { createTheme } from "@/lib/themes/create-theme";
import { updateTheme } from "@/lib/themes/update-theme";
import { createApiToken } from "@/lib/tokens/create-api-token";
import type { ConflictDetails } from "./check-revision";

/** A JSON answer, read loosely: the assertions say what it must hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

type Route<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function call<P extends Record<string, string>>(route: Route<P>, token: string, params: P, init: { method: string; body?: unknown; ifMatch?: string }) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  if (init.ifMatch !== undefined) headers["if-match"] = init.ifMatch;
  const request = new NextRequest("http://localhost/api/v1/x", { method: init.method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const response = await route(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get("etag"), json: (text ? JSON.parse(text) : {}) as Json };
}

const tokenOf = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "revisions" } })).token!;
const detailsOf = (error: AppError) => error.details as unknown as ConflictDetails;

describe("no edit is lost", () => {
  it("two concurrent PATCHes of different fields of a claim both persist, every round", async () => {
    const { project, analyst, owner, claimBy } = await setupReviews();
    const theme = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Airport grants" } });
    const claim = await claimBy(analyst.id, { submit: false });
    const [token] = await Promise.all([tokenOf(analyst)]);
    const ids = { projectId: project.id, claimId: claim.id };
    for (let round = 0; round < 15; round++) {
      const themeIds = round % 2 ? [] : [theme.id];
      const [a, b] = await Promise.all([
        call(claimRoute.PATCH, token, ids, { method: "PATCH", body: { paraphrase: `Round ${round}: China is the largest investor.` } }),
        call(claimRoute.PATCH, token, ids, { method: "PATCH", body: { themeIds } }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { themes: true } });
      expect(stored.paraphrase).toBe(`Round ${round}: China is the largest investor.`);
      expect(stored.themes.map((t) => t.themeId)).toEqual(themeIds);
    }
  });

  it("two concurrent PATCHes of a project's name and description both persist", async () => {
    const { project, owner } = await setupReviews();
    const token = await tokenOf(owner);
    for (let round = 0; round < 8; round++) {
      const [a, b] = await Promise.all([
        call(projectRoute.PATCH, token, { projectId: project.id }, { method: "PATCH", body: { name: `Laos watch ${round} ${project.id}` } }),
        call(projectRoute.PATCH, token, { projectId: project.id }, { method: "PATCH", body: { description: `Round ${round}` } }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ name: `Laos watch ${round} ${project.id}`, description: `Round ${round}` });
    }
  });

  it("concurrent corrections of a source's title and publisher both persist", async () => {
    const { project, owner, analyst, source } = await setupReviews();
    await Promise.all([
      updateSource({ userId: owner.id, projectId: project.id, sourceId: source.id, input: { title: "Aid and airports, revised" } }),
      updateSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { publisher: "Lao News Agency" } }),
    ]);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ title: "Aid and airports, revised", publisher: "Lao News Agency", revision: 3 });
  });
});

describe("a stale edit is refused with who changed what", () => {
  it("claims: If-Match, ETag, and 409 details naming the newer revision, its author and the difference", async () => {
    const { project, analyst, owner, claimBy } = await setupReviews();
    const claim = await claimBy(analyst.id, { submit: false });
    const [analystToken, ownerToken] = await Promise.all([tokenOf(analyst), tokenOf(owner)]);
    const ids = { projectId: project.id, claimId: claim.id };

    const opened = await call(claimRoute.GET, analystToken, ids, { method: "GET" });
    expect(opened.etag).toBe('"1"');
    const first = await call(claimRoute.PATCH, ownerToken, ids, { method: "PATCH", body: { note: "Check the 2023 figure." }, ifMatch: '"1"' });
    expect(first).toMatchObject({ status: 200, etag: '"2"', json: { claim: { revision: 2 } } });

    const stale = await call(claimRoute.PATCH, analystToken, ids, { method: "PATCH", body: { paraphrase: "China invests most." }, ifMatch: opened.etag! });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({
      code: "conflict",
      details: { currentRevision: 2, changedBy: { id: owner.id }, changes: [{ field: "note", before: "", after: "Check the 2023 figure." }] },
    });
    expect(Date.parse(stale.json.error.details.changedAt)).not.toBeNaN();
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).paraphrase).not.toBe("China invests most.");

    expect((await call(claimRoute.PATCH, analystToken, ids, { method: "PATCH", body: { paraphrase: "x" }, ifMatch: "soon" })).status).toBe(400);
    expect((await call(claimRoute.PATCH, analystToken, ids, { method: "PATCH", body: { paraphrase: "x" }, ifMatch: '"9"' })).status).toBe(409);
    expect((await call(claimRoute.DELETE, analystToken, ids, { method: "DELETE", ifMatch: '"1"' })).status).toBe(409);
    const applied = await call(claimRoute.PATCH, analystToken, ids, { method: "PATCH", body: { paraphrase: "China invests most." }, ifMatch: '"2"' });
    expect(applied).toMatchObject({ status: 200, etag: '"3"' });
    expect((await call(claimRoute.DELETE, analystToken, ids, { method: "DELETE", ifMatch: '"3"' })).status).toBe(204);
  });

  it("projects, themes, sources, member roles and comments carry revisions too", async () => {
    const { project, analyst, owner, reviewer, source, claimBy } = await setupReviews();
    const ownerToken = await tokenOf(owner);

    await updateProject({ userId: owner.id, projectId: project.id, input: { description: "Japan's aid since 1958." }, expectedRevision: 1 });
    const project409 = await call(projectRoute.PATCH, ownerToken, { projectId: project.id }, { method: "PATCH", body: { description: "x" }, ifMatch: '"1"' });
    expect(project409.json.error).toMatchObject({ code: "conflict", details: { currentRevision: 2, changes: [{ field: "description", after: "Japan's aid since 1958." }] } });

    const theme = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Wattay airport" } });
    const renamed = await call(themeRoute.PATCH, ownerToken, { projectId: project.id, themeId: theme.id }, { method: "PATCH", body: { colour: "#1d4ed8" }, ifMatch: '"1"' });
    expect(renamed).toMatchObject({ status: 200, etag: '"2"', json: { theme: { revision: 2 } } });
    const staleTheme = await expectAppError(updateTheme({ userId: owner.id, projectId: project.id, themeId: theme.id, input: { name: "Order" }, expectedRevision: 1 }), "conflict");
    expect(detailsOf(staleTheme)).toMatchObject({ currentRevision: 2, changedBy: { id: owner.id }, changes: [{ field: "colour" }] });

    await updateSource({ userId: analyst.id, projectId: project.id, sourceId: source.id, input: { language: "lo" }, expectedRevision: 1 });
    const staleSource = await expectAppError(updateSource({ userId: owner.id, projectId: project.id, sourceId: source.id, input: { title: "T" }, expectedRevision: 1 }), "conflict");
    expect(detailsOf(staleSource)).toMatchObject({ currentRevision: 2, changedBy: { id: analyst.id }, changes: [{ field: "language", before: "en", after: "lo" }] });

    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: reviewer.id, input: { role: "ANALYST" }, expectedRevision: 1 });
    await expectAppError(changeMemberRole({ userId: owner.id, projectId: project.id, memberId: reviewer.id, input: { role: "VIEWER" }, expectedRevision: 1 }), "conflict");

    const claim = await claimBy(analyst.id);
    const comment = await createComment({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: { body: "Which grant?" } });
    await updateComment({ userId: analyst.id, projectId: project.id, commentId: comment.id, input: { body: "Which grant, 2024?" }, expectedRevision: 1 });
    await expectAppError(updateComment({ userId: analyst.id, projectId: project.id, commentId: comment.id, input: { body: "Hm" }, expectedRevision: 1 }), "conflict");
  });
});

describe("a verdict judges what was read", () => {
  it("a review based on an older revision answers 409 with the difference; on the current one it is kept with that revision", async () => {
    const { project, analyst, reviewer, claimBy } = await setupReviews();
    const claim = await claimBy(analyst.id);
    await updateClaim({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: { paraphrase: "China is by far the largest investor in Laos." } });
    const reviewerToken = await tokenOf(reviewer);
    const ids = { projectId: project.id, claimId: claim.id };

    const stale = await call(reviewsRoute.POST, reviewerToken, ids, { method: "POST", body: { verdict: "VERIFIED", rationale: "Matches note 2.", claimRevision: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details).toMatchObject({
      currentRevision: 2,
      changedBy: { id: analyst.id },
      changes: [{ field: "paraphrase", before: "China remains the largest investor in Laos.", after: "China is by far the largest investor in Laos." }],
    });
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(0);

    const { review } = await reviewClaim({ userId: reviewer.id, ...ids, input: { verdict: "VERIFIED", rationale: "Matches note 2.", claimRevision: 2 } });
    expect(review.claimRevision).toBe(2);
  });

  it("bulk tagging checks each claim's revision and reports the ones it skipped", async () => {
    const { project, analyst, owner, claimBy } = await setupReviews();
    const theme = await createTheme({ userId: owner.id, projectId: project.id, input: { name: "Grant aid" } });
    const kept = await claimBy(analyst.id, { submit: false });
    const moved = await claimBy(analyst.id, { submit: false, words: "Japan pledged a grant" });
    await updateClaim({ userId: analyst.id, projectId: project.id, claimId: moved.id, input: { note: "Edited meanwhile." } });
    const result = await bulkUpdateClaims({
      userId: owner.id,
      projectId: project.id,
      input: { claimIds: [kept.id, moved.id], operation: "add-theme", themeId: theme.id, revisions: { [kept.id]: 1, [moved.id]: 1 } },
    });
    expect(result).toEqual({ changed: 1, skipped: [{ id: moved.id, currentRevision: 2 }] });
    const tagged = await db.claim.findUniqueOrThrow({ where: { id: kept.id }, include: { themes: true, versions: true } });
    expect(tagged.revision).toBe(2);
    expect(tagged.themes.map((t) => t.themeId)).toEqual([theme.id]);
    expect(tagged.versions.map((v) => v.revision)).toEqual([1]);
    expect(await db.claimTheme.count({ where: { claimId: moved.id } })).toBe(0);
  });
});
