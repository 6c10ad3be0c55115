import fs from "node:fs/promises";
import path from "node:path";
import { claimToken } from "@/lib/briefs/claim-references";
import { createBrief } from "@/lib/briefs/create-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { createComment } from "@/lib/comments/create-comment";
import { mentionToken } from "@/lib/comments/mentions";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { relateClaims } from "@/lib/relations/relate-claims";
import { assignClaims } from "@/lib/reviews/assign-claims";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { submitClaim } from "@/lib/reviews/submit-claim";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "./accounts";
import { DEMO_BRIEF, DEMO_CLAIMS } from "./demo-claims";

/**
 * A wire report that rests on the same newspaper story as the commentary's
 * first claim: related to it as corroborating, the two show as two reports
 * of one origin, and credibility 1 stays out of reach.
 */
async function seedEchoingReport(options: { projectId: string; ownerId: string; csp: string }) {
  const text = await fs.readFile(path.join(import.meta.dirname, "csp-wire-report.md"), "utf8");
  const source = await makeSource({ id: options.projectId }, { id: options.ownerId }, { text, kind: "NEWS", reliability: "C" });
  const { body, citations } = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { body: true, citations: { select: { id: true, label: true } } } });
  const quote = "raised their relations to a Comprehensive Strategic Partnership";
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`The demo wire report no longer contains: ${quote}`);
  const echo = await createClaim({
    userId: options.ownerId,
    projectId: options.projectId,
    input: {
      sourceId: source.id,
      start,
      end: start + quote.length,
      paraphrase: "Laos and Japan have raised their relations to a Comprehensive Strategic Partnership.",
      credibility: 2,
      citationIds: citations.filter((c) => c.label === "1").map((c) => c.id),
    },
  });
  await relateClaims({ userId: options.ownerId, projectId: options.projectId, claimId: echo.id, input: { targetId: options.csp, kind: "corroborates", note: "Both rest on the Yomiuri report of the summit." } });
}

/**
 * Builds the demo workspace: the team, the commentary, claims at every stage
 * of review (with a discussion on the disputed one) and a draft brief built
 * from the verified claims. Returns false when the database already has users.
 */
export async function seedDemo(options: { ifEmpty: boolean }): Promise<boolean> {
  if (options.ifEmpty && (await db.user.count()) > 0) return false;

  const [owner, reviewer, viewer] = await Promise.all(
    DEMO_ACCOUNTS.map((a) => makeUser({ name: a.name, email: a.email, password: DEMO_PASSWORD })),
  );
  // The first account of an instance is its admin: here, the demo's owner.
  await db.user.update({ where: { id: owner!.id }, data: { isAdmin: true } });
  const project = await makeProject(owner!, DEMO_PROJECT);
  for (const [index, user] of [reviewer!, viewer!].entries()) {
    await makeMember(project, owner!, user, DEMO_ACCOUNTS[index + 1]!.role);
  }
  const text = await fs.readFile(path.join(import.meta.dirname, "laos-japan-commentary.md"), "utf8");
  const source = await makeSource(project, owner!, { text, kind: "COMMENTARY", reliability: "B" });

  const { body } = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { body: true } });
  const themes = new Map(
    (await db.theme.findMany({ where: { projectId: project.id }, select: { id: true, name: true } })).map((t) => [t.name, t.id]),
  );
  const citations = new Map(
    (await db.citation.findMany({ where: { sourceId: source.id }, select: { id: true, label: true } })).map((c) => [c.label, c.id]),
  );
  const scope = { projectId: project.id };
  const verified: string[] = [];
  for (const demo of DEMO_CLAIMS) {
    const start = body.indexOf(demo.quote);
    if (start < 0) throw new Error(`The demo commentary no longer contains: ${demo.quote}`);
    const claim = await createClaim({
      ...scope,
      userId: owner!.id,
      input: {
        sourceId: source.id,
        start,
        end: start + demo.quote.length,
        paraphrase: demo.paraphrase,
        credibility: demo.credibility,
        themeIds: demo.themes.map((name) => themes.get(name)!),
        citationIds: demo.notes.map((label) => citations.get(label)!),
      },
    });
    if (demo.review === "draft") continue;
    await submitClaim({ ...scope, userId: owner!.id, claimId: claim.id });
    if (demo.review === "assigned") {
      await assignClaims({ ...scope, userId: owner!.id, input: { claimIds: [claim.id], assigneeId: reviewer!.id } });
      continue;
    }
    await reviewClaim({ ...scope, userId: reviewer!.id, claimId: claim.id, input: demo.review });
    if (demo.review.verdict === "VERIFIED") verified.push(claim.id);
    for (const reply of demo.discussion ?? []) {
      const author = reply.by === "owner" ? owner! : reviewer!;
      const other = reply.by === "owner" ? reviewer! : owner!;
      await createComment({
        ...scope,
        userId: author.id,
        claimId: claim.id,
        input: { body: reply.body.replace("@other", mentionToken({ id: other.id, name: other.name })) },
      });
    }
  }

  await seedEchoingReport({ projectId: project.id, ownerId: owner!.id, csp: verified[0]! });

  await createBrief({
    ...scope,
    userId: owner!.id,
    input: { ...DEMO_BRIEF, body: DEMO_BRIEF.body.replace(/\{(\d)\}/g, (_, n: string) => claimToken(verified[Number(n)]!)) },
  });
  return true;
}
