import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import { formatDate } from "@/lib/format";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { AnswerInvitation } from "./answer-invitation";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

/**
 * What an invitation link offers. Signed in, it can be accepted or declined;
 * signed out, the way on is to sign in or create an account, which come back
 * here. A link that is unknown, used, declined, revoked or expired says only that.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([findInvitation(token), getCurrentUser()]);
  if (!invitation) {
    return (
      <>
        <h1 className="mb-2 text-lg font-semibold">This invitation cannot be used</h1>
        <p className="text-stone-600">
          It has been used, revoked or declined, or it expired: invitation links are good for 7 days and for one person. Ask
          the project&apos;s owner for a new one.
        </p>
        <p className="mt-4">
          <Link href="/" className="font-medium text-blue-700 hover:underline">
            Go to Claimwork
          </Link>
        </p>
      </>
    );
  }
  const back = encodeURIComponent(`/invitations/${token}`);
  return (
    <>
      <h1 className="mb-2 text-lg font-semibold">Join {invitation.project.name}</h1>
      <p className="mb-1 text-stone-600">
        {invitation.invitedBy.name} invited {invitation.email} to join as <strong>{ROLE_LABELS[invitation.role]}</strong>.
      </p>
      {invitation.standIn ? (
        <p className="mb-1 text-stone-600">
          The project was restored from a backup naming {invitation.standIn.name}: accepting makes those rows yours.
        </p>
      ) : null}
      <p className="mb-4 text-xs text-stone-500">The link is good until {formatDate(invitation.expiresAt)}, and only once.</p>
      {user ? (
        <>
          <p className="mb-3 text-sm text-stone-600">
            You are signed in as {user.name} ({user.email}).
          </p>
          <AnswerInvitation token={token} />
        </>
      ) : (
        <div className="flex gap-2">
          <Link href={`/sign-in?callbackUrl=${back}`} className={buttonClass("primary", "flex-1")}>
            Sign in to accept
          </Link>
          <Link href={`/sign-up?invitation=${encodeURIComponent(token)}`} className={buttonClass("secondary")}>
            Create an account
          </Link>
        </div>
      )}
    </>
  );
}
