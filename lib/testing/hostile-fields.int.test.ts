import { untrusted } from "@/lib/validation";
import { beforeAll, describe, expect, it } from "vitest";
import { createBrief } from "@/lib/briefs/create-brief";
import { previewBrief } from "@/lib/briefs/preview-brief";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { updateClaim } from "@/lib/claims/update-claim";
import { createComment } from "@/lib/comments/create-comment";
import { updateComment } from "@/lib/comments/update-comment";
import { db } from "@/lib/db";
import { makeProject, makeSource, makeTeam, makeUser, TEST_ORIGIN } from "@/lib/factories";
import { addMember } from "@/lib/members/add-member";
import { createProject } from "@/lib/projects/create-project";
import { updateProject } from "@/lib/projects/update-project";
import { assignClaims } from "@/lib/reviews/assign-claims";
import { passBackClaim } from "@/lib/reviews/pass-back-claim";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { searchProject } from "@/lib/search/search-project";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { importSource } from "@/lib/sources/import-source";
import { listSources } from "@/lib/sources/list-sources";
import { updateCitation } from "@/lib/sources/update-citation";
import { updateSource } from "@/lib/sources/update-source";
import { createTheme } from "@/lib/themes/create-theme";
import { updateTheme } from "@/lib/themes/update-theme";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { changePassword } from "@/lib/users/change-password";
import { signUp } from "@/lib/users/sign-up";
import { attempt, expectClearRefusal, expectKeptAsText, expectNoPollution } from "./hostile-checks";
import { HOSTILE_BLOCK, HOSTILE_TEXT, HOSTILE_URLS, isWebAddress, longString, MEGABYTE_LINE, pollutedJson } from "./hostile-input";

const TEXT = `# A plain source

Japan pledged a grant for Wattay airport.¹ China remains the largest investor in Laos.

## Notes

1. Embassy of Japan, “Grant for Wattay”, 2024, https://www.la.emb-japan.go.jp/
`;

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let ids: { source: string; citation: string; claim: string; reviewClaim: string; theme: string; brief: string; comment: string; briefComment: string; analystProject: string };
let counter = 0;
/** Tokens are limited per user and hour, so each hostile name gets a token owner of its own. */
const tokenOwners: string[] = [];
const next = () => `${Date.now().toString(36)}-${++counter}`;

/** The rows an operation could leave behind in the project; a refused one must change none. */
async function footprint() {
  const projectId = team.project.id;
  const where = { projectId };
  const counts = await Promise.all([
    db.activity.count({ where }),
    db.source.count({ where }),
    db.sourceVersion.count({ where: { source: where } }),
    db.citation.count({ where: { source: where } }),
    db.claim.count({ where }),
    db.claimVersion.count({ where: { claim: where } }),
    db.theme.count({ where }),
    db.comment.count({ where }),
    db.review.count({ where: { claim: where } }),
    db.brief.count({ where }),
    db.briefVersion.count({ where: { brief: where } }),
    db.invitation.count({ where }),
    db.membership.count({ where }),
    db.notification.count({ where }),
    db.project.count({ where: { memberships: { some: { userId: { in: [team.owner.id, team.analyst.id] } } } } }),
    db.apiToken.count({ where: { userId: { in: [team.analyst.id, ...tokenOwners] } } }),
    db.activity.count({ where: { actorId: { in: [team.owner.id, team.analyst.id, team.reviewer.id] } } }),
  ]);
  return counts.join(",");
}

type Field = {
  op: string;
  field: string;
  /** The longest value accepted; one more character must be refused, naming the field. */
  max?: number;
  /** Values that must be refused whatever happens to the rest: addresses, e-mails and colours are not free text. */
  kind?: "text" | "url" | "email" | "colour" | "password" | "query";
  run: (value: string) => Promise<unknown>;
  /** Sets the stage for each run, before the rows are counted. */
  prepare?: () => Promise<unknown>;
  /** The stored value, read back from the database. */
  read?: (result: unknown) => Promise<unknown>;
  /** The text expected back, when the operation normalises it on purpose. */
  expected?: (sent: string) => string;
};

/** A source's text is normalised on import: line ends unified, control characters and BOMs dropped, NFC. */
const asDocument = (text: string) =>
  text
    .replace(/\r\n?|[\u2028\u2029\u000B\u000C]/g, "\n")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFEFF]/g, "")
    // Ligatures and typesetters' spaces are read as the letters and spaces they stand for.
    .replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize("NFKC"))
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .normalize("NFC");

