import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { describeActivity } from "@/lib/activity/describe-activity";
import { listActivity } from "@/lib/activity/list-activity";
import { formatDateTime } from "@/lib/format";
import { loadProject, orNotFound } from "../_lib/load-project";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const { projectId } = await params;
  const { before } = await searchParams;
  const { user } = await loadProject(projectId);
  const { items, nextCursor } = await orNotFound(listActivity({ userId: user.id, projectId, before }));

  if (items.length === 0) return <EmptyState title="No activity yet" />;
  return (
    <div>
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
      {nextCursor ? (
        <Link href={`?before=${nextCursor}`} className="mt-3 inline-block text-blue-700 hover:underline">
          Older activity
        </Link>
      ) : null}
    </div>
  );
}
