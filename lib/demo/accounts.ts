/** The demo workspace's people. They exist only where the demo seed ran. */
export const DEMO_PASSWORD = "claimwork-demo";

export const DEMO_ACCOUNTS = [
  { name: "Mai Phommachanh", email: "mai@demo.claimwork.org", role: "OWNER", note: "owner and analyst; the instance's admin" },
  { name: "Kenji Sato", email: "kenji@demo.claimwork.org", role: "REVIEWER", note: "reviewer" },
  { name: "Somchai Vongsa", email: "somchai@demo.claimwork.org", role: "VIEWER", note: "viewer" },
] as const;

export const DEMO_PROJECT = {
  name: "Laos–Japan Comprehensive Strategic Partnership",
  description:
    "What the January 2025 upgrade of Laos–Japan ties means for Japanese aid, infrastructure and China's weight in Laos.",
};
