import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { authenticateApiToken } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";
import { hashToken } from "./token-format";

describe("API tokens", () => {
  it("are shown once, stored hashed, and authenticate their owner", async () => {
    const user = await makeUser();
    const created = await createApiToken({ userId: user.id, input: { name: "Export script", expiresInDays: "30" } });
    expect(created.token).toMatch(/^cw_[A-Za-z0-9_-]{43}$/);

    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id }, omit: { tokenHash: false } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(row.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    await expect(authenticateApiToken(`Bearer ${created.token}`)).resolves.toMatchObject({ id: user.id });
    const [listed] = await listApiTokens({ userId: user.id });
    expect(listed).toMatchObject({ name: "Export script", prefix: created.token.slice(0, 9) });
    expect(listed!.lastUsedAt).not.toBeNull();
    expect(listed).not.toHaveProperty("tokenHash");
  });

  it("stop working when revoked or expired, and refuse malformed headers", async () => {
    const user = await makeUser();
    const revoked = await createApiToken({ userId: user.id, input: { name: "one" } });
    await revokeApiToken({ userId: user.id, tokenId: revoked.id });
    await expectAppError(authenticateApiToken(`Bearer ${revoked.token}`), "unauthenticated");

    const expired = await createApiToken({ userId: user.id, input: { name: "two" } });
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectAppError(authenticateApiToken(`Bearer ${expired.token}`), "unauthenticated");

    await expectAppError(authenticateApiToken(null), "unauthenticated");
    await expectAppError(authenticateApiToken("Basic abc"), "unauthenticated");
    await expectAppError(authenticateApiToken("Bearer cw_notarealtoken"), "unauthenticated");
  });

  it("cannot be revoked by another user", async () => {
    const [alice, mallory] = await Promise.all([makeUser(), makeUser()]);
    const token = await createApiToken({ userId: alice.id, input: { name: "alice's" } });
    await expectAppError(revokeApiToken({ userId: mallory.id, tokenId: token.id }), "not_found");
    await expect(authenticateApiToken(`Bearer ${token.token}`)).resolves.toMatchObject({ id: alice.id });
  });

  it("need a name", async () => {
    const user = await makeUser();
    const error = await expectAppError(createApiToken({ userId: user.id, input: { name: " " } }), "invalid");
    expect(error.fieldErrors?.name).toEqual(["Name the token."]);
  });

  it("lock out a network address that keeps sending invalid tokens, and no other", async () => {
    const user = await makeUser();
    const valid = await createApiToken({ userId: user.id, input: { name: "good" } });
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${Date.now()}`;
    for (let i = 0; i < 20; i += 1) {
      await expectAppError(authenticateApiToken(`Bearer cw_${"x".repeat(43)}`, ip), "unauthenticated");
    }
    // Locked: the next invalid token from that address is told to wait, and for how long; it is not even counted.
    const locked = await expectAppError(authenticateApiToken(`Bearer cw_${"y".repeat(43)}`, ip), "rate_limited");
    expect(locked.message).toMatch(/Too many requests with invalid API tokens\. Try again in 15 minutes\./);
    expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(await db.loginAttempt.count({ where: { key: `token-ip:${ip}` } })).toBe(20);
    // A valid token from the same address still works, and another address is not locked.
    await expect(authenticateApiToken(`Bearer ${valid.token}`, ip)).resolves.toMatchObject({ id: user.id });
    await expectAppError(authenticateApiToken(`Bearer cw_${"y".repeat(43)}`, `${ip}-elsewhere`), "unauthenticated");
  });

  it("can be created only so many times an hour", async () => {
    const user = await makeUser();
    for (let i = 0; i < 20; i += 1) await createApiToken({ userId: user.id, input: { name: `script ${i}` } });
    const error = await expectAppError(createApiToken({ userId: user.id, input: { name: "one too many" } }), "rate_limited");
    expect(error.message).toMatch(/created many tokens in the last hour/);
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(20);
    // Another user is not affected.
    const other = await makeUser();
    await expect(createApiToken({ userId: other.id, input: { name: "first" } })).resolves.toMatchObject({ name: "first" });
  });
});
