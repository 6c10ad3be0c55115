import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { can, ROLE_LABELS } from "@/lib/authz/permissions";
import { formatDate } from "@/lib/format";
import { listMembers } from "@/lib/members/list-members";
import { loadProject, orNotFound } from "../_lib/load-project";
import { AddMemberForm } from "./_components/add-member-form";
import { CancelInvitationButton } from "./_components/cancel-invitation-button";
import { MemberControls } from "./_components/member-controls";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const { members, invitations } = await orNotFound(listMembers({ userId: user.id, projectId }));
  const manage = can(project.role, "member.manage");

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_300px]">
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-3 text-base font-semibold">
          Members ({members.length})
        </h2>
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="member-list">
          {members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center gap-3 px-4 py-3" data-member-email={member.email}>
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {member.name} {member.id === user.id ? <span className="text-stone-500">(you)</span> : null}
                </p>
                <p className="text-xs text-stone-500">
                  {member.email} · joined {formatDate(member.joinedAt)}
                </p>
              </div>
              {manage || member.id === user.id ? (
                <MemberControls
                  projectId={projectId}
                  memberId={member.id}
                  name={member.name}
                  role={member.role}
                  canManage={manage}
                  isSelf={member.id === user.id}
                />
              ) : (
                <Badge>{ROLE_LABELS[member.role]}</Badge>
              )}
            </li>
          ))}
        </ul>
        {invitations.length ? (
          <>
            <h3 className="mt-6 mb-2 font-semibold">Invited, not yet signed up</h3>
            <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="flex items-center gap-3 px-4 py-2.5">
                  <span className="flex-1">{invitation.email}</span>
                  <Badge>{ROLE_LABELS[invitation.role]}</Badge>
                  {manage ? <CancelInvitationButton projectId={projectId} invitationId={invitation.id} /> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {manage ? (
        <aside aria-labelledby="add-member-heading" className="h-fit rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="add-member-heading" className="mb-3 text-base font-semibold">
            Add a member
          </h2>
          <AddMemberForm projectId={projectId} />
        </aside>
      ) : null}
    </div>
  );
}
