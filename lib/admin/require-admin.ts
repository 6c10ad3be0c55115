import "server-only";
import type { Db, Tx } from "@/lib/db";
import { db as defaultDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isInstanceAdmin } from "@/lib/instance/is-admin";

/** Admin operations start here. Anyone else learns nothing: the admin pages answer "not found". */
export async function requireAdmin(userId: string, tx: Db | Tx = defaultDb): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { isAdmin: true, email: true, disabledAt: true } });
  if (!user || user.disabledAt || !isInstanceAdmin(user)) throw notFound("Page");
}
