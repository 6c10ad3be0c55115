import { describe, expect, it } from "vitest";
import type { ClaimStatus, ReviewVerdict } from "@/lib/generated/prisma/enums";
import { canMove, nextStatus, refusal } from "./transitions";

const STATUSES: ClaimStatus[] = ["DRAFT", "IN_REVIEW", "VERIFIED", "DISPUTED", "NEEDS_EVIDENCE"];
const VERDICTS: ReviewVerdict[] = ["VERIFIED", "DISPUTED", "NEEDS_EVIDENCE"];

describe("claim transitions", () => {
  it("submits drafts and resubmits claims that were disputed or need evidence", () => {
    expect(Object.fromEntries(STATUSES.map((s) => [s, nextStatus(s, "submit")]))).toEqual({
      DRAFT: "IN_REVIEW",
      IN_REVIEW: null,
      VERIFIED: null,
      DISPUTED: "IN_REVIEW",
      NEEDS_EVIDENCE: "IN_REVIEW",
    });
  });

  it("withdraws only a claim in review, back to draft", () => {
    expect(Object.fromEntries(STATUSES.map((s) => [s, nextStatus(s, "withdraw")]))).toEqual({
      DRAFT: null,
      IN_REVIEW: "DRAFT",
      VERIFIED: null,
      DISPUTED: null,
      NEEDS_EVIDENCE: null,
    });
  });

  it("lets a verdict set the status of any submitted claim, never of a draft", () => {
    for (const verdict of VERDICTS) {
      expect(nextStatus("DRAFT", "review", verdict)).toBeNull();
      for (const from of STATUSES.filter((s) => s !== "DRAFT")) expect(nextStatus(from, "review", verdict)).toBe(verdict);
    }
    expect(canMove("DRAFT", "review")).toBe(false);
    expect(canMove("VERIFIED", "review")).toBe(true);
  });

  it("sends a reviewed claim back to review when what it says changes", () => {
    expect(STATUSES.map((s) => nextStatus(s, "edit", true))).toEqual(["DRAFT", "IN_REVIEW", "IN_REVIEW", "IN_REVIEW", "IN_REVIEW"]);
    expect(STATUSES.map((s) => nextStatus(s, "edit", false))).toEqual(STATUSES);
  });

  it("explains each refusal", () => {
    expect(refusal("DRAFT", "review")).toMatch(/still a draft/);
    expect(refusal("IN_REVIEW", "submit")).toMatch(/already in review/);
    expect(refusal("VERIFIED", "withdraw")).toMatch(/Only a claim in review/);
  });
});