const text = (max: number) => ({ max, kind: "text" as const });

function fields(): Field[] {
  const { project, owner, analyst, reviewer } = team;
  const projectId = project.id;
  const meta = (name: string) => ({
    op: "importSource.metadata",
    field: name,
    run: (value: string) =>
      importSource({ userId: analyst.id, projectId, input: { text: `Metadata ${next()}`, metadata: { title: `T ${next()}`, [name]: value } } }),
    read: async (r: unknown) => (await db.source.findUniqueOrThrow({ where: { id: (r as { source: { id: string } }).source.id } }))[name as "title"],
  });
  const update = (name: string) => ({
    op: "updateSource",
    field: name,
    run: (value: string) => updateSource({ userId: analyst.id, projectId, sourceId: ids.source, input: { title: "Source", [name]: value } }),
    read: async () => (await db.source.findUniqueOrThrow({ where: { id: ids.source } }))[name as "title"],
  });
  const note = (name: string) => ({
    op: "updateCitation",
    field: name,
    run: (value: string) => updateCitation({ userId: analyst.id, projectId, sourceId: ids.source, citationId: ids.citation, input: { [name]: value } }),
    read: async () => (await db.citation.findUniqueOrThrow({ where: { id: ids.citation } }))[name as "text"],
  });
  let password = owner.password;
  const claimRow = (id: string) => db.claim.findUniqueOrThrow({ where: { id } });
  return [
    { op: "createProject", field: "name", ...text(120), run: (v) => createProject({ userId: owner.id, input: { name: v } }), read: async (r) => (await db.project.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).name },
    { op: "createProject", field: "description", ...text(2000), run: (v) => createProject({ userId: owner.id, input: { name: `P ${next()}`, description: v } }), read: async (r) => (await db.project.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).description },
    { op: "updateProject", field: "name", ...text(120), run: (v) => updateProject({ userId: analyst.id, projectId: ids.analystProject, input: { name: v } }), read: async () => (await db.project.findUniqueOrThrow({ where: { id: ids.analystProject } })).name },
    { op: "updateProject", field: "description", ...text(2000), run: (v) => updateProject({ userId: analyst.id, projectId: ids.analystProject, input: { name: "Mine", description: v } }), read: async () => (await db.project.findUniqueOrThrow({ where: { id: ids.analystProject } })).description },
    { op: "addMember", field: "email", max: 254, kind: "email", run: (v) => addMember({ origin: TEST_ORIGIN, userId: owner.id, projectId, input: { email: v, role: "VIEWER" } }) },
    {
      op: "importSource",
      field: "text",
      kind: "text",
      // The first line of pasted text is taken for its title, so the hostile text follows a heading.
      run: (v) => importSource({ userId: analyst.id, projectId, input: { text: `# Pasted ${next()}\n\n${v}`, metadata: {} } }),
      read: async (r) => (await db.source.findUniqueOrThrow({ where: { id: (r as { source: { id: string } }).source.id } })).body,
      expected: asDocument,
    },
    { ...meta("title"), ...text(500) },
    { ...meta("publisher"), ...text(300) },
    { ...meta("language"), ...text(35) },
    { ...meta("url"), max: 2000, kind: "url" },
    { ...meta("publishedOn"), kind: "query" },
    {
      ...meta("authors"),
      ...text(200),
      // A form sends authors as one line split at semicolons and new lines: each piece is an author.
      read: async (r) => (await db.source.findUniqueOrThrow({ where: { id: (r as { source: { id: string } }).source.id } })).authors.join(";"),
      expected: (v: string) => v.split(/[;\n]/).map((a) => a.trim()).filter(Boolean).join(";"),
    },
    { ...update("title"), ...text(500) },
    { ...update("publisher"), ...text(300) },
    { ...update("language"), ...text(35) },
    { ...update("url"), max: 2000, kind: "url" },
    { ...note("text"), ...text(10_000) },
    { ...note("title"), ...text(500) },
    { ...note("publisher"), ...text(300) },
    { ...note("issued"), ...text(100) },
    { ...note("url"), max: 2000, kind: "url" },
    {
      ...note("authors"),
      ...text(200),
      // A form sends a note's authors one per line, or on one line separated by commas.
      read: async () => (await db.citation.findUniqueOrThrow({ where: { id: ids.citation } })).authors.join(";"),
      expected: (v: string) => v.split(/[;\n]/.test(v) ? /[;\n]/ : ",").map((a) => a.trim()).filter(Boolean).join(";"),
    },
    {
      op: "addSourceVersion",
      field: "text",
      kind: "text",
      run: (v) => addSourceVersion({ userId: analyst.id, projectId, sourceId: ids.source, input: { text: `# Version ${next()}\n\n${v}` } }),
      read: async () => (await db.source.findUniqueOrThrow({ where: { id: ids.source } })).body,
      expected: asDocument,
    },
    {
      op: "createClaim",
      field: "paraphrase",
      ...text(5000),
      run: (v) => createClaim({ userId: analyst.id, projectId, input: { sourceId: ids.source, start: 0, end: 10, paraphrase: v } }),
      read: async (r) => (await claimRow((r as { id: string }).id)).paraphrase,
    },
    {
      op: "createClaim",
      field: "note",
      ...text(5000),
      run: (v) => createClaim({ userId: analyst.id, projectId, input: { sourceId: ids.source, start: 0, end: 10, paraphrase: "p", note: v } }),
      read: async (r) => (await claimRow((r as { id: string }).id)).note,
    },
    { op: "createClaim", field: "start", kind: "query", run: (v) => createClaim({ userId: analyst.id, projectId, input: { sourceId: ids.source, start: v, end: 10, paraphrase: "p" } }) },
    { op: "createClaim", field: "sourceId", kind: "query", run: (v) => createClaim({ userId: analyst.id, projectId, input: { sourceId: v, start: 0, end: 10, paraphrase: "p" } }) },
    { op: "createClaim", field: "themeIds", kind: "query", run: (v) => createClaim({ userId: analyst.id, projectId, input: { sourceId: ids.source, start: 0, end: 10, paraphrase: "p", themeIds: [v] } }) },
    { op: "updateClaim", field: "paraphrase", ...text(5000), run: (v) => updateClaim({ userId: analyst.id, projectId, claimId: ids.claim, input: { paraphrase: v, credibility: 3 } }), read: async () => (await claimRow(ids.claim)).paraphrase },
    { op: "updateClaim", field: "note", ...text(5000), run: (v) => updateClaim({ userId: analyst.id, projectId, claimId: ids.claim, input: { paraphrase: "p", note: v, credibility: 3 } }), read: async () => (await claimRow(ids.claim)).note },
    { op: "createTheme", field: "name", ...text(80), run: (v) => createTheme({ userId: analyst.id, projectId, input: { name: v } }), read: async (r) => (await db.theme.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).name },
    { op: "createTheme", field: "description", ...text(1000), run: (v) => createTheme({ userId: analyst.id, projectId, input: { name: `Theme ${next()}`, description: v } }), read: async (r) => (await db.theme.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).description },
    { op: "createTheme", field: "colour", kind: "colour", run: (v) => createTheme({ userId: analyst.id, projectId, input: { name: `Theme ${next()}`, colour: v } }) },
    { op: "updateTheme", field: "name", ...text(80), run: (v) => updateTheme({ userId: analyst.id, projectId, themeId: ids.theme, input: { name: v } }), read: async () => (await db.theme.findUniqueOrThrow({ where: { id: ids.theme } })).name },
    { op: "updateTheme", field: "description", ...text(1000), run: (v) => updateTheme({ userId: analyst.id, projectId, themeId: ids.theme, input: { description: v } }), read: async () => (await db.theme.findUniqueOrThrow({ where: { id: ids.theme } })).description },
    { op: "updateTheme", field: "colour", kind: "colour", run: (v) => updateTheme({ userId: analyst.id, projectId, themeId: ids.theme, input: { colour: v } }) },
    { op: "updateTheme", field: "parentId", kind: "query", run: (v) => updateTheme({ userId: analyst.id, projectId, themeId: ids.theme, input: { parentId: v } }) },
    { op: "createComment", field: "body", ...text(10_000), run: (v) => createComment({ userId: reviewer.id, projectId, claimId: ids.claim, input: { body: v } }), read: async (r) => (await db.comment.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).body },
    { op: "createComment.reply", field: "body", ...text(10_000), run: (v) => createComment({ userId: reviewer.id, projectId, claimId: ids.claim, input: { body: v, parentId: ids.comment } }), read: async (r) => (await db.comment.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).body },
    { op: "createComment.reply", field: "parentId", kind: "query", run: (v) => createComment({ userId: reviewer.id, projectId, claimId: ids.claim, input: { body: "reply", parentId: v } }) },
    { op: "createComment.brief", field: "body", ...text(10_000), run: (v) => createComment({ userId: reviewer.id, projectId, briefId: ids.brief, input: { body: v } }), read: async (r) => (await db.comment.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).body },
    {
      op: "createComment.mention",
      field: "body",
      kind: "query",
      // A mention's label is whatever was typed; the chip shows the member's name, and a stranger's id is refused.
      run: (v) => createComment({ userId: reviewer.id, projectId, claimId: ids.claim, input: { body: `@[${v.slice(0, 100)}](user:${analyst.id}) and @[x](user:${v.slice(0, 64)})` } }),
    },
    { op: "updateComment", field: "body", ...text(10_000), run: (v) => updateComment({ userId: analyst.id, projectId, commentId: ids.comment, input: { body: v } }), read: async () => (await db.comment.findUniqueOrThrow({ where: { id: ids.comment } })).body },
    { op: "reviewClaim", field: "rationale", ...text(2000), run: (v) => reviewClaim({ userId: reviewer.id, projectId, claimId: ids.reviewClaim, input: { verdict: "DISPUTED", rationale: v } }), read: async (r) => (await db.review.findUniqueOrThrow({ where: { id: (r as { review: { id: string } }).review.id } })).rationale },
    { op: "reviewClaim", field: "evidenceUrl", max: 2000, kind: "url", run: (v) => reviewClaim({ userId: reviewer.id, projectId, claimId: ids.reviewClaim, input: { verdict: "DISPUTED", rationale: "r", evidenceUrl: v } }), read: async (r) => (await db.review.findUniqueOrThrow({ where: { id: (r as { review: { id: string } }).review.id } })).evidenceUrl },
    {
      op: "passBackClaim",
      field: "comment",
      ...text(2000),
      prepare: () => assignClaims({ userId: analyst.id, projectId, input: { claimIds: [ids.reviewClaim], assigneeId: reviewer.id } }),
      run: (v) => passBackClaim({ userId: reviewer.id, projectId, claimId: ids.reviewClaim, input: { comment: v } }),
      read: async () => (await db.comment.findFirstOrThrow({ where: { claimId: ids.reviewClaim }, orderBy: { createdAt: "desc" } })).body,
    },
    { op: "createBrief", field: "title", ...text(200), run: (v) => createBrief({ userId: analyst.id, projectId, input: { title: v } }), read: async (r) => (await db.brief.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).title },
    { op: "createBrief", field: "summary", ...text(2000), run: (v) => createBrief({ userId: analyst.id, projectId, input: { title: "B", summary: v } }), read: async (r) => (await db.brief.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).summary },
    { op: "createBrief", field: "audience", ...text(200), run: (v) => createBrief({ userId: analyst.id, projectId, input: { title: "B", audience: v } }), read: async (r) => (await db.brief.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).audience },
    { op: "createBrief", field: "body", max: 200_000, kind: "text", run: (v) => createBrief({ userId: analyst.id, projectId, input: { title: "B", body: v } }), read: async (r) => (await db.brief.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).body },
    ...(["title", "summary", "audience", "body"] as const).map((name) => ({
      op: "saveBrief",
      field: name,
      ...text({ title: 200, summary: 2000, audience: 200, body: 200_000 }[name]),
      run: async (v: string) => {
        const { version } = await db.brief.findUniqueOrThrow({ where: { id: ids.brief } });
        return saveBrief({ userId: analyst.id, projectId, briefId: ids.brief, input: { baseVersion: version, title: "B", [name]: v } });
      },
      read: async () => (await db.brief.findUniqueOrThrow({ where: { id: ids.brief } }))[name],
    })),
    { op: "previewBrief", field: "body", kind: "query", run: (v) => previewBrief({ userId: analyst.id, projectId, briefId: ids.brief, input: { body: v } }) },
    {
      op: "createApiToken",
      field: "name",
      ...text(100),
      prepare: async () => tokenOwners.unshift((await makeUser()).id),
      run: (v) => createApiToken({ userId: tokenOwners[0]!, input: { name: v } }), read: async (r) => (await db.apiToken.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).name },
    { op: "signUp", field: "name", ...text(100), run: (v) => signUp({ name: v, email: `hostile-${next()}@example.test`, password: "a long enough password" }), read: async (r) => (await db.user.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).name },
    { op: "signUp", field: "email", max: 254, kind: "email", run: (v) => signUp({ name: "Hostile", email: v, password: "a long enough password" }), read: async (r) => (await db.user.findUniqueOrThrow({ where: { id: (r as { id: string }).id } })).email },
    { op: "signUp", field: "password", max: 200, kind: "password", run: (v) => signUp({ name: "Hostile", email: `hostile-${next()}@example.test`, password: v }) },
    {
      op: "changePassword",
      field: "newPassword",
      max: 200,
      kind: "password",
      run: async (v) => {
        const changed = await changePassword({ userId: owner.id, currentSessionId: null, input: { currentPassword: password, newPassword: v } });
        password = v;
        return changed;
      },
    },
    { op: "searchProject", field: "q", kind: "query", run: (v) => searchProject({ userId: analyst.id, projectId, query: v }) },
    { op: "listClaims", field: "q", kind: "query", run: (v) => listClaims({ userId: analyst.id, projectId, filters: { q: v, theme: v, author: v } }) },
    { op: "listSources", field: "publisher", kind: "query", run: (v) => listSources({ userId: analyst.id, projectId, filters: { publisher: v, from: v } }) },
  ];
}

