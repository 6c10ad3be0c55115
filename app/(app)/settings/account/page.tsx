import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { formatDateTime } from "@/lib/format";
import { listSessions } from "@/lib/sessions/list-sessions";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SessionList } from "./_components/session-list";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireUser();
  const { changed } = await searchParams;
  const sessions = await listSessions({ userId: user.id, currentSessionId: user.sessionId });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold">Account</h1>
        <p className="text-stone-600">
          {user.name} · {user.email}
        </p>
      </header>
      <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="password-heading" className="font-semibold">
          Password
        </h2>
        {changed ? (
          <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-green-800">
            Password changed. Every other session of your account has been signed out.
          </p>
        ) : (
          <p className="text-stone-600">Changing it signs you out everywhere else. Your API tokens keep working until you revoke them.</p>
        )}
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="sessions-heading" className="font-semibold">
          Where you are signed in
        </h2>
        <p className="text-stone-600">Signing a session out ends it at once, on that device too.</p>
        <SessionList
          sessions={sessions.map((s) => ({
            id: s.id,
            device: s.device,
            ip: s.ip,
            current: s.current,
            signedIn: formatDateTime(s.createdAt),
            lastSeen: formatDateTime(s.lastSeenAt),
          }))}
        />
      </section>
    </div>
  );
}
