import { describe, expect, it } from "vitest";
import { exportProject } from "@/lib/backup/export-project";
import { restoreProject } from "@/lib/backup/restore-project";
import { db } from "@/lib/db";
import { linkToken, makeProject, makeTeam, makeUser, TEST_ORIGIN } from "@/lib/factories";
import { addMember } from "@/lib/members/add-member";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { listMembers } from "@/lib/members/list-members";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { makeRichProject } from "@/lib/testing/rich-project";
import { signUp } from "@/lib/users/sign-up";
import { acceptInvitation, declineInvitation } from "./accept-invitation";
import { findInvitation } from "./find-invitation";
import { listMyInvitations } from "./list-my-invitations";
import { NOT_TAKEN_OVER, PERSON_COLUMNS } from "./take-over-stand-in";

async function invite(t: { project: { id: string }; owner: { id: string } }, email: string, role: "OWNER" | "ANALYST" | "VIEWER" = "ANALYST") {
  const { invitation } = await addMember({ userId: t.owner.id, projectId: t.project.id, origin: TEST_ORIGIN, input: { email, role } });
  return { ...invitation, token: linkToken(invitation.url) };
}

const newAddress = () => `invitee-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;

describe("invitations by link", () => {
  it("makes a one-time link on this origin, stored only as a hash, good for 7 days", async () => {
    const t = await makeTeam();
    const before = Date.now();
    const invitation = await invite(t, newAddress());
    expect(invitation.url).toBe(`${TEST_ORIGIN}/invitations/${invitation.token}`);
    expect(invitation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).not.toContain(invitation.token);
    expect(JSON.stringify(row)).not.toContain(invitation.token);
    const days = (row.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
  });

  it("shows pending invitations to owners only: viewers, analysts and reviewers see none", async () => {
    const t = await makeTeam();
    await invite(t, newAddress(), "OWNER");
    for (const member of [t.viewer, t.analyst, t.reviewer]) {
      const seen = await listMembers({ userId: member.id, projectId: t.project.id });
      expect(seen.invitations, member.email).toEqual([]);
      expect(seen.standIns).toEqual([]);
    }
    expect((await listMembers({ userId: t.owner.id, projectId: t.project.id })).invitations).toHaveLength(1);
  });

  it("holding the invited address is not enough: a new account with it joins nothing and sees nothing", async () => {
    const t = await makeTeam();
    const email = newAddress();
    await invite(t, email, "OWNER");
    const taker = await signUp({ name: "Taker", email, password: "a long enough password" });
    expect(await db.membership.count({ where: { userId: taker.id } })).toBe(0);
    expect(await listMyInvitations({ userId: taker.id })).toEqual([]);
    const pending = await db.invitation.findFirstOrThrow({ where: { projectId: t.project.id, email } });
    await expectAppError(acceptInvitation({ userId: taker.id, ref: { invitationId: pending.id } }), "not_found");
    expect(await db.membership.count({ where: { userId: taker.id } })).toBe(0);
  });

  it("an account invited by its address finds the invitation in its inbox, to accept or decline", async () => {
    const t = await makeTeam();
    const [first, second] = await Promise.all([makeProject(t.owner), makeProject(t.owner)]);
    const a = await addMember({ userId: t.owner.id, projectId: first.id, origin: TEST_ORIGIN, input: { email: t.outsider.email, role: "REVIEWER" } });
    await addMember({ userId: t.owner.id, projectId: second.id, origin: TEST_ORIGIN, input: { email: t.outsider.email, role: "VIEWER" } });
    const inbox = await listMyInvitations({ userId: t.outsider.id });
    expect(inbox.map((i) => i.project.id).sort()).toEqual([first.id, second.id].sort());
    // Nobody else can answer it by its id.
    await expectAppError(acceptInvitation({ userId: t.viewer.id, ref: { invitationId: a.invitation.id } }), "not_found");

    await acceptInvitation({ userId: t.outsider.id, ref: { invitationId: a.invitation.id } });
    const other = inbox.find((i) => i.project.id === second.id)!;
    await declineInvitation({ userId: t.outsider.id, ref: { invitationId: other.id } });
    expect(await db.membership.findMany({ where: { userId: t.outsider.id }, select: { projectId: true, role: true } })).toEqual([
      { projectId: first.id, role: "REVIEWER" },
    ]);
    expect(await listMyInvitations({ userId: t.outsider.id })).toEqual([]);
    const owners = await listMembers({ userId: t.owner.id, projectId: second.id });
    expect(owners.invitations.map((i) => i.status)).toEqual(["declined"]);
  });

  it("is good once: of two acceptances at the same moment exactly one wins", async () => {
    const t = await makeTeam();
    const invitation = await invite(t, newAddress(), "OWNER");
    const [x, y] = await Promise.all([makeUser(), makeUser()]);
    const results = await Promise.allSettled([
      acceptInvitation({ userId: x.id, ref: { token: invitation.token } }),
      acceptInvitation({ userId: y.id, ref: { token: invitation.token } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { projectId: t.project.id, userId: { in: [x.id, y.id] } } })).toBe(1);
    const late = await makeUser();
    await expectAppError(acceptInvitation({ userId: late.id, ref: { token: invitation.token } }), "not_found");
    expect(await findInvitation(invitation.token)).toBeNull();
  });

  it("answers not found for an unknown, malformed, expired, revoked, declined or replaced link", async () => {
    const t = await makeTeam();
    const user = await makeUser();
    const cases: [string, string][] = [];
    cases.push(["unknown", "A".repeat(43)]);
    cases.push(["malformed", "../../etc/passwd"]);
    cases.push(["too long", "A".repeat(5000)]);

    const expired = await invite(t, newAddress());
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    cases.push(["expired", expired.token]);

    const revoked = await invite(t, newAddress());
    await cancelInvitation({ userId: t.owner.id, projectId: t.project.id, invitationId: revoked.id });
    cases.push(["revoked", revoked.token]);

    const declined = await invite(t, newAddress());
    await declineInvitation({ userId: user.id, ref: { token: declined.token } });
    cases.push(["declined", declined.token]);

    const email = newAddress();
    const replaced = await invite(t, email, "VIEWER");
    const renewed = await invite(t, email, "ANALYST");
    expect(renewed.id).toBe(replaced.id);
    cases.push(["replaced by a new link", replaced.token]);

    for (const [name, token] of cases) {
      await expectAppError(acceptInvitation({ userId: user.id, ref: { token } }), "not_found");
      expect(await findInvitation(token), name).toBeNull();
    }
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);

    // The renewed link works, with the new role.
    await acceptInvitation({ userId: user.id, ref: { token: renewed.token } });
    expect((await db.membership.findFirstOrThrow({ where: { userId: user.id } })).role).toBe("ANALYST");
  });

  it("a member cannot use a link again, and the link stays for the person it was meant for", async () => {
    const t = await makeTeam();
    const invitation = await invite(t, newAddress());
    await expectAppError(acceptInvitation({ userId: t.viewer.id, ref: { token: invitation.token } }), "conflict");
    expect((await db.membership.findFirstOrThrow({ where: { projectId: t.project.id, userId: t.viewer.id } })).role).toBe("VIEWER");
    expect(await findInvitation(invitation.token)).not.toBeNull();
  });

  it("only owners invite, renew and revoke; another project's invitation is not found", async () => {
    const t = await makeTeam();
    const other = await makeTeam();
    for (const member of [t.analyst, t.reviewer, t.viewer]) {
      await expectAppError(addMember({ userId: member.id, projectId: t.project.id, origin: TEST_ORIGIN, input: { email: newAddress(), role: "OWNER" } }), "forbidden");
    }
    const theirs = await invite(other, newAddress());
    await expectAppError(cancelInvitation({ userId: t.owner.id, projectId: t.project.id, invitationId: theirs.id }), "not_found");
    expect(await findInvitation(theirs.token)).not.toBeNull();
  });
});

describe("stand-ins of a restored backup", () => {
  it("the real person, invited, takes over the stand-in's rows in that project only", async () => {
    const t = await makeRichProject();
    const backup = (await exportProject({ userId: t.owner.id, projectId: t.project.id })).body;
    const byAnalyst = await db.claim.count({ where: { projectId: t.project.id, authorId: t.analyst.id } });
    expect(byAnalyst).toBeGreaterThan(0);

    // Two restores, by the owner: the analyst's rows go to one stand-in in both.
    const bytes = new TextEncoder().encode(backup);
    const [one, two] = [await restoreProject({ userId: t.owner.id, input: { file: bytes } }), await restoreProject({ userId: t.owner.id, input: { file: bytes } })];
    const standIn = (await listMembers({ userId: t.owner.id, projectId: one.project.id })).standIns.find((s) => s.standInFor === t.analyst.email)!;
    expect(standIn).toBeDefined();
    expect(await db.claim.count({ where: { projectId: one.project.id, authorId: standIn.id } })).toBe(byAnalyst);
    expect(await db.membership.count({ where: { projectId: one.project.id, userId: t.analyst.id } })).toBe(0);

    // A stand-in of another project cannot be offered here.
    const stranger = await makeUser();
    await expectAppError(
      addMember({ userId: t.owner.id, projectId: one.project.id, origin: TEST_ORIGIN, standInId: stranger.id, input: { email: t.analyst.email, role: "ANALYST" } }),
      "not_found",
    );
    const offer = await addMember({ userId: t.owner.id, projectId: one.project.id, origin: TEST_ORIGIN, standInId: standIn.id, input: { email: t.analyst.email, role: "ANALYST" } });
    const accepted = await acceptInvitation({ userId: t.analyst.id, ref: { token: linkToken(offer.invitation.url) } });
    expect(accepted.tookOverRows).toBeGreaterThan(0);
    expect(await db.claim.count({ where: { projectId: one.project.id, authorId: t.analyst.id } })).toBe(byAnalyst);
    expect(await db.claim.count({ where: { projectId: one.project.id, authorId: standIn.id } })).toBe(0);
    // The other restore's rows stay the stand-in's until the person is invited there too.
    expect(await db.claim.count({ where: { projectId: two.project.id, authorId: standIn.id } })).toBe(byAnalyst);
    expect((await listMembers({ userId: t.owner.id, projectId: one.project.id })).standIns.map((s) => s.id)).not.toContain(standIn.id);
  });

  it("the takeover covers every column that names a person", async () => {
    const rows = await db.$queryRaw<{ table: string; column: string }[]>`
      SELECT tc.table_name AS "table", kcu.column_name AS "column"
        FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
        JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
       WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'User' AND tc.table_schema = current_schema()`;
    const inDatabase = rows.map((r) => `${r.table}.${r.column}`).sort();
    const accounted = [...PERSON_COLUMNS.map((c) => `${c.table}.${c.column}`), ...Object.keys(NOT_TAKEN_OVER)].sort();
    expect(accounted).toEqual(inDatabase);
  });
});
