import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/");
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Create an account</h1>
      {!env().ALLOW_SIGNUP ? (
        <p className="mb-4 text-stone-600">This instance is invitation-only: use the address a project owner invited.</p>
      ) : (
        <p className="mb-4 text-stone-600">Start a project, or join the ones you were invited to.</p>
      )}
      <SignUpForm />
      <p className="mt-6 text-center text-stone-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-blue-700 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
