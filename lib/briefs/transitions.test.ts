import { describe, expect, it } from "vitest";
import { briefRefusal, nextBriefStatus } from "./transitions";

describe("brief transitions", () => {
  it("goes DRAFT → IN_REVIEW → APPROVED", () => {
    expect(nextBriefStatus("DRAFT", "submit")).toBe("IN_REVIEW");
    expect(nextBriefStatus("IN_REVIEW", "approve")).toBe("APPROVED");
  });

  it.each([
    ["IN_REVIEW", "submit"],
    ["APPROVED", "submit"],
    ["DRAFT", "approve"],
    ["APPROVED", "approve"],
  ] as const)("refuses %s → %s with a reason", (from, move) => {
    expect(nextBriefStatus(from, move)).toBeNull();
    expect(briefRefusal(from, move)).not.toBe("That change of status is not possible.");
  });
});
