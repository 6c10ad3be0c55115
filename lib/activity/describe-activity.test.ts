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
  it("quotes the start of a comment, mentions as names", () => {
    const after = { body: "I doubt it, @[Kenji Sato](user:ck1) — **see** note 3", claimId: "c1", briefId: null, parentId: null };
    expect(describeActivity({ action: "comment.create", before: null, after })).toBe(
      "commented on a claim: “I doubt it, @Kenji Sato — see note 3”",
    );
    expect(describeActivity({ action: "comment.create", before: null, after: { ...after, parentId: "p1" } })).toBe(
      "replied on a claim: “I doubt it, @Kenji Sato — see note 3”",
    );
    expect(describeActivity({ action: "comment.update", before: { body: "x" }, after: { body: "Fixed a typo", briefId: "b1" } })).toBe(
      "edited a comment on a brief: “Fixed a typo”",
    );
    expect(describeActivity({ action: "comment.delete", before: { body: "gone", claimId: "c1" }, after: null })).toBe(
      "deleted a comment on a claim",
    );
  });
  it("falls back to the action's own words", () => {
    expect(describeActivity({ action: "brief.export_started", before: null, after: null })).toBe("brief export started");
  });
});
