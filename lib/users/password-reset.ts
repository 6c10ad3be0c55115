import "server-only";
import { z } from "zod";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireAdmin } from "@/lib/admin/require-admin";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { resetMail } from "@/lib/mail/messages";
import { mailEnabled, sendMail } from "@/lib/mail/send-mail";
import { assertWithinLimits, inMinutes, recordAttempts } from "@/lib/security/attempt-limit";
import { hashToken, looksLikeLinkToken, newLinkToken } from "@/lib/security/link-token";
import { endSessions } from "@/lib/sessions/end-sessions";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "./password";
import { emailSchema, passwordSchema } from "./schemas";

/** How long a password-reset link stays good. */
export const RESET_LINK_MINUTES = 60;

export function resetUrl(token: string, requestOrigin: string): string {
  return new URL(`/reset-password/${token}`, env().APP_URL ?? requestOrigin).toString();
}

/** A new reset link for an account, replacing any it had: good for an hour, once. Runs in the caller's transaction. */
async function newResetLink(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], userId: string, createdById: string | null) {
  const { token, hash } = newLinkToken();
  await tx.userToken.updateMany({ where: { userId, kind: "RESET_PASSWORD", usedAt: null }, data: { usedAt: new Date() } });
  await tx.userToken.create({
    data: { userId, kind: "RESET_PASSWORD", tokenHash: hash, expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000), createdById },
  });
  return token;
}

/** An admin issues a reset link for someone, to pass on to them; where the instance sends email, it is emailed to them too. */
export async function issueResetLink(options: { userId: string; targetId: string; origin: string }) {
  const link = await db.$transaction(async (tx) => {
    await requireAdmin(options.userId, tx);
    if (!/^[a-z0-9]{1,64}$/.test(options.targetId)) throw notFound("Account");
    const target = await tx.user.findFirst({ where: { id: options.targetId, standInFor: null }, select: { id: true, email: true, name: true } });
    if (!target) throw notFound("Account");
    const token = await newResetLink(tx, target.id, options.userId);
    await recordActivity(tx, { actorId: options.userId, action: "user.reset_link", objectType: "User", objectId: target.id });
    return { ...target, url: resetUrl(token, options.origin), expiresInMinutes: RESET_LINK_MINUTES };
  });
  if (!mailEnabled()) return { ...link, emailed: false };
  try {
    await sendMail(resetMail({ to: link.email, url: link.url, minutes: RESET_LINK_MINUTES, byAdmin: true }));
    return { ...link, emailed: true };
  } catch (error) {
    console.error("The reset email could not be sent:", error);
    return { ...link, emailed: false };
  }
}

/** Requests per address, and per network address, within an hour. */
const RESET_REQUESTS_PER_HOUR = 5;

/**
 * "Forgot your password?": emails a reset link to the address, if it belongs
 * to an account that may sign in. The answer is the same whether or not it
 * does, so the form tells nobody which addresses have accounts; it is limited
 * per address and per network address, so that it cannot flood an inbox.
 */
export async function requestPasswordReset(options: { input: { email?: unknown }; origin: string; ip: string | null }) {
  const { email } = parseInput(z.object({ email: emailSchema }), options.input);
  if (!mailEnabled()) throw new AppError("unavailable", "This instance sends no email: ask its admin for a link to set a new password.");
  const keys = [`reset-mail:${email}`, ...(options.ip ? [`reset-ip:${options.ip}`] : [])];
  await assertWithinLimits(
    keys.map((key) => ({ key, limit: RESET_REQUESTS_PER_HOUR, windowMinutes: 60, countSuccesses: true })),
    (minutes) => `Too many requests. Try again in ${inMinutes(minutes)}.`,
  );
  await recordAttempts(keys, true);
  const user = await db.user.findFirst({ where: { email, standInFor: null, disabledAt: null }, select: { id: true } });
  if (!user) return { email };
  const token = await db.$transaction((tx) => newResetLink(tx, user.id, null));
  await sendMail(resetMail({ to: email, url: resetUrl(token, options.origin), minutes: RESET_LINK_MINUTES, byAdmin: false }));
  return { email };
}

/** For the link's page: whose password it resets, or null for a link that is unknown, used or expired. */
export async function findResetLink(token: unknown) {
  if (!looksLikeLinkToken(token)) return null;
  const row = await db.userToken.findFirst({
    where: { tokenHash: hashToken(token), kind: "RESET_PASSWORD", usedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: { email: true, disabledAt: true } } },
  });
  return row && !row.user.disabledAt ? { email: row.user.email } : null;
}

const resetSchema = z
  .object({ newPassword: passwordSchema, confirmPassword: z.string().max(200).optional() })
  .refine((v) => v.confirmPassword === undefined || v.confirmPassword === v.newPassword, { path: ["confirmPassword"], message: "The two passwords differ." });

/**
 * Sets a new password through a reset link, once: the link is spent, every
 * session of the account ends, and the person signs in with the new password.
 */
export async function resetPassword(options: { token: unknown; input: z.input<typeof resetSchema> }) {
  const { newPassword } = parseInput(resetSchema, options.input);
  if (!looksLikeLinkToken(options.token)) throw notFound("Reset link");
  const tokenHash = hashToken(options.token);
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const row = await tx.userToken.findFirst({
      where: { tokenHash, kind: "RESET_PASSWORD", usedAt: null, expiresAt: { gt: new Date() }, user: { disabledAt: null } },
      select: { id: true, userId: true, user: { select: { email: true } } },
    });
    if (!row) throw notFound("Reset link");
    const { count } = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) throw notFound("Reset link");
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    const endedSessions = await endSessions(tx, { userId: row.userId, reason: "password_reset" });
    await recordActivity(tx, { actorId: row.userId, action: "user.password_reset", objectType: "User", objectId: row.userId });
    return { email: row.user.email, endedSessions };
  });
}
