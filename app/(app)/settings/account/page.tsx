import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { ChangePasswordForm } from "./_components/change-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const user = await requireUser();
  const { changed } = await searchParams;
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
            Password changed. Every other browser signed in to your account has been signed out.
          </p>
        ) : (
          <p className="text-stone-600">Changing it signs you out everywhere else. Your API tokens keep working until you revoke them.</p>
        )}
        <ChangePasswordForm />
      </section>
    </div>
  );
}
