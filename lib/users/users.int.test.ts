import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { signUp } from "./sign-up";
import { BAD_CREDENTIALS, verifyCredentials } from "./verify-credentials";

describe("sign-up", () => {
  it("stores a lower-cased email and an argon2id hash, never the password", async () => {
    const email = `Mixed.Case-${Date.now()}@Example.TEST`;
    const user = await signUp({ name: "Ana", email, password: "a long enough password", allowSignup: true });
    expect(user.email).toBe(email.toLowerCase());
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("a long enough password");
  });

  it("refuses a second account for the same address in another case", async () => {
    const existing = await makeUser();
    const error = await expectAppError(
      signUp({ name: "Again", email: existing.email.toUpperCase(), password: "a long enough password", allowSignup: true }),
      "conflict",
    );
    expect(error.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });

  it("explains weak input field by field", async () => {
    const error = await expectAppError(signUp({ name: "", email: "nope", password: "short", allowSignup: true }), "invalid");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
  });
});

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await makeUser();
    await expect(verifyCredentials({ email: user.email.toUpperCase(), password: user.password })).resolves.toMatchObject({ id: user.id });
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const user = await makeUser();
    const wrong = await expectAppError(verifyCredentials({ email: user.email, password: "wrong password" }), "unauthenticated");
    const unknown = await expectAppError(verifyCredentials({ email: "nobody@example.test", password: "whatever" }), "unauthenticated");
    expect(wrong.message).toBe(BAD_CREDENTIALS);
    expect(unknown.message).toBe(BAD_CREDENTIALS);
  });

  it("locks an address after repeated failures, even with the right password, and records it in the database", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) {
      await expectAppError(verifyCredentials({ email: user.email, password: `wrong ${i}` }), "unauthenticated");
    }
    const locked = await expectAppError(verifyCredentials({ email: user.email, password: user.password }), "rate_limited");
    expect(locked.message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes\./);
    expect(locked.retryAfterSeconds).toBeGreaterThan(800);
    expect(await db.loginAttempt.count({ where: { key: `email:${user.email}`, succeeded: false } })).toBe(5);

    // The lock ends when the failures leave the window.
    await db.loginAttempt.updateMany({
      where: { key: `email:${user.email}` },
      data: { createdAt: new Date(Date.now() - 16 * 60_000) },
    });
    await expect(verifyCredentials({ email: user.email, password: user.password })).resolves.toMatchObject({ id: user.id });
  });

  it("limits many failures from one network address across accounts", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    await db.loginAttempt.createMany({ data: Array.from({ length: 30 }, () => ({ key: `ip:${ip}`, succeeded: false })) });
    const user = await makeUser();
    await expectAppError(verifyCredentials({ email: user.email, password: user.password, ip }), "rate_limited");
  });
});
