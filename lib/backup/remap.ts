import { CLAIM_TOKEN, claimToken } from "@/lib/briefs/claim-references";
import { MENTION_PATTERN } from "@/lib/comments/mentions";

/** Old id → new id, for every row and person of a restored backup. */
export type IdMap = ReadonlyMap<string, string>;

/** The new id of a reference; one the file does not hold (a deleted object named in history) stays as it was. */
export function remapId(ids: IdMap, id: string): string {
  return ids.get(id) ?? id;
}

/** A brief's Markdown with its `[[claim:<id>]]` references pointed at the restored claims. */
export function remapClaimTokens(ids: IdMap, body: string): string {
  return body.replace(CLAIM_TOKEN, (_, id: string) => claimToken(remapId(ids, id)));
}

/** A comment's Markdown with its `@[Name](user:<id>)` mentions pointed at the restored people. */
export function remapMentions(ids: IdMap, body: string): string {
  return body.replace(MENTION_PATTERN, (_, label: string, id: string) => `@[${label}](user:${remapId(ids, id)})`);
}

/**
 * An activity's before/after: every string that is exactly an id of the file
 * takes the new id, and the claim references and mentions inside text (a
 * brief's or a comment's body) follow theirs.
 */
export function remapJson<T>(ids: IdMap, value: T): T {
  if (typeof value === "string") return (ids.has(value) ? ids.get(value)! : remapMentions(ids, remapClaimTokens(ids, value))) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => remapJson(ids, item)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, remapJson(ids, item)])) as T;
  }
  return value;
}
