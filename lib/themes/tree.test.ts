import { describe, expect, it } from "vitest";
import { descendantIds, flattenTree, levelUnder, nameKey, placementProblem, subtreeLevels, treeLevels } from "./tree";

// a ─ b ─ c        d
//   └ e
const themes = [
  { id: "a", parentId: null },
  { id: "d", parentId: null },
  { id: "b", parentId: "a" },
  { id: "c", parentId: "b" },
  { id: "e", parentId: "a" },
];

describe("flattenTree", () => {
  it("lists parents before their children, depth-first, with depths", () => {
    expect(flattenTree(themes).map((t) => `${t.id}${t.depth}`)).toEqual(["a0", "b1", "c2", "e1", "d0"]);
  });

  it("shows a theme whose parent is missing at the top rather than losing it", () => {
    expect(flattenTree([{ id: "x", parentId: "gone" }])).toEqual([{ id: "x", parentId: "gone", depth: 0 }]);
  });
});

describe("descendants and levels", () => {
  it("finds descendants at any depth", () => {
    expect([...descendantIds(themes, "a")].sort()).toEqual(["b", "c", "e"]);
    expect(descendantIds(themes, "c").size).toBe(0);
  });

  it("survives a cycle already in the data", () => {
    const looped = [
      { id: "p", parentId: "q" },
      { id: "q", parentId: "p" },
    ];
    expect([...descendantIds(looped, "p")]).toEqual(["q"]);
    expect(levelUnder(looped, "p")).toBe(3);
  });

  it("counts levels of subtrees and of the tree", () => {
    expect(subtreeLevels(themes, "a")).toBe(3);
    expect(subtreeLevels(themes, "d")).toBe(1);
    expect(levelUnder(themes, null)).toBe(1);
    expect(levelUnder(themes, "c")).toBe(4);
    expect(treeLevels(themes)).toBe(3);
    expect(treeLevels([])).toBe(0);
  });
});

describe("placementProblem", () => {
  it("allows nesting under a sibling or an unrelated theme", () => {
    expect(placementProblem(themes, "d", "c", 8)).toBeNull();
    expect(placementProblem(themes, "e", "b", 8)).toBeNull();
    expect(placementProblem(themes, null, "c", 8)).toBeNull();
    expect(placementProblem(themes, "b", null, 8)).toBeNull();
  });

  it("refuses the theme itself and its own descendants", () => {
    expect(placementProblem(themes, "a", "a", 8)).toBe("self");
    expect(placementProblem(themes, "a", "c", 8)).toBe("cycle");
    expect(placementProblem(themes, "b", "c", 8)).toBe("cycle");
  });

  it("refuses a placement that makes the subtree too deep", () => {
    expect(placementProblem(themes, null, "c", 3)).toBe("too_deep");
    expect(placementProblem(themes, "a", "d", 3)).toBe("too_deep");
    expect(placementProblem(themes, "a", "d", 4)).toBeNull();
  });
});

describe("nameKey", () => {
  it("ignores case and Unicode composition", () => {
    expect(nameKey("ÉNERGIE")).toBe(nameKey("e\u0301nergie"));
    expect(nameKey("China balancing")).toBe(nameKey("CHINA BALANCING"));
  });
});
