import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { createTokenSchema } from "./schemas";
import { displayPrefix, generateToken, hashToken } from "./token-format";

/** Creates a personal API token. The plain token is returned this once and never stored. */
export async function createApiToken(options: { userId: string; input: { name?: unknown; expiresInDays?: unknown } }) {
  const { name, expiresInDays } = parseInput(createTokenSchema, options.input);
  const token = generateToken();
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: options.userId, name, tokenHash: hashToken(token), prefix: displayPrefix(token), expiresAt },
      select: { id: true, name: true, prefix: true, expiresAt: true, createdAt: true },
    });
    await recordActivity(tx, { actorId: options.userId, action: "token.create", objectType: "ApiToken", objectId: row.id, after: { name } });
    return { ...row, token };
  });
}
