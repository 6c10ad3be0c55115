import { describe, expect, it } from "vitest";
import { describeActivity } from "./describe-activity";

describe("describeActivity", () => {
  it("says what happened in words", () => {
    expect(describeActivity({ action: "member.add", before: null, after: { email: "a@b.org", role: "REVIEWER" } })).toBe(
      "added a@b.org as reviewer",
    );
    expect(
      describeActivity({ action: "project.update", before: { name: "Old", description: "" }, after: { name: "New", description: "" } }),
    ).toBe("renamed the project from “Old” to “New”");
    expect(describeActivity({ action: "member.role_change", before: { role: "OWNER" }, after: { role: "VIEWER" } })).toBe(
      "changed a member's role from owner to viewer",
    );
  });
  it("falls back to the action's own words", () => {
    expect(describeActivity({ action: "brief.export_started", before: null, after: null })).toBe("brief export started");
  });
});
