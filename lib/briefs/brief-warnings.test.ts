import { describe, expect, it } from "vitest";
import { briefChecklist, briefWarnings, type ClaimForWarnings } from "./brief-warnings";
import { claimToken } from "./claim-references";

const claim = (id: string, reliability: string | null, title = `Source ${id}`): ClaimForWarnings => ({
  id,
  paraphrase: `Paraphrase ${id}`,
  status: "VERIFIED",
  orphaned: false,
  source: { title, reliability },
});

const claims = [claim("ungraded", null, "Vientiane Times"), claim("f", "F", "Anonymous blog"), claim("e", "E"), claim("b", "B")];
const body = (...ids: string[]) => ids.map(claimToken).join(" ");

describe("warnings about a claim's source", () => {
  it("says a source not graded yet is not graded, not that it is graded F", () => {
    const warnings = briefWarnings(body("ungraded"), claims);
    expect(warnings).toEqual([
      { kind: "ungraded-source", claimId: "ungraded", blocking: false, message: "“Paraphrase ungraded” rests on a source not graded yet: “Vientiane Times”." },
    ]);
    expect(warnings[0]!.message).not.toMatch(/graded F|cannot be judged/);
  });

  it("keeps the weak-grade warning for E and F, worded apart", () => {
    expect(briefWarnings(body("f", "e", "b"), claims).map((w) => [w.kind, w.message])).toEqual([
      ["weak-source", "“Paraphrase f” comes from “Anonymous blog”, graded F (reliability cannot be judged)."],
      ["weak-source", "“Paraphrase e” comes from “Source e”, graded E (unreliable)."],
    ]);
  });

  it("lists ungraded and weak sources on separate lines of the checklist, neither blocking", () => {
    const list = briefChecklist({ body: body("ungraded", "f", "b"), claims, status: "APPROVED" });
    const line = (id: string) => list.items.find((i) => i.id === id);
    expect(line("sources-have-grades")).toMatchObject({ label: "Every source is graded", ok: false, blocking: false, details: [expect.stringContaining("not graded yet")] });
    expect(line("sources-graded")).toMatchObject({ label: "No sources graded E or F", ok: false, blocking: false, details: [expect.stringContaining("graded F")] });
    expect(list.ready).toBe(true);
    expect(briefChecklist({ body: body("b"), claims, status: "APPROVED" }).items.every((i) => i.ok)).toBe(true);
  });

  it("tells a brief marked below what it cites, without blocking the export with claims withheld", () => {
    const marking = { marking: "OFFICIAL", required: "RESTRICTED", claimIds: ["b"], message: "This brief cites 1 claim marked RESTRICTED; mark the brief RESTRICTED, or export with that claim withheld." };
    const list = briefChecklist({ body: body("b"), claims, status: "APPROVED", marking });
    expect(list.items.find((i) => i.id === "marking")).toEqual({
      id: "marking",
      label: "The brief's marking covers what it cites",
      ok: false,
      blocking: false,
      details: ["Marking: the brief is OFFICIAL but cites RESTRICTED claims.", marking.message],
    });
    expect(list.ready).toBe(true);
    const covered = briefChecklist({ body: body("b"), claims, status: "APPROVED", marking: { marking: "RESTRICTED", required: null, claimIds: [], message: null } });
    expect(covered.items.find((i) => i.id === "marking")?.ok).toBe(true);
  });
});

describe("impact warnings and circular reporting", () => {
  const origin = (key: string, label: string) => ({ key, label, via: [] });

  it("blocks the checklist while a change the brief rests on is not acknowledged", () => {
    const open = briefChecklist({ body: body("b"), claims, status: "IN_REVIEW", openImpacts: ["The source “Source b” was retracted: fabricated."] });
    expect(open.items.find((i) => i.id === "impacts-acknowledged")).toEqual({
      id: "impacts-acknowledged",
      label: "Every change to what the brief rests on is acknowledged",
      ok: false,
      blocking: true,
      details: ["The source “Source b” was retracted: fabricated."],
    });
    expect(open.ready).toBe(false);
    const done = briefChecklist({ body: body("b"), claims, status: "IN_REVIEW", openImpacts: [] });
    expect(done.items.find((i) => i.id === "impacts-acknowledged")?.ok).toBe(true);
    expect(done.ready).toBe(true);
  });

  it("warns of corroboration that is one report repeated, without blocking", () => {
    const circular = { ...claim("b", "B"), group: { claimIds: ["b", "x"], reports: 2, origins: [origin("u", "Lao News Agency, 23 January 2025")] } };
    const independent = { ...claim("e", "B"), group: { claimIds: ["e", "y"], reports: 2, origins: [origin("u", "A"), origin("v", "B")] } };
    const alone = { ...claim("f", "B"), group: { claimIds: ["f"], reports: 1, origins: [origin("w", "C")] } };
    const warnings = briefWarnings(body("b", "e", "f"), [circular, independent, alone]);
    expect(warnings).toEqual([
      { kind: "circular-reporting", claimId: "b", blocking: false, message: "“Paraphrase b” — 2 reports, 1 origin: Lao News Agency, 23 January 2025" },
    ]);
    const list = briefChecklist({ body: body("b"), claims: [circular], status: "APPROVED" });
    expect(list.items.find((i) => i.id === "origins-independent")).toMatchObject({ ok: false, blocking: false });
    expect(list.ready).toBe(true);
  });
});
