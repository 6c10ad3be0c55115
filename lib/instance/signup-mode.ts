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
