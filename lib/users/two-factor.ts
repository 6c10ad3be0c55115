import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { AppError, conflict, invalid } from "@/lib/errors";
import { instanceSettings } from "@/lib/instance/signup-mode";
import { assertWithinLimits, inMinutes, recordAttempts } from "@/lib/security/attempt-limit";
import { seal, unseal } from "@/lib/security/secret-box";
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, totpFor } from "./totp";

/** Wrong codes for one account within the window before it must wait. */
const CODE_FAILURES = 5;
const CODE_WINDOW_MINUTES = 15;

const limitsFor = (userId: string) => [{ key: `second-factor:${userId}`, limit: CODE_FAILURES, windowMinutes: CODE_WINDOW_MINUTES }];

/**
 * A second factor for an account: a code of its authenticator, or one of its
 * recovery codes (each good once). Wrong codes count towards a lock of their
 * own, so that six digits cannot be guessed through the sign-in form.
 */
export async function checkSecondFactor(options: { userId: string; code: unknown }): Promise<"totp" | "recovery"> {
  await assertWithinLimits(limitsFor(options.userId), (minutes) => `Too many wrong codes. Try again in ${inMinutes(minutes)}.`);
  const user = await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user.totpSecret || !user.totpEnabledAt) throw invalid("Two-factor sign-in is not on for this account.");
  const step = matchTotp(unseal(user.totpSecret), options.code, user.totpLastStep);
  if (step !== null) {
    // Conditional on the last step, so that two sign-ins with one code cannot both pass.
    const { count } = await db.user.updateMany({
      where: { id: options.userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    if (count === 1) {
      await recordAttempts(limitsFor(options.userId).map((l) => l.key), true);
      return "totp";
    }
  } else if (looksLikeRecoveryCode(options.code)) {
    const { count } = await db.recoveryCode.updateMany({
      where: { userId: options.userId, codeHash: hashRecoveryCode(options.code), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count === 1) return "recovery";
  }
  await recordAttempts(limitsFor(options.userId).map((l) => l.key), false);
  throw invalid("That code is not right. Enter the 6 digits your authenticator shows now, or a recovery code.", {
    code: ["That code is not right."],
  });
}

/** Starts turning two-factor sign-in on: a new secret, as a QR code and as text for the authenticator. */
export async function startTwoFactorSetup(options: { userId: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: { email: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw conflict("Two-factor sign-in is on already.");
  const secret = newTotpSecret();
  await db.user.update({ where: { id: options.userId }, data: { totpSecret: seal(secret), totpLastStep: null } });
  const uri = totpFor(secret, user.email).toString();
  return { secret, uri, qr: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}

/** Turns it on with the first code the authenticator shows, and hands back ten recovery codes, once. */
export async function confirmTwoFactor(options: { userId: string; input: { code?: unknown } }) {
  await assertWithinLimits(limitsFor(options.userId), (minutes) => `Too many wrong codes. Try again in ${inMinutes(minutes)}.`);
  const user = await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw conflict("Two-factor sign-in is on already.");
  if (!user.totpSecret) throw invalid("Start again: scan a new QR code.");
  const step = matchTotp(unseal(user.totpSecret), options.input.code, null);
  if (step === null) {
    await recordAttempts(limitsFor(options.userId).map((l) => l.key), false);
    throw invalid("That code is not right: enter the 6 digits the app shows now.", { code: ["That code is not right."] });
  }
  const { codes, hashes } = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.userId }, data: { totpEnabledAt: new Date(), totpLastStep: step } });
    await tx.recoveryCode.deleteMany({ where: { userId: options.userId } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: options.userId, codeHash })) });
  });
  return { recoveryCodes: codes };
}

/** Turns it off, with a current code or a recovery code; not where the instance requires it. */
export async function disableTwoFactor(options: { userId: string; input: { code?: unknown } }) {
  if ((await instanceSettings()).requireTwoFactor) throw new AppError("forbidden", "This instance requires two-factor sign-in.");
  await checkSecondFactor({ userId: options.userId, code: options.input.code });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: options.userId } });
  });
  return { disabled: true };
}
