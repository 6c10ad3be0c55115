import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as backup from "@/app/api/v1/projects/[projectId]/backup/route";
import * as restore from "@/app/api/v1/projects/restore/route";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { createApiToken } from "@/lib/tokens/create-api-token";

const tokenOf = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "test" } })).token!;
const get = (token: string) => new NextRequest("http://localhost/api/v1/projects/x/backup", { headers: { authorization: `Bearer ${token}` } });
const post = (token: string, body: BodyInit, type?: string) =>
  new NextRequest("http://localhost/api/v1/projects/restore", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, ...(type ? { "content-type": type } : {}) },
    body,
  });

describe("backup API", () => {
  it("downloads a backup (owners) and restores it from a raw body or a multipart upload", async () => {
    const { project, owner, analyst, outsider } = await makeTeam();
    await makeSource(project, owner, { text: "# A note\n\nJapan pledged a grant for Wattay airport." });
    const [o, a, x] = await Promise.all([owner, analyst, outsider].map(tokenOf));
    const params = { params: Promise.resolve({ projectId: project.id }) };

    expect((await backup.GET(get(a!), params)).status).toBe(403);
    expect((await backup.GET(get(x!), params)).status).toBe(404);
    const download = await backup.GET(get(o!), params);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''.*-backup-/);
    const file = await download.text();

    const raw = await restore.POST(post(a!, file, "application/json"), { params: Promise.resolve({}) });
    expect(raw.status).toBe(201);
    const restored = (await raw.json()) as { project: { id: string; name: string }; counts: Record<string, number> };
    expect(restored.project.name).toBe(project.name);
    expect(restored.counts.sources).toBe(1);
    expect(await db.membership.findMany({ where: { projectId: restored.project.id }, select: { userId: true, role: true } })).toEqual([
      { userId: analyst.id, role: "OWNER" },
    ]);

    const form = new FormData();
    form.set("file", new File([file], "backup.json", { type: "application/json" }));
    const upload = await restore.POST(post(a!, form), { params: Promise.resolve({}) });
    expect(upload.status).toBe(201);
    expect(((await upload.json()) as { project: { name: string } }).project.name).toBe(`${project.name} (restored)`);

    const bad = await restore.POST(post(a!, JSON.stringify({ format: "claimwork-project-backup", version: 9 }), "application/json"), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/version 9/);
  });
});
