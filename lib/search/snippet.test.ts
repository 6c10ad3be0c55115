import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START, splitSnippet } from "./snippet";

describe("splitSnippet", () => {
  it("splits hits from plain text and drops heading marks", () => {
    expect(splitSnippet(`position. ## ${HIT_START}Quality${HIT_END} pitch <b>`)).toEqual([
      { text: "position.  ", hit: false },
      { text: "Quality", hit: true },
      { text: " pitch <b>", hit: false },
    ]);
  });
});
