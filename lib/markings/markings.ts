/**
 * Handling markings (OFFICIAL, OFFICIAL-SENSITIVE, SECRET…): the instance's
 * ordered list, lowest first, and how markings compare. Pure: the list is
 * passed in (lib/markings/instance-markings.ts reads it from MARKINGS).
 */

/** The list an instance uses when MARKINGS is unset: the UK Government Security Classifications, with OFFICIAL-SENSITIVE as its own step. */
export const DEFAULT_MARKINGS = ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"] as const;

/** The longest marking a list may hold or a value may be. */
export const MARKING_MAX_CHARS = 60;

/**
 * The list MARKINGS names: comma-separated, lowest first, blanks dropped.
 * Unset: the default list. Set but empty: no markings (none offered; a value
 * already stored still prints).
 */
export function parseMarkings(raw: string | undefined): string[] {
  if (raw === undefined) return [...DEFAULT_MARKINGS];
  return raw
    .split(",")
    .map((m) => m.trim().replace(/\s+/g, " "))
    .filter(Boolean);
}

/** Why a list cannot be used (a duplicate, an overlong entry), or null. */
export function markingsProblem(list: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const marking of list) {
    if (marking.length > MARKING_MAX_CHARS) return `"${marking.slice(0, 20)}…" is longer than ${MARKING_MAX_CHARS} characters.`;
    const key = marking.toUpperCase();
    if (seen.has(key)) return `"${marking}" is listed twice.`;
    seen.add(key);
  }
  return null;
}

/**
 * Where a marking stands: -1 for none (null), its index in the list, and for
 * a value the list no longer holds (the instance's list changed since it was
 * set) one above the highest, so that nobody can place it below what it may be.
 */
export function rank(marking: string | null | undefined, list: readonly string[]): number {
  if (marking === null || marking === undefined) return -1;
  const i = list.indexOf(marking);
  return i === -1 ? list.length : i;
}

/** The highest of some markings (nulls ignored), or null when none is marked. */
export function highest(markings: Iterable<string | null | undefined>, list: readonly string[]): string | null {
  let top: string | null = null;
  for (const marking of markings) {
    if (marking === null || marking === undefined) continue;
    if (top === null || rank(marking, list) > rank(top, list)) top = marking;
  }
  return top;
}

/** Whether something marked `marking` may appear in a document marked `document`. */
export function covers(document: string | null, marking: string | null, list: readonly string[]): boolean {
  return marking === null || marking === document || rank(marking, list) <= rank(document, list);
}

/** The message refusing a value the list does not hold: "Choose one of: OFFICIAL, SECRET, or none." */
export function markingChoiceMessage(list: readonly string[]): string {
  if (list.length === 0) return "Markings are turned off on this Claimwork: leave the marking empty.";
  return `Choose one of: ${list.join(", ")} (or none).`;
}

/** The value to store: null for none, the listed marking, or a message saying what to choose. */
export function validateMarking(value: string | null, list: readonly string[]): { ok: true; marking: string | null } | { ok: false; message: string } {
  if (value === null) return { ok: true, marking: null };
  return list.includes(value) ? { ok: true, marking: value } : { ok: false, message: markingChoiceMessage(list) };
}
