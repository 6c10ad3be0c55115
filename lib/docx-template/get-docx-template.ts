import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The project's Word template as uploaded, for download: owners only, like changing it. */
export async function getDocxTemplate(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.update" });
  const template = await db.docxTemplate.findUnique({ where: { projectId: options.projectId }, select: { name: true, file: true } });
  if (!template) throw notFound("The project's Word template");
  return { name: template.name, type: DOCX_TYPE, bytes: new Uint8Array(template.file) };
}

/** What the settings page shows of the template: its name, size and when it was uploaded by whom; null: none. */
export async function describeDocxTemplate(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.update" });
  const [row] = await db.$queryRaw<{ name: string; size: number; createdAt: Date; uploadedBy: string }[]>`
    SELECT t.name, octet_length(t.file)::int AS size, t."createdAt", u.name AS "uploadedBy"
    FROM "DocxTemplate" t JOIN "User" u ON u.id = t."uploadedById"
    WHERE t."projectId" = ${options.projectId}`;
  return row ?? null;
}
