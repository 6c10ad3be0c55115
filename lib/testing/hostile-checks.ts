import { expect } from "vitest";
import { AppError } from "@/lib/errors";

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * Runs an operation that may refuse its input. An AppError is a refusal; any
 * other exception is what a 500 would have been, and fails the test at once.
 */
export async function attempt<T>(label: string, run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw new Error(`${label}: crashed instead of refusing — ${String(error).slice(0, 400)}`, { cause: error });
  }
}

/** Words of a driver, a parser or a stack trace that must never reach a person. */
const LEAKS = /prisma|invalid byte sequence|violates|\bSQL\b|TypeError|ReferenceError|undefined|\[object |at .+\.(?:ts|js):\d/i;

/** A refusal a person can act on: a short plain message, pointing at the field when there is one. */
export function expectClearRefusal(label: string, error: AppError, field?: string) {
  expect(error.message, label).toMatch(/\w{3}/);
  expect(error.message.length, label).toBeLessThan(400);
  expect(error.message, label).not.toMatch(LEAKS);
  if (field && error.code === "invalid") {
    // A list field may name the item: "authors.3".
    const keys = Object.keys(error.fieldErrors ?? {}).filter((key) => key === field || key.startsWith(`${field}.`));
    expect(keys, `${label}: the error names the field (it names ${Object.keys(error.fieldErrors ?? {}).join(", ")})`).not.toEqual([]);
    for (const key of keys) for (const message of error.fieldErrors?.[key] ?? []) expect(message, label).not.toMatch(LEAKS);
  }
}

/**
 * Text as PostgreSQL gives it back and as a form trims it: lone surrogates
 * become U+FFFD on the way in (UTF-8 cannot carry them), and runs of white
 * space may be trimmed or joined.
 */
export function comparable(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8").replace(/\s+/g, " ").trim();
}

/** What was stored is the text that was sent: kept as characters, not decoded, escaped or half-removed. */
export function expectKeptAsText(label: string, stored: unknown, sent: string) {
  expect(typeof stored, label).toBe("string");
  expect(comparable(stored as string), label).toBe(comparable(sent));
}

/** No object has been given properties through `__proto__` or `constructor.prototype`. */
export function expectNoPollution(label: string) {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted, label).toBeUndefined();
  expect(probe.isAdmin, label).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted, label).toBeUndefined();
}
