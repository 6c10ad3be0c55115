/**
 * Mentions are stored in the Markdown itself as `@[Kenji Sato](user:<id>)`:
 * readable as plain text, a valid Markdown link (so a stray one degrades to
 * its label), and carrying the id, so a renamed member is still the same
 * person. Plain "@someone" text is just text.
 */
export const MENTION_PATTERN = /@\[([^\]\n]{1,100})\]\(user:([A-Za-z0-9_-]{1,64})\)/g;

export type Mention = { id: string; label: string };

/** The distinct people a body mentions, in order of first mention. */
export function extractMentions(body: string): Mention[] {
  const seen = new Map<string, Mention>();
  for (const match of body.matchAll(MENTION_PATTERN)) {
    const [, label, id] = match;
    if (label && id && !seen.has(id)) seen.set(id, { id, label: label.trim() });
  }
  return [...seen.values()];
}

/** The token the composer inserts for a member; brackets would end the label early. */
export function mentionToken(user: { id: string; name: string }): string {
  const label = user.name.replace(/[[\]\n\r]/g, " ").replace(/\s+/g, " ").trim().slice(0, 100) || "member";
  return `@[${label}](user:${user.id})`;
}

/** A comment as one line of plain text, mentions as "@Name", for activity rows and notifications. */
export function commentExcerpt(body: string, max = 80): string {
  const text = body
    .replace(MENTION_PATTERN, (_, label: string) => `@${label}`)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_~>#]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
