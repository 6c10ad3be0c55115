import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { parseInput, type Input } from "@/lib/validation";
import { createBriefSchema } from "./schemas";

/** Starts a brief (analysts and owners), with the project's default marking; its first version is recorded as version 1. */
export async function createBrief(options: { userId: string; projectId: string; input: Input<typeof createBriefSchema> }) {
  const input = parseInput(createBriefSchema, options.input);
  const { userId, projectId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "brief.create", tx });
    const { marking } = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { marking: true } });
    const brief = await tx.brief.create({
      data: { projectId, authorId: userId, ...input, marking, versions: { create: { version: 1, title: input.title, body: input.body, authorId: userId, kind: "CREATE" } } },
      select: { id: true, title: true, status: true, version: true, createdAt: true },
    });
    await recordActivity(tx, { projectId, actorId: userId, action: "brief.create", objectType: "Brief", objectId: brief.id, after: { title: input.title, marking } });
    return brief;
  });
}
