import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** Removes the project's Word template: DOCX exports go back to Claimwork's own styles. Owners only. */
export async function deleteDocxTemplate(options: { userId: string; projectId: string }) {
  const { userId, projectId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "project.update", tx });
    const template = await tx.docxTemplate.findUnique({ where: { projectId }, select: { name: true } });
    if (!template) throw notFound("The project's Word template");
    await tx.docxTemplate.delete({ where: { projectId } });
    await recordActivity(tx, { projectId, actorId: userId, action: "project.docx_template_remove", objectType: "Project", objectId: projectId, before: { name: template.name } });
  });
}
