import { describe, expect, it } from "vitest";
import { isDowngrade } from "./reliability-order";

describe("isDowngrade", () => {
  it("calls a later letter a downgrade, F below E", () => {
    expect(isDowngrade("A", "B")).toBe(true);
    expect(isDowngrade("B", "E")).toBe(true);
    expect(isDowngrade("E", "F")).toBe(true);
    expect(isDowngrade("A", "F")).toBe(true);
  });

  it("does not call an upgrade, the same grade or a first grade a downgrade", () => {
    expect(isDowngrade("C", "B")).toBe(false);
    expect(isDowngrade("F", "E")).toBe(false);
    expect(isDowngrade("B", "B")).toBe(false);
    expect(isDowngrade(null, "F")).toBe(false);
    expect(isDowngrade(null, "A")).toBe(false);
  });

  it("does not call clearing a grade a downgrade", () => {
    expect(isDowngrade("A", null)).toBe(false);
  });
});
