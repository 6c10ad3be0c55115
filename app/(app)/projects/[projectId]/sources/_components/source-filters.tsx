import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { RELIABILITY_LABELS, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { RELIABILITY_GRADES, SOURCE_KINDS, type SourceFilters as Filters } from "@/lib/sources/schemas";

const small = `${inputClass} w-auto`;

/** A plain GET form: the filters live in the URL, so a view can be shared. */
export function SourceFilters({ projectId, filters }: { projectId: string; filters: Filters }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter sources">
      <label className="text-xs text-stone-600">
        Kind
        <select name="kind" defaultValue={filters.kind ?? ""} className={small}>
          <option value="">Any</option>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Reliability
        <select name="reliability" defaultValue={filters.reliability ?? ""} className={small}>
          <option value="">Any</option>
          {RELIABILITY_GRADES.map((g) => (
            <option key={g} value={g}>
              {g} — {RELIABILITY_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Publisher
        <input name="publisher" defaultValue={filters.publisher ?? ""} className={`${small} w-36`} />
      </label>
      <label className="text-xs text-stone-600">
        Published from
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={small} />
      </label>
      <label className="text-xs text-stone-600">
        to
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={small} />
      </label>
      <label className="text-xs text-stone-600">
        Sort by
        <select name="sort" defaultValue={filters.sort} className={small}>
          <option value="added">Recently added</option>
          <option value="published">Publication date</option>
          <option value="title">Title</option>
          <option value="claims">Most claims</option>
          <option value="reliability">Reliability</option>
        </select>
      </label>
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
        Apply
      </button>
      <Link href={`/projects/${projectId}/sources`} className="px-1 py-1.5 text-stone-600 hover:underline">
        Reset
      </Link>
    </form>
  );
}
