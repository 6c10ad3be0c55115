const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** An http, https or mailto address, normalised; anything else (javascript:, data:, relative) is null. */
export function safeUrl(url: string | null | undefined): string | null {
  const value = url?.trim();
  if (!value) return null;
  try {
    const parsed = new URL(value);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
