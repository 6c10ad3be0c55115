"use server";

import { revalidatePath } from "next/cache";
import { fields, formAction } from "@/lib/actions/form-action";
import { deleteDocxTemplate } from "@/lib/docx-template/delete-docx-template";
import { putDocxTemplate } from "@/lib/docx-template/put-docx-template";

export const uploadDocxTemplateAction = formAction(async (user, formData) => {
  const { projectId } = fields(formData, "projectId");
  const upload = formData.get("file");
  const file = upload instanceof File && upload.size > 0 ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) } : null;
  const saved = await putDocxTemplate({ userId: user.id, projectId: projectId ?? "", file });
  revalidatePath(`/projects/${projectId}/settings`);
  return { ok: true, message: `DOCX exports now use “${saved.name}”.` };
});

export const removeDocxTemplateAction = formAction(async (user, formData) => {
  const { projectId } = fields(formData, "projectId");
  await deleteDocxTemplate({ userId: user.id, projectId: projectId ?? "" });
  revalidatePath(`/projects/${projectId}/settings`);
  return { ok: true, message: "Template removed: DOCX exports use Claimwork's own styles again." };
});
