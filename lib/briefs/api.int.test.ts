import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as approve from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/approve/route";
import * as one from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/route";
import * as submit from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/submit/route";
import * as restore from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/versions/[version]/restore/route";
import * as versions from "@/app/api/v1/projects/[projectId]/briefs/[briefId]/versions/route";
import * as list from "@/app/api/v1/projects/[projectId]/briefs/route";
import { makeTeam } from "@/lib/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";

type Json = Record<string, unknown> & { error?: { code: string; message: string; details?: Record<string, string> } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route has its own params type
type Route = (request: NextRequest, context: { params: Promise<any> }) => Promise<Response>;

async function call(route: Route, token: string, params: Record<string, string>, method = "GET", body?: unknown, query = "") {
  const request = new NextRequest(`http://localhost/api/v1/briefs${query}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await route(request, { params: Promise.resolve(params) });
  return { status: response.status, json: (response.status === 204 ? {} : await response.json()) as Json };
}

describe("briefs API", () => {
  it("creates, saves with a base version, refuses a stale save with 409, restores, submits, approves and deletes", async () => {
    const { project, owner, analyst, reviewer } = await makeTeam();
    const [a, r, o] = (await Promise.all([analyst, reviewer, owner].map(async (u) => (await createApiToken({ userId: u.id, input: { name: "test" } })).token!))) as [string, string, string];
    const p = { projectId: project.id };

    const created = await call(list.POST, a, p, "POST", { title: "Laos debt", audience: "Ministry" });
    expect(created.status).toBe(201);
    const briefId = (created.json.brief as { id: string }).id;
    const ids = { ...p, briefId };

    expect((await call(one.PATCH, a, ids, "PATCH", { baseVersion: 1, body: "# Outlook\n\nLaos may default." })).json).toMatchObject({ saved: { version: 2, status: "DRAFT" } });
    const stale = await call(one.PATCH, o, ids, "PATCH", { baseVersion: 1, body: "Mine" });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.message).toMatch(/^Changed by /);
    expect(stale.json.error?.details).toMatchObject({ currentVersion: "2", changedBy: analyst.name });
    expect((await call(one.PATCH, a, ids, "PATCH", { body: "no base" })).status).toBe(400);

    const got = await call(one.GET, r, ids);
    expect(got.json).toMatchObject({ brief: { id: briefId, version: 2, body: "# Outlook\n\nLaos may default." }, document: { title: "Laos debt", blocks: [{ kind: "heading" }, { kind: "paragraph" }] } });
    expect((got.json.marks as { term: string }[]).map((m) => m.term)).toEqual(["may"]);

    expect((await call(versions.GET, r, ids)).json).toMatchObject({ versions: [{ version: 2 }, { version: 1 }] });
    expect((await call(versions.GET, r, ids, "GET", undefined, "?from=1&to=2")).json).toMatchObject({ diff: { parts: [{ kind: "added" }] } });
    expect((await call(restore.POST, a, { ...ids, version: "1" }, "POST")).json).toMatchObject({ restored: { version: 3 } });
    expect((await call(restore.POST, r, { ...ids, version: "1" }, "POST")).status).toBe(403);

    expect((await call(submit.POST, a, ids, "POST")).json).toMatchObject({ brief: { status: "IN_REVIEW" } });
    expect((await call(approve.POST, a, ids, "POST")).status).toBe(403);
    expect((await call(approve.POST, r, ids, "POST")).json).toMatchObject({ brief: { status: "APPROVED" } });
    expect((await call(list.GET, r, p)).json).toMatchObject({ briefs: [{ id: briefId, status: "APPROVED", warnings: 0 }] });

    expect((await call(one.DELETE, r, ids, "DELETE")).status).toBe(403);
    expect((await call(one.DELETE, a, ids, "DELETE")).status).toBe(204);
    expect((await call(one.GET, a, ids)).status).toBe(404);
  });
});
