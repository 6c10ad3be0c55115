"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { untrusted } from "@/lib/validation";
import { fields, formAction } from "@/lib/actions/form-action";
import { acceptInvitation, declineInvitation } from "@/lib/invitations/accept-invitation";
import { markRead } from "@/lib/notifications/mark-read";

export const markReadAction = formAction(async (user, formData) => {
  const ids = formData.getAll("ids").filter((v): v is string => typeof v === "string");
  const { all } = fields(formData, "all");
  const { marked } = await markRead({ userId: user.id, input: untrusted({ ids, all }) });
  // The unread count sits in the workspace layout, on every page.
  revalidatePath("/", "layout");
  return { ok: true, message: marked === 1 ? "Marked read." : `${marked} notifications marked read.` };
});

/** An invitation addressed to my account, accepted from the inbox. */
export const acceptInvitationAction = formAction(async (user, formData) => {
  const { invitationId } = fields(formData, "invitationId");
  const { membership } = await acceptInvitation({ userId: user.id, ref: { invitationId } });
  redirect(`/projects/${membership.projectId}`);
});

export const declineInvitationAction = formAction(async (user, formData) => {
  const { invitationId } = fields(formData, "invitationId");
  await declineInvitation({ userId: user.id, ref: { invitationId } });
  revalidatePath("/inbox");
  return { ok: true, message: "Invitation declined." };
});
