"use server";

import { auth, signOut } from "@/lib/auth";
import { db } from "@/lib/db";

/** Ends this browser's session on the server, then clears its cookie: a copy of the cookie opens nothing after. */
export async function signOutAction() {
  const session = await auth();
  if (session?.sessionId) {
    await db.session.updateMany({ where: { id: session.sessionId, endedAt: null }, data: { endedAt: new Date(), endedReason: "sign_out" } });
  }
  await signOut({ redirectTo: "/sign-in" });
}
