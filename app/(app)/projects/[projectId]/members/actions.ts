"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fields, formAction } from "@/lib/actions/form-action";
import { addMember } from "@/lib/members/add-member";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";

export const addMemberAction = formAction(async (user, formData) => {
  const { projectId, email, role } = fields(formData, "projectId", "email", "role");
  const result = await addMember({ userId: user.id, projectId: projectId ?? "", input: { email: email ?? "", role: role ?? "" } });
  revalidatePath(`/projects/${projectId}/members`);
  return {
    ok: true,
    message:
      result.kind === "member"
        ? `${result.user.name} can now open this project.`
        : `${result.invitation.email} has no account yet: they join the project when they sign up with this address.`,
  };
});

export const changeRoleAction = formAction(async (user, formData) => {
  const { projectId, memberId, role } = fields(formData, "projectId", "memberId", "role");
  await changeMemberRole({ userId: user.id, projectId: projectId ?? "", memberId: memberId ?? "", input: { role: role ?? "" } });
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
  return { ok: true, message: "Invitation cancelled." };
});
