import "server-only";
import { unstable_rethrow } from "next/navigation";
import { requireUser, type CurrentUser } from "@/lib/auth";
import { AppError, refusedValue } from "@/lib/errors";
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

export function toFormState(thrown: unknown, formData?: FormData): FormState {
  const error = refusedValue(thrown) ?? thrown;
  const values = formData ? submittedValues(formData) : undefined;
  if (error instanceof AppError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values, data: error.details };
  }
  console.error(error);
  return { ok: false, message: "Something went wrong on our side. Please try again.", values };
}

/** Form fields as plain strings (missing ones as undefined), for the lib/ schemas to validate. */
export function fields(formData: FormData, ...names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === "string" ? value : undefined];
    }),
  );
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
