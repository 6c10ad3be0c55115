import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { can, ROLE_LABELS } from "@/lib/authz/permissions";
import { formatDate } from "@/lib/format";
import { listMembers } from "@/lib/members/list-members";
import { loadProject, orNotFound } from "../_lib/load-project";
import { AddMemberForm } from "./_components/add-member-form";
import { InvitationControls } from "./_components/invitation-controls";
import { InviteStandInForm } from "./_components/invite-stand-in-form";
import { MemberControls } from "./_components/member-controls";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const { members, invitations, standIns } = await orNotFound(listMembers({ userId: user.id, projectId }));
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
                  revision={member.revision}
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
          <section aria-labelledby="invitations-heading">
            <h3 id="invitations-heading" className="mt-6 mb-2 font-semibold">
              Invitations not yet accepted
            </h3>
            <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="invitation-list">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-start gap-3 px-4 py-2.5" data-invitation-email={invitation.email}>
                  <div className="min-w-0 flex-1">
                    <p>{invitation.email}</p>
                    <p className="text-xs text-stone-500">
                      {invitation.status === "declined"
                        ? "declined"
                        : invitation.status === "expired"
                          ? `expired ${formatDate(invitation.expiresAt)}`
                          : `link good until ${formatDate(invitation.expiresAt)}`}
                    </p>
                  </div>
                  <Badge>{ROLE_LABELS[invitation.role]}</Badge>
                  <InvitationControls projectId={projectId} invitation={invitation} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {standIns.length ? (
          <section aria-labelledby="stand-ins-heading">
            <h3 id="stand-ins-heading" className="mt-6 mb-1 font-semibold">
              People of the restored backup
            </h3>
            <p className="mb-2 text-xs text-stone-500">
              Their rows keep their names under stand-ins, which cannot sign in. Invite the real person: on accepting, the rows
              become theirs.
            </p>
            <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="stand-in-list">
              {standIns.map((standIn) => (
                <li key={standIn.id} className="space-y-2 px-4 py-2.5" data-stand-in-for={standIn.standInFor}>
                  <p>
                    {standIn.name} <span className="text-xs text-stone-500">· {standIn.standInFor} in the backup</span>
                  </p>
                  <InviteStandInForm projectId={projectId} standIn={standIn} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </section>
      {manage ? (
        <aside aria-labelledby="add-member-heading" className="h-fit rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="add-member-heading" className="mb-3 text-base font-semibold">
            Invite a member
          </h2>
          <AddMemberForm projectId={projectId} />
        </aside>
      ) : null}
    </div>
  );
}
