import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { linkToken, makeMember, makeProject, makeTeam, makeUser, TEST_ORIGIN } from "@/lib/factories";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { signUp } from "@/lib/users/sign-up";
import { addMember } from "./add-member";
import { changeMemberRole } from "./change-member-role";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";

describe("members", () => {
  it("invites an existing user by email, whatever its case; they join only by accepting", async () => {
    const [owner, colleague] = await Promise.all([makeUser(), makeUser()]);
    const project = await makeProject(owner);
    const result = await addMember({ origin: TEST_ORIGIN, userId: owner.id, projectId: project.id, input: { email: colleague.email.toUpperCase(), role: "REVIEWER" } });
    expect(result.hasAccount).toBe(true);
    expect(result.invitation.email).toBe(colleague.email);
    await expectAppError(listMembers({ userId: colleague.id, projectId: project.id }), "not_found");
    await acceptInvitation({ userId: colleague.id, ref: { token: linkToken(result.invitation.url) } });
    const { members } = await listMembers({ userId: colleague.id, projectId: project.id });
    expect(members.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [owner.email, "OWNER"],
        [colleague.email, "REVIEWER"],
      ].sort(),
    );
  });

  it("refuses to invite a member", async () => {
    const { project, owner, analyst } = await makeTeam();
    const error = await expectAppError(
      addMember({ origin: TEST_ORIGIN, userId: owner.id, projectId: project.id, input: { email: analyst.email, role: "VIEWER" } }),
      "conflict",
    );
    expect(error.message).toMatch(/already a member/);
    expect((await db.membership.findFirstOrThrow({ where: { projectId: project.id, userId: analyst.id } })).role).toBe("ANALYST");
    expect(await db.invitation.count({ where: { projectId: project.id, email: analyst.email, acceptedAt: null } })).toBe(0);
  });

  it("rejects an invalid email or role with field messages", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const error = await expectAppError(
      addMember({ origin: TEST_ORIGIN, userId: owner.id, projectId: project.id, input: { email: "not-an-email", role: "KING" as never } }),
      "invalid",
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "role"]);
  });

  it("signing up with an invited address joins nothing; closed sign-up needs the link", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const email = `newcomer-${Date.now()}@example.test`;
    const { invitation } = await addMember({ origin: TEST_ORIGIN, userId: owner.id, projectId: project.id, input: { email, role: "OWNER" } });

    await expectAppError(signUp({ name: "Taker", email, password: "a long enough password", allowSignup: false }), "forbidden");
    const user = await signUp({ name: "Newcomer", email, password: "a long enough password", invitationToken: linkToken(invitation.url), allowSignup: false });
    expect(await db.membership.count({ where: { projectId: project.id, userId: user.id } })).toBe(0);
    await acceptInvitation({ userId: user.id, ref: { token: linkToken(invitation.url) } });
    expect((await db.membership.findUniqueOrThrow({ where: { projectId_userId: { projectId: project.id, userId: user.id } } })).role).toBe("OWNER");
  });

  it("closed sign-up refuses an address without an invitation, and stores nothing", async () => {
    const email = `stranger-${Date.now()}@example.test`;
    await expectAppError(signUp({ name: "Stranger", email, password: "a long enough password", allowSignup: false }), "forbidden");
    await expectAppError(signUp({ name: "Stranger", email, password: "a long enough password", invitationToken: "x".repeat(43), allowSignup: false }), "forbidden");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("never leaves a project without an owner", async () => {
    const { project, owner, analyst } = await makeTeam();
    const demote = await expectAppError(
      changeMemberRole({ userId: owner.id, projectId: project.id, memberId: owner.id, input: { role: "ANALYST" } }),
      "conflict",
    );
    expect(demote.message).toMatch(/at least one owner/);
    await expectAppError(removeMember({ userId: owner.id, projectId: project.id, memberId: owner.id }), "conflict");

    // With a second owner, the first may step down.
    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: analyst.id, input: { role: "OWNER" } });
    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: owner.id, input: { role: "VIEWER" } });
    const roles = await db.membership.findMany({ where: { projectId: project.id, role: "OWNER" } });
    expect(roles.map((r) => r.userId)).toEqual([analyst.id]);
  });

  it("two owners demoting each other at once leave one owner", async () => {
    const { project, owner, analyst } = await makeTeam();
    await changeMemberRole({ userId: owner.id, projectId: project.id, memberId: analyst.id, input: { role: "OWNER" } });
    const results = await Promise.allSettled([
      changeMemberRole({ userId: owner.id, projectId: project.id, memberId: owner.id, input: { role: "ANALYST" } }),
      changeMemberRole({ userId: analyst.id, projectId: project.id, memberId: analyst.id, input: { role: "ANALYST" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { projectId: project.id, role: "OWNER" } })).toBe(1);
  });

  it("a removed member loses access at once; a member can leave", async () => {
    const { project, owner, reviewer, viewer } = await makeTeam();
    await removeMember({ userId: owner.id, projectId: project.id, memberId: reviewer.id });
    await expectAppError(listMembers({ userId: reviewer.id, projectId: project.id }), "not_found");

    await removeMember({ userId: viewer.id, projectId: project.id, memberId: viewer.id });
    await expectAppError(listMembers({ userId: viewer.id, projectId: project.id }), "not_found");
    const actions = await db.activity.findMany({ where: { projectId: project.id, action: { in: ["member.remove", "member.leave"] } } });
    expect(actions.map((a) => a.action).sort()).toEqual(["member.leave", "member.remove"]);
  });

  it("answers not found for a member of another project", async () => {
    const a = await makeTeam();
    const b = await makeTeam();
    await expectAppError(
      changeMemberRole({ userId: a.owner.id, projectId: a.project.id, memberId: b.viewer.id, input: { role: "ANALYST" } }),
      "not_found",
    );
    await makeMember(a.project, a.owner, b.viewer, "VIEWER");
    expect(await db.membership.count({ where: { userId: b.viewer.id } })).toBe(2);
  });
});
