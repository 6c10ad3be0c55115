import { afterAll, describe, expect, it, vi } from "vitest";

/**
 * An instance that sends email (SMTP_URL set), against a real SMTP server in
 * this process. SMTP_URL must be set before lib/env.ts first reads it.
 */
const sink = await vi.hoisted(async () => {
  const { startMailSink } = await import("@/lib/testing/mail-sink");
  const started = await startMailSink();
  process.env.SMTP_URL = started.url;
  process.env.MAIL_FROM = "Claimwork <claimwork@example.test>";
  return started;
});

const { db } = await import("@/lib/db");
const { linkToken, makeProject, makeUser, TEST_ORIGIN } = await import("@/lib/factories");
const { expectAppError } = await import("@/lib/testing/expect-app-error");
const { linkIn } = await import("@/lib/testing/mail-sink");
const { addMember } = await import("@/lib/members/add-member");
const { acceptInvitation } = await import("@/lib/invitations/accept-invitation");
const { sendVerification, verifyEmail } = await import("@/lib/users/email-verification");
const { issueResetLink, requestPasswordReset, resetPassword } = await import("@/lib/users/password-reset");
const { verifyCredentials } = await import("@/lib/users/verify-credentials");

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await sink.stop();
});

const address = (label: string) => `${label}-${Math.random().toString(36).slice(2, 8)}@example.test`;

describe("email, where the instance sends it", () => {
  it("emails the invitation link; only the invited address, confirmed, can accept it", async () => {
    const owner = await makeUser({ name: "Mai Owner" });
    const project = await makeProject(owner, { name: "Wattay airport" });
    const invitee = await makeUser({ email: address("noy") });
    const taker = await makeUser({ email: address("taker") });
    await db.user.update({ where: { id: taker.id }, data: { emailVerifiedAt: new Date() } });

    const { invitation, emailed } = await addMember({ userId: owner.id, projectId: project.id, origin: TEST_ORIGIN, input: { email: invitee.email, role: "ANALYST" } });
    expect(emailed).toBe(true);
    const mail = await sink.next(invitee.email);
    expect(mail.subject).toBe("Mai Owner invited you to “Wattay airport” on Claimwork");
    expect(mail.from?.text).toContain("claimwork@example.test");
    const link = linkIn(mail, "/invitations/");
    expect(link).toBe(invitation.url);
    const token = linkToken(link);

    // Another account holding the link, confirmed or not: 403, and the link stays good.
    const wrong = await expectAppError(acceptInvitation({ userId: taker.id, ref: { token } }), "forbidden");
    expect(wrong.message).toContain(`sent to ${invitee.email}`);
    // The invited address, not yet confirmed: 403 too.
    const unconfirmed = await expectAppError(acceptInvitation({ userId: invitee.id, ref: { token } }), "forbidden");
    expect(unconfirmed.message).toMatch(/Confirm your address first/);

    await sendVerification({ userId: invitee.id, origin: TEST_ORIGIN });
    const check = await sink.next(invitee.email);
    expect(check.subject).toBe("Confirm your address for Claimwork");
    await verifyEmail({ token: linkToken(linkIn(check, "/verify-email/")) });
    await acceptInvitation({ userId: invitee.id, ref: { token } });
    expect((await db.membership.findFirstOrThrow({ where: { projectId: project.id, userId: invitee.id } })).role).toBe("ANALYST");
    expect(await db.membership.count({ where: { projectId: project.id, userId: taker.id } })).toBe(0);
  });

  it("an address link confirms once, and only the address it was sent to", async () => {
    const user = await makeUser({ email: address("kham") });
    const { sent } = await sendVerification({ userId: user.id, origin: TEST_ORIGIN });
    expect(sent).toBe(true);
    const token = linkToken(linkIn(await sink.next(user.email), "/verify-email/"));
    // The address changes before the link is used: it proves nothing.
    await db.user.update({ where: { id: user.id }, data: { email: address("kham-new") } });
    await expectAppError(verifyEmail({ token }), "conflict");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
    await expectAppError(verifyEmail({ token }), "not_found");
    for (const odd of ["", "A".repeat(43), "a\u0000b", 7]) await expectAppError(verifyEmail({ token: odd }), "not_found");
  });

  it("sends at most five address links an hour to one account", async () => {
    const user = await makeUser({ email: address("flood") });
    for (let i = 0; i < 5; i++) await sendVerification({ userId: user.id, origin: TEST_ORIGIN });
    await expectAppError(sendVerification({ userId: user.id, origin: TEST_ORIGIN }), "rate_limited");
    expect(sink.to(user.email)).toHaveLength(5);
  });

  it("forgot password: a link to an account's address, the same answer for an unknown one, and a limit", async () => {
    const user = await makeUser({ email: address("forgetful") });
    const unknown = address("nobody");
    expect(await requestPasswordReset({ input: { email: user.email.toUpperCase() }, origin: TEST_ORIGIN, ip: "192.0.2.9" })).toEqual({ email: user.email });
    expect(await requestPasswordReset({ input: { email: unknown }, origin: TEST_ORIGIN, ip: "192.0.2.9" })).toEqual({ email: unknown });
    const mail = await sink.next(user.email);
    expect(mail.subject).toBe("Set a new Claimwork password");
    await resetPassword({ token: linkToken(linkIn(mail, "/reset-password/")), input: { newPassword: "a brand new passphrase" } });
    expect((await verifyCredentials({ email: user.email, password: "a brand new passphrase" })).id).toBe(user.id);
    expect(sink.to(unknown)).toEqual([]);

    await expectAppError(requestPasswordReset({ input: { email: "not an address" }, origin: TEST_ORIGIN, ip: null }), "invalid");
    const target = address("limited");
    for (let i = 0; i < 5; i++) await requestPasswordReset({ input: { email: target }, origin: TEST_ORIGIN, ip: null });
    await expectAppError(requestPasswordReset({ input: { email: target }, origin: TEST_ORIGIN, ip: null }), "rate_limited");
  });

  it("an admin's reset link is emailed to the person too", async () => {
    const admin = await makeUser();
    await db.user.update({ where: { id: admin.id }, data: { isAdmin: true } });
    const user = await makeUser({ email: address("reset") });
    const link = await issueResetLink({ userId: admin.id, targetId: user.id, origin: TEST_ORIGIN });
    expect(link.emailed).toBe(true);
    const mail = await sink.next(user.email);
    expect(linkIn(mail, "/reset-password/")).toBe(link.url);
    expect(mail.text).toContain("An admin of your Claimwork instance");
  });
});
