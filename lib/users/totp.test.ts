import { describe, expect, it } from "vitest";
import { hashRecoveryCode, looksLikeRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, totpFor } from "./totp";

describe("TOTP", () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 3, 9, 0, 10);
  const code = (at: number) => totpFor(secret, "").generate({ timestamp: at });

  it("accepts the current code and one step either side, once", () => {
    const step = matchTotp(secret, code(now), null, now);
    expect(step).toBe(Math.floor(now / 30_000));
    expect(matchTotp(secret, code(now - 30_000), null, now)).toBe(step! - 1);
    expect(matchTotp(secret, code(now + 30_000), null, now)).toBe(step! + 1);
    // The same code again, or an older one, is a replay.
    expect(matchTotp(secret, code(now), step, now)).toBeNull();
    expect(matchTotp(secret, code(now - 30_000), step, now)).toBeNull();
  });

  it("refuses codes from further away, of another secret, and what is not a code", () => {
    expect(matchTotp(secret, code(now - 120_000), null, now)).toBeNull();
    expect(matchTotp(newTotpSecret(), code(now), null, now)).toBeNull();
    for (const odd of [undefined, 123456, "", "12345", "1234567", "abcdef", "12 34 5x"]) expect(matchTotp(secret, odd, null, now)).toBeNull();
    expect(matchTotp(secret, ` ${code(now).slice(0, 3)} ${code(now).slice(3)} `, null, now)).not.toBeNull();
  });

  it("makes ten distinct recovery codes, stored as hashes that ignore case and spaces", () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(looksLikeRecoveryCode(c)).toBe(true);
    expect(hashRecoveryCode(` ${codes[0]!.toUpperCase()} `)).toBe(hashes[0]);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});
