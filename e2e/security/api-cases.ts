import type { ProjectAction } from "@/lib/authz/permissions";
import { createBrief } from "@/lib/briefs/create-brief";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { submitBrief } from "@/lib/briefs/submit-brief";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { putDocxTemplate } from "@/lib/docx-template/put-docx-template";
import { relateClaims } from "@/lib/relations/relate-claims";
import { houseTemplate } from "@/lib/testing/docx-template-fixture";
import { briefBy, claimBy, extraMember, freshInvitation, freshSource, freshTheme, other, ownClaim, smallBackup } from "./builders";
import { sourceText, unique, type Role, type SecureProject } from "./world";

/** One request: the URL's dynamic segments, its query, and its body. */
export type RequestSpec = {
  params: Record<string, string>;
  query?: string;
  json?: unknown;
  raw?: { body: string | Buffer; contentType: string };
};

export type ApiCase = {
  /** What the case does, when an endpoint has more than one. */
  name?: string;
  /** The permission it needs; "user" for endpoints of one's own account, open to every signed-in user. */
  action: ProjectAction | "user";
  /** The status of success. */
  status: 200 | 201 | 204;
  /** Builds fresh objects for the case (as they would be when `role` acts) and the request that acts on them. */
  prepare: (t: SecureProject, role: Role) => Promise<RequestSpec>;
};

const at = (t: SecureProject, more: Record<string, string> = {}) => ({ params: { projectId: t.project.id, ...more } });

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/** The project with a Word template, as its owner uploads it (a case before may have removed it). */
const withTemplate = async (t: SecureProject) =>
  putDocxTemplate({ userId: t.owner.id, projectId: t.project.id, file: { name: "house.docx", bytes: new Uint8Array(await houseTemplate()) } });

/**
 * Every endpoint and method of /api/v1, keyed as "METHOD /api/v1/…" with the
 * file system's dynamic segments. The inventory test fails when an endpoint
 * has no case here.
 */
