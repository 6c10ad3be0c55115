import Link from "next/link";
import { LiveUpdates } from "@/components/live/live-updates";
import { requireUser } from "@/lib/auth";
import { countUnread } from "@/lib/notifications/count-unread";
import { InboxLink } from "./_components/inbox-link";
import { signOutAction } from "./actions";

export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unread = await countUnread({ userId: user.id });
  return (
    <div className="min-h-screen">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex h-12 max-w-6xl items-center gap-6 px-4">
          <Link href="/" className="font-serif text-lg font-semibold tracking-tight">
            Claimwork
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-stone-700">
            <Link href="/" className="hover:text-stone-950">
              Projects
            </Link>
            <InboxLink unread={unread} />
            <Link href="/settings/tokens" className="hover:text-stone-950">
              API tokens
            </Link>
            <Link href="/settings/account" className="hover:text-stone-950">
              Account
            </Link>
            {user.isAdmin ? (
              <Link href="/admin" className="hover:text-stone-950">
                Admin
              </Link>
            ) : null}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <LiveUpdates userId={user.id} />
            <span className="text-stone-600" data-testid="current-user">
              {user.name}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md px-2 py-1 text-stone-700 hover:bg-stone-100">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
