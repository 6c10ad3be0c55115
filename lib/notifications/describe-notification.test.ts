import { describe, expect, it } from "vitest";
import { describeNotification, notificationHref } from "./describe-notification";

const claim = { kind: "claim" as const, title: "Japan funds Wattay airport", authorId: "mai" };

describe("describeNotification", () => {
  it("tells a mention, a reply to me and a reply on my claim apart", () => {
    const comment = { id: "c1", excerpt: "See note 3", threadAuthorId: "kenji", deleted: false };
    expect(describeNotification({ type: "comment.mention", recipientId: "somchai", subject: { ...claim, comment } })).toBe(
      "mentioned you in a comment on the claim “Japan funds Wattay airport”",
    );
    expect(describeNotification({ type: "comment.reply", recipientId: "kenji", subject: { ...claim, comment } })).toBe(
      "replied to your comment on the claim “Japan funds Wattay airport”",
    );
    expect(describeNotification({ type: "comment.reply", recipientId: "mai", subject: { ...claim, comment } })).toBe(
      "replied to a comment on your claim “Japan funds Wattay airport”",
    );
  });

  it("words the review workflow's notifications and survives a deleted object", () => {
    expect(describeNotification({ type: "claim.reviewed", recipientId: "mai", subject: claim })).toBe("reviewed your claim “Japan funds Wattay airport”");
    expect(describeNotification({ type: "claim.assigned", recipientId: "kenji", subject: claim })).toBe(
      "asked you to review the claim “Japan funds Wattay airport”",
    );
    expect(describeNotification({ type: "comment.mention", recipientId: "kenji", subject: null })).toBe(
      "mentioned you — a comment that has since been deleted",
    );
  });

  it("tells the author their brief was approved", () => {
    const brief = { kind: "brief" as const, title: "Laos debt", authorId: "mai" };
    expect(describeNotification({ type: "brief.approved", recipientId: "mai", subject: brief })).toBe("approved your brief “Laos debt”");
    expect(describeNotification({ type: "brief.approved", recipientId: "mai", subject: null })).toBe("approved — a brief that has since been deleted");
  });

  it("tells an author that something their brief or claim rests on changed", () => {
    const brief = { kind: "brief" as const, title: "Laos debt", authorId: "mai", impact: { message: "The source “Vientiane Times” was retracted: fabricated quote" } };
    expect(describeNotification({ type: "impact.warning", recipientId: "mai", subject: brief })).toBe("changed something your brief “Laos debt” rests on");
    expect(describeNotification({ type: "impact.warning", recipientId: "mai", subject: { ...claim, authorId: "kenji" } })).toBe(
      "changed something the claim “Japan funds Wattay airport” rests on",
    );
    expect(describeNotification({ type: "impact.warning", recipientId: "mai", subject: null })).toBe(
      "changed something a claim or brief rests on — a warning that has since been deleted",
    );
  });

  it("links to the claim page, at the comment", () => {
    expect(notificationHref("p1", { claimId: "k1", commentId: "c1" })).toBe("/projects/p1/claims/k1#comment-c1");
    expect(notificationHref("p1", { briefId: "b1" })).toBe("/projects/p1/briefs/b1");
    expect(notificationHref("p1", {})).toBeNull();
  });
});
