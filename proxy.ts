import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth.config";
import { DOWNLOAD_ROUTE } from "@/lib/security/download-routes";
import { contentSecurityPolicy, isHttps, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";

const { auth } = NextAuth(authConfig);

const PUBLIC_PATHS = new Set(["/sign-in", "/sign-up", "/forgot-password"]);
/** Pages a one-time link opens, signed in or not: an invitation, a password reset, an address check. */
const PUBLIC_PREFIXES = ["/invitations/", "/reset-password/", "/verify-email/"];

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
const pages = auth((request) => {
  const path = request.nextUrl.pathname + request.nextUrl.search;
  const https = isHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const secure = (response: NextResponse) => {
    if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  };
  const open = PUBLIC_PATHS.has(request.nextUrl.pathname) || PUBLIC_PREFIXES.some((prefix) => request.nextUrl.pathname.startsWith(prefix));
  if (!request.auth?.user && !open) {
    const signIn = new URL("/sign-in", request.nextUrl);
    if (request.nextUrl.pathname !== "/") signIn.searchParams.set("callbackUrl", path);
    return secure(NextResponse.redirect(signIn));
  }
  if (DOWNLOAD_ROUTE.test(request.nextUrl.pathname)) return secure(NextResponse.next());
  const csp = contentSecurityPolicy(newNonce(), { dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-claimwork-path", path);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return secure(response);
});

/**
 * Pages only: the API authenticates by token (lib/api/handler.ts) and sets its
 * own headers, and skipping the proxy saves it a step on every request. A
 * path whose bytes are not UTF-8 is answered 400 by the server before either
 * (scripts/serve.mjs), and here too for `npm run dev`.
 */
export default function proxy(request: NextRequest, context: { params: Promise<Record<string, string>> }) {
  if (!decodable(request.nextUrl.pathname)) {
    return new NextResponse("This address holds characters that are not valid UTF-8.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return pages(request, context);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/).*)"],
};