beforeAll(async () => {
  team = await makeTeam();
  const { project, owner, analyst, reviewer } = team;
  const projectId = project.id;
  const source = await makeSource(project, analyst, { text: TEXT });
  const citation = await db.citation.findFirstOrThrow({ where: { sourceId: source.id } });
  const claim = await createClaim({ userId: analyst.id, projectId, input: { sourceId: source.id, start: 0, end: 10, paraphrase: "First" } });
  const toReview = await createClaim({ userId: analyst.id, projectId, input: { sourceId: source.id, start: 0, end: 10, paraphrase: "Second", submit: true } });
  const theme = await createTheme({ userId: analyst.id, projectId, input: { name: "Renamed again and again" } });
  const brief = await createBrief({ userId: analyst.id, projectId, input: { title: "Brief" } });
  const comment = await createComment({ userId: analyst.id, projectId, claimId: claim.id, input: { body: "First comment" } });
  const briefComment = await createComment({ userId: analyst.id, projectId, briefId: brief.id, input: { body: "On the brief" } });
  const mine = await makeProject(analyst, { name: "Mine" });
  ids = { source: source.id, citation: citation.id, claim: claim.id, reviewClaim: toReview.id, theme: theme.id, brief: brief.id, comment: comment.id, briefComment: briefComment.id, analystProject: mine.id };
  expect(owner && reviewer).toBeTruthy();
});

