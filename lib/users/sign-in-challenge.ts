import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

/** How long the second step of a sign-in may wait for its code. */
const CHALLENGE_MS = 5 * 60_000;

function mac(payload: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", `${secret}:sign-in-challenge`).update(payload).digest("base64url");
}

/**
 * Proof, for the second step of a sign-in, that the password was right a
 * moment ago: the account's id and an expiry, signed with AUTH_SECRET. The
 * form carries it instead of the password.
 */
export function makeChallenge(userId: string, now = Date.now()): string {
  const payload = `${userId}.${now + CHALLENGE_MS}`;
  return `${payload}.${mac(payload)}`;
}

/** The account a challenge names while it is good, else null. */
export function readChallenge(challenge: unknown, now = Date.now()): string | null {
  if (typeof challenge !== "string" || challenge.length > 200) return null;
  const [userId, expires, signature] = challenge.split(".");
  if (!userId || !expires || !signature || !/^[a-z0-9]{1,64}$/.test(userId) || !/^\d{13}$/.test(expires)) return null;
  const expected = Buffer.from(mac(`${userId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) > now ? userId : null;
}
