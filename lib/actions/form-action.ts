import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requireUser, type CurrentUser } from "@/lib/auth";
import { expectedError, type ErrorDetails } from "@/lib/errors";
import { parseIfMatch } from "@/lib/revisions/revision";
import type { ConflictDetails } from "@/lib/revisions/check-revision";
import type { FormState } from "./form-state";

type Handler = (user: CurrentUser, formData: FormData) => Promise<FormState | void>;

/**
 * The one wrapper every form action goes through: signs the user in, runs the
 * lib/ operation (which validates and checks rights itself) and turns failures
 * into a form state. Expected errors keep their message; anything else is
 * logged and shown as a generic message, never a database error text.
 */
export function formAction(handler: Handler) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await requireUser();
    try {
      return (await handler(user, formData)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      return toFormState(error, formData);
    }
  };
}

/** The submitted text fields, minus passwords and the framework's own, to refill a refused form. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.startsWith("$") && !/password/i.test(name)) values[name] = value;
  }
  return values;
}

export function toFormState(error: unknown, formData?: FormData): FormState {
  const values = formData ? submittedValues(formData) : undefined;
  const expected = expectedError(error);
  if (expected) {
    const details = expected.details ?? {};
    const data = Object.fromEntries(Object.entries(details).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    const conflict = expected.code === "conflict" && typeof details.currentRevision === "number" ? conflictDetails(details) : undefined;
    return { ok: false, message: expected.message, fieldErrors: expected.fieldErrors, values, data, ...(conflict ? { conflict } : {}) };
  }
  console.error(error);
  return { ok: false, message: "Something went wrong on our side. Please try again.", values };
}

/** The conflict details of a refused edit, as the form shows them. */
function conflictDetails(details: ErrorDetails): ConflictDetails {
  const changedBy = details.changedBy;
  const person = changedBy && typeof changedBy === "object" && !Array.isArray(changedBy) ? changedBy : null;
  const changes = Array.isArray(details.changes) ? details.changes : [];
  return {
    currentRevision: Number(details.currentRevision),
    changedBy: person ? { id: String(person.id), name: String(person.name) } : null,
    changedAt: typeof details.changedAt === "string" ? details.changedAt : null,
    changes: changes.flatMap((c) =>
      c && typeof c === "object" && !Array.isArray(c) ? [{ field: String(c.field), label: String(c.label), before: String(c.before), after: String(c.after) }] : [],
    ),
  };
}

/** The revision an edit form was opened at (its hidden `revision` field), for the operation to check. */
export const formRevision = (formData: FormData): number | undefined => {
  const value = formData.get("revision");
  return parseIfMatch(typeof value === "string" ? value : undefined);
};

const comparable = (value: unknown) => (Array.isArray(value) ? [...value].map(String).sort().join("\u0000") : String(value ?? ""));

/**
 * The fields of an edit form the person changed: those whose value differs
 * from what the form showed when it was opened (its hidden `opened` field, a
 * JSON object). Sending only these lets an edit applied on top of someone
 * else's keep their changes to the other fields. Without a readable `opened`,
 * every field counts as changed.
 */
export function changedFields<T extends Record<string, unknown>>(formData: FormData, input: T): Partial<T> {
  const raw = formData.get("opened");
  let opened: unknown;
  try {
    opened = typeof raw === "string" ? JSON.parse(raw) : undefined;
  } catch {
    opened = undefined;
  }
  if (!opened || typeof opened !== "object" || Array.isArray(opened)) return input;
  const shown = opened as Record<string, unknown>;
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => !Object.hasOwn(shown, key) || comparable(shown[key]) !== comparable(value))) as Partial<T>;
}

/** Form fields as plain strings (missing ones as undefined), for the lib/ schemas to validate. */
export function fields<N extends string>(formData: FormData, ...names: N[]): Record<N, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === "string" ? value : undefined];
    }),
  ) as Record<N, string | undefined>;
}

/** What a non-form server action hands back: its data, or the form state of a refusal. */
export type ActionResult<T> = { ok: true; data: T } | (FormState & { ok: false });

/**
 * The same wrapper for server actions called from code rather than a form
 * (autosave, live preview): signs the user in, runs the lib/ operation, and
 * turns expected failures into their message and details.
 */
export async function runAction<T>(handler: (user: CurrentUser) => Promise<T>): Promise<ActionResult<T>> {
  const user = await requireUser();
  try {
    return { ok: true, data: await handler(user) };
  } catch (error) {
    unstable_rethrow(error);
    return { ...toFormState(error), ok: false };
  }
}
