/**
 * The Content-Security-Policy of every page: scripts run only with the
 * request's nonce (Next.js puts it on its own scripts; 'strict-dynamic' lets
 * those load the chunks they need), so an injected <script> or event handler
 * never runs. Inline style attributes stay allowed (the highlight colours and
 * the charts use them); they cannot run code. Nothing may frame the app, and
 * forms and connections stay on this origin.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** HSTS only means something over HTTPS (directly or behind a proxy that says so). */
export function isHttps(url: URL, forwardedProto: string | null): boolean {
  return url.protocol === "https:" || forwardedProto?.split(",")[0]?.trim() === "https";
}

export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
