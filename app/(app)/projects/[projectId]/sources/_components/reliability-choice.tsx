import { NOT_GRADED_LABEL, RELIABILITY_DESCRIPTIONS, RELIABILITY_LABELS } from "@/lib/sources/labels";
import { RELIABILITY_GRADES } from "@/lib/sources/schemas";

/** "Not graded yet" is sent as an empty value: the source has no grade until someone chooses one. */
const CHOICES = [
  { value: "", title: NOT_GRADED_LABEL, description: "Nobody has judged this source yet. Briefs citing it say so until it is graded." },
  ...RELIABILITY_GRADES.map((grade) => ({ value: grade, title: `${grade} — ${RELIABILITY_LABELS[grade]}`, description: RELIABILITY_DESCRIPTIONS[grade] })),
];

/**
 * The Admiralty grade as radio cards, each with what the grade asserts, so
 * that a grade is chosen knowingly. The first card carries the field's id,
 * so an error summary's link to `#reliability` lands in the group.
 */
export function ReliabilityChoice({ value = "", errors, className = "" }: { value?: string; errors?: string[]; className?: string }) {
  return (
    <fieldset className={`space-y-2 ${className}`} aria-describedby={errors?.length ? "reliability-error" : undefined}>
      <legend className="text-sm font-medium text-stone-800">Source reliability (Admiralty)</legend>
      {errors?.length ? (
        <p id="reliability-error" className="text-xs text-red-700" data-field-error="reliability">
          {errors.join(" ")}
        </p>
      ) : null}
      {/* Two columns only where the form is wide: the same fields sit in the reader's narrow side panel. */}
      <div className="@container">
        <div className="grid gap-2 @lg:grid-cols-2">
          {CHOICES.map((choice, index) => {
            const id = index === 0 ? "reliability" : `reliability-${choice.value}`;
            return (
              <label
                key={choice.value}
                className={`flex cursor-pointer gap-3 rounded-md border border-stone-200 p-3 text-sm has-[:checked]:border-blue-500 has-[:checked]:bg-blue-50 ${index === 0 ? "@lg:col-span-2" : ""}`}
              >
                <input
                  type="radio"
                  id={id}
                  name="reliability"
                  value={choice.value}
                  defaultChecked={choice.value === value}
                  aria-labelledby={`${id}-title`}
                  aria-describedby={`${id}-description`}
                  className="mt-1"
                />
                <span>
                  <span id={`${id}-title`} className="block font-medium text-stone-900">
                    {choice.title}
                  </span>
                  <span id={`${id}-description`} className="block text-stone-600">
                    {choice.description}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </div>
    </fieldset>
  );
}
