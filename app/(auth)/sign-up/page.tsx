import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth";
import { signupMode } from "@/lib/instance/signup-mode";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invitation?: string | string[] }> }) {
  const { invitation: token } = await searchParams;
  const [invitation, mode] = await Promise.all([typeof token === "string" ? findInvitation(token) : null, signupMode()]);
  if (await getCurrentUser()) redirect(invitation ? `/invitations/${token}` : "/");
  const signInHref = invitation ? `/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}` : "/sign-in";
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Create an account</h1>
      {invitation ? (
        <p className="mb-4 text-stone-600">
          Then join <strong>{invitation.project.name}</strong>, as {invitation.invitedBy.name} invited you to.
        </p>
      ) : mode === "CLOSED" ? (
        <p className="mb-4 text-stone-600">This instance does not take new accounts. Ask its admin.</p>
      ) : mode === "INVITE_ONLY" ? (
        <p className="mb-4 text-stone-600">This instance is invitation-only: open the invitation link a project owner sent you.</p>
      ) : (
        <p className="mb-4 text-stone-600">Start a project, or join one with the invitation link you were sent.</p>
      )}
      <SignUpForm invitation={invitation && typeof token === "string" ? { token, email: invitation.email } : null} />
      <p className="mt-6 text-center text-stone-600">
        Already have an account?{" "}
        <Link href={signInHref} className="font-medium text-blue-700 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
