import "server-only";
import { db } from "@/lib/db";

export async function listApiTokens(options: { userId: string }) {
  return db.apiToken.findMany({
    where: { userId: options.userId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
}
