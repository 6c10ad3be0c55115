import { describe, expect, it } from "vitest";
import { estimativeMarks, openMarks } from "./estimative-language";

const kinds = (text: string) => estimativeMarks(text).map((m) => `${m.kind}:${m.term}`);

describe("estimativeMarks", () => {
  it.each([
    "Laos will likely default on part of its debt in 2026.",
    "A rescheduling is very unlikely before the election.",
    "A new loan is unlikely.",
    "There is a roughly even chance that the tariff agreement is signed.",
    "The odds of a deal are roughly even odds at best.",
    "The railway is almost certainly loss-making.",
    "It is nearly certain that Japan will fund the airport.",
    "A sudden change of policy is highly improbable.",
    "A port concession is probable.",
    "Renewed fighting is highly probable.",
    "There is almost no chance of a full repayment.",
    "The chance of a default this year is remote.",
    "Japan has supported Laos since 1958.",
    "The ministry published its report in May 2024.",
    "In May the minister travelled to Tokyo.",
    "China's economic might is felt across the region.",
    "The bank could not confirm the figures.",
    "The agreement was signed on 5 May, 2025.",
  ])("leaves the standard scale and plain statements alone: %s", (sentence) => {
    expect(kinds(sentence)).toEqual([]);
  });

  it.each([
    ["Laos will probably default.", "probably"],
    ["The loan was possibly restructured.", "possibly"],
    ["Perhaps the minister will resign.", "Perhaps"],
    ["Chances are the tariff will rise.", "Chances are"],
    ["It is conceivable that the dam fails.", "It is conceivable"],
    ["There is a good chance of a deal.", "a good chance"],
    ["A deal before March is doubtful.", "doubtful"],
    ["In all likelihood the project stalls.", "In all likelihood"],
    ["A default is highly likely.", "highly likely"],
    ["A default is extremely unlikely.", "extremely unlikely"],
    ["The most likely outcome is a delay.", "most likely"],
    ["It is a toss-up whether the vote passes.", "a toss-up"],
    ["The outcome is fifty-fifty.", "fifty-fifty"],
    ["Japan will definitely stay.", "definitely"],
    ["The line is virtually certain to open.", "virtually certain"],
    ["A slim chance remains.", "A slim chance"],
  ])("marks a likelihood term off the scale: %s", (sentence, term) => {
    expect(kinds(sentence)).toEqual([`non-standard:${term}`]);
  });

  it.each([
    ["Laos may default on its loans.", "may"],
    ["The government might seek a moratorium.", "might"],
    ["The railway could possibly break even.", "could possibly"],
    ["The railway could break even by 2030.", "could"],
    ["It is possible that Japan withdraws.", "It is possible that"],
    ["The donor may well reconsider.", "may well"],
    ["May the ministry publish it soon? It may.", "may"],
  ])("marks a vague hedge: %s", (sentence, term) => {
    expect(kinds(sentence)).toContain(`hedge:${term}`);
  });

  it("marks a sentence that mixes confidence and likelihood", () => {
    const marks = estimativeMarks("We assess with high confidence that a default is likely.");
    expect(marks.map((m) => m.kind)).toEqual(["mixed"]);
    expect(marks[0]!.term).toBe("high confidence that a default is likely");
    expect(marks[0]!.explanation).toMatch(/separate sentences/);
  });

  it("marks the mix and the off-scale term alike", () => {
    expect(kinds("We are confident the bank will probably lend.").sort()).toEqual(["mixed:are confident the bank will probably", "non-standard:probably"]);
  });

  it("does not mark confidence stated on its own", () => {
    expect(kinds("We have moderate confidence in this judgment. A default is likely.")).toEqual([]);
  });

  it("gives offsets into the original text", () => {
    const text = "# Outlook\n\nThe loan is fine. It may be rescheduled.";
    const [mark] = estimativeMarks(text);
    expect(text.slice(mark!.start, mark!.end)).toBe("may");
    expect(mark!.sentence).toBe("It may be rescheduled.");
  });

  it("does not read claim tokens, code or link addresses", () => {
    expect(kinds("As reported, [[claim:abc123]] holds. See `may()` and [the site](https://may.example/might).")).toEqual([]);
    expect(kinds("```\nit may fail\n```\n\nAll good.")).toEqual([]);
  });

  it("reads headings, list items and table rows as sentences of their own", () => {
    const text = "## What may happen\n\n- Laos probably defaults\n- Japan stays\n\n| Risk | Outlook |\n|---|---|\n| Debt | possibly worse |";
    expect(kinds(text)).toEqual(["hedge:may", "non-standard:probably", "non-standard:possibly"]);
  });

  it("splits sentences but not at abbreviations", () => {
    const marks = estimativeMarks("The U.S. and Japan, e.g. through JICA, may act. Dr. Sato disagrees.");
    expect(marks).toHaveLength(1);
    expect(marks[0]!.sentence).toBe("The U.S. and Japan, e.g. through JICA, may act.");
  });

  it("keeps a mark's key while its sentence is unchanged, and changes it when the sentence changes", () => {
    const [a] = estimativeMarks("Intro.\n\nLaos may default.");
    const [b] = estimativeMarks("A longer intro, rewritten.\n\nLaos may default.");
    const [c] = estimativeMarks("Laos may default soon.");
    expect(a!.key).toBe(b!.key);
    expect(a!.key).not.toBe(c!.key);
    expect(a!.key).toMatch(/^hedge:[0-9a-f]{8}$/);
  });

  it("drops dismissed marks", () => {
    const marks = estimativeMarks("Laos may default. Japan will probably stay.");
    expect(openMarks(marks, [marks[0]!.key]).map((m) => m.term)).toEqual(["probably"]);
  });
});
