/** Any origin will do: only whether a value stays on it matters. */
const HOME = "https://claimwork.invalid";

/**
 * Where to go after signing in: the value resolved by the WHATWG URL parser
 * (as the browser will resolve it) against the app's own origin, kept only if
 * it stays on that origin, as its path, query and fragment. Anything else —
 * another origin, a scheme, control characters or spaces that a browser
 * strips (`/%09/evil.example` becomes `//evil.example`), a value that is not
 * a string — becomes "/".
 */
export function safeCallbackUrl(value: unknown, origin: string = HOME): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return "/";
  }
  if (/[\u0000-\u001f\u007f\\]/.test(value + decoded) || /^\/\s*\//.test(decoded)) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
