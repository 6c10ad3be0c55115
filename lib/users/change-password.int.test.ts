import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { changePassword } from "./change-password";
import { verifyCredentials } from "./verify-credentials";

describe("changing a password", () => {
  it("needs the current password, then ends older sessions and signs in with the new one only", async () => {
    const user = await makeUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });

    const wrong = await expectAppError(
      changePassword({ userId: user.id, input: { currentPassword: "not it at all", newPassword: "a new long password" } }),
      "invalid",
    );
    expect(wrong.fieldErrors?.currentPassword).toEqual(["Your current password is not right."]);
    const short = await expectAppError(changePassword({ userId: user.id, input: { currentPassword: user.password, newPassword: "short" } }), "invalid");
    expect(short.fieldErrors?.newPassword).toEqual(["Use at least 10 characters."]);
    const differ = await expectAppError(
      changePassword({ userId: user.id, input: { currentPassword: user.password, newPassword: "a new long password", confirmPassword: "another one" } }),
      "invalid",
    );
    expect(differ.fieldErrors?.confirmPassword).toEqual(["The two new passwords differ."]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion).toBe(before.sessionVersion);

    const changed = await changePassword({
      userId: user.id,
      input: { currentPassword: user.password, newPassword: "a new long password", confirmPassword: "a new long password" },
    });
    expect(changed.sessionVersion).toBe(before.sessionVersion + 1);
    await expectAppError(verifyCredentials({ email: user.email, password: user.password }), "unauthenticated");
    expect((await verifyCredentials({ email: user.email, password: "a new long password" })).sessionVersion).toBe(changed.sessionVersion);
  });

  it("counts wrong current passwords towards the sign-in lock", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) {
      await expectAppError(changePassword({ userId: user.id, input: { currentPassword: `guess number ${i}`, newPassword: "a new long password" } }), "invalid");
    }
    await expectAppError(changePassword({ userId: user.id, input: { currentPassword: user.password, newPassword: "a new long password" } }), "rate_limited");
  });
});
