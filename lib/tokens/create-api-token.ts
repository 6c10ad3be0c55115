import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertWithinLimits, inMinutes, recordAttempts } from "@/lib/security/attempt-limit";
import { parseInput, type Input } from "@/lib/validation";
import { createTokenSchema } from "./schemas";
import { displayPrefix, generateToken, hashToken } from "./token-format";

/**
 * Creates a personal API token. The plain token is returned this once and
 * never stored. A user may create only so many in an hour, so a stolen
 * session cannot mint tokens without end.
 */
export async function createApiToken(options: { userId: string; input: Input<typeof createTokenSchema> }) {
  const { name, expiresInDays } = parseInput(createTokenSchema, options.input);
  const limitKey = `token-create:${options.userId}`;
  await assertWithinLimits(
    [{ key: limitKey, limit: env().TOKEN_MAX_CREATED_PER_HOUR, windowMinutes: 60, countSuccesses: true }],
    (minutes) => `You have created many tokens in the last hour. Try again in ${inMinutes(minutes)}.`,
  );
  await recordAttempts([limitKey], true);
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
