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
const { makeTeam } = await import("@/lib/factories");
const { createComment } = await import("@/lib/comments/create-comment");
const { sendDueNotificationEmails, INSTANT_DELAY_MS } = await import("@/lib/notifications/email-notifications");
const { markRead } = await import("@/lib/notifications/mark-read");

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
    const invitee = await makeUser({ email: address("noy"), verified: false });
    const taker = await makeUser({ email: address("taker") });

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
    const user = await makeUser({ email: address("kham"), verified: false });
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
    const user = await makeUser({ email: address("flood"), verified: false });
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

describe("notifications by email", () => {
  /** A mention of `who` in a comment on the team's first claim, by the owner. */
  async function mention(t: Awaited<ReturnType<typeof makeTeam>>, who: { id: string; name: string }) {
    const claim = await db.claim.findFirstOrThrow({ where: { projectId: t.project.id } });
    await createComment({ userId: t.owner.id, projectId: t.project.id, claimId: claim.id, input: { body: `What do you make of this, @[${who.name}](user:${who.id})?` } });
  }
  async function teamWithClaim() {
    const t = await makeTeam();
    // Each member joined by an emailed invitation: those messages are not what is tested here.
    for (const member of [t.analyst, t.reviewer, t.viewer]) expect((await sink.next(member.email)).subject).toMatch(/invited you/);
    const { makeSource } = await import("@/lib/factories");
    const { createClaim } = await import("@/lib/claims/create-claim");
    const source = await makeSource(t.project, t.owner, { text: "# Aid\n\nJapan funds Wattay airport." });
    await createClaim({ userId: t.owner.id, projectId: t.project.id, input: { sourceId: source.id, start: 7, end: 20, paraphrase: "Japan funds the airport." } });
    return t;
  }
  const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

  it("at once: what is still unread a couple of minutes later, once, in one message per person", async () => {
    const t = await teamWithClaim();
    await mention(t, t.analyst);
    await mention(t, t.analyst);
    // Other files' notifications may be due by now; this person's are not yet.
    await sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: new Date() });
    expect(sink.to(t.analyst.email)).toEqual([]);
    const sent = await sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: later(INSTANT_DELAY_MS / 60_000 + 1) });
    expect(sent.notifications).toBeGreaterThanOrEqual(2);
    const mail = await sink.next(t.analyst.email);
    expect(mail.subject).toMatch(/new notifications on Claimwork|mentioned you/);
    expect(mail.text).toContain("mentioned you in a comment");
    expect(mail.text).toContain(`${TEST_ORIGIN}/projects/${t.project.id}/claims/`);
    await sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: later(10) });
    expect(sink.to(t.analyst.email)).toEqual([]);
  });

  it("what was read in the meantime is not sent; a person who chose never gets nothing", async () => {
    const t = await teamWithClaim();
    await mention(t, t.analyst);
    await mention(t, t.reviewer);
    await markRead({ userId: t.analyst.id, input: { all: true } });
    await db.user.update({ where: { id: t.reviewer.id }, data: { emailNotifications: "OFF" } });
    await sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: later(5) });
    expect(sink.to(t.analyst.email)).toEqual([]);
    expect(sink.to(t.reviewer.email)).toEqual([]);
  });

  it("daily: one digest, then nothing more until a day has passed", async () => {
    const t = await teamWithClaim();
    await db.user.update({ where: { id: t.analyst.id }, data: { emailNotifications: "DAILY" } });
    await mention(t, t.analyst);
    await sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: later(5) });
    expect((await sink.next(t.analyst.email)).subject).toBe("Your Claimwork digest: 1 unread");
    await mention(t, t.analyst);
    await sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: later(60) });
    expect(sink.to(t.analyst.email)).toEqual([]);
    await sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: later(25 * 60) });
    expect((await sink.next(t.analyst.email)).subject).toBe("Your Claimwork digest: 1 unread");
  });

  it("two server processes sweeping at once send each notification once", async () => {
    const t = await teamWithClaim();
    await mention(t, t.viewer);
    const at = later(5);
    await Promise.all([sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: at }), sendDueNotificationEmails({ baseUrl: TEST_ORIGIN, now: at })]);
    await sink.next(t.viewer.email);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.to(t.viewer.email)).toEqual([]);
  });
});
