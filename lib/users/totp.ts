import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/** 30-second codes of 6 digits with SHA-1: what every authenticator app reads from the QR code. */
const PERIOD = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secret: string, label: string): TOTP {
  return new TOTP({ issuer: "Claimwork", label, secret: Secret.fromBase32(secret), digits: 6, period: PERIOD, algorithm: "SHA1" });
}

/**
 * The time step of a code that is right now (or one step either side, for
 * clocks a little off), or null. A step at or before `lastStep` is refused:
 * each code works once, so an overheard code cannot be replayed.
 */
export function matchTotp(secret: string, code: unknown, lastStep: number | null, now = Date.now()): number | null {
  if (typeof code !== "string") return null;
  const digits = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totpFor(secret, "").validate({ token: digits, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** Ten recovery codes, "xxxx-xxxx-xxxx" of lowercase letters and digits (60 bits each), and how they are stored. */
export function newRecoveryCodes(count = 10): { codes: string[]; hashes: string[] } {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const codes = Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase().replace(/\s+/g, "")).digest("hex");
}

export function looksLikeRecoveryCode(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/i.test(value.trim());
}
