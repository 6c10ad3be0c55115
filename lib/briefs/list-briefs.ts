import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { briefWarnings } from "./brief-warnings";
import { referencedClaimIds } from "./claim-references";

/** The Briefs tab: every brief of the project, latest change first, with its number of warnings. */
export async function listBriefs(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  const briefs = await db.brief.findMany({
    where: { projectId: options.projectId },
    select: { id: true, title: true, summary: true, audience: true, status: true, version: true, body: true, updatedAt: true, author: { select: { id: true, name: true } } },
    orderBy: { updatedAt: "desc" },
  });
  const ids = [...new Set(briefs.flatMap((b) => referencedClaimIds(b.body)))];
  const claims = ids.length
    ? await db.claim.findMany({
        where: { id: { in: ids }, projectId: options.projectId },
        select: { id: true, paraphrase: true, status: true, orphaned: true, source: { select: { title: true, reliability: true } } },
      })
    : [];
  return briefs.map(({ body, ...brief }) => ({ ...brief, warnings: briefWarnings(body, claims).length, claims: referencedClaimIds(body).length }));
}
