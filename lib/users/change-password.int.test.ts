import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { getSessionUser } from "@/lib/sessions/get-session-user";
import { startSession } from "@/lib/sessions/start-session";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { changePassword } from "./change-password";
import { verifyCredentials } from "./verify-credentials";

describe("changing a password", () => {
  it("needs the current password, then ends every other session and signs in with the new one only", async () => {
    const user = await makeUser();
    const [here, laptop, copied] = await Promise.all(
      ["Firefox here", "Chrome on the laptop", "a copied cookie"].map((userAgent) => startSession({ userId: user.id, userAgent, ip: null })),
    );

    const wrong = await expectAppError(
      changePassword({ userId: user.id, currentSessionId: here!.id, input: { currentPassword: "not it at all", newPassword: "a new long password" } }),
      "invalid",
    );
    expect(wrong.fieldErrors?.currentPassword).toEqual(["Your current password is not right."]);
    const short = await expectAppError(changePassword({ userId: user.id, currentSessionId: here!.id, input: { currentPassword: user.password, newPassword: "short" } }), "invalid");
    expect(short.fieldErrors?.newPassword).toEqual(["Use at least 10 characters."]);
    const differ = await expectAppError(
      changePassword({ userId: user.id, currentSessionId: here!.id, input: { currentPassword: user.password, newPassword: "a new long password", confirmPassword: "another one" } }),
      "invalid",
    );
    expect(differ.fieldErrors?.confirmPassword).toEqual(["The two new passwords differ."]);
    // Refused changes end nothing.
    expect(await db.session.count({ where: { userId: user.id, endedAt: null } })).toBe(3);

    const changed = await changePassword({
      userId: user.id,
      currentSessionId: here!.id,
      input: { currentPassword: user.password, newPassword: "a new long password", confirmPassword: "a new long password" },
    });
    expect(changed.endedSessions).toBe(2);
    expect(await getSessionUser(here!.id)).toMatchObject({ id: user.id });
    expect(await getSessionUser(laptop!.id)).toBeNull();
    expect(await getSessionUser(copied!.id)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: laptop!.id } })).endedReason).toBe("password_changed");
    await expectAppError(verifyCredentials({ email: user.email, password: user.password }), "unauthenticated");
    expect((await verifyCredentials({ email: user.email, password: "a new long password" })).id).toBe(user.id);
  });

  it("counts wrong current passwords towards the sign-in lock", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) {
      await expectAppError(changePassword({ userId: user.id, currentSessionId: null, input: { currentPassword: `guess number ${i}`, newPassword: "a new long password" } }), "invalid");
    }
    await expectAppError(changePassword({ userId: user.id, currentSessionId: null, input: { currentPassword: user.password, newPassword: "a new long password" } }), "rate_limited");
  });
});
