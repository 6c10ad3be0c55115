import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { NOT_GRADED_LABEL, RELIABILITY_LABELS, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { NOT_GRADED, RELIABILITY_GRADES, SOURCE_KINDS, type SourceFilters as Filters } from "@/lib/sources/schemas";

const small = `${inputClass} w-auto`;

const SORTS = [
  { value: "added", label: "Recently added" },
  { value: "published", label: "Publication date" },
  { value: "title", label: "Title" },
  { value: "claims", label: "Most claims" },
  { value: "reliability", label: "Reliability" },
];

/** A plain GET form: the filters live in the URL, so a view can be shared. */
export function SourceFilters({ projectId, filters }: { projectId: string; filters: Filters }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter sources">
      <FilterSelect
        label="Kind"
        name="kind"
        value={filters.kind}
        options={SOURCE_KINDS.map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] }))}
      />
      <FilterSelect
        label="Reliability"
        name="reliability"
        value={filters.reliability}
        options={[...RELIABILITY_GRADES.map((g) => ({ value: g, label: `${g} — ${RELIABILITY_LABELS[g]}` })), { value: NOT_GRADED, label: NOT_GRADED_LABEL }]}
      />
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
      <FilterSelect label="Sort by" name="sort" value={filters.sort} options={SORTS} anyLabel={null} />
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
        Apply
      </button>
      <Link href={`/projects/${projectId}/sources`} className="px-1 py-1.5 text-stone-600 hover:underline">
        Reset
      </Link>
    </form>
  );
}
