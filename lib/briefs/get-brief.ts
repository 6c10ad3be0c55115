import "server-only";
import { db } from "@/lib/db";
import { requireBrief } from "./require-brief";

/** A brief of the project with its author, approver and the author of its latest version. */
export async function getBrief(options: { userId: string; projectId: string; briefId: string }) {
  const { brief, access } = await requireBrief(db, { ...options, action: "project.read" });
  const [author, approvedBy, latest] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: brief.authorId }, select: { id: true, name: true } }),
    brief.approvedById ? db.user.findUnique({ where: { id: brief.approvedById }, select: { id: true, name: true } }) : null,
    db.briefVersion.findFirst({ where: { briefId: brief.id }, orderBy: { version: "desc" }, select: { updatedAt: true, author: { select: { id: true, name: true } } } }),
  ]);
  return { ...brief, author, approvedBy, lastSavedBy: latest?.author ?? author, lastSavedAt: latest?.updatedAt ?? brief.updatedAt, role: access.role };
}

export type BriefView = Awaited<ReturnType<typeof getBrief>>;
