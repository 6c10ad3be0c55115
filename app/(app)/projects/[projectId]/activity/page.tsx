import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { describeActivity } from "@/lib/activity/describe-activity";
import { listActivity } from "@/lib/activity/list-activity";
import { ACTIVITY_OBJECT_TYPES, activityFiltersSchema } from "@/lib/activity/schemas";
import { can } from "@/lib/authz/permissions";
import { formatDateTime } from "@/lib/format";
import { listMembers } from "@/lib/members/list-members";
import { loadProject, orNotFound } from "../_lib/load-project";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await params;
  const query = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string"));
  const { user, project } = await loadProject(projectId);
  const filters = activityFiltersSchema.parse(query);
  const [{ items, nextCursor }, { members }] = await Promise.all([
    orNotFound(listActivity({ userId: user.id, projectId, filters: query })),
    orNotFound(listMembers({ userId: user.id, projectId })),
  ]);
  const { before: _page, ...kept } = filters;
  const keep = new URLSearchParams(Object.entries(kept).filter((e): e is [string, string] => !!e[1]));
  const filtered = keep.size > 0;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter activity">
          <FilterSelect label="Who" name="actor" value={filters.actor} options={members.map((m) => ({ value: m.id, label: m.name }))} anyLabel="Anyone" />
          <FilterSelect
            label="What"
            name="type"
            value={filters.type}
            options={Object.entries(ACTIVITY_OBJECT_TYPES).map(([value, label]) => ({ value, label }))}
            anyLabel="Everything"
          />
          <label className="text-xs text-stone-600">
            From
            <input type="date" name="from" defaultValue={filters.from ?? ""} className={`${inputClass} w-auto`} />
          </label>
          <label className="text-xs text-stone-600">
            To
            <input type="date" name="to" defaultValue={filters.to ?? ""} className={`${inputClass} w-auto`} />
          </label>
          {filters.object ? <input type="hidden" name="object" value={filters.object} /> : null}
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50">
            Apply
          </button>
          {filtered ? (
            <Link href="?" className="px-1 py-1.5 text-stone-600 hover:underline">
              Reset
            </Link>
          ) : null}
        </form>
        {can(project.role, "activity.export") ? (
          <a
            href={`/projects/${projectId}/activity/export${filtered ? `?${keep}` : ""}`}
            className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50"
            download
          >
            Export CSV
          </a>
        ) : null}
      </div>
      {items.length === 0 ? (
        <EmptyState title={filtered ? "No activity matches these filters" : "No activity yet"} />
      ) : (
        <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="activity-list">
          {items.map((item) => (
            <li key={item.id} className="flex items-baseline justify-between gap-4 px-4 py-2.5">
              <p>
                <span className="font-medium">{item.actor?.name ?? "Someone"}</span> {describeActivity(item)}
              </p>
              <time dateTime={item.createdAt.toISOString()} className="shrink-0 text-xs text-stone-500">
                {formatDateTime(item.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {nextCursor ? (
        <Link href={`?${new URLSearchParams([...keep, ["before", nextCursor]])}`} className="inline-block text-blue-700 hover:underline">
          Older activity
        </Link>
      ) : null}
    </div>
  );
}
