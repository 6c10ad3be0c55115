import { afterAll, describe, expect, it, vi } from "vitest";

/**
 * The instance admin. "The first account" needs an instance with no account
 * yet, so this file works on a database of its own, made before any lib/
 * module connects.
 */
const database = await vi.hoisted(async () => {
  const { inject } = await import("vitest");
  const { createTestDatabase } = await import("../../scripts/lib/test-database");
  const created = await createTestDatabase("admin", { serverUrl: inject("testServerUrl") });
  process.env.DATABASE_URL = created.url;
  return created;
});

const { db } = await import("@/lib/db");
const { makeUser, linkToken, makeProject, TEST_ORIGIN } = await import("@/lib/factories");
const { expectAppError } = await import("@/lib/testing/expect-app-error");
const { signUp } = await import("@/lib/users/sign-up");
const { verifyCredentials } = await import("@/lib/users/verify-credentials");
const { addMember } = await import("@/lib/members/add-member");
const { startSession } = await import("@/lib/sessions/start-session");
const { getSessionUser } = await import("@/lib/sessions/get-session-user");
const { createApiToken } = await import("@/lib/tokens/create-api-token");
const { authenticateApiToken } = await import("@/lib/tokens/authenticate-api-token");
const { listUsers } = await import("./list-users");
const { setAccountDisabled } = await import("./set-account-disabled");
const { setSignupMode } = await import("./set-signup-mode");
const { signupMode } = await import("@/lib/instance/signup-mode");
const { findResetLink, issueResetLink, resetPassword } = await import("@/lib/users/password-reset");

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const PASSWORD = "a long enough password";
const address = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}@example.test`;

describe("the instance admin", () => {
  let admin: { id: string; email: string };

  it("is the first account, even when two sign up at once; nobody after is", async () => {
    const [a, b] = await Promise.all([signUp({ name: "Ana", email: address("ana"), password: PASSWORD }), signUp({ name: "Ben", email: address("ben"), password: PASSWORD })]);
    expect([a.isAdmin, b.isAdmin].sort()).toEqual([false, true]);
    admin = a.isAdmin ? a : b;
    const later = await signUp({ name: "Cai", email: address("cai"), password: PASSWORD });
    expect(later.isAdmin).toBe(false);
  });

  it("sees every account; anyone else finds no admin page", async () => {
    const other = await makeUser();
    const users = await listUsers({ userId: admin.id });
    expect(users.map((u) => u.email)).toEqual(expect.arrayContaining([admin.email, other.email]));
    expect(users.find((u) => u.email === admin.email)!.isAdmin).toBe(true);
    await expectAppError(listUsers({ userId: other.id }), "not_found");
    await expectAppError(setSignupMode({ userId: other.id, input: { signupMode: "CLOSED" } }), "not_found");
    await expectAppError(setAccountDisabled({ userId: other.id, targetId: admin.id, disabled: true }), "not_found");
    await expectAppError(issueResetLink({ userId: other.id, targetId: admin.id, origin: TEST_ORIGIN }), "not_found");
  });

  it("disabling an account stops its sessions and API tokens at once, and it cannot sign in; enabling lets it back", async () => {
    const user = await makeUser({ password: PASSWORD });
    const session = await startSession({ userId: user.id, userAgent: null, ip: null });
    const { token } = await createApiToken({ userId: user.id, input: { name: "script" } });
    expect(await getSessionUser(session.id)).not.toBeNull();

    const disabled = await setAccountDisabled({ userId: admin.id, targetId: user.id, disabled: true });
    expect(disabled.endedSessions).toBe(1);
    expect(await getSessionUser(session.id)).toBeNull();
    await expectAppError(authenticateApiToken(`Bearer ${token}`), "unauthenticated");
    const refused = await expectAppError(verifyCredentials({ email: user.email, password: PASSWORD }), "forbidden");
    expect(refused.message).toMatch(/disabled/);
    // A wrong password says nothing of it.
    await expectAppError(verifyCredentials({ email: user.email, password: "not the password" }), "unauthenticated");

    await setAccountDisabled({ userId: admin.id, targetId: user.id, disabled: false });
    expect((await verifyCredentials({ email: user.email, password: PASSWORD })).id).toBe(user.id);
    expect((await authenticateApiToken(`Bearer ${token}`)).id).toBe(user.id);
  });

  it("cannot disable their own account, and odd ids are not found", async () => {
    await expectAppError(setAccountDisabled({ userId: admin.id, targetId: admin.id, disabled: true }), "conflict");
    for (const targetId of ["", "x".repeat(5000), "a\u0000b", "cl0000000000000000000000"]) {
      await expectAppError(setAccountDisabled({ userId: admin.id, targetId, disabled: true }), "not_found");
      await expectAppError(issueResetLink({ userId: admin.id, targetId, origin: TEST_ORIGIN }), "not_found");
    }
  });

  it("ADMIN_EMAILS names more admins", async () => {
    const named = await makeUser();
    await expectAppError(listUsers({ userId: named.id }), "not_found");
    const { env } = await import("@/lib/env");
    env().ADMIN_EMAILS.add(named.email);
    try {
      expect((await listUsers({ userId: named.id })).length).toBeGreaterThan(1);
    } finally {
      env().ADMIN_EMAILS.delete(named.email);
    }
  });
});

describe("sign-up modes", () => {
  it("open, invite-only (a pending link is needed) and closed (nobody)", async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    const { invitation } = await addMember({ userId: owner.id, projectId: project.id, origin: TEST_ORIGIN, input: { email: address("invited"), role: "VIEWER" } });
    const [admin] = await db.user.findMany({ where: { isAdmin: true } });

    await setSignupMode({ userId: admin!.id, input: { signupMode: "INVITE_ONLY" } });
    expect(await signupMode()).toBe("INVITE_ONLY");
    await expectAppError(signUp({ name: "Walk-in", email: address("walkin"), password: PASSWORD }), "forbidden");
    await signUp({ name: "Invited", email: address("invited"), password: PASSWORD, invitationToken: linkToken(invitation.url) });

    await setSignupMode({ userId: admin!.id, input: { signupMode: "CLOSED" } });
    const closed = await expectAppError(signUp({ name: "Late", email: address("late"), password: PASSWORD, invitationToken: linkToken(invitation.url) }), "forbidden");
    expect(closed.message).toMatch(/does not take new accounts/);

    await expectAppError(setSignupMode({ userId: admin!.id, input: { signupMode: "SOMETIMES" } }), "invalid");
    await setSignupMode({ userId: admin!.id, input: { signupMode: "OPEN" } });
    await signUp({ name: "Walk-in", email: address("walkin"), password: PASSWORD });
  });
});

describe("password-reset links", () => {
  it("an admin's link sets a new password once, within the hour, and ends every session", async () => {
    const [admin] = await db.user.findMany({ where: { isAdmin: true } });
    const user = await makeUser({ password: PASSWORD });
    const sessions = await Promise.all([1, 2].map(() => startSession({ userId: user.id, userAgent: null, ip: null })));
    const first = await issueResetLink({ userId: admin!.id, targetId: user.id, origin: TEST_ORIGIN });
    const link = await issueResetLink({ userId: admin!.id, targetId: user.id, origin: TEST_ORIGIN });
    expect(link.url).toMatch(new RegExp(`^${TEST_ORIGIN}/reset-password/[A-Za-z0-9_-]{43}$`));
    const token = linkToken(link.url);
    // A new link replaces the one before.
    expect(await findResetLink(linkToken(first.url))).toBeNull();
    expect(await findResetLink(token)).toEqual({ email: user.email });

    await expectAppError(resetPassword({ token, input: { newPassword: "short" } }), "invalid");
    const done = await resetPassword({ token, input: { newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" } });
    expect(done.endedSessions).toBe(2);
    for (const s of sessions) expect(await getSessionUser(s.id)).toBeNull();
    expect((await verifyCredentials({ email: user.email, password: "a brand new passphrase" })).id).toBe(user.id);

    // Used once.
    await expectAppError(resetPassword({ token, input: { newPassword: "yet another passphrase" } }), "not_found");
    // Expired.
    const stale = linkToken((await issueResetLink({ userId: admin!.id, targetId: user.id, origin: TEST_ORIGIN })).url);
    await db.userToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(resetPassword({ token: stale, input: { newPassword: "yet another passphrase" } }), "not_found");
    for (const odd of ["", "A".repeat(43), "a\u0000b", 42]) await expectAppError(resetPassword({ token: odd, input: { newPassword: "yet another passphrase" } }), "not_found");
    expect((await verifyCredentials({ email: user.email, password: "a brand new passphrase" })).id).toBe(user.id);
  });
});
