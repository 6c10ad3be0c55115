import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/tokens/token-format";

/**
 * The secret of a one-time link (an invitation, an address check, a password
 * reset): 256 random bits, url-safe. Only its SHA-256 is stored, so the
 * database never holds a usable link.
 */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** Whether a value from a URL can be a link token at all, before it is looked up. */
export function looksLikeLinkToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export { hashToken };
