import { describe, expect, it } from "vitest";
import { commentExcerpt, extractMentions, mentionToken } from "./mentions";

describe("mentions", () => {
  it("finds each mentioned id once, in order, and ignores plain @text", () => {
    const body = "Thanks @[Kenji Sato](user:ck1) and @[Mai](user:ck2). @somchai, see @[Kenji](user:ck1) too. [x](user:ck3)";
    expect(extractMentions(body)).toEqual([
      { id: "ck1", label: "Kenji Sato" },
      { id: "ck2", label: "Mai" },
    ]);
    expect(extractMentions("mail me at a@b.org")).toEqual([]);
  });

  it("builds a token whose label cannot break out of the link", () => {
    expect(mentionToken({ id: "ck1", name: "Kenji Sato" })).toBe("@[Kenji Sato](user:ck1)");
    const token = mentionToken({ id: "ck9", name: "Evil](javascript:alert(1)) [x" });
    expect(extractMentions(token)).toEqual([{ id: "ck9", label: "Evil (javascript:alert(1)) x" }]);
  });

  it("shortens a body to one plain line", () => {
    expect(commentExcerpt("**Agree**, @[Kenji Sato](user:ck1):\n\n> the [grant](https://x.org) is real")).toBe(
      "Agree, @Kenji Sato: the grant is real",
    );
    expect(commentExcerpt("a".repeat(100), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
