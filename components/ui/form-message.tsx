import type { FormState } from "@/lib/actions/form-state";

/** The form-level outcome, announced politely to screen readers. */
export function FormMessage({ state, success }: { state: FormState; success?: string }) {
  const text = state.ok === false ? state.message : state.ok && success ? success : undefined;
  return (
    <div aria-live="polite" className="min-h-0">
      {text ? (
        <p
          data-form-message={state.ok ? "success" : "error"}
          className={`rounded-md px-3 py-2 text-sm ${state.ok ? "bg-green-50 text-green-800" : "bg-red-50 text-red-800"}`}
        >
          {text}
        </p>
      ) : null}
    </div>
  );
}
