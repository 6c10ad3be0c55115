"use server";

import { revalidatePath } from "next/cache";
import { fields, formAction } from "@/lib/actions/form-action";
import { markRead } from "@/lib/notifications/mark-read";

export const markReadAction = formAction(async (user, formData) => {
  const ids = formData.getAll("ids").filter((v): v is string => typeof v === "string");
  const { all } = fields(formData, "all");
  const { marked } = await markRead({ userId: user.id, input: { ids, all } });
  // The unread count sits in the workspace layout, on every page.
  revalidatePath("/", "layout");
  return { ok: true, message: marked === 1 ? "Marked read." : `${marked} notifications marked read.` };
});
