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
