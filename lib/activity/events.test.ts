import { describe, expect, it } from "vitest";
import { ACTIVITY_EVENTS, describeEvent, type ActivityAction } from "./events";

describe("activity events", () => {
  it("describe every event in words, even from a row whose before and after are empty", () => {
    for (const action of Object.keys(ACTIVITY_EVENTS) as ActivityAction[]) {
      const sentence = describeEvent({ action, before: null, after: null });
      expect(sentence, action).toMatch(/^[a-z]/);
      expect(sentence, action).not.toContain(action);
    }
  });

  it("read a row of an action no longer recorded as its name", () => {
    expect(describeEvent({ action: "claim.archive", before: null, after: null })).toBe("claim archive");
  });

  it("name the object each action is about", () => {
    expect(ACTIVITY_EVENTS["review.create"].object).toBe("Claim");
    expect(ACTIVITY_EVENTS["member.invite"].object).toBe("Invitation");
  });
});
