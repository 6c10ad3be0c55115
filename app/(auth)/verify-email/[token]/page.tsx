import type { Metadata } from "next";
import { ConfirmForm } from "./confirm-form";

export const metadata: Metadata = { title: "Confirm your address", referrer: "no-referrer" };

export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <h1 className="mb-1 text-lg font-semibold">Confirm your address</h1>
      <p className="mb-4 text-stone-600">The link we emailed you proves the address is yours.</p>
      <ConfirmForm token={token} />
    </>
  );
}
