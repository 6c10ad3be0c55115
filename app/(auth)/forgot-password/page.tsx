import type { Metadata } from "next";
import Link from "next/link";
import { mailEnabled } from "@/lib/mail/send-mail";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Forgot your password?</h1>
      {mailEnabled() ? (
        <>
          <p className="mb-4 text-stone-600">We email you a link to set a new one.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="text-stone-600">This instance sends no email. Its admin can make you a link to set a new password.</p>
      )}
      <p className="mt-6 text-center">
        <Link href="/sign-in" className="font-medium text-blue-700 hover:underline">
          Back to sign-in
        </Link>
      </p>
    </>
  );
}
