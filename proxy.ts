import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth.config";
import { contentSecurityPolicy, isHttps, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";

const { auth } = NextAuth(authConfig);

const PUBLIC_PATHS = new Set(["/sign-in", "/sign-up"]);

const dev = process.env.NODE_ENV === "development";

/** Whether a path's %-escapes decode to UTF-8; the router fails on one that does not, with a bare 500. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends signed-out visitors to the sign-in page, and passes the requested
 * path on so that pages can come back to it. Only a comfort: every page and
 * operation checks the session again on the server. Every page also gets a
 * Content-Security-Policy with a fresh nonce, which Next.js reads from the
 * request to mark its own scripts, and HSTS when served over HTTPS.
 */
export default auth((request) => {
  if (!decodable(request.nextUrl.pathname)) return new NextResponse("This address holds characters that are not valid UTF-8.", { status: 400 });
  const path = request.nextUrl.pathname + request.nextUrl.search;
  const https = isHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const secure = (response: NextResponse) => {
    if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  };
  if (!request.auth?.user && !PUBLIC_PATHS.has(request.nextUrl.pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl);
    if (request.nextUrl.pathname !== "/") signIn.searchParams.set("callbackUrl", path);
    return secure(NextResponse.redirect(signIn));
  }
  const csp = contentSecurityPolicy(newNonce(), { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-claimwork-path", path);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return secure(response);
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/).*)"],
};
