import { randomBytes } from "node:crypto";
import { request as playwrightRequest, expect, type APIRequestContext } from "@playwright/test";
import { createBrief } from "@/lib/briefs/create-brief";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { putDocxTemplate } from "@/lib/docx-template/put-docx-template";
import { houseTemplate } from "@/lib/testing/docx-template-fixture";
import { linkToken, makeMember, makeProject, makeSource, makeUser, TEST_ORIGIN } from "@/lib/factories";
import { addMember } from "@/lib/members/add-member";
import { relateClaims } from "@/lib/relations/relate-claims";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { updateSource } from "@/lib/sources/update-source";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { createTheme } from "@/lib/themes/create-theme";
import { createApiToken } from "@/lib/tokens/create-api-token";

export const unique = () => randomBytes(4).toString("hex");

export type Actor = Awaited<ReturnType<typeof makeUser>> & { token: string };
export type Role = "OWNER" | "ANALYST" | "REVIEWER" | "VIEWER";

/** A user with a personal API token, as the API sees them. */
export async function makeActor(name?: string): Promise<Actor> {
  const user = await makeUser({ name });
  const { token } = await createApiToken({ userId: user.id, input: { name: "security tests" } });
  return { ...user, token };
}

export const bearer = (actor: { token: string }) => ({ Authorization: `Bearer ${actor.token}` });

/**
 * A project with one member of each role, and one of everything a URL can
 * name: a source with two versions and footnotes, a theme, a claim (tagged,
 * citing a footnote, in review, reviewed) related to a second claim, a comment and a brief with its
 * versions. Every text carries the project's marker, so a response that
 * leaks anything of the project can be caught by searching for it.
 */
export async function makeSecureProject(label: string) {
  const marker = `zq${label}${unique()}`;
  const [owner, analyst, reviewer, viewer] = await Promise.all([makeActor(), makeActor(), makeActor(), makeActor()]);
  const project = await makeProject(owner, { name: `Project ${marker}`, description: `About ${marker}` });
  const [, , , pending] = await Promise.all([
    makeMember(project, owner, analyst, "ANALYST"),
    makeMember(project, owner, reviewer, "REVIEWER"),
    makeMember(project, owner, viewer, "VIEWER"),
    addMember({ origin: TEST_ORIGIN, userId: owner.id, projectId: project.id, input: { email: `invitee-${marker}@example.test`, role: "VIEWER" } }),
  ]);
  const source = await makeSource(project, owner, { text: sourceText(marker, "first") });
  await addSourceVersion({ userId: owner.id, projectId: project.id, sourceId: source.id, input: { text: sourceText(marker, "second") } });
  const citation = await db.citation.findFirstOrThrow({ where: { sourceId: source.id }, orderBy: { ordinal: "asc" } });
  const theme = await createTheme({ userId: owner.id, projectId: project.id, input: { name: `Theme ${marker}`, colour: "#0088cc" } });
  const claim = await createClaim({
    userId: analyst.id,
    projectId: project.id,
    input: { sourceId: source.id, start: 0, end: 20, paraphrase: `Claim ${marker}`, themeIds: [theme.id], citationIds: [citation.id], submit: true },
  });
  await reviewClaim({ userId: reviewer.id, projectId: project.id, claimId: claim.id, input: { verdict: "NEEDS_EVIDENCE", rationale: `Rationale ${marker}` } });
  const related = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 20, paraphrase: `Related ${marker}` } });
  const relation = await relateClaims({ userId: analyst.id, projectId: project.id, claimId: claim.id, input: { targetId: related.id, kind: "corroborates", note: `Note ${marker}` } });
  const comment = await createComment({ userId: viewer.id, projectId: project.id, claimId: claim.id, input: { body: `Comment ${marker}` } });
  const brief = await createBrief({ userId: analyst.id, projectId: project.id, input: { title: `Brief ${marker}`, body: `Opening ${marker}.` } });
  await saveBrief({ userId: analyst.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 1, body: `Opening ${marker}. [[claim:${claim.id}]]` } });
  const briefVersion = await db.briefVersion.findFirstOrThrow({ where: { briefId: brief.id }, orderBy: { version: "desc" } });
  // An open impact warning on the brief, and a retracted source (to reinstate).
  const warning = await db.impactWarning.create({
    data: { projectId: project.id, code: "SOURCE_DOWNGRADED", causeSourceId: source.id, briefId: brief.id, message: `Downgraded ${marker}`, actorId: owner.id },
  });
  const retracted = await makeSource(project, owner, { text: sourceText(marker, "retracted"), title: `Retracted ${marker}` });
  await updateSource({ userId: owner.id, projectId: project.id, sourceId: retracted.id, input: { retracted: true, retractionNote: `Withdrawn ${marker}` } });
  await putDocxTemplate({ userId: owner.id, projectId: project.id, file: { name: `House ${marker}.docx`, bytes: new Uint8Array(await houseTemplate()) } });
  return {
    marker,
    project,
    owner,
    analyst,
    reviewer,
    viewer,
    members: { OWNER: owner, ANALYST: analyst, REVIEWER: reviewer, VIEWER: viewer } satisfies Record<Role, Actor>,
    source,
    citation,
    theme,
    claim,
    related,
    relation,
    comment,
    brief,
    /** The values of every dynamic segment of the app's URLs, for this project. */
    params: {
      projectId: project.id,
      sourceId: source.id,
      citationId: citation.id,
      claimId: claim.id,
      briefId: brief.id,
      warningId: warning.id,
      retractedSourceId: retracted.id,
      themeId: theme.id,
      commentId: comment.id,
      relationId: relation.id,
      userId: analyst.id,
      version: String(briefVersion.version),
      file: "claims.csv",
      /** A pending invitation's link token, which opens /invitations/[token]. */
      token: linkToken(pending.invitation.url),
    } as Record<string, string>,
    invitation: { id: pending.invitation.id, token: linkToken(pending.invitation.url) },
  };
}

