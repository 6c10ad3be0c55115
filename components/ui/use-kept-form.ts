"use client";

import { useTransition, type FormEvent } from "react";

/**
 * Submits a form to an action by hand. React resets a form after its
 * `action` runs; forms with a chosen file must keep it after a refusal.
 * The submit button's own name and value travel with the data.
 */
export function useKeptForm(dispatch: (formData: FormData) => void) {
  const [pending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  }
  return { onSubmit, pending };
}
