import { z } from "zod";
import { invalid } from "@/lib/errors";

/**
 * A revision a client says it read: from `If-Match: "<n>"` (or `W/"<n>"`,
 * or a bare number) in the API, or from a form's hidden `revision` field.
 * `*` or nothing means "whatever is current". Anything else is a 400.
 */
export function parseIfMatch(header: string | null | undefined): number | undefined {
  const value = header?.trim();
  if (!value || value === "*") return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!match) throw invalid('If-Match must name one revision, e.g. If-Match: "3".');
  return Number(match[1]);
}

/** The ETag of a revision, as If-Match sends it back. */
export const etag = (revision: number) => `"${revision}"`;

/** A form's or a body's revision field: blank means none. */
export const revisionField = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v, context) => {
    if (v === null || v === undefined || v === "") return undefined;
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 999_999_999) {
      context.addIssue({ code: "custom", message: "The revision must be a whole number." });
      return z.NEVER;
    }
    return n;
  });