export type SecureProject = Awaited<ReturnType<typeof makeSecureProject>>;

export const sourceText = (marker: string, edition: string) =>
  `# Source ${marker} (${edition})\n\nJapan has funded Wattay airport, says ${marker}.¹ It also trains teachers (${edition} edition).²\n\n## Notes\n\n1. Ministry of Foreign Affairs of Japan, “Press release ${marker}”, MOFA, 3 March 2025, https://www.mofa.go.jp/press/1.html\n2. JICA, “Annual Report ${edition}”, 2024\n`;

/**
 * Everything stored for a project, read back in a stable order: two reads
 * that compare equal mean that nothing in the project changed between them.
 */
export async function projectSnapshot(projectId: string) {
  const bySource = { source: { projectId } };
  const byClaim = { claim: { projectId } };
  const [project, memberships, invitations, sources, versions, citations, claims, claimThemes, claimCitations, themes, reviews, comments, briefs, briefVersions, activities, notifications, docxTemplate, claimRelations, impactWarnings] =
    await Promise.all([
      db.project.findUnique({ where: { id: projectId }, select: { name: true, description: true, citationStyle: true, marking: true, blindReview: true, updatedAt: true } }),
      db.membership.findMany({ where: { projectId }, select: { userId: true, role: true }, orderBy: { userId: "asc" } }),
      db.invitation.findMany({ where: { projectId }, select: { email: true, role: true }, orderBy: { email: "asc" } }),
      db.source.findMany({ where: { projectId }, select: { id: true, title: true, version: true, marking: true, retractedAt: true, retractionNote: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.sourceVersion.count({ where: bySource }),
      db.citation.findMany({ where: bySource, select: { id: true, text: true, publisher: true, revision: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.claim.findMany({ where: { projectId }, select: { id: true, status: true, paraphrase: true, assigneeId: true, marking: true, revision: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.claimTheme.findMany({ where: byClaim, select: { claimId: true, themeId: true }, orderBy: [{ claimId: "asc" }, { themeId: "asc" }] }),
      db.claimCitation.count({ where: byClaim }),
      db.theme.findMany({ where: { projectId }, select: { id: true, name: true, parentId: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.review.count({ where: byClaim }),
      db.comment.findMany({ where: { projectId }, select: { id: true, body: true, deletedAt: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.brief.findMany({ where: { projectId }, select: { id: true, version: true, status: true, dismissedMarks: true, marking: true, notePlacement: true, updatedAt: true }, orderBy: { id: "asc" } }),
      db.briefVersion.count({ where: { brief: { projectId } } }),
      db.activity.count({ where: { projectId } }),
      db.notification.count({ where: { projectId } }),
      db.docxTemplate.findUnique({ where: { projectId }, select: { name: true, createdAt: true } }),
      db.claimRelation.findMany({ where: { projectId }, select: { id: true, fromId: true, toId: true, kind: true, note: true }, orderBy: { id: "asc" } }),
      db.impactWarning.findMany({ where: { projectId }, select: { id: true, acknowledgedAt: true, acknowledgement: true }, orderBy: { id: "asc" } }),
    ]);
  return { project, memberships, invitations, sources, versions, citations, claims, claimThemes, claimCitations, themes, reviews, comments, briefs, briefVersions, activities, notifications, docxTemplate, claimRelations, impactWarnings };
}

/** A request context signed in through Auth.js's own endpoints, holding the session cookie. */
export async function signedInContext(baseURL: string, user: { email: string; password: string }): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in through Auth.js").toBe(302);
  expect(response.headers().location).not.toContain("error");
  return context;
}

/**
 * A context whose session cookie is still correctly signed but no longer
 * valid: its session was ended since (as a password change elsewhere ends
 * it). The proxy lets it through (it does not read the database), so
 * whatever answers comes from the server-side check of the page, route or
 * action itself.
 */
export async function staleSessionContext(baseURL: string, user: { id: string; email: string; password: string }) {
  const context = await signedInContext(baseURL, user);
  await db.session.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: new Date(), endedReason: "password_changed" } });
  return context;
}

/** Runs tasks with at most `limit` in flight, in order of the list; results keep that order. */
export async function inBatches<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index]!);
      }
    }),
  );
  return results;
}
