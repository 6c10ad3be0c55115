import type { z } from "zod";
import { invalid } from "@/lib/errors";

const NUL = /\u0000/g;
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Input whose strings, however deeply nested, PostgreSQL can store. It cannot
 * hold U+0000 in text (it answers with an error, not a row) and nobody types
 * one on purpose, so NUL is dropped; half a surrogate pair is not Unicode and
 * breaks JSON columns, so it becomes U+FFFD, as it would in a text column.
 * Objects are rebuilt from their own entries, so a `__proto__` key stays a
 * plain key and never becomes a prototype.
 */
export function storable<T>(value: T): T {
  if (typeof value === "string") return value.replace(NUL, "").replace(LONE_SURROGATE, "\ufffd") as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value !== null && typeof value === "object") {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null) {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, storable(v)])) as T;
    }
  }
  return value;
}

declare const untrustedBrand: unique symbol;

/**
 * What a person sent, as it arrived: a JSON body or a form's fields, not yet
 * validated. Operations take it beside their typed input (`Input<schema>`)
 * and parse both alike; everything else that calls them (seed, factories,
 * bench, tests) is type-checked against the schema's input.
 */
export type Untrusted = Readonly<Record<string, unknown>> & { readonly [untrustedBrand]: true };

/** An operation's input: the schema's input type, or a request's body or form fields still to be validated. */
export type Input<S extends z.ZodType> = z.input<S> | Untrusted;

/** Marks a request's body or form fields as untrusted input for an operation, which validates it. */
export const untrusted = (value: Readonly<Record<string, unknown>>): Untrusted => value as Untrusted;

/**
 * A partial update's input merged onto the current values: the fields sent
 * (not undefined) replace them, the others stay. Called under the row's lock,
 * with `current` as the schema's input, so that the merged whole is parsed.
 */
export function mergeSent<T extends Record<string, unknown>>(current: T, input: object): Record<string, unknown> {
  const sent = Object.entries(storable(input)).filter(([key, value]) => Object.hasOwn(current, key) && value !== undefined);
  return { ...current, ...Object.fromEntries(sent) };
}

/** Parses input with a schema; failures become an "invalid" AppError with per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(storable(input));
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = result.error.issues[0]?.message ?? "Check the highlighted fields.";
  throw invalid(Object.keys(fieldErrors).length > 1 ? "Check the highlighted fields." : first, fieldErrors);
}
