import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { makeChallenge, readChallenge } from "./sign-in-challenge";
import { totpFor } from "./totp";
import { checkSecondFactor, confirmTwoFactor, disableTwoFactor, startTwoFactorSetup } from "./two-factor";

const codeAt = (secret: string, at: number) => totpFor(secret, "").generate({ timestamp: at });

async function withTwoFactor() {
  const user = await makeUser();
  const { secret, qr, uri } = await startTwoFactorSetup({ userId: user.id });
  const { recoveryCodes } = await confirmTwoFactor({ userId: user.id, input: { code: codeAt(secret, Date.now() - 30_000) } });
  return { user, secret, qr, uri, recoveryCodes };
}

describe("two-factor sign-in", () => {
  it("turns on with the app's first code, keeps the secret sealed, and hands out ten recovery codes once", async () => {
    const user = await makeUser();
    const { secret, qr, uri } = await startTwoFactorSetup({ userId: user.id });
    expect(qr).toMatch(/^data:image\/png;base64,/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=Claimwork");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecret).not.toContain(secret);
    expect(stored.totpEnabledAt).toBeNull();

    await expectAppError(confirmTwoFactor({ userId: user.id, input: { code: "000000" } }), "invalid");
    const { recoveryCodes } = await confirmTwoFactor({ userId: user.id, input: { code: codeAt(secret, Date.now()) } });
    expect(recoveryCodes).toHaveLength(10);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);
    await expectAppError(startTwoFactorSetup({ userId: user.id }), "conflict");
  });

  it("a code signs in once; the same code again is refused", async () => {
    const { user, secret } = await withTwoFactor();
    const code = codeAt(secret, Date.now());
    expect(await checkSecondFactor({ userId: user.id, code })).toBe("totp");
    await expectAppError(checkSecondFactor({ userId: user.id, code }), "invalid");
  });

  it("of two sign-ins with one code at the same moment, one passes", async () => {
    const { user, secret } = await withTwoFactor();
    const code = codeAt(secret, Date.now());
    const results = await Promise.allSettled([checkSecondFactor({ userId: user.id, code }), checkSecondFactor({ userId: user.id, code })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("a recovery code signs in once, whatever its case", async () => {
    const { user, recoveryCodes } = await withTwoFactor();
    expect(await checkSecondFactor({ userId: user.id, code: recoveryCodes[3]!.toUpperCase() })).toBe("recovery");
    await expectAppError(checkSecondFactor({ userId: user.id, code: recoveryCodes[3] }), "invalid");
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  it("five wrong codes lock the second step for a while, even for the right code", async () => {
    const { user, secret } = await withTwoFactor();
    for (let i = 0; i < 5; i++) await expectAppError(checkSecondFactor({ userId: user.id, code: String(100000 + i) }), "invalid");
    await expectAppError(checkSecondFactor({ userId: user.id, code: codeAt(secret, Date.now()) }), "rate_limited");
  });

  it("turns off only with a code", async () => {
    const { user, secret } = await withTwoFactor();
    await expectAppError(disableTwoFactor({ userId: user.id, input: { code: "" } }), "invalid");
    await disableTwoFactor({ userId: user.id, input: { code: codeAt(secret, Date.now()) } });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.totpSecret, after.totpEnabledAt]).toEqual([null, null]);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the sign-in challenge", () => {
  it("names the account for five minutes, and nothing once changed or stale", () => {
    const now = Date.now();
    const challenge = makeChallenge("cmuser0001", now);
    expect(readChallenge(challenge, now + 60_000)).toBe("cmuser0001");
    expect(readChallenge(challenge, now + 5 * 60_000 + 1)).toBeNull();
    const [id, expires, signature] = challenge.split(".");
    expect(readChallenge(`cmuser0002.${expires}.${signature}`, now)).toBeNull();
    expect(readChallenge(`${id}.${Number(expires) + 60_000}.${signature}`, now)).toBeNull();
    for (const odd of [undefined, "", "a.b.c", "x".repeat(500), 42]) expect(readChallenge(odd, now)).toBeNull();
  });
});
