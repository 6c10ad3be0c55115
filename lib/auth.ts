import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { db } from "@/lib/db";
import { instanceSettings } from "@/lib/instance/signup-mode";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/security/client-ip";
import { getSessionUser } from "@/lib/sessions/get-session-user";
import { startSession } from "@/lib/sessions/start-session";
import { makeChallenge, readChallenge } from "@/lib/users/sign-in-challenge";
import { checkSecondFactor } from "@/lib/users/two-factor";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { authConfig } from "./auth.config";

/** Carries our error code through Auth.js to the sign-in form. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" }, challenge: { type: "text" } },
      /**
       * A password, then, where the account has two-factor sign-in on, a
       * second step: the form comes back with a short-lived signed challenge
       * (in place of the password) and a code of the authenticator.
       */
      async authorize(credentials, request) {
        try {
          const ip = clientIp(request.headers);
          let user: { id: string; email: string; name: string };
          if (credentials.challenge) {
            const challenged = readChallenge(credentials.challenge);
            if (!challenged) throw new SignInRefused("challenge_expired");
            await checkSecondFactor({ userId: challenged, code: credentials.code });
            user = await db.user.findUniqueOrThrow({ where: { id: challenged }, select: { id: true, email: true, name: true } });
          } else {
            const checked = await verifyCredentials({ email: credentials.email, password: credentials.password, ip });
            if (checked.twoFactor) throw new SignInRefused(`second_factor:${makeChallenge(checked.id)}`);
            user = { id: checked.id, email: checked.email, name: checked.name };
          }
          const session = await startSession({ userId: user.id, userAgent: request.headers.get("user-agent"), ip });
          return { ...user, sessionId: session.id };
        } catch (error) {
          if (error instanceof AppError && error.code === "invalid") throw new SignInRefused(`bad_code:${error.message}`);
          if (error instanceof AppError) {
            throw new SignInRefused(error.code === "rate_limited" || error.code === "forbidden" ? `${error.code}:${error.message}` : error.code);
          }
          throw error;
        }
      },
    }),
  ],
});

export type CurrentUser = { id: string; email: string; name: string; sessionId: string; isAdmin: boolean; twoFactor: boolean };

/**
 * The signed-in user, or null. The cookie only names a session; the session's
 * row decides, on every request, so a session that was signed out, or ended
 * by a password change, stops at once even where its cookie was copied.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  return getSessionUser(session?.sessionId);
});

/** Where someone without a second factor sets one up, when the instance requires it. */
const TWO_FACTOR_SETUP = "/settings/account";

/**
 * For pages and server actions: the signed-in user, or a redirect to sign-in.
 * Where the instance requires two-factor sign-in, someone without it is sent
 * to set it up first, and can open nothing else.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const h = await headers();
  const from = h.get("x-claimwork-path");
  if (user) {
    if (!user.twoFactor && !from?.startsWith(TWO_FACTOR_SETUP) && (await instanceSettings()).requireTwoFactor) {
      redirect(`${TWO_FACTOR_SETUP}?two-factor=required`);
    }
    return user;
  }
  redirect(from ? `/sign-in?callbackUrl=${encodeURIComponent(from)}` : "/sign-in");
}
