/**
 * Turns what someone types in a search box into a PostgreSQL tsquery:
 * words are ANDed, "quoted words" must stand together, a trailing * matches
 * a prefix, OR between words gives alternatives, and -word excludes. Every
 * term is reduced to letters and digits, so input can never break the query.
 * Returns null when nothing searchable is left.
 */
export function buildTsQuery(input: string): string | null {
  const tokens = input.normalize("NFKC").slice(0, 500).match(/-?"[^"]*"?|\S+/g) ?? [];
  const parts: string[] = [];
  let pendingOr = false;

  const clean = (word: string) => word.replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(/\s+/).filter(Boolean);

  for (const raw of tokens) {
    if (raw === "OR" || raw === "|") {
      pendingOr = parts.length > 0;
      continue;
    }
    const negate = raw.startsWith("-") && raw.length > 1;
    const token = negate ? raw.slice(1) : raw;
    let term: string | null;
    if (token.startsWith('"')) {
      const words = clean(token);
      term = words.length > 1 ? `(${words.map((w) => `'${w}'`).join(" <-> ")})` : words[0] ? `'${words[0]}'` : null;
    } else {
      const prefix = token.endsWith("*");
      const words = clean(token);
      if (!words.length) term = null;
      else {
        const last = words.length - 1;
        const rendered = words.map((w, i) => `'${w}'${prefix && i === last ? ":*" : ""}`);
        term = rendered.length > 1 ? `(${rendered.join(" <-> ")})` : rendered[0]!;
      }
    }
    if (!term) continue;
    if (negate) term = `!${term}`;
    if (pendingOr && parts.length) parts[parts.length - 1] = `(${parts[parts.length - 1]} | ${term})`;
    else parts.push(term);
    pendingOr = false;
  }
  if (!parts.length || parts.every((p) => p.startsWith("!"))) return null;
  return parts.join(" & ");
}
