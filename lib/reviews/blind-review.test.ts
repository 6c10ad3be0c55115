import { describe, expect, it } from "vitest";
import { canMoveShown, canSeeVerdicts, shownStatus } from "./blind-review";

const base = { blindReview: true, role: "REVIEWER" as const, userId: "u", authorId: "a", reviewerIds: ["r"] };

describe("blind review", () => {
  it("hides others' verdicts from a member who may review and has not", () => {
    expect(canSeeVerdicts(base)).toBe(false);
    expect(canSeeVerdicts({ ...base, role: "OWNER" })).toBe(false);
    expect(canSeeVerdicts({ ...base, role: "ANALYST" })).toBe(false);
  });

  it("shows them with blind review off, to the author, to viewers, and to a reviewer who has given theirs", () => {
    expect(canSeeVerdicts({ ...base, blindReview: false })).toBe(true);
    expect(canSeeVerdicts({ ...base, authorId: "u" })).toBe(true);
    expect(canSeeVerdicts({ ...base, role: "VIEWER" })).toBe(true);
    expect(canSeeVerdicts({ ...base, reviewerIds: ["r", "u"] })).toBe(true);
  });

  it("reads a reviewed status as REVIEWED when hidden, and offers only a verdict of one's own from it", () => {
    expect(shownStatus("DISPUTED", true)).toBe("REVIEWED");
    expect(shownStatus("IN_REVIEW", true)).toBe("IN_REVIEW");
    expect(shownStatus("DISPUTED", false)).toBe("DISPUTED");
    expect(canMoveShown("REVIEWED", "review")).toBe(true);
    expect(canMoveShown("REVIEWED", "submit")).toBe(false);
    expect(canMoveShown("DISPUTED", "submit")).toBe(true);
  });
});
