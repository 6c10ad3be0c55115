import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { verificationMail } from "@/lib/mail/messages";
import { assertWithinLimits, inMinutes, recordAttempts } from "@/lib/security/attempt-limit";
import { hashToken, looksLikeLinkToken, newLinkToken } from "@/lib/security/link-token";

const VERIFY_HOURS = 24;
/** Links sent to one account within an hour, at most. */
const SENDS_PER_HOUR = 5;

/**
 * Emails a link that proves the account's address, replacing any sent
 * before. Sent after the link is stored, outside any transaction; limited to a
 * few an hour, so that the form cannot be used to flood someone's inbox.
 */
export async function sendVerification(options: { userId: string; origin: string }) {
  const key = `verify-mail:${options.userId}`;
  await assertWithinLimits([{ key, limit: SENDS_PER_HOUR, windowMinutes: 60, countSuccesses: true }], (minutes) => `Too many links sent. Try again in ${inMinutes(minutes)}.`);
  const user = await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: { email: true, name: true, emailVerifiedAt: true } });
  if (user.emailVerifiedAt) return { sent: false, email: user.email };
  const { token, hash } = newLinkToken();
  await db.$transaction(async (tx) => {
    await tx.userToken.updateMany({ where: { userId: options.userId, kind: "VERIFY_EMAIL", usedAt: null }, data: { usedAt: new Date() } });
    await tx.userToken.create({
      data: { userId: options.userId, kind: "VERIFY_EMAIL", tokenHash: hash, email: user.email, expiresAt: new Date(Date.now() + VERIFY_HOURS * 3_600_000) },
    });
  });
  await recordAttempts([key], true);
  const url = new URL(`/verify-email/${token}`, env().APP_URL ?? options.origin).toString();
  await sendMail(verificationMail({ to: user.email, name: user.name, url }));
  return { sent: true, email: user.email };
}

/** Proves an address through its link, once. A link for an address the account no longer has proves nothing. */
export async function verifyEmail(options: { token: unknown }) {
  if (!looksLikeLinkToken(options.token)) throw notFound("Link");
  const tokenHash = hashToken(options.token);
  const result = await db.$transaction(async (tx) => {
    const row = await tx.userToken.findFirst({
      where: { tokenHash, kind: "VERIFY_EMAIL", usedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, userId: true, user: { select: { email: true } } },
    });
    if (!row) throw notFound("Link");
    const { count } = await tx.userToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) throw notFound("Link");
    // Spent either way; a link for an address the account no longer has confirms nothing.
    if (row.email !== row.user.email) return { email: row.email, stale: true };
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: new Date() } });
    return { email: row.email, stale: false };
  });
  if (result.stale) throw new AppError("conflict", "This link was sent to an address the account no longer has.");
  return { email: result.email };
}
