import JSZip from "jszip";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as route from "@/app/api/v1/projects/[projectId]/docx-template/route";
import { createBrief } from "@/lib/briefs/create-brief";
import { exportBrief } from "@/lib/briefs/export-brief";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { makeTeam } from "@/lib/factories";
import { houseTemplate, HEADING_FONT, TEMPLATE_HEADER } from "@/lib/testing/docx-template-fixture";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { describeDocxTemplate } from "./get-docx-template";
import { putDocxTemplate } from "./put-docx-template";

const tokenOf = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "test" } })).token!;
const url = (query = "") => `http://localhost/api/v1/projects/x/docx-template${query}`;
const request = (method: string, token: string, body?: BodyInit, type?: string, query?: string) =>
  new NextRequest(url(query), { method, headers: { authorization: `Bearer ${token}`, ...(type ? { "content-type": type } : {}) }, body });
const paramsOf = (projectId: string) => ({ params: Promise.resolve({ projectId }) });
const messageOf = async (response: Response) => ((await response.json()) as { error: { message: string } }).error.message;

describe("the project's Word template API", () => {
  it("lets an owner upload, download, replace and remove it; refuses others and bad files", async () => {
    const { project, owner, analyst, outsider } = await makeTeam();
    const [o, a, x] = await Promise.all([owner, analyst, outsider].map(tokenOf));
    const params = paramsOf(project.id);
    const template = await houseTemplate();

    expect((await route.PUT(request("PUT", a!, new Uint8Array(template), "application/octet-stream", "?name=house.docx"), params)).status).toBe(403);
    expect((await route.PUT(request("PUT", x!, new Uint8Array(template), "application/octet-stream", "?name=house.docx"), params)).status).toBe(404);
    expect((await route.GET(request("GET", o!), params)).status).toBe(404);

    const bad = await route.PUT(request("PUT", o!, new TextEncoder().encode("not a word file"), "application/octet-stream", "?name=notes.docx"), params);
    expect(bad.status).toBe(400);
    expect(await messageOf(bad)).toMatch(/not a Word document/);
    const zip = new JSZip().file("word/document.xml", "<w:document/>");
    const noStyles = await route.PUT(request("PUT", o!, await zip.generateAsync({ type: "arraybuffer" }), "application/octet-stream"), params);
    expect(noStyles.status).toBe(400);
    expect(await messageOf(noStyles)).toMatch(/no styles/);
    expect(await db.docxTemplate.count({ where: { projectId: project.id } })).toBe(0);

    const raw = await route.PUT(request("PUT", o!, new Uint8Array(template), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "?name=house.docx"), params);
    expect(raw.status).toBe(200);
    expect(await raw.json()).toMatchObject({ name: "house.docx", size: template.byteLength });

    const form = new FormData();
    form.set("file", new File([new Uint8Array(template)], "LPI house style", { type: "" }));
    const multipart = await route.PUT(request("PUT", o!, form), params);
    expect(multipart.status).toBe(200);
    const row = await db.docxTemplate.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(row).toMatchObject({ name: "LPI house style.docx", uploadedById: owner.id });
    expect(Buffer.from(row.file)).toEqual(template);

    expect(await describeDocxTemplate({ userId: owner.id, projectId: project.id })).toMatchObject({ name: "LPI house style.docx", size: template.byteLength, uploadedBy: owner.name });
    expect((await route.GET(request("GET", a!), params)).status).toBe(403);
    const download = await route.GET(request("GET", o!), params);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''LPI%20house%20style.docx");
    expect(Buffer.from(await download.arrayBuffer())).toEqual(template);

    // Another project's owner finds nothing here.
    const other = await makeTeam();
    const otherToken = await tokenOf(other.owner);
    expect((await route.GET(request("GET", otherToken), params)).status).toBe(404);
    expect((await route.DELETE(request("DELETE", otherToken), params)).status).toBe(404);

    expect((await route.DELETE(request("DELETE", a!), params)).status).toBe(403);
    expect((await route.DELETE(request("DELETE", o!), params)).status).toBe(204);
    expect(await db.docxTemplate.count({ where: { projectId: project.id } })).toBe(0);
    expect((await route.DELETE(request("DELETE", o!), params)).status).toBe(404);

    const trail = await db.activity.findMany({ where: { projectId: project.id, action: { startsWith: "project.docx_template" } }, orderBy: { createdAt: "asc" } });
    expect(trail.map((r) => [r.action, r.actorId])).toEqual([
      ["project.docx_template_upload", owner.id],
      ["project.docx_template_upload", owner.id],
      ["project.docx_template_remove", owner.id],
    ]);
    expect(trail[1]!.before).toEqual({ name: "house.docx" });
  });

  it("is what a DOCX export of the project's briefs is written with", async () => {
    const { project, owner, viewer } = await makeTeam();
    const brief = await createBrief({ userId: owner.id, projectId: project.id, input: { title: "Wattay airport" } });
    const styled = async () => {
      const file = await exportBrief({ userId: viewer.id, projectId: project.id, briefId: brief.id, format: "docx" });
      const zip = await JSZip.loadAsync(file.body as Buffer);
      return { styles: await zip.file("word/styles.xml")!.async("string"), header: await zip.file("word/header1.xml")!.async("string") };
    };
    const plain = await styled();
    expect(plain.styles).not.toContain(HEADING_FONT);
    expect(plain.header).not.toContain(TEMPLATE_HEADER);

    const o = await tokenOf(owner);
    expect((await route.PUT(request("PUT", o, new Uint8Array(await houseTemplate()), "application/octet-stream"), paramsOf(project.id))).status).toBe(200);
    const house = await styled();
    expect(house.styles).toContain(`w:ascii="${HEADING_FONT}"`);
    expect(house.header).toContain(TEMPLATE_HEADER);
  });

  it("refuses a template over the upload limit", async () => {
    const { project, owner } = await makeTeam();
    const limit = env().MAX_UPLOAD_MB;
    const bytes = new Uint8Array(limit * 1024 * 1024 + 1);
    const error = await expectAppError(putDocxTemplate({ userId: owner.id, projectId: project.id, file: { name: "huge.docx", bytes } }), "invalid");
    expect(error.message).toBe(`The template is larger than the ${limit} MB limit.`);
    expect(await db.docxTemplate.count({ where: { projectId: project.id } })).toBe(0);
  });
});
