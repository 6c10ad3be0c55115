import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth.config";

const { auth } = NextAuth(authConfig);

/**
 * Sends signed-out visitors to the sign-in page, and passes the requested
 * path on so that pages can come back to it. Never the access check itself.
 */
export default auth((request) => {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-claimwork-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/auth).*)"],
};
