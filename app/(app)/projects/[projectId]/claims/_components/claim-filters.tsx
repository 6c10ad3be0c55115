import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { FilterSelect, nestedOptions } from "@/components/ui/filter-select";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/status-labels";
import type { ClaimFilters } from "@/lib/claims/schemas";

const SORTS = [
  { value: "updated", label: "Recently updated" },
  { value: "created", label: "Recently created" },
  { value: "status", label: "Status" },
  { value: "credibility", label: "Credibility" },
  { value: "source", label: "Source" },
];

/** A GET form: the board's filters live in the URL, so a view can be shared. */
export function ClaimFiltersForm(props: {
  filters: ClaimFilters;
  themes: { id: string; name: string; depth: number }[];
  sources: { id: string; title: string }[];
  members: { id: string; name: string }[];
}) {
  const { filters } = props;
  const people = props.members.map((m) => ({ value: m.id, label: m.name }));
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter claims">
      <label className="text-xs text-stone-600">
        Text
        <input type="search" name="q" defaultValue={filters.q ?? ""} className={`${inputClass} w-44`} />
      </label>
      <FilterSelect label="Theme" name="theme" value={filters.theme} options={nestedOptions(props.themes)} />
      <FilterSelect
        label="Status"
        name="status"
        value={filters.status}
        options={Object.entries(CLAIM_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <FilterSelect label="Source" name="source" value={filters.source} options={props.sources.map((s) => ({ value: s.id, label: s.title }))} />
      <FilterSelect label="Author" name="author" value={filters.author} options={people} anyLabel="Anyone" />
      <FilterSelect label="Reviewer" name="reviewer" value={filters.reviewer} options={people} anyLabel="Anyone" />
      <FilterSelect
        label="Credibility"
        name="credibility"
        value={filters.credibility ? String(filters.credibility) : undefined}
        options={[1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: String(n) }))}
      />
      <FilterSelect label="Sort" name="sort" value={filters.sort} options={SORTS} anyLabel={null} />
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
        Apply
      </button>
      <Link href="?" className="px-1 py-1.5 text-stone-600 hover:underline">
        Reset
      </Link>
    </form>
  );
}
