import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/security/client-ip";
import { getSessionUser } from "@/lib/sessions/get-session-user";
import { startSession } from "@/lib/sessions/start-session";
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
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        try {
          const ip = clientIp(request.headers);
          const user = await verifyCredentials({ email: credentials.email, password: credentials.password, ip });
          const session = await startSession({ userId: user.id, userAgent: request.headers.get("user-agent"), ip });
          return { ...user, sessionId: session.id };
        } catch (error) {
          if (error instanceof AppError) {
            throw new SignInRefused(error.code === "rate_limited" || error.code === "forbidden" ? `${error.code}:${error.message}` : error.code);
          }
          throw error;
        }
      },
    }),
  ],
});

export type CurrentUser = { id: string; email: string; name: string; sessionId: string; isAdmin: boolean };

/**
 * The signed-in user, or null. The cookie only names a session; the session's
 * row decides, on every request, so a session that was signed out, or ended
 * by a password change, stops at once even where its cookie was copied.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  return getSessionUser(session?.sessionId);
});

/** For pages and server actions: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const h = await headers();
  const from = h.get("x-claimwork-path");
  redirect(from ? `/sign-in?callbackUrl=${encodeURIComponent(from)}` : "/sign-in");
}
