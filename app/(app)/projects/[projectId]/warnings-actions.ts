"use server";

import { revalidatePath } from "next/cache";
import { fields, formAction } from "@/lib/actions/form-action";
import { acknowledgeWarning } from "@/lib/impact/acknowledge-warning";
import { untrusted } from "@/lib/validation";

/** Acknowledges an impact warning on a brief or claim page, with an optional note. */
export const acknowledgeWarningAction = formAction(async (user, formData) => {
  const { projectId, warningId, note } = fields(formData, "projectId", "warningId", "note");
  await acknowledgeWarning({ userId: user.id, projectId: projectId ?? "", warningId: warningId ?? "", input: untrusted({ note }) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Acknowledged." };
});
