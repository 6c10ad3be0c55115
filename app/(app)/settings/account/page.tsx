import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { instanceSettings } from "@/lib/instance/signup-mode";
import { mailEnabled } from "@/lib/mail/send-mail";
import { listSessions } from "@/lib/sessions/list-sessions";
import { ChangePasswordForm } from "./_components/change-password-form";
import { EmailChoice } from "./_components/email-choice";
import { ResendVerification } from "./_components/resend-verification";
import { SessionList } from "./_components/session-list";
import { TwoFactor } from "./_components/two-factor";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string; "two-factor"?: string }> }) {
  const user = await requireUser();
  const { changed } = await searchParams;
  // "?two-factor=required" is where requireUser sends those who must set it up; the section says why.
  const [sessions, account, settings] = await Promise.all([
    listSessions({ userId: user.id, currentSessionId: user.sessionId }),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailVerifiedAt: true, emailNotifications: true } }),
    instanceSettings(),
  ]);
  const mustSetUp = settings.requireTwoFactor && !user.twoFactor;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold">Account</h1>
        <p className="text-stone-600">
          {user.name} · {user.email}{" "}
          {mailEnabled() ? (
            account.emailVerifiedAt ? (
              <span className="text-xs text-green-700" data-testid="address-status">
                confirmed
              </span>
            ) : (
              <span className="text-xs text-amber-700" data-testid="address-status">
                not confirmed yet
              </span>
            )
          ) : null}
        </p>
        {mailEnabled() && !account.emailVerifiedAt ? <ResendVerification /> : null}
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
      <section aria-labelledby="two-factor-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="two-factor-heading" className="font-semibold">
          Two-factor sign-in
        </h2>
        {mustSetUp ? (
          <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
            This instance requires two-factor sign-in: set it up to open anything else.
          </p>
        ) : null}
        <TwoFactor enabled={user.twoFactor} required={settings.requireTwoFactor} />
      </section>
      {mailEnabled() ? (
        <section aria-labelledby="email-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="email-heading" className="font-semibold">
            Notifications by email
          </h2>
          <EmailChoice choice={account.emailNotifications} />
        </section>
      ) : null}
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
