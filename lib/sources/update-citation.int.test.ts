import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as citationsRoute from "@/app/api/v1/projects/[projectId]/sources/[sourceId]/citations/route";
import * as citationRoute from "@/app/api/v1/projects/[projectId]/sources/[sourceId]/citations/[citationId]/route";
import { describeEvent } from "@/lib/activity/events";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { untrusted } from "@/lib/validation";
import { listCitations } from "./list-citations";
import { parseCitation } from "./parse/parse-citation";
import { updateCitation } from "./update-citation";

const TEXT = `# Wattay and its donors

Japan pledged a grant for the terminal.¹ JICA reported the figures.² China lent for the railway.³

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
2. JICA, “Annual Report 2024”, 2024, https://www.jica.go.jp/english/about/report/2024
3. Reuters, “China invests”, 2023
`;

async function setup() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: TEXT, title: "Wattay and its donors" });
  const notes = await db.citation.findMany({ where: { sourceId: source.id }, orderBy: { ordinal: "asc" } });
  const ids = (note: { id: string }) => ({ projectId: team.project.id, sourceId: source.id, citationId: note.id });
  return { ...team, source, notes, ids };
}

const noteRow = (id: string) => db.citation.findUniqueOrThrow({ where: { id }, omit: { createdAt: true } });
const trail = (id: string) => db.activity.findMany({ where: { objectType: "Citation", objectId: id }, orderBy: { createdAt: "asc" } });