export const API_CASES: Record<string, ApiCase[]> = {
  "GET /api/v1/me": [{ action: "user", status: 200, prepare: async () => ({ params: {} }) }],
  "GET /api/v1/notifications": [{ action: "user", status: 200, prepare: async () => ({ params: {}, query: "unread=1" }) }],
  "POST /api/v1/notifications/read": [{ action: "user", status: 200, prepare: async () => ({ params: {}, json: { all: true } }) }],
  "POST /api/v1/invitations/[token]/accept": [{ action: "user", status: 200, prepare: async () => ({ params: { token: await freshInvitation() } }) }],
  "POST /api/v1/invitations/[token]/decline": [{ action: "user", status: 200, prepare: async () => ({ params: { token: await freshInvitation() } }) }],
  "GET /api/v1/projects": [{ action: "user", status: 200, prepare: async () => ({ params: {} }) }],
  "POST /api/v1/projects": [{ action: "user", status: 201, prepare: async () => ({ params: {}, json: { name: `Project ${unique()}` } }) }],
  "POST /api/v1/projects/restore": [
    { action: "user", status: 201, prepare: async () => ({ params: {}, raw: { body: await smallBackup(), contentType: "application/json" } }) },
  ],
  "GET /api/v1/projects/[projectId]": [{ action: "project.read", status: 200, prepare: async (t) => at(t) }],
  "PATCH /api/v1/projects/[projectId]": [
    { action: "project.update", status: 200, prepare: async (t) => ({ ...at(t), json: { description: `Now ${unique()}` } }) },
    { name: "blind review", action: "project.update", status: 200, prepare: async (t) => ({ ...at(t), json: { blindReview: true } }) },
  ],
  "GET /api/v1/projects/[projectId]/agreement": [
    { action: "project.read", status: 200, prepare: async (t) => at(t) },
    { name: "as CSV", action: "project.read", status: 200, prepare: async (t) => ({ ...at(t), query: "format=csv" }) },
  ],
  "GET /api/v1/citation-styles": [{ action: "user", status: 200, prepare: async () => ({ params: {} }) }],
  "PUT /api/v1/projects/[projectId]/docx-template": [
    { action: "project.update", status: 200, prepare: async (t) => ({ ...at(t), query: "name=house.docx", raw: { body: await houseTemplate(), contentType: DOCX } }) },
  ],
  "GET /api/v1/projects/[projectId]/docx-template": [{ action: "project.update", status: 200, prepare: async (t) => (await withTemplate(t), at(t)) }],
  "DELETE /api/v1/projects/[projectId]/docx-template": [{ action: "project.update", status: 204, prepare: async (t) => (await withTemplate(t), at(t)) }],
  "POST /api/v1/projects/[projectId]/sources/references": [
    {
      action: "source.create",
      status: 201,
      prepare: async (t) => ({
        ...at(t),
        query: "name=library.bib",
        raw: { body: `@techreport{ref${unique()}, title = {Reference ${unique()}}, author = {Phommachanh, Mai}, institution = {Lao Policy Institute}, year = {2025}}`, contentType: "application/x-bibtex" },
      }),
    },
  ],
  "GET /api/v1/projects/[projectId]/activity": [{ action: "activity.read", status: 200, prepare: async (t) => ({ ...at(t), query: "type=Claim" }) }],
  "GET /api/v1/projects/[projectId]/activity/export": [{ action: "activity.export", status: 200, prepare: async (t) => at(t) }],
  "GET /api/v1/projects/[projectId]/backup": [{ action: "project.backup", status: 200, prepare: async (t) => at(t) }],
  "GET /api/v1/projects/[projectId]/briefs": [{ action: "project.read", status: 200, prepare: async (t) => at(t) }],
  "POST /api/v1/projects/[projectId]/briefs": [{ action: "brief.create", status: 201, prepare: async (t) => ({ ...at(t), json: { title: `Brief ${unique()}` } }) }],
  "GET /api/v1/projects/[projectId]/briefs/[briefId]": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t, { briefId: t.brief.id }), query: "appendix=1" }) }],
  "PATCH /api/v1/projects/[projectId]/briefs/[briefId]": [
    {
      name: "someone else's brief",
      action: "brief.edit",
      status: 200,
      prepare: async (t, role) => {
        const brief = await briefBy(t, other(t, role));
        const { version } = await db.brief.findUniqueOrThrow({ where: { id: brief.id } });
        return { ...at(t, { briefId: brief.id }), json: { baseVersion: version, body: "Laos is likely to default." } };
      },
    },
  ],
  "DELETE /api/v1/projects/[projectId]/briefs/[briefId]": [
    { name: "someone else's brief", action: "brief.delete_any", status: 204, prepare: async (t, role) => at(t, { briefId: (await briefBy(t, other(t, role))).id }) },
    {
      name: "one's own brief",
      action: "brief.edit",
      status: 204,
      prepare: async (t, role) => {
        const brief = await briefBy(t, other(t, role));
        await db.brief.update({ where: { id: brief.id }, data: { authorId: t.members[role].id } });
        return at(t, { briefId: brief.id });
      },
    },
  ],
  "POST /api/v1/projects/[projectId]/briefs/[briefId]/approve": [
    {
      action: "brief.approve",
      status: 200,
      prepare: async (t, role) => {
        const author = other(t, role);
        const brief = await createBrief({ userId: author.id, projectId: t.project.id, input: { title: `For approval ${unique()}`, body: "Japan funds Wattay." } });
        await submitBrief({ userId: author.id, projectId: t.project.id, briefId: brief.id });
        return at(t, { briefId: brief.id });
      },
    },
  ],
  "GET /api/v1/projects/[projectId]/briefs/[briefId]/comments": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { briefId: t.brief.id }) }],
  "POST /api/v1/projects/[projectId]/briefs/[briefId]/comments": [
    { action: "comment.create", status: 201, prepare: async (t) => ({ ...at(t, { briefId: t.brief.id }), json: { body: `A question ${unique()}` } }) },
  ],
  // One export of a brief runs at a time (409 meanwhile): each case exports a brief of its own.
  "GET /api/v1/projects/[projectId]/briefs/[briefId]/export": [
    { action: "project.read", status: 200, prepare: async (t) => ({ ...at(t, { briefId: (await briefBy(t, t.owner)).id }), query: "format=md" }) },
  ],
  "POST /api/v1/projects/[projectId]/briefs/[briefId]/marks/dismiss": [
    {
      action: "brief.edit",
      status: 200,
      prepare: async (t) => {
        const brief = await briefBy(t, t.owner);
        const { marks } = await getBriefDocument({ userId: t.owner.id, projectId: t.project.id, briefId: brief.id });
        return { ...at(t, { briefId: brief.id }), json: { key: marks[0]!.key } };
      },
    },
  ],
  "POST /api/v1/projects/[projectId]/briefs/[briefId]/submit": [{ action: "brief.edit", status: 200, prepare: async (t) => at(t, { briefId: (await briefBy(t, t.owner)).id }) }],
  "POST /api/v1/projects/[projectId]/briefs/[briefId]/versions/[version]/restore": [
    {
      action: "brief.edit",
      status: 200,
      prepare: async (t) => {
        const brief = await briefBy(t, t.owner);
        const first = await db.briefVersion.findFirstOrThrow({ where: { briefId: brief.id }, orderBy: { version: "asc" } });
        return at(t, { briefId: brief.id, version: String(first.version) });
      },
    },
  ],
  "GET /api/v1/projects/[projectId]/briefs/[briefId]/versions": [
    { action: "project.read", status: 200, prepare: async (t) => at(t, { briefId: t.brief.id }) },
    { name: "a difference", action: "project.read", status: 200, prepare: async (t) => ({ ...at(t, { briefId: t.brief.id }), query: `from=1&to=${t.params.version}` }) },
  ],
  "GET /api/v1/projects/[projectId]/claims": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t), query: "status=IN_REVIEW" }) }],
  "POST /api/v1/projects/[projectId]/claims": [
    {
      action: "claim.create",
      status: 201,
      prepare: async (t) => ({ ...at(t), json: { sourceId: t.source.id, start: 0, end: 20, paraphrase: "A new claim", themeIds: [t.theme.id], citationIds: [t.citation.id] } }),
    },
  ],
  "GET /api/v1/projects/[projectId]/claims/[claimId]": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { claimId: t.claim.id }) }],
  "PATCH /api/v1/projects/[projectId]/claims/[claimId]": [
    { name: "someone else's claim", action: "claim.update_any", status: 200, prepare: async (t, role) => ({ ...at(t, { claimId: (await claimBy(t, other(t, role))).id }), json: { paraphrase: "Edited" } }) },
    { name: "one's own claim", action: "claim.update_own", status: 200, prepare: async (t, role) => ({ ...at(t, { claimId: (await ownClaim(t, role)).id }), json: { credibility: 2 } }) },
  ],
  "DELETE /api/v1/projects/[projectId]/claims/[claimId]": [
    { name: "someone else's claim", action: "claim.update_any", status: 204, prepare: async (t, role) => at(t, { claimId: (await claimBy(t, other(t, role))).id }) },
    { name: "one's own claim", action: "claim.update_own", status: 204, prepare: async (t, role) => at(t, { claimId: (await ownClaim(t, role)).id }) },
  ],
  "POST /api/v1/projects/[projectId]/claims/[claimId]/assign": [
    { action: "claim.assign", status: 200, prepare: async (t) => ({ ...at(t, { claimId: (await claimBy(t, t.owner, { submit: true })).id }), json: { assigneeId: t.reviewer.id } }) },
  ],
  "GET /api/v1/projects/[projectId]/claims/[claimId]/comments": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { claimId: t.claim.id }) }],
  "POST /api/v1/projects/[projectId]/claims/[claimId]/comments": [
    { action: "comment.create", status: 201, prepare: async (t) => ({ ...at(t, { claimId: t.claim.id }), json: { body: `Which note? ${unique()}`, parentId: t.comment.id } }) },
  ],
  "GET /api/v1/projects/[projectId]/claims/[claimId]/provenance": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { claimId: t.claim.id }) }],
  "GET /api/v1/projects/[projectId]/claims/[claimId]/relations": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { claimId: t.claim.id }) }],
  "POST /api/v1/projects/[projectId]/claims/[claimId]/relations": [
    {
      action: "claim.relate",
      status: 201,
      prepare: async (t) => {
        const [claim, target] = [await claimBy(t, t.owner), await claimBy(t, t.analyst)];
        return { ...at(t, { claimId: claim.id }), json: { targetId: target.id, kind: "corroborates", note: "Same pledge" } };
      },
    },
  ],
  "GET /api/v1/projects/[projectId]/claims/[claimId]/relations/suggestions": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { claimId: t.claim.id }) }],
  "DELETE /api/v1/projects/[projectId]/claims/[claimId]/relations/[relationId]": [
    {
      action: "claim.relate",
      status: 204,
      prepare: async (t) => {
        const [claim, target] = [await claimBy(t, t.owner), await claimBy(t, t.analyst)];
        const relation = await relateClaims({ userId: t.owner.id, projectId: t.project.id, claimId: claim.id, input: { targetId: target.id, kind: "contradicts" } });
        return at(t, { claimId: target.id, relationId: relation.id });
      },
    },
  ],
  "POST /api/v1/projects/[projectId]/claims/[claimId]/pass-back": [
    {
      name: "assigned to the actor",
      action: "claim.review",
      status: 200,
      prepare: async (t, role) => {
        const claim = await claimBy(t, other(t, role), { submit: true });
        await db.claim.update({ where: { id: claim.id }, data: { assigneeId: t.members[role].id } });
        return { ...at(t, { claimId: claim.id }), json: { comment: "Not my field." } };
      },
    },
  ],
  "GET /api/v1/projects/[projectId]/claims/[claimId]/reviews": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { claimId: t.claim.id }) }],
  "POST /api/v1/projects/[projectId]/claims/[claimId]/reviews": [
    {
      action: "claim.review",
      status: 201,
      prepare: async (t, role) => ({ ...at(t, { claimId: (await claimBy(t, other(t, role), { submit: true })).id }), json: { verdict: "VERIFIED", rationale: "The note says so." } }),
    },
  ],
  "POST /api/v1/projects/[projectId]/claims/[claimId]/submit": [
    { name: "someone else's draft", action: "claim.update_any", status: 200, prepare: async (t, role) => at(t, { claimId: (await claimBy(t, other(t, role))).id }) },
  ],
  "POST /api/v1/projects/[projectId]/claims/[claimId]/withdraw": [
    { name: "someone else's claim", action: "claim.update_any", status: 200, prepare: async (t, role) => at(t, { claimId: (await claimBy(t, other(t, role), { submit: true })).id }) },
  ],
  "POST /api/v1/projects/[projectId]/claims/bulk": [
    {
      action: "claim.assign",
      status: 200,
      prepare: async (t) => ({ ...at(t), json: { claimIds: [(await claimBy(t, t.owner, { submit: true })).id], operation: "assign", assigneeId: t.reviewer.id } }),
    },
  ],
  "PATCH /api/v1/projects/[projectId]/comments/[commentId]": [
    {
      name: "one's own comment",
      action: "comment.create",
      status: 200,
      prepare: async (t, role) => {
        const comment = await createComment({ userId: t.members[role].id, projectId: t.project.id, claimId: t.claim.id, input: { body: "Frist" } });
        return { ...at(t, { commentId: comment.id }), json: { body: "First" } };
      },
    },
  ],
  "DELETE /api/v1/projects/[projectId]/comments/[commentId]": [
    {
      name: "someone else's comment",
      action: "comment.moderate",
      status: 204,
      prepare: async (t, role) => {
        const comment = await createComment({ userId: other(t, role).id, projectId: t.project.id, claimId: t.claim.id, input: { body: "Moderate me" } });
        return at(t, { commentId: comment.id });
      },
    },
    {
      name: "one's own comment",
      action: "comment.create",
      status: 204,
      prepare: async (t, role) => {
        const comment = await createComment({ userId: t.members[role].id, projectId: t.project.id, claimId: t.claim.id, input: { body: "Oops" } });
        return at(t, { commentId: comment.id });
      },
    },
  ],
  "GET /api/v1/projects/[projectId]/exports/[file]": ["claims.csv", "claims.jsonld", "sources.csl.json", "sources.bib"].map((file) => ({
    name: file,
    action: "project.read" as const,
    status: 200 as const,
    prepare: async (t: SecureProject) => at(t, { file }),
  })),
  "GET /api/v1/projects/[projectId]/members": [{ action: "member.read", status: 200, prepare: async (t) => at(t) }],
  "POST /api/v1/projects/[projectId]/members": [
    { action: "member.manage", status: 201, prepare: async (t) => ({ ...at(t), json: { email: `someone-${unique()}@example.test`, role: "VIEWER" } }) },
  ],
  "PATCH /api/v1/projects/[projectId]/members/[userId]": [
    { action: "member.manage", status: 200, prepare: async (t) => ({ ...at(t, { userId: (await extraMember(t)).id }), json: { role: "REVIEWER" } }) },
  ],
  "DELETE /api/v1/projects/[projectId]/members/[userId]": [
    { name: "someone else", action: "member.manage", status: 204, prepare: async (t) => at(t, { userId: (await extraMember(t)).id }) },
  ],
  "GET /api/v1/projects/[projectId]/search": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t), query: "q=Wattay" }) }],
  "GET /api/v1/projects/[projectId]/sources": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t), query: "sort=title" }) }],
  "POST /api/v1/projects/[projectId]/sources": [{ action: "source.create", status: 201, prepare: async (t) => ({ ...at(t), json: { text: sourceText(unique(), "imported"), reliability: "B" } }) }],
  "GET /api/v1/projects/[projectId]/sources/[sourceId]": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t, { sourceId: t.source.id }), query: "version=1" }) }],
  "PATCH /api/v1/projects/[projectId]/sources/[sourceId]": [
    { action: "source.update", status: 200, prepare: async (t) => ({ ...at(t, { sourceId: (await freshSource(t)).id }), json: { reliability: "B" } }) },
    {
      name: "retracts",
      action: "source.update",
      status: 200,
      prepare: async (t) => ({ ...at(t, { sourceId: (await freshSource(t)).id }), json: { retracted: true, retractionNote: `Withdrawn ${unique()}` } }),
    },
  ],
  "GET /api/v1/projects/[projectId]/sources/[sourceId]/dependents": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { sourceId: t.source.id }) }],
  "GET /api/v1/projects/[projectId]/claims/[claimId]/dependents": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { claimId: t.claim.id }) }],
  "GET /api/v1/projects/[projectId]/warnings": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t), query: `open=1&briefId=${t.brief.id}` }) }],
  "POST /api/v1/projects/[projectId]/warnings/[warningId]/acknowledge": [
    {
      action: "warning.acknowledge",
      status: 200,
      prepare: async (t) => {
        const warning = await db.impactWarning.create({
          data: { projectId: t.project.id, code: "SOURCE_RETRACTED", causeSourceId: t.source.id, briefId: t.brief.id, message: `Retracted ${unique()}`, actorId: t.owner.id },
        });
        return { ...at(t, { warningId: warning.id }), json: { note: "Checked" } };
      },
    },
  ],
  "GET /api/v1/projects/[projectId]/sources/[sourceId]/citations": [{ action: "project.read", status: 200, prepare: async (t) => at(t, { sourceId: t.source.id }) }],
  "PATCH /api/v1/projects/[projectId]/sources/[sourceId]/citations/[citationId]": [
    {
      action: "source.update",
      status: 200,
      prepare: async (t) => {
        const source = await freshSource(t);
        const note = await db.citation.findFirstOrThrow({ where: { sourceId: source.id }, orderBy: { ordinal: "asc" } });
        return { ...at(t, { sourceId: source.id, citationId: note.id }), json: { text: `JICA, “Annual Report”, 2024 ${unique()}`, publisher: "JICA" } };
      },
    },
  ],
  "GET /api/v1/projects/[projectId]/sources/[sourceId]/original": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t, { sourceId: t.source.id }), query: "version=2" }) }],
  "POST /api/v1/projects/[projectId]/sources/[sourceId]/versions": [
    { action: "source.update", status: 201, prepare: async (t) => ({ ...at(t, { sourceId: (await freshSource(t)).id }), json: { text: sourceText(unique(), "revised") } }) },
  ],
  "GET /api/v1/projects/[projectId]/themes": [{ action: "project.read", status: 200, prepare: async (t) => at(t) }],
  "POST /api/v1/projects/[projectId]/themes": [
    { action: "theme.manage", status: 201, prepare: async (t) => ({ ...at(t), json: { name: `Theme ${unique()}`, colour: "#0088cc", parentId: t.theme.id } }) },
  ],
  "PATCH /api/v1/projects/[projectId]/themes/[themeId]": [
    { action: "theme.manage", status: 200, prepare: async (t) => ({ ...at(t, { themeId: (await freshTheme(t)).id }), json: { description: "Rivers and dams." } }) },
  ],
  "DELETE /api/v1/projects/[projectId]/themes/[themeId]": [{ action: "theme.manage", status: 204, prepare: async (t) => at(t, { themeId: (await freshTheme(t)).id }) }],
  "POST /api/v1/projects/[projectId]/themes/[themeId]/merge": [
    { action: "theme.manage", status: 200, prepare: async (t) => ({ ...at(t, { themeId: (await freshTheme(t)).id }), json: { targetId: (await freshTheme(t)).id } }) },
  ],
  "GET /api/v1/projects/[projectId]/themes/coverage": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t), query: "level=all" }) }],
  "GET /api/v1/projects/[projectId]/themes/export": [{ action: "project.read", status: 200, prepare: async (t) => ({ ...at(t), query: "format=qdc" }) }],
  "POST /api/v1/projects/[projectId]/themes/import": [
    {
      action: "theme.manage",
      status: 200,
      prepare: async (t) => ({
        ...at(t),
        raw: {
          contentType: "application/json",
          body: JSON.stringify({ format: "claimwork-codebook", version: 1, themes: [{ name: `Imported ${unique()}`, colour: "#123456", description: "", children: [] }] }),
        },
      }),
    },
  ],
};
