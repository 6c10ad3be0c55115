import { describe, expect, it } from "vitest";
import { briefsCiting, newSubjects } from "./dependents";

const briefs = [
  { id: "b1", body: "Debt rose [[claim:c1]] and [[claim:c2]]." },
  { id: "b2", body: "Cited directly \\[\\[source:s1]] only." },
  { id: "b3", body: "Nothing of it [[claim:c9]]." },
];

describe("briefsCiting", () => {
  it("finds the briefs citing one of the claims or the source directly, with what they cite", () => {
    expect(briefsCiting(briefs, { claimIds: ["c2", "c1"], sourceIds: ["s1"] })).toEqual([
      { id: "b1", body: briefs[0]!.body, claimIds: ["c1", "c2"], sourceIds: [] },
      { id: "b2", body: briefs[1]!.body, claimIds: [], sourceIds: ["s1"] },
    ]);
  });

  it("finds nothing for claims nobody cites", () => {
    expect(briefsCiting(briefs, { claimIds: ["c5"] })).toEqual([]);
    expect(briefsCiting(briefs, {})).toEqual([]);
  });
});

describe("newSubjects", () => {
  it("skips subjects with an open warning and repeats", () => {
    const subjects = [
      { kind: "claim" as const, id: "c1" },
      { kind: "claim" as const, id: "c2" },
      { kind: "brief" as const, id: "b1" },
      { kind: "brief" as const, id: "c1" },
      { kind: "claim" as const, id: "c2" },
    ];
    expect(newSubjects(subjects, [{ claimId: "c1", briefId: null }])).toEqual([
      { kind: "claim", id: "c2" },
      { kind: "brief", id: "b1" },
      { kind: "brief", id: "c1" },
    ]);
  });
});
