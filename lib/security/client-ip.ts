/**
 * The network address a request came from, as the reverse proxy in front of
 * the app reports it. Used only to key rate limits, never to grant access.
 */
export function clientIp(h: Headers): string | null {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || null;
}
