import { describe, expect, it } from "vitest";
import { covers, DEFAULT_MARKINGS, highest, markingsProblem, parseMarkings, rank, validateMarking } from "./markings";

const LIST = ["OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED"];

describe("parseMarkings", () => {
  it("reads a comma-separated list, lowest first, trimming blanks and inner runs of spaces", () => {
    expect(parseMarkings(" OFFICIAL, OFFICIAL-SENSITIVE ,,TOP   SECRET ")).toEqual(["OFFICIAL", "OFFICIAL-SENSITIVE", "TOP SECRET"]);
  });

  it("gives the default list when unset, and none when set but empty", () => {
    expect(parseMarkings(undefined)).toEqual([...DEFAULT_MARKINGS]);
    expect(DEFAULT_MARKINGS).toEqual(["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"]);
    expect(parseMarkings("")).toEqual([]);
    expect(parseMarkings(" , ")).toEqual([]);
  });

  it("finds a duplicate (whatever its case) or an overlong entry", () => {
    expect(markingsProblem(LIST)).toBeNull();
    expect(markingsProblem(["OFFICIAL", "official"])).toBe('"official" is listed twice.');
    expect(markingsProblem(["X".repeat(61)])).toMatch(/longer than 60 characters/);
  });
});

describe("rank and highest", () => {
  it("ranks none lowest, listed markings by position, and an unlisted one above them all", () => {
    expect([null, "OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED", "COSMIC"].map((m) => rank(m, LIST))).toEqual([-1, 0, 1, 2, 3]);
  });

  it("picks the highest marking, ignoring nulls", () => {
    expect(highest([null, "OFFICIAL", "RESTRICTED", "OFFICIAL-SENSITIVE"], LIST)).toBe("RESTRICTED");
    expect(highest([null, undefined], LIST)).toBeNull();
    expect(highest([], LIST)).toBeNull();
    expect(highest(["RESTRICTED", "LEGACY"], LIST)).toBe("LEGACY");
  });

  it("lets a document carry what is marked as high or lower", () => {
    expect(covers("RESTRICTED", "OFFICIAL", LIST)).toBe(true);
    expect(covers("OFFICIAL", "OFFICIAL", LIST)).toBe(true);
    expect(covers(null, null, LIST)).toBe(true);
    expect(covers("OFFICIAL", "RESTRICTED", LIST)).toBe(false);
    expect(covers(null, "OFFICIAL", LIST)).toBe(false);
    // An unlisted marking is covered only by the same marking, or another unlisted one.
    expect(covers("RESTRICTED", "LEGACY", LIST)).toBe(false);
    expect(covers("LEGACY", "LEGACY", LIST)).toBe(true);
  });
});

describe("validateMarking", () => {
  it("takes a listed marking or null, and names the choices otherwise", () => {
    expect(validateMarking("RESTRICTED", LIST)).toEqual({ ok: true, marking: "RESTRICTED" });
    expect(validateMarking(null, LIST)).toEqual({ ok: true, marking: null });
    expect(validateMarking("restricted", LIST)).toEqual({ ok: false, message: "Choose one of: OFFICIAL, OFFICIAL-SENSITIVE, RESTRICTED (or none)." });
  });

  it("refuses every marking when markings are turned off", () => {
    expect(validateMarking("OFFICIAL", [])).toEqual({ ok: false, message: "Markings are turned off on this Claimwork: leave the marking empty." });
    expect(validateMarking(null, [])).toEqual({ ok: true, marking: null });
  });
});