describe("hostile input in every text field of lib/", () => {
  it("is stored as the text it is, or refused with a clear message that names the field, leaving nothing behind", { timeout: 120_000 }, async () => {
    const covered: string[] = [];
    for (const f of fields()) {
      const values = [
        ...HOSTILE_TEXT.map((e) => ({ name: e.name, value: e.value })),
        ...(f.kind === "url" ? HOSTILE_URLS.map((e) => ({ name: e.name, value: e.value })) : []),
        { name: "1 MB line", value: MEGABYTE_LINE },
        // Unique, so a name taken by an earlier field's run is no reason to refuse it.
        ...(f.max ? [{ name: "at the limit", value: `${next()}${longString(f.max, "<b>x</b>")}`.slice(0, f.max) }, { name: "over the limit", value: longString(f.max + 1, "<b>x</b>") }] : []),
      ];
      for (const { name, value } of values) {
        const label = `${f.op}.${f.field} ← ${name}`;
        await f.prepare?.();
        const before = await footprint();
        const outcome = await attempt(label, () => f.run(value));
        if (!outcome.ok) {
          expect(name === "at the limit" && f.kind === "text", `${label}: refused ${outcome.error.message}`).toBe(false);
          expectClearRefusal(label, outcome.error, f.kind === "query" ? undefined : f.field);
          expect(await footprint(), `${label}: a refusal leaves nothing behind`).toBe(before);
          if (name === "over the limit") expect(outcome.error.code, label).toBe("invalid");
          continue;
        }
        expect(name, `${label}: more than the field's limit was accepted`).not.toBe("over the limit");
        if (!f.read) continue;
        const stored = await f.read(outcome.value);
        if (f.kind === "url") expect(isWebAddress(stored as string | null), `${label}: stored ${String(stored)}`).toBe(true);
        else if (f.kind === "email") expect(stored, label).toMatch(/^[^\s<>"]+@[^\s<>"]+$/);
        // PostgreSQL cannot hold NUL: it is the one character dropped on the way in.
        else expectKeptAsText(label, stored, (f.expected ?? ((v: string) => v))(value.replaceAll("\u0000", "")));
      }
      if (f.max) covered.push(`${f.op}.${f.field}`);
    }
    // The limits themselves are exercised, not only the hostile characters.
    expect(covered.length).toBeGreaterThan(30);
  });

  it("ignores prototype-pollution keys in the bodies of every operation", async () => {
    const { project, analyst } = team;
    const body = (fields: Record<string, unknown>) => untrusted(JSON.parse(pollutedJson(fields)) as Record<string, unknown>);
    // The hostile versions above replaced the first source's notes.
    const fresh = await makeSource(project, analyst, { text: TEXT });
    const freshNote = await db.citation.findFirstOrThrow({ where: { sourceId: fresh.id } });
    const results = [
      await createProject({ userId: analyst.id, input: body({ name: `Polluted ${next()}` }) as never }),
      await createTheme({ userId: analyst.id, projectId: project.id, input: body({ name: `Polluted ${next()}` }) as never }),
      await createClaim({ userId: analyst.id, projectId: project.id, input: body({ sourceId: ids.source, start: 0, end: 10, paraphrase: "polluted" }) }),
      await createComment({ userId: analyst.id, projectId: project.id, claimId: ids.claim, input: body({ body: "polluted" }) }),
      await createBrief({ userId: analyst.id, projectId: project.id, input: body({ title: "polluted" }) }),
      await updateSource({ userId: analyst.id, projectId: project.id, sourceId: ids.source, input: body({ title: "polluted" }) }),
      await updateCitation({ userId: analyst.id, projectId: project.id, sourceId: fresh.id, citationId: freshNote.id, input: body({ text: "polluted" }) }),
      await createApiToken({ userId: analyst.id, input: body({ name: "polluted" }) }),
    ];
    expect(results.every(Boolean)).toBe(true);
    expectNoPollution("after polluted bodies");
    const rows = await db.activity.findMany({ where: { projectId: project.id }, orderBy: { createdAt: "desc" }, take: 10 });
    expect(JSON.stringify(rows)).not.toContain("isAdmin");
  });

  it("keeps a quote selected across hostile source text as the same characters", async () => {
    const { project, analyst } = team;
    const hostile = `# Hostile quotes\n\n${HOSTILE_BLOCK}`;
    const { source } = await importSource({ userId: analyst.id, projectId: project.id, input: { text: hostile, metadata: { title: "Hostile quotes" } } });
    const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
    for (const entry of HOSTILE_TEXT.filter((e) => !e.value.includes("\u0000")).slice(0, 12)) {
      const sample = Buffer.from(entry.value, "utf8").toString("utf8").slice(0, 30).trim();
      const start = body.indexOf(sample);
      expect(start, `${entry.name} is in the stored text`).toBeGreaterThanOrEqual(0);
      const claim = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start, end: start + sample.length, paraphrase: entry.value } });
      const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
      expect(row.exact, entry.name).toBe(sample);
    }
    const reversed = await attempt("createClaim backwards", () =>
      createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start: 40, end: 4, paraphrase: "p" } }),
    );
    expect(reversed.ok).toBe(false);
    const beyond = await attempt("createClaim past the end", () =>
      createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: body.length + 10, paraphrase: "p" } }),
    );
    expect(beyond.ok).toBe(false);
  });

  it("makes a token name, a project and a user with hostile text all readable back", async () => {
    const user = await makeUser({ name: HOSTILE_TEXT[0]!.value });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(HOSTILE_TEXT[0]!.value);
  });
});
