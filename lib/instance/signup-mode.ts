import "server-only";
import type { Db, Tx } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { env } from "@/lib/env";
import type { SignupMode } from "@/lib/generated/prisma/enums";

export const SIGNUP_MODES: Record<SignupMode, string> = {
  OPEN: "Anyone may create an account",
  INVITE_ONLY: "Only someone holding an invitation link",
  CLOSED: "Nobody: accounts are closed",
};

/** Who may create an account: the admin's choice, or else ALLOW_SIGNUP's. */
export async function signupMode(tx: Db | Tx = defaultDb): Promise<SignupMode> {
  const settings = await tx.instanceSettings.findUnique({ where: { id: 1 }, select: { signupMode: true } });
  return settings?.signupMode ?? (env().ALLOW_SIGNUP ? "OPEN" : "INVITE_ONLY");
}

/** Every request may ask; the answer is kept this long in each server process. */
const SETTINGS_TTL_MS = 5_000;
let cached: { at: number; value: { signupMode: SignupMode; requireTwoFactor: boolean } } | undefined;

/** The instance's settings, as every request may need them (kept a few seconds per process). */
export async function instanceSettings(): Promise<{ signupMode: SignupMode; requireTwoFactor: boolean }> {
  if (cached && Date.now() - cached.at < SETTINGS_TTL_MS) return cached.value;
  const row = await defaultDb.instanceSettings.findUnique({ where: { id: 1 }, select: { signupMode: true, requireTwoFactor: true } });
  const value = { signupMode: row?.signupMode ?? (env().ALLOW_SIGNUP ? "OPEN" : "INVITE_ONLY"), requireTwoFactor: row?.requireTwoFactor ?? false };
  cached = { at: Date.now(), value };
  return value;
}

/** After an admin's change: this process reads the settings again at once (others within seconds). */
export function forgetInstanceSettings(): void {
  cached = undefined;
}
