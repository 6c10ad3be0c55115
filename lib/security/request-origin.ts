import { env } from "@/lib/env";

/**
 * The origin a request came in on, for links the app hands out (APP_URL, when
 * set, overrides it where the link is made). A browser's own Origin header
 * first, which server actions always carry; then the Host, over https only
 * where a trusted proxy says the request was.
 */
export function requestOrigin(h: Headers, trustProxy: boolean = env().TRUST_PROXY): string {
  const origin = h.get("origin");
  if (origin && origin !== "null" && URL.canParse(origin)) return new URL(origin).origin;
  const host = (trustProxy ? h.get("x-forwarded-host")?.split(",")[0]?.trim() : null) || h.get("host") || "localhost";
  const proto = trustProxy && h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return URL.canParse(`${proto}://${host}`) ? new URL(`${proto}://${host}`).origin : "http://localhost";
}
