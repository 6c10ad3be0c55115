import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimwork", template: "%s · Claimwork" },
  description: "Claims tied to their sources, reviewed by a team, written into briefs.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans text-sm">{children}</body>
    </html>
  );
}
