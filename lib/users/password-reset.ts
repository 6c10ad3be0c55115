import "server-only";
import { z } from "zod";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireAdmin } from "@/lib/admin/require-admin";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { hashToken, looksLikeLinkToken, newLinkToken } from "@/lib/security/link-token";
import { endSessions } from "@/lib/sessions/end-sessions";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "./password";
import { passwordSchema } from "./schemas";

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

/** An admin issues a reset link for someone, to pass on to them. */
export async function issueResetLink(options: { userId: string; targetId: string; origin: string }) {
  return db.$transaction(async (tx) => {
    await requireAdmin(options.userId, tx);
    if (!/^[a-z0-9]{1,64}$/.test(options.targetId)) throw notFound("Account");
    const target = await tx.user.findFirst({ where: { id: options.targetId, standInFor: null }, select: { id: true, email: true, name: true } });
    if (!target) throw notFound("Account");
    const token = await newResetLink(tx, target.id, options.userId);
    await recordActivity(tx, { actorId: options.userId, action: "user.reset_link", objectType: "User", objectId: target.id });
    return { ...target, url: resetUrl(token, options.origin), expiresInMinutes: RESET_LINK_MINUTES };
  });
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
