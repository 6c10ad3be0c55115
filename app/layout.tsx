import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimwork", template: "%s · Claimwork" },
  description: "Claims tied to their sources, reviewed by a team, written into briefs.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so each carries its own CSP nonce (see proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans text-sm">{children}</body>
    </html>
  );
}