describe("correcting a source's note", () => {
  it("reads the fields again from a new text, keeping the note's label and place", async () => {
    const { analyst, notes, ids } = await setup();
    const note = notes[1]!;
    const text = "Japan International Cooperation Agency, “Wattay Airport Terminal Expansion”, 2024, https://www.jica.go.jp/english/wattay";
    const updated = await updateCitation({ userId: analyst.id, ...ids(note), input: untrusted({ text, label: "9", ordinal: 7 }) });

    expect(updated).toMatchObject({ id: note.id, label: "2", ordinal: 2, text, revision: 2 });
    const { label: _label, ordinal: _ordinal, ...read } = parseCitation("2", 2, text);
    expect(await noteRow(note.id)).toMatchObject({ ...read, label: "2", ordinal: 2, revision: 2 });
    expect(read).toMatchObject({ title: "Wattay Airport Terminal Expansion", issued: "2024", url: "https://www.jica.go.jp/english/wattay" });
    // A field the new text no longer gives is cleared, not kept from the old text.
    await updateCitation({ userId: analyst.id, ...ids(note), input: { text: "JICA, “Annual Report”" } });
    expect(await noteRow(note.id)).toMatchObject({ title: "Annual Report", issued: null, url: null, revision: 3 });
  });

  it("lets the fields the analyst sends win over what the text says", async () => {
    const { owner, notes, ids } = await setup();
    const note = notes[0]!;
    const text = "Embassy of Japan in the Lao PDR, “Grant aid for Wattay”, 20 October 2024, https://www.la.emb-japan.go.jp/itpr_en/wattay.html";
    await updateCitation({ userId: owner.id, ...ids(note), input: { text, publisher: "Embassy of Japan", authors: "Kenji Sato, Mai Phommachanh" } });
    const { label: _label, ordinal: _ordinal, ...read } = parseCitation("1", 1, text);
    expect(await noteRow(note.id)).toMatchObject({ ...read, authors: ["Kenji Sato", "Mai Phommachanh"], publisher: "Embassy of Japan" });
    expect(read.url).toBe("https://www.la.emb-japan.go.jp/itpr_en/wattay.html");

    // Without a new text, only the fields sent change: a publisher read as "(JICA" is put right, a blank clears the date.
    await updateCitation({ userId: owner.id, ...ids(note), input: { publisher: "JICA", issued: "", authors: "Kanya R.\nSomsak V." } });
    expect(await noteRow(note.id)).toMatchObject({ text, title: read.title, publisher: "JICA", issued: null, authors: ["Kanya R.", "Somsak V."], revision: 3 });

    // The same values again change nothing: no revision, no row in the trail.
    await updateCitation({ userId: owner.id, ...ids(note), input: { publisher: "JICA", text } });
    expect((await noteRow(note.id)).revision).toBe(3);
    expect(await trail(note.id)).toHaveLength(2);
  });

  it("refuses an empty text, or an address that is not http or https, with the field named and nothing changed", async () => {
    const { analyst, notes, ids } = await setup();
    const note = notes[2]!;
    const before = await noteRow(note.id);
    for (const input of [{ text: "   " }, { text: "" }, untrusted({ text: null })]) {
      const error = await expectAppError(updateCitation({ userId: analyst.id, ...ids(note), input }), "invalid");
      expect(error.fieldErrors?.text?.[0]).toMatch(/A note needs its text/);
    }
    const url = await expectAppError(updateCitation({ userId: analyst.id, ...ids(note), input: { url: "javascript:alert(1)" } }), "invalid");
    expect(url.fieldErrors?.url).toEqual(["Use a web address starting with http:// or https://."]);
    const long = await expectAppError(updateCitation({ userId: analyst.id, ...ids(note), input: { text: "x".repeat(10_001) } }), "invalid");
    expect(long.fieldErrors?.text).toBeDefined();
    expect(await noteRow(note.id)).toEqual(before);
    expect(await trail(note.id)).toHaveLength(0);
  });

  it("answers not found for another project's note, or a note of another source, and changes neither", async () => {
    const a = await setup();
    const b = await setup();
    const note = a.notes[0]!;
    const before = await noteRow(note.id);
    const other = await makeSource(a.project, a.owner, { text: TEXT.replace("Wattay and its donors", "Another source") });
    const attempts = [
      // B's owner, naming A's note under B's project and source.
      () => updateCitation({ userId: b.owner.id, projectId: b.project.id, sourceId: b.source.id, citationId: note.id, input: { text: "Taken over" } }),
      // B's owner, naming A's project: not a member.
      () => updateCitation({ userId: b.owner.id, ...a.ids(note), input: { text: "Taken over" } }),
      // A's owner, A's note under another of A's sources, and B's note under A's source.
      () => updateCitation({ userId: a.owner.id, projectId: a.project.id, sourceId: other.id, citationId: note.id, input: { text: "Moved" } }),
      () => updateCitation({ userId: a.owner.id, ...a.ids(b.notes[0]!), input: { text: "Borrowed" } }),
      () => updateCitation({ userId: a.owner.id, ...a.ids({ id: "no-such-note" }), input: { text: "Nothing" } }),
    ];
    for (const attempt of attempts) await expectAppError(attempt(), "not_found");
    expect(await noteRow(note.id)).toEqual(before);
    expect(await noteRow(b.notes[0]!.id)).toMatchObject({ revision: 1 });
    await expectAppError(listCitations({ userId: a.owner.id, projectId: a.project.id, sourceId: b.source.id }), "not_found");
  });

  it("is refused to viewers and reviewers, as a source's details are", async () => {
    const { viewer, reviewer, analyst, notes, ids } = await setup();
    const note = notes[0]!;
    for (const user of [viewer, reviewer]) {
      await expectAppError(updateCitation({ userId: user.id, ...ids(note), input: { publisher: "Mine" } }), "forbidden");
    }
    expect((await noteRow(note.id)).revision).toBe(1);
    // They still read the notes.
    expect((await listCitations({ userId: viewer.id, projectId: ids(note).projectId, sourceId: ids(note).sourceId })).map((c) => c.label)).toEqual(["1", "2", "3"]);
    expect(await updateCitation({ userId: analyst.id, ...ids(note), input: { publisher: "Embassy of Japan" } })).toMatchObject({ revision: 2 });
  });

  it("refuses an edit based on an older revision, saying who changed what, and applies it on the current one", async () => {
    const { owner, analyst, notes, ids } = await setup();
    const note = notes[1]!;
    await updateCitation({ userId: owner.id, ...ids(note), input: { publisher: "Japan International Cooperation Agency" }, expectedRevision: 1 });
    const stale = await expectAppError(updateCitation({ userId: analyst.id, ...ids(note), input: { title: "Annual report" }, expectedRevision: 1 }), "conflict");
    expect(stale.message).toMatch(/^Note 2 changed since you opened it/);
    expect(stale.details).toMatchObject({
      currentRevision: 2,
      changedBy: { id: owner.id },
      changes: [{ field: "publisher", label: "Publisher", before: "(none)", after: "Japan International Cooperation Agency" }],
    });
    expect(Date.parse(String(stale.details?.changedAt))).not.toBeNaN();
    expect((await noteRow(note.id)).title).toBe("Annual Report 2024");

    await updateCitation({ userId: analyst.id, ...ids(note), input: { title: "Annual report" }, expectedRevision: 2 });
    expect(await noteRow(note.id)).toMatchObject({ title: "Annual report", publisher: "Japan International Cooperation Agency", revision: 3 });
  });

  it("two corrections of different fields at once both persist", async () => {
    const { owner, analyst, notes, ids } = await setup();
    const note = notes[2]!;
    await Promise.all([
      updateCitation({ userId: owner.id, ...ids(note), input: { publisher: "Reuters" } }),
      updateCitation({ userId: analyst.id, ...ids(note), input: { url: "https://www.reuters.com/world/china-invests" } }),
    ]);
    expect(await noteRow(note.id)).toMatchObject({ publisher: "Reuters", url: "https://www.reuters.com/world/china-invests", revision: 3 });
  });

  it("records the changed fields in the trail, which names the note and its source", async () => {
    const { analyst, project, notes, ids } = await setup();
    const note = notes[2]!;
    const text = "Reuters, “China invests in Lao railway”, 12 May 2023, https://www.reuters.com/";
    // Authors sent as they are change nothing, so they stay out of the row.
    await updateCitation({ userId: analyst.id, ...ids(note), input: { text, publisher: "Thomson Reuters", authors: note.authors } });
    const [row, ...more] = await trail(note.id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({ projectId: project.id, actorId: analyst.id, action: "citation.update", objectType: "Citation" });
    const saved = await noteRow(note.id);
    const fields = ["text", "title", "authors", "publisher", "issued", "url"] as const;
    const changed = fields.filter((key) => JSON.stringify(note[key]) !== JSON.stringify(saved[key]));
    expect(changed).toEqual(expect.arrayContaining(["text", "title", "publisher", "url"]));
    expect(changed).not.toContain("authors");
    const pick = (from: Record<string, unknown>) => Object.fromEntries(changed.map((key) => [key, from[key]]));
    expect(row!.before).toEqual(pick(note));
    expect(row!.after).toEqual({ ...pick(saved), publisher: "Thomson Reuters", label: "3", sourceTitle: "Wattay and its donors" });
    expect(describeEvent(row!)).toBe("edited note 3 of “Wattay and its donors”");
  });
});

/** A JSON answer, read loosely: the assertions say what it must hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function call<P>(
  route: (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>,
  token: string,
  params: P,
  init: { method: string; body?: unknown; ifMatch?: string },
) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  if (init.ifMatch !== undefined) headers["if-match"] = init.ifMatch;
  const request = new NextRequest("http://localhost/api/v1/x", { method: init.method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const response = await route(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get("etag"), json: (text ? JSON.parse(text) : {}) as Json };
}

describe("the notes API", () => {
  it("lists a source's notes with their revisions, and corrects one with If-Match and ETag", async () => {
    const { analyst, viewer, notes, ids } = await setup();
    const tokenOf = async (user: { id: string }) => (await createApiToken({ userId: user.id, input: { name: "notes" } })).token!;
    const [analystToken, viewerToken] = await Promise.all([tokenOf(analyst), tokenOf(viewer)]);
    const note = notes[1]!;
    const listed = await call(citationsRoute.GET, viewerToken, { projectId: ids(note).projectId, sourceId: ids(note).sourceId }, { method: "GET" });
    expect(listed.status).toBe(200);
    expect(listed.json.citations.map((c: Json) => [c.label, c.revision])).toEqual([["1", 1], ["2", 1], ["3", 1]]);

    const saved = await call(citationRoute.PATCH, analystToken, ids(note), { method: "PATCH", body: { publisher: "JICA" }, ifMatch: '"1"' });
    expect(saved).toMatchObject({ status: 200, etag: '"2"', json: { citation: { id: note.id, label: "2", publisher: "JICA", revision: 2 } } });
    const stale = await call(citationRoute.PATCH, analystToken, ids(note), { method: "PATCH", body: { title: "x" }, ifMatch: '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "conflict", details: { currentRevision: 2, changes: [{ field: "publisher", after: "JICA" }] } });
    expect((await call(citationRoute.PATCH, analystToken, ids(note), { method: "PATCH", body: { title: "x" }, ifMatch: "soon" })).status).toBe(400);
    const empty = await call(citationRoute.PATCH, analystToken, ids(note), { method: "PATCH", body: { text: "" } });
    expect(empty).toMatchObject({ status: 400, json: { error: { code: "invalid", fields: { text: [expect.stringMatching(/A note needs its text/)] } } } });
    expect((await call(citationRoute.PATCH, viewerToken, ids(note), { method: "PATCH", body: { title: "x" } })).status).toBe(403);
    expect((await noteRow(note.id)).title).toBe("Annual Report 2024");
  });
});
