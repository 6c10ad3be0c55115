import type { ConflictDetails } from "@/lib/revisions/check-revision";

/** What a form's server action hands back to the form (via useActionState). */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed (never passwords), to refill the form after a refusal. */
  values?: Record<string, string>;
  /** Anything the form should show once, e.g. a newly created API token. */
  data?: Record<string, string>;
  /** An edit refused because someone saved a newer revision: who, when, and what changed. */
  conflict?: ConflictDetails;
};

export const initialFormState: FormState = {};

/** A form's server action as useActionState calls it: the last state and the form in, the next state out. */
export type FormStateAction = (previous: FormState, formData: FormData) => Promise<FormState>;
