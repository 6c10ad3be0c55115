import { createHash, randomBytes } from "node:crypto";

const PREFIX = "cw_";

/** A new token: "cw_" and 43 url-safe characters (256 bits). */
export function generateToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

/** Tokens are random enough that a fast hash is the right one: no salt, no stretching. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(PREFIX) && value.length === PREFIX.length + 43;
}

export const displayPrefix = (token: string) => token.slice(0, PREFIX.length + 6);
