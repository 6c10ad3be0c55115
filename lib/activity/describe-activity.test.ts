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
  it("tells the review workflow", () => {
    const claim = { paraphrase: "Japan funds Wattay." };
    const say = (action: string, before: unknown, after: unknown) => describeActivity({ action, before, after });
    expect(say("review.create", { status: "IN_REVIEW" }, { ...claim, verdict: "DISPUTED" })).toBe("disputed the claim “Japan funds Wattay.”");
    expect(say("review.create", null, { ...claim, verdict: "VERIFIED" })).toBe("verified the claim “Japan funds Wattay.”");
    expect(say("review.create", null, { ...claim, verdict: "NEEDS_EVIDENCE" })).toBe("asked for more evidence for the claim “Japan funds Wattay.”");
    expect(say("claim.submit", { status: "DRAFT" }, claim)).toBe("submitted the claim “Japan funds Wattay.” for review");
    expect(say("claim.submit", { status: "DISPUTED" }, claim)).toBe("resubmitted the claim “Japan funds Wattay.” for review");
    expect(say("claim.withdraw", null, claim)).toBe("withdrew the claim “Japan funds Wattay.” from review");
    expect(say("claim.assign", null, { ...claim, assigneeName: "Kenji" })).toBe("asked Kenji to review the claim “Japan funds Wattay.”");
    expect(say("claim.unassign", null, claim)).toBe("took the claim “Japan funds Wattay.” off its reviewer's queue");
    expect(say("claim.pass_back", null, claim)).toBe("passed the claim “Japan funds Wattay.” back to its author");
    const pair = { ...claim, targetParaphrase: "Tokyo pays for the runway.", kind: "CORROBORATES" };
    expect(say("claim.relate", null, pair)).toBe("marked the claim “Japan funds Wattay.” as corroborating the claim “Tokyo pays for the runway.”");
    expect(say("claim.relate", null, { ...pair, kind: "DUPLICATES" })).toBe("marked the claim “Japan funds Wattay.” as duplicating the claim “Tokyo pays for the runway.”");
    expect(say("claim.unrelate", pair, null)).toBe("removed the link between the claim “Japan funds Wattay.” and the claim “Tokyo pays for the runway.”");
    expect(say("claim.relate", null, null)).toBe("marked a claim as related to another claim");
  });
  it("tells a brief's life", () => {
    const say = (action: string, before: unknown, after: unknown) => describeActivity({ action, before, after });
    const brief = { title: "Laos debt" };
    expect(say("brief.create", null, brief)).toBe("started the brief “Laos debt”");
    expect(say("brief.update", { status: "DRAFT" }, { ...brief, status: "DRAFT" })).toBe("edited the brief “Laos debt”");
    expect(say("brief.update", { status: "APPROVED" }, { ...brief, status: "DRAFT" })).toBe("edited the brief “Laos debt”, which returned it to draft");
    expect(say("brief.restore", null, brief)).toBe("restored an earlier version of the brief “Laos debt”");
    expect(say("brief.submit", null, brief)).toBe("submitted the brief “Laos debt” for review");
    expect(say("brief.approve", null, brief)).toBe("approved the brief “Laos debt”");
    expect(say("brief.delete", brief, null)).toBe("deleted the brief “Laos debt”");
    expect(say("brief.dismiss_mark", null, { term: "probably" })).toBe("kept the wording “probably” in a brief");
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
  it("names the format of a brief's export", () => {
    expect(describeActivity({ action: "brief.export", before: null, after: { title: "Laos and Japan", format: "pdf" } })).toBe(
      "exported the brief “Laos and Japan” as PDF",
    );
  });
  it("names the note a correction was made to, and its source", () => {
    expect(describeActivity({ action: "citation.update", before: { publisher: "(JICA" }, after: { publisher: "JICA", label: "3", sourceTitle: "Laos and Japan" } })).toBe(
      "edited note 3 of “Laos and Japan”",
    );
  });
  it("falls back to the action's own words", () => {
    expect(describeActivity({ action: "brief.export_started", before: null, after: null })).toBe("brief export started");
  });
});
