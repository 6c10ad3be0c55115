import { env } from "@/lib/env";

/**
 * The header the server (scripts/serve.mjs) sets to the address of the
 * connection, after removing any a client sent.
 */
export const CONNECTION_IP_HEADER = "x-claimwork-connection-ip";

/**
 * The network address a request came from. Behind a trusted proxy
 * (TRUST_PROXY), the last X-Forwarded-For entry: the one that proxy appended
 * for the connection it received, which a client cannot forge. Otherwise the
 * connection's own address; X-Forwarded-For is then ignored. Used only to key
 * rate limits, never to grant access.
 */
export function clientIp(h: Headers, trustProxy: boolean = env().TRUST_PROXY): string | null {
  if (trustProxy) {
    const forwarded = h.get("x-forwarded-for")?.split(",").at(-1)?.trim();
    return forwarded || h.get("x-real-ip") || h.get(CONNECTION_IP_HEADER) || null;
  }
  return h.get(CONNECTION_IP_HEADER) || null;
}
