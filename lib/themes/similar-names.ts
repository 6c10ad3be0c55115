/**
 * A theme name reduced to what makes it the same theme: letters and digits only, in lower case, each word singular
 * ("Rules-based orders" and "rules based order" meet), with a bracketed gloss left out ("Development assistance
 * (ODA)" and "Development assistance" meet).
 */
export function themeKey(name: string): string {
  return name
    .replace(/\([^)]*\)/g, " ")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(singular)
    .join("");
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/**
 * The themes whose names are close to `name`: the same words in another case, spacing, punctuation or number, or a
 * shared start ("Development assistance" beside "Development assistance to Laos"). Offered before a new theme is
 * created, so that the codebook does not grow near-duplicates. The theme of exactly that name is not among them.
 */
export function similarThemes<T extends { name: string }>(name: string, themes: T[]): T[] {
  const key = themeKey(name);
  if (key.length < 4) return [];
  return themes.filter((theme) => {
    if (theme.name.trim().toLowerCase() === name.trim().toLowerCase()) return false;
    const other = themeKey(theme.name);
    if (other === key) return true;
    const [shorter, longer] = other.length < key.length ? [other, key] : [key, other];
    return shorter.length >= 6 && longer.startsWith(shorter);
  });
}
