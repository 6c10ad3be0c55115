import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth.config";

const { auth } = NextAuth(authConfig);

const PUBLIC_PATHS = new Set(["/sign-in", "/sign-up"]);

/**
 * Sends signed-out visitors to the sign-in page, and passes the requested
 * path on so that pages can come back to it. Only a comfort: every page and
 * operation checks the session again on the server.
 */
export default auth((request) => {
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (!request.auth?.user && !PUBLIC_PATHS.has(request.nextUrl.pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl);
    if (request.nextUrl.pathname !== "/") signIn.searchParams.set("callbackUrl", path);
    return NextResponse.redirect(signIn);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-claimwork-path", path);
  return NextResponse.next({ request: { headers: requestHeaders } });
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/).*)"],
};
