"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fields, formAction, formRevision } from "@/lib/actions/form-action";
import { untrusted } from "@/lib/validation";
import { addMember } from "@/lib/members/add-member";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import type { AddMemberInput } from "@/lib/projects/schemas";
import { requestOrigin } from "@/lib/security/request-origin";

/**
 * Invites by email (or renews an invitation, with a new link), and hands the
 * one-time link back once, for the owner to pass on.
 */
export const addMemberAction = formAction(async (user, formData) => {
  const { projectId, email, role, standInId } = fields(formData, "projectId", "email", "role", "standInId");
  const { invitation, hasAccount, emailed } = await addMember({
    userId: user.id,
    projectId: projectId ?? "",
    origin: requestOrigin(await headers()),
    input: { email: email ?? "", role: (role ?? "") as AddMemberInput["role"] },
    ...(standInId ? { standInId } : {}),
  });
  revalidatePath(`/projects/${projectId}/members`);
  return {
    ok: true,
    message: emailed
      ? `We emailed the link to ${invitation.email}${hasAccount ? "; it waits in their inbox too" : ""}. Only that address can accept it.`
      : hasAccount
        ? `${invitation.email} has an account: the invitation waits in their inbox. You can also send them this link.`
        : `Send this link to ${invitation.email}. Whoever opens it while signed in joins, so send it only to them.`,
    data: { url: invitation.url, email: invitation.email },
  };
});

export const changeRoleAction = formAction(async (user, formData) => {
  const { projectId, memberId, role } = fields(formData, "projectId", "memberId", "role");
  await changeMemberRole({ userId: user.id, projectId: projectId ?? "", memberId: memberId ?? "", input: untrusted({ role }), expectedRevision: formRevision(formData) });
  revalidatePath(`/projects/${projectId}/members`);
  return { ok: true, message: "Role changed." };
});

export const removeMemberAction = formAction(async (user, formData) => {
  const { projectId, memberId } = fields(formData, "projectId", "memberId");
  await removeMember({ userId: user.id, projectId: projectId ?? "", memberId: memberId ?? "" });
  if (memberId === user.id) redirect("/");
  revalidatePath(`/projects/${projectId}/members`);
  return { ok: true, message: "Member removed." };
});

export const cancelInvitationAction = formAction(async (user, formData) => {
  const { projectId, invitationId } = fields(formData, "projectId", "invitationId");
  await cancelInvitation({ userId: user.id, projectId: projectId ?? "", invitationId: invitationId ?? "" });
  revalidatePath(`/projects/${projectId}/members`);
  return { ok: true, message: "Invitation revoked: its link no longer works." };
});
