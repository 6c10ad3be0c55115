import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { findInvitation } from "@/lib/invitations/find-invitation";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invitation?: string | string[] }> }) {
  const { invitation: token } = await searchParams;
  const invitation = typeof token === "string" ? await findInvitation(token) : null;
  if (await getCurrentUser()) redirect(invitation ? `/invitations/${token}` : "/");
  const signInHref = invitation ? `/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}` : "/sign-in";
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Create an account</h1>
      {invitation ? (
        <p className="mb-4 text-stone-600">
          Then join <strong>{invitation.project.name}</strong>, as {invitation.invitedBy.name} invited you to.
        </p>
      ) : !env().ALLOW_SIGNUP ? (
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
