"use server";

import { redirect } from "next/navigation";
import { fields, formAction } from "@/lib/actions/form-action";
import { acceptInvitation, declineInvitation } from "@/lib/invitations/accept-invitation";

export const acceptInvitationAction = formAction(async (user, formData) => {
  const { token } = fields(formData, "token");
  const { membership } = await acceptInvitation({ userId: user.id, ref: { token } });
  redirect(`/projects/${membership.projectId}`);
});

export const declineInvitationAction = formAction(async (user, formData) => {
  const { token } = fields(formData, "token");
  await declineInvitation({ userId: user.id, ref: { token } });
  redirect("/");
});
