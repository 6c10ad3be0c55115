import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { listMyInvitations } from "@/lib/invitations/list-my-invitations";
import { countUnread } from "@/lib/notifications/count-unread";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { InvitationAnswer } from "./_components/invitation-answer";
import { MarkReadButton } from "./_components/mark-read-button";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ filter?: string; before?: string }> }) {
  const user = await requireUser();
  const { filter, before } = await searchParams;
  const showAll = filter === "all";
  const [{ items, nextCursor }, unread, invitations] = await Promise.all([
    listNotifications({ userId: user.id, filters: { unread: !showAll, before } }),
    countUnread({ userId: user.id }),
    listMyInvitations({ userId: user.id }),
  ]);
  const tab = (active: boolean) => `rounded-md px-3 py-1 ${active ? "bg-stone-900 text-white" : "text-stone-700 hover:bg-stone-100"}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-2xl font-semibold">Inbox</h1>
        <nav aria-label="Show" className="flex gap-1 text-sm">
          <Link href="/inbox" className={tab(!showAll)} aria-current={!showAll ? "page" : undefined}>
            Unread ({unread})
          </Link>
          <Link href="/inbox?filter=all" className={tab(showAll)} aria-current={showAll ? "page" : undefined}>
            All
          </Link>
        </nav>
        {unread ? <MarkReadButton label="Mark all read" /> : null}
      </div>
      {invitations.length ? (
        <section aria-labelledby="invitations-heading" className="space-y-2">
          <h2 id="invitations-heading" className="font-semibold">
            Invitations
          </h2>
          <ul className="divide-y divide-stone-100 rounded-lg border border-amber-200 bg-amber-50/40" data-testid="invitation-inbox">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
                <p className="min-w-0 flex-1">
                  <span className="font-medium">{invitation.invitedBy.name}</span> invited you to join{" "}
                  <span className="font-medium">{invitation.project.name}</span> as {ROLE_LABELS[invitation.role]}
                  <span className="block text-xs text-stone-500">until {formatDate(invitation.expiresAt)}</span>
                </p>
                <InvitationAnswer invitationId={invitation.id} projectName={invitation.project.name} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {items.length === 0 ? (
        <EmptyState title={showAll ? "No notifications yet" : "Nothing unread"}>
          Mentions, replies, reviews of your claims and claims assigned to you arrive here.
        </EmptyState>
      ) : (
        <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="notification-list">
          {items.map((item) => (
            <li key={item.id} className={`flex items-start gap-3 px-4 py-3 ${item.read ? "" : "bg-blue-50/40"}`}>
              <span aria-hidden className={`mt-2 size-2 shrink-0 rounded-full ${item.read ? "bg-transparent" : "bg-blue-600"}`} />
              <div className="min-w-0 flex-1 space-y-0.5">
                <p>
                  {item.read ? null : <span className="sr-only">Unread: </span>}
                  <span className="font-medium">{item.actor?.name ?? "Someone"}</span>{" "}
                  {item.href ? (
                    // Through /inbox/open, which marks it read: a plain link, never prefetched.
                    <a href={`/inbox/open/${item.id}`} className="text-blue-800 hover:underline">
                      {item.sentence}
                    </a>
                  ) : (
                    item.sentence
                  )}
                </p>
                {item.excerpt ? <p className="truncate text-sm text-stone-600">“{item.excerpt}”</p> : null}
                <p className="text-xs text-stone-500">
                  {item.project.name} · <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>
                </p>
              </div>
              {item.read ? null : <MarkReadButton id={item.id} label="Mark read" />}
            </li>
          ))}
        </ol>
      )}
      {nextCursor ? (
        <Link href={`/inbox?${new URLSearchParams({ ...(showAll ? { filter: "all" } : {}), before: nextCursor })}`} className="inline-block text-blue-700 hover:underline">
          Older notifications
        </Link>
      ) : null}
    </div>
  );
}
