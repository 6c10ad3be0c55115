"use server";

import { revalidatePath } from "next/cache";
import { fields, formAction } from "@/lib/actions/form-action";
import { importReferences } from "@/lib/sources/references/import-references";

export const importReferencesAction = formAction(async (user, formData) => {
  const { projectId } = fields(formData, "projectId");
  const upload = formData.get("file");
  const file = upload instanceof File && upload.size > 0 ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) } : null;
  const { created, skipped } = await importReferences({ userId: user.id, projectId: projectId ?? "", file });
  revalidatePath(`/projects/${projectId}/sources`);
  const noun = (n: number) => `${n} reference-only source${n === 1 ? "" : "s"}`;
  return {
    ok: true,
    message: `Imported ${noun(created)}${skipped.length ? `; skipped ${skipped.length}` : ""}.`,
    data: { created: String(created), skipped: JSON.stringify(skipped) },
  };
});
