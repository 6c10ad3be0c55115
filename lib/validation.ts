import type { z } from "zod";
import { invalid } from "@/lib/errors";

/** Parses input with a schema; failures become an "invalid" AppError with per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = result.error.issues[0]?.message ?? "Check the highlighted fields.";
  throw invalid(Object.keys(fieldErrors).length > 1 ? "Check the highlighted fields." : first, fieldErrors);
}
