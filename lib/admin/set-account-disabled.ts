import "server-only";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { endSessions } from "@/lib/sessions/end-sessions";
import { requireAdmin } from "./require-admin";

/**
 * Disables an account (it cannot sign in, and its sessions and API tokens stop
 * at once) or enables it again. An admin cannot disable their own account.
 */
export async function setAccountDisabled(options: { userId: string; targetId: string; disabled: boolean }) {
  const { userId, targetId, disabled } = options;
  return db.$transaction(async (tx) => {
    await requireAdmin(userId, tx);
    if (typeof targetId !== "string" || !/^[a-z0-9]{1,64}$/.test(targetId)) throw notFound("Account");
    const target = await tx.user.findFirst({ where: { id: targetId, standInFor: null }, select: { id: true, name: true } });
    if (!target) throw notFound("Account");
    if (disabled && target.id === userId) throw conflict("You cannot disable your own account.");
    await tx.user.update({ where: { id: target.id }, data: { disabledAt: disabled ? new Date() : null } });
    const endedSessions = disabled ? await endSessions(tx, { userId: target.id, reason: "account_disabled" }) : 0;
    return { name: target.name, disabled, endedSessions };
  });
}
