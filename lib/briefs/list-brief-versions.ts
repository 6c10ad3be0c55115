import "server-only";
import { db } from "@/lib/db";
import { requireBrief } from "./require-brief";

/** A brief's saved versions, newest first (without their bodies). */
export async function listBriefVersions(options: { userId: string; projectId: string; briefId: string }) {
  const { brief } = await requireBrief(db, { ...options, action: "project.read" });
  const versions = await db.briefVersion.findMany({
    where: { briefId: brief.id },
    select: { version: true, title: true, kind: true, createdAt: true, updatedAt: true, author: { select: { id: true, name: true } } },
    orderBy: { version: "desc" },
  });
  return versions;
}
