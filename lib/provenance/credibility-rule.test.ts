import { describe, expect, it } from "vitest";
import { credibilityOneRefusal } from "./credibility-rule";

const origin = (key: string, label: string) => ({ key, label, via: [] });

describe("credibilityOneRefusal", () => {
  it("bears credibility 1 from two independent origins", () => {
    expect(credibilityOneRefusal({ reports: 2, origins: [origin("a", "Lao News Agency, 23 January 2025"), origin("b", "MOFA, 21 January 2025")] })).toBeNull();
  });

  it("refuses one origin, however many reports repeat it, and names it", () => {
    const message = credibilityOneRefusal({ reports: 3, origins: [origin("a", "Lao News Agency, 23 January 2025")] });
    expect(message).toContain('Credibility 1 means "confirmed by other independent sources", and this claim has 3 reports, 1 origin: Lao News Agency, 23 January 2025.');
    expect(message).toContain("A project owner may override the rule with a written rationale.");
  });

  it("refuses a claim with no origin at all", () => {
    expect(credibilityOneRefusal({ reports: 1, origins: [] })).toContain("this claim has no origin yet");
  });
});
