import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/security/client-ip";
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
          return await verifyCredentials({
            email: credentials.email,
            password: credentials.password,
            ip: clientIp(request.headers),
          });
        } catch (error) {
          if (error instanceof AppError) {
            throw new SignInRefused(error.code === "rate_limited" ? `rate_limited:${error.message}` : error.code);
          }
          throw error;
        }
      },
    }),
  ],
});

export type CurrentUser = { id: string; email: string; name: string };

/** The signed-in user, or null. Checked against the database on every request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name };
});

/** For pages and server actions: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const h = await headers();
  const from = h.get("x-claimwork-path");
  redirect(from ? `/sign-in?callbackUrl=${encodeURIComponent(from)}` : "/sign-in");
}
