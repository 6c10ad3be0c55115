import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { getSessionUser } from "./get-session-user";
import { listSessions } from "./list-sessions";
import { signOutSession } from "./sign-out-session";
import { startSession } from "./start-session";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

describe("sessions", () => {
  it("a session is good until it is signed out, then never again", async () => {
    const user = await makeUser();
    const session = await startSession({ userId: user.id, userAgent: FIREFOX, ip: "192.0.2.7" });
    expect(await getSessionUser(session.id)).toEqual({ id: user.id, email: user.email, name: user.name, sessionId: session.id, isAdmin: false, twoFactor: false });
    await signOutSession({ userId: user.id, currentSessionId: session.id, input: { sessionId: session.id } });
    expect(await getSessionUser(session.id)).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).endedReason).toBe("sign_out");
  });

  it("lists my sessions with a readable device, and signs out one or all the others", async () => {
    const user = await makeUser();
    const here = await startSession({ userId: user.id, userAgent: FIREFOX, ip: "192.0.2.7" });
    const phone = await startSession({ userId: user.id, userAgent: SAFARI_IPHONE, ip: "198.51.100.4" });
    const old = await startSession({ userId: user.id, userAgent: null, ip: null });
    const listed = await listSessions({ userId: user.id, currentSessionId: here.id });
    expect(listed.map((s) => [s.device, s.current]).sort()).toEqual(
      [
        ["Firefox 140 on Linux", true],
        ["Safari 18 on iOS (mobile)", false],
        ["Unknown device", false],
      ].sort(),
    );

    await signOutSession({ userId: user.id, currentSessionId: here.id, input: { sessionId: phone.id } });
    expect(await getSessionUser(phone.id)).toBeNull();
    const { ended } = await signOutSession({ userId: user.id, currentSessionId: here.id, input: { all: true } });
    expect(ended).toBe(1);
    expect(await getSessionUser(old.id)).toBeNull();
    expect(await getSessionUser(here.id)).not.toBeNull();
  });

  it("another person's session is not found, and stays signed in", async () => {
    const [me, other] = await Promise.all([makeUser(), makeUser()]);
    const theirs = await startSession({ userId: other.id, userAgent: FIREFOX, ip: null });
    await expectAppError(signOutSession({ userId: me.id, input: { sessionId: theirs.id } }), "not_found");
    await expectAppError(signOutSession({ userId: me.id, input: { sessionId: "x".repeat(5000) } }), "not_found");
    expect(await getSessionUser(theirs.id)).not.toBeNull();
  });

  it("a stand-in of a restored backup never has a session, and odd ids name nothing", async () => {
    const standIn = await db.user.create({ data: { name: "Kenji Sato", email: `restored-${Date.now()}@claimwork.invalid`, passwordHash: "!restored", standInFor: "kenji@example.org" } });
    const session = await startSession({ userId: standIn.id, userAgent: null, ip: null });
    expect(await getSessionUser(session.id)).toBeNull();
    for (const id of [undefined, null, 42, "", "x".repeat(65), "\u0000"]) expect(await getSessionUser(id)).toBeNull();
  });

  it("keeps last seen to the minute, without a write on every request", async () => {
    const user = await makeUser();
    const session = await startSession({ userId: user.id, userAgent: FIREFOX, ip: null });
    const earlier = new Date(Date.now() - 5 * 60_000);
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: earlier } });
    await getSessionUser(session.id);
    const seen = (await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(earlier.getTime());
    await getSessionUser(session.id);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(seen);
  });
});
