import Link from "next/link";

/** "Inbox" in the top navigation, with my unread count (read out as "Inbox, 3 unread"). */
export function InboxLink({ unread }: { unread: number }) {
  return (
    <Link href="/inbox" aria-label={unread ? `Inbox, ${unread} unread` : "Inbox"} className="inline-flex items-center gap-1.5 hover:text-stone-950" data-testid="inbox-link">
      Inbox
      {unread ? (
        <span aria-hidden className="rounded-full bg-blue-700 px-1.5 text-xs leading-5 font-medium text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
