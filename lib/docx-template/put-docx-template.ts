import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { checkDocxTemplate, DocxTemplateError } from "@/lib/exports/docx-template";

const NAME_MAX = 200;

/** The file name as stored: its base name, without control characters, ending in .docx. */
function templateName(name: string | null | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop()!.replace(/[\p{Cc}\p{Cf}]/gu, "").trim().slice(0, NAME_MAX);
  if (!base) return "template.docx";
  return /\.docx$/i.test(base) ? base : `${base}.docx`;
}

/**
 * Sets the project's Word template, replacing the one it had: owners only. The file must
 * be a real .docx (a ZIP with word/document.xml and word/styles.xml) within the upload limit.
 */
export async function putDocxTemplate(options: { userId: string; projectId: string; file: { name?: string | null; bytes: Uint8Array } | null }) {
  const { userId, projectId, file } = options;
  await requireProjectAccess({ userId, projectId, action: "project.update" });
  if (!file || file.bytes.byteLength === 0) throw invalid("Choose a Word document (.docx) to use as the template.", { file: ["Choose a .docx file."] });
  const limit = env().MAX_UPLOAD_MB;
  if (file.bytes.byteLength > limit * 1024 * 1024) throw invalid(`The template is larger than the ${limit} MB limit.`, { file: [`Larger than ${limit} MB.`] });
  try {
    await checkDocxTemplate(file.bytes);
  } catch (error) {
    if (error instanceof DocxTemplateError) throw invalid(error.message, { file: [error.message] });
    throw error;
  }
  const name = templateName(file.name);
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "project.update", tx });
    const before = await tx.docxTemplate.findUnique({ where: { projectId }, select: { name: true } });
    const data = { name, file: Buffer.from(file.bytes), uploadedById: userId, createdAt: new Date() };
    const saved = await tx.docxTemplate.upsert({
      where: { projectId },
      create: { projectId, ...data },
      update: data,
      select: { name: true, createdAt: true },
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "project.docx_template_upload",
      objectType: "Project",
      objectId: projectId,
      ...(before ? { before: { name: before.name } } : {}),
      after: { name, bytes: file.bytes.byteLength },
    });
    return { name: saved.name, size: file.bytes.byteLength, uploadedAt: saved.createdAt.toISOString() };
  });
}
