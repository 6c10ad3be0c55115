/** Helpers shared by the formats for the metadata a file states about itself. */

/** "2024-03-05T10:00:00Z", "2024/03/05", "D:20240305…" (PDF) → "2024-03-05"; null for anything else. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(?:D:)?(\d{4})[-/]?(\d{2})[-/]?(\d{2})/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1800) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * "Jane Doe; John Roe", "Jane Doe and John Roe", "Jane Doe, John Roe" → two names. A comma splits only when every
 * part is a full name, so "Doe, Jane" stays whole.
 */
export function splitAuthors(value: string | null | undefined): string[] {
  if (!value) return [];
  const parts = value
    .split(/\s*;\s*|\s*\|\s*|\s+and\s+|\s*&\s*|\s*\n\s*/)
    .flatMap((part) => {
      const pieces = part.split(/\s*,\s*/);
      return pieces.length > 1 && pieces.every((p) => p.trim().split(/\s+/).length >= 2) ? pieces : [part];
    })
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p && !/^https?:\/\//i.test(p));
  return [...new Set(parts)];
}

export function cleanText(value: string | null | undefined): string | null {
  const s = value?.replace(/\s+/g, " ").trim();
  return s ? s : null;
}
