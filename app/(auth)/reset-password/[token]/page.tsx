import type { Metadata } from "next";
import Link from "next/link";
import { findResetLink } from "@/lib/users/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findResetLink(token);
  if (!link) {
    return (
      <>
        <h1 className="mb-2 text-lg font-semibold">This link cannot be used</h1>
        <p className="text-stone-600">It was used already, or it expired: reset links are good for an hour, once. Ask for a new one.</p>
        <p className="mt-4">
          <Link href="/sign-in" className="font-medium text-blue-700 hover:underline">
            Sign in
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Set a new password</h1>
      <p className="mb-4 text-stone-600">For {link.email}. Every browser signed in to the account will be signed out.</p>
      <ResetPasswordForm token={token} />
    </>
  );
}
