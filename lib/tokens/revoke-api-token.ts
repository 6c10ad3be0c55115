import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function revokeApiToken(options: { userId: string; tokenId: string }) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: options.tokenId, userId: options.userId } });
    if (!token) throw notFound("Token");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordActivity(tx, { actorId: options.userId, action: "token.revoke", objectType: "ApiToken", objectId: token.id, before: { name: token.name } });
  });
}
