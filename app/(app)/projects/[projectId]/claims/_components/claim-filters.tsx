import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/status-labels";
import type { ClaimFilters } from "@/lib/claims/schemas";

const small = `${inputClass} w-auto max-w-48`;

/** A GET form: the board's filters live in the URL, so a view can be shared. */
export function ClaimFiltersForm(props: {
  filters: ClaimFilters;
  themes: { id: string; name: string; depth: number }[];
  sources: { id: string; title: string }[];
  members: { id: string; name: string }[];
}) {
  const { filters } = props;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter claims">
      <label className="text-xs text-stone-600">
        Text
        <input type="search" name="q" defaultValue={filters.q ?? ""} className={`${small} w-44`} />
      </label>
      <label className="text-xs text-stone-600">
        Theme
        <select name="theme" defaultValue={filters.theme ?? ""} className={small}>
          <option value="">Any</option>
          {props.themes.map((t) => (
            <option key={t.id} value={t.id}>
              {"\u00a0\u00a0".repeat(t.depth)}
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Status
        <select name="status" defaultValue={filters.status ?? ""} className={small}>
          <option value="">Any</option>
          {Object.entries(CLAIM_STATUS_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Source
        <select name="source" defaultValue={filters.source ?? ""} className={small}>
          <option value="">Any</option>
          {props.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Author
        <select name="author" defaultValue={filters.author ?? ""} className={small}>
          <option value="">Anyone</option>
          {props.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Reviewer
        <select name="reviewer" defaultValue={filters.reviewer ?? ""} className={small}>
          <option value="">Anyone</option>
          {props.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Credibility
        <select name="credibility" defaultValue={filters.credibility ? String(filters.credibility) : ""} className={small}>
          <option value="">Any</option>
          {[1, 2, 3, 4, 5, 6].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Sort
        <select name="sort" defaultValue={filters.sort} className={small}>
          <option value="updated">Recently updated</option>
          <option value="created">Recently created</option>
          <option value="status">Status</option>
          <option value="credibility">Credibility</option>
          <option value="source">Source</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
        Apply
      </button>
      <Link href="?" className="px-1 py-1.5 text-stone-600 hover:underline">
        Reset
      </Link>
    </form>
  );
}
