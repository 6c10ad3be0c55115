import { describe, expect, it } from "vitest";
import { impactApiCode } from "./codes";
import { disputedMessage, downgradedMessage, orphanedMessage, retractedMessage } from "./messages";

describe("impact messages", () => {
  it("say what happened to the source, with the note", () => {
    expect(retractedMessage({ title: "Vientiane Times" }, "The interview was fabricated.")).toBe("The source “Vientiane Times” was retracted: The interview was fabricated.");
    expect(downgradedMessage({ title: "Vientiane Times" }, "B", "E")).toBe("The source “Vientiane Times” was downgraded from B to E.");
  });

  it("say what happened to the claim, shortening long text", () => {
    expect(disputedMessage({ paraphrase: "Japan funds Wattay airport" }, "The loan is from JICA, not the ministry.")).toBe(
      "The claim “Japan funds Wattay airport” was disputed by a reviewer: The loan is from JICA, not the ministry.",
    );
    expect(disputedMessage({ paraphrase: "x".repeat(100) }, " ")).toBe(`The claim “${"x".repeat(79)}…” was disputed by a reviewer.`);
    expect(orphanedMessage({ paraphrase: "Debt rose" }, { title: "IMF report" }, 3)).toBe("The claim “Debt rose” is orphaned: its quote was not found in version 3 of “IMF report”.");
  });

  it("spell codes the API's way", () => {
    expect(impactApiCode("SOURCE_RETRACTED")).toBe("source-retracted");
    expect(impactApiCode("CLAIM_ORPHANED")).toBe("claim-orphaned");
  });
});
