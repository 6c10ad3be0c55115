import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth";
import { signupMode } from "@/lib/instance/signup-mode";
import { mailEnabled } from "@/lib/mail/send-mail";
import { safeCallbackUrl } from "@/lib/users/safe-callback";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const mode = await signupMode();
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
      {mode === "CLOSED" ? null : (
        <p className="mt-6 text-center text-stone-600">
          {mode === "OPEN" ? "New to Claimwork? " : "Invited to a project? "}
          <Link href="/sign-up" className="font-medium text-blue-700 hover:underline">
            Create an account
          </Link>
        </p>
      )}
      {mailEnabled() ? (
        <p className="mt-2 text-center text-xs">
          <Link href="/forgot-password" className="text-blue-700 hover:underline">
            Forgot your password?
          </Link>
        </p>
      ) : (
        <p className="mt-2 text-center text-xs text-stone-500">Forgot your password? The instance&apos;s admin can make you a link to set a new one.</p>
      )}
    </>
  );
}
