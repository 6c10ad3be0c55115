import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as assign from "@/app/api/v1/projects/[projectId]/claims/[claimId]/assign/route";
import * as passBack from "@/app/api/v1/projects/[projectId]/claims/[claimId]/pass-back/route";
import * as reviews from "@/app/api/v1/projects/[projectId]/claims/[claimId]/reviews/route";
import * as submit from "@/app/api/v1/projects/[projectId]/claims/[claimId]/submit/route";
import * as withdraw from "@/app/api/v1/projects/[projectId]/claims/[claimId]/withdraw/route";
import { db } from "@/lib/db";
import { setupReviews } from "@/lib/testing/review-setup";
import { createApiToken } from "@/lib/tokens/create-api-token";

type Route = (request: NextRequest, context: { params: Promise<{ projectId: string; claimId: string }> }) => Promise<Response>;

async function call(route: Route, token: string, params: { projectId: string; claimId: string }, body?: unknown) {
  const request = new NextRequest(`http://localhost/api/v1/projects/${params.projectId}/claims/${params.claimId}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await route(request, { params: Promise.resolve(params) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> & { error?: { code: string; fields?: Record<string, string[]> } } };
}

describe("review API", () => {
  it("reviews, submits, withdraws, assigns and passes back through /api/v1 with the usual JSON errors", async () => {
    const { project, analyst, reviewer, viewer, claimBy, statusOf } = await setupReviews();
    const [analystToken, reviewerToken, viewerToken] = await Promise.all(
      [analyst, reviewer, viewer].map(async (u) => (await createApiToken({ userId: u.id, input: { name: "test" } })).token),
    );
    const claim = await claimBy(analyst.id, { submit: false });
    const ids = { projectId: project.id, claimId: claim.id };

    expect((await call(reviews.POST, reviewerToken!, ids, { verdict: "VERIFIED", rationale: "ok" })).json.error?.code).toBe("conflict");
    expect((await call(submit.POST, analystToken!, ids, {})).status).toBe(200);
    expect((await call(withdraw.POST, analystToken!, ids, {})).json).toMatchObject({ claim: { status: "DRAFT" } });
    const assigned = await call(assign.POST, analystToken!, ids, { assigneeId: reviewer.id });
    expect(assigned.json).toMatchObject({ changed: 1, assignee: { id: reviewer.id } });
    expect(await statusOf(claim.id)).toBe("IN_REVIEW");

    const empty = await call(reviews.POST, reviewerToken!, ids, { verdict: "DISPUTED", rationale: "" });
    expect(empty.status).toBe(400);
    expect(empty.json.error?.fields?.rationale).toEqual(["Explain your verdict."]);
    expect((await call(reviews.POST, viewerToken!, ids, { verdict: "DISPUTED", rationale: "No." })).status).toBe(403);
    expect((await call(reviews.POST, analystToken!, ids, { verdict: "VERIFIED", rationale: "Mine." })).status).toBe(403);
    const created = await call(reviews.POST, reviewerToken!, ids, { verdict: "DISPUTED", rationale: "Reuters disagrees." });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "DISPUTED", review: { verdict: "DISPUTED", claimRevision: 1 } });
    const listed = await call(reviews.GET, viewerToken!, ids);
    expect(listed.json).toMatchObject({ reviews: [{ verdict: "DISPUTED", rationale: "Reuters disagrees.", reviewer: { id: reviewer.id } }] });

    expect((await call(passBack.POST, reviewerToken!, ids, {})).status).toBe(400);
    expect((await call(passBack.POST, reviewerToken!, ids, { comment: "Over to you." })).status).toBe(200);
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(1);

    const other = await setupReviews();
    const foreign = await other.claimBy(other.analyst.id);
    const hidden = await call(reviews.POST, reviewerToken!, { projectId: project.id, claimId: foreign.id }, { verdict: "VERIFIED", rationale: "ok" });
    expect(hidden).toMatchObject({ status: 404, json: { error: { code: "not_found" } } });
    expect((await call(reviews.GET, reviewerToken!, { projectId: other.project.id, claimId: foreign.id })).status).toBe(404);
  });
});
