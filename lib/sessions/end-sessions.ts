import "server-only";
import type { Db, Tx } from "@/lib/db";

export type SessionEndReason = "sign_out" | "signed_out_elsewhere" | "password_changed" | "password_reset" | "account_disabled";

/**
 * Ends a person's open sessions at once (each request checks its session
 * row), all of them or all but one: the one a password was just changed in
 * stays signed in. Runs in the caller's transaction, so it ends with the
 * change that causes it.
 */
export async function endSessions(tx: Db | Tx, options: { userId: string; reason: SessionEndReason; except?: string | null }): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId: options.userId, endedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { endedAt: new Date(), endedReason: options.reason },
  });
  return count;
}
