import Link from "next/link";

/** "Inbox" in the top navigation, with my unread count (read out as "Inbox 3 unread": the name holds the words on screen). */
export function InboxLink({ unread }: { unread: number }) {
  return (
    <Link href="/inbox" className="inline-flex items-center gap-1.5 hover:text-stone-950" data-testid="inbox-link">
      Inbox
      {unread ? (
        <>
          {" "}
          <span className="rounded-full bg-blue-700 px-1.5 text-xs leading-5 font-medium text-white">{unread > 99 ? "99+" : unread}</span>
          <span className="sr-only"> unread</span>
        </>
      ) : null}
    </Link>
  );
}
