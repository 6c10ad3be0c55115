import { describe, expect, it } from "vitest";
import { similarThemes, themeKey } from "./similar-names";

const codebook = ["Development assistance (ODA)", "China balancing", "Rules-based order", "Infrastructure", "Energy"].map((name) => ({ name }));
const similar = (name: string) => similarThemes(name, codebook).map((t) => t.name);

describe("similar theme names", () => {
  it("finds the same words in another case, spacing, punctuation or number, and a bracketed gloss left out", () => {
    expect(similar("Development assistance")).toEqual(["Development assistance (ODA)"]);
    expect(similar("china  Balancing")).toEqual(["China balancing"]);
    expect(similar("rules based orders")).toEqual(["Rules-based order"]);
    expect(themeKey("Energies")).toBe(themeKey("energy"));
  });

  it("finds a shared start, and nothing for a different name, a very short one, or the theme itself", () => {
    expect(similar("Infrastructure finance")).toEqual(["Infrastructure"]);
    expect(similar("Debt")).toEqual([]);
    expect(similar("En")).toEqual([]);
    expect(similar("Energy")).toEqual([]);
    expect(similar("Maritime security")).toEqual([]);
  });
});
