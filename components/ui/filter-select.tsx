import { inputClass } from "./field";

export type FilterOption = { value: string; label: string };

/** A labelled select for GET filter forms; the empty choice means "no filter". */
export function FilterSelect({
  label,
  name,
  value,
  options,
  anyLabel = "Any",
}: {
  label: string;
  name: string;
  value: string | undefined;
  options: FilterOption[];
  /** The label of the empty choice; null when the select always has a value (e.g. sort). */
  anyLabel?: string | null;
}) {
  return (
    <label className="text-xs text-stone-600">
      {label}
      <select name={name} defaultValue={value ?? ""} className={`${inputClass} w-auto max-w-48`}>
        {anyLabel !== null ? <option value="">{anyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options for a nested list (themes), indented by depth. */
export const nestedOptions = (items: { id: string; name: string; depth: number }[]): FilterOption[] =>
  items.map((item) => ({ value: item.id, label: `${"\u00a0\u00a0".repeat(item.depth)}${item.name}` }));
