import { describe, expect, it } from "vitest";
import { diffStats, diffTexts } from "./text-diff";

describe("diffTexts", () => {
  it("is one unchanged part for equal texts", () => {
    expect(diffTexts("a\nb\n", "a\nb\n")).toEqual([{ kind: "same", text: "a\nb\n" }]);
  });

  it("shows an edited line word by word", () => {
    const before = "# Title\n\nLaos may default.\n";
    const after = "# Title\n\nLaos is likely to default.\n";
    const parts = diffTexts(before, after);
    expect(parts[0]).toEqual({ kind: "same", text: "# Title\n\nLaos " });
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.text)).toEqual(["may"]);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe(after);
    expect(diffStats(parts)).toEqual({ added: 3, removed: 1 });
  });

  it("shows added and removed lines", () => {
    expect(diffTexts("a\n", "a\nb\n")).toEqual([
      { kind: "same", text: "a\n" },
      { kind: "added", text: "b\n" },
    ]);
    expect(diffTexts("a\nb\n", "b\n")).toEqual([
      { kind: "removed", text: "a\n" },
      { kind: "same", text: "b\n" },
    ]);
  });
});
