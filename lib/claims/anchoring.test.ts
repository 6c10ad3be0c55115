import { describe, expect, it } from "vitest";
import { AnchorError, CONTEXT_LENGTH, describeRange, reanchor, toSelectors } from "./anchoring";

const body = [
  "# Aid to the Pacific",
  "Japan pledged a grant of ¥2 billion for the new airport terminal in Nukuʻalofa. The works will end in 2028.",
  "Australia will fund teacher training across the outer islands, starting with 300 teachers in Vavaʻu.",
  "Critics say the programme lacks a clear plan for maintenance once the contractors leave the islands.",
].join("\n\n");

/** Anchors the first (or nth) occurrence of `phrase` in `text`. */
function anchorOf(text: string, phrase: string, nth = 1) {
  let at = -1;
  for (let k = 0; k < nth; k++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" not in text`);
  return describeRange(text, at, at + phrase.length);
}

describe("describeRange", () => {
  it("quotes the selection with 32 characters of context on each side", () => {
    const start = body.indexOf("teacher training");
    const anchor = describeRange(body, start, start + "teacher training".length);
    expect(anchor).toEqual({
      exact: "teacher training",
      prefix: body.slice(start - CONTEXT_LENGTH, start),
      suffix: body.slice(anchor.end, anchor.end + CONTEXT_LENGTH),
      start,
      end: start + 16,
    });
    expect(anchor.prefix.endsWith("\n\nAustralia will fund ")).toBe(true);
    expect(anchor.suffix).toBe(" across the outer islands, start");
  });

  it("trims whitespace around the selection and moves the offsets with it", () => {
    const start = body.indexOf("\n\nJapan pledged");
    const anchor = describeRange(body, start, start + "\n\nJapan pledged ".length);
    expect(anchor.exact).toBe("Japan pledged");
    expect(anchor.start).toBe(body.indexOf("Japan"));
    expect(anchor.end).toBe(body.indexOf("Japan") + "Japan pledged".length);
    expect(body.slice(anchor.start, anchor.end)).toBe(anchor.exact);
  });

  it("has a short or empty prefix at the very start of the text", () => {
    const anchor = describeRange(body, 0, "# Aid".length);
    expect(anchor).toMatchObject({ exact: "# Aid", prefix: "", start: 0, end: 5 });
    expect(anchor.suffix).toBe(body.slice(5, 5 + CONTEXT_LENGTH));

    const near = describeRange(body, 2, 5);
    expect(near.prefix).toBe("# ");
  });

  it("has a short or empty suffix at the very end of the text", () => {
    const anchor = describeRange(body, body.length - "the islands.".length, body.length);
    expect(anchor.exact).toBe("the islands.");
    expect(anchor.suffix).toBe("");
    expect(anchor.end).toBe(body.length);
    expect(anchor.prefix).toBe(body.slice(anchor.start - CONTEXT_LENGTH, anchor.start));

    const near = describeRange(body, body.length - "the islands.".length, body.length - 1);
    expect(near.suffix).toBe(".");
  });

  it("accepts the whole text", () => {
    const text = "  Short source.  ";
    expect(describeRange(text, 0, text.length)).toEqual({ exact: "Short source.", prefix: "  ", suffix: "  ", start: 2, end: 15 });
  });

  it.each([
    ["empty", 10, 10],
    ["reversed", 20, 10],
    ["before the text", -1, 5],
    ["past the end", 5, body.length + 1],
    ["not whole characters", 1.5, 4],
    ["NaN", Number.NaN, 4],
  ])("rejects a range that is %s", (_label, start, end) => {
    expect(() => describeRange(body, start, end)).toThrow(AnchorError);
  });

  it("rejects a selection of only whitespace with a message a person can act on", () => {
    const gap = body.indexOf("\n\n");
    let error: unknown;
    try {
      describeRange(body, gap, gap + 2);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AnchorError);
    expect((error as AnchorError).message).toMatch(/only spaces/);
    expect(() => describeRange(" \t\u00a0 ", 0, 4)).toThrow(AnchorError);
  });

  it("counts offsets in UTF-16 code units, as JS strings do", () => {
    const text = "Le café “Éden” reçoit ¥500 😀 de l’État, selon le rapport.";
    const phrase = "¥500 😀 de l’État";
    const at = text.indexOf(phrase);
    const anchor = describeRange(text, at, at + phrase.length);
    expect(anchor.exact).toBe(phrase);
    expect(anchor.start).toBe(at);
    expect(anchor.end - anchor.start).toBe(phrase.length);
    expect(phrase.length).toBe(17); // the emoji is two code units
    expect(text.slice(anchor.start, anchor.end)).toBe(phrase);
    expect(anchor.prefix).toBe("Le café “Éden” reçoit ");
  });

  it("does not cut an astral character in half, in the selection or its context", () => {
    const text = "😀".repeat(20) + " grant " + "😀".repeat(20);
    const inside = text.indexOf("grant");
    const anchor = describeRange(text, 1, inside + 5);
    expect(anchor.start).toBe(0);
    expect(anchor.prefix).toBe("");
    const tail = describeRange(text, inside, inside + 5);
    expect(tail.prefix).toBe("😀".repeat(15) + " ");
    expect(tail.suffix).toBe(" " + "😀".repeat(15));
    const split = describeRange(text, inside, text.length - 1);
    expect(split.end).toBe(text.length);
  });
});

describe("toSelectors", () => {
  it("gives a W3C quote selector and position selector", () => {
    const anchor = anchorOf(body, "300 teachers");
    expect(toSelectors(anchor)).toEqual([
      { type: "TextQuoteSelector", exact: "300 teachers", prefix: anchor.prefix, suffix: anchor.suffix },
      { type: "TextPositionSelector", start: anchor.start, end: anchor.end },
    ]);
  });
});

describe("reanchor", () => {
  it("keeps an unchanged body's anchors where they are", () => {
    for (const phrase of ["# Aid", "¥2 billion", "teacher training", "the islands."]) {
      const anchor = anchorOf(body, phrase);
      expect(reanchor(body, anchor)).toEqual({ start: anchor.start, end: anchor.end, exact: phrase, method: "position" });
    }
  });

  it("finds a quote by position when only the text after it changed", () => {
    const anchor = anchorOf(body, "a grant of ¥2 billion");
    const revised = body.replace("The works will end in 2028.", "The works are delayed to 2030.");
    expect(reanchor(revised, anchor)).toEqual({ start: anchor.start, end: anchor.end, exact: anchor.exact, method: "position" });
    const touching = body.replace("¥2 billion for the", "¥2 billion towards the");
    expect(reanchor(touching, anchor)).toMatchObject({ start: anchor.start, method: "position" });
  });

  it("follows a quote by its words when text before it moved it", () => {
    const anchor = anchorOf(body, "teacher training");
    const insert = "New Zealand doubled its support. ";
    const revised = body.replace("Japan pledged", insert + "Japan pledged");
    expect(reanchor(revised, anchor)).toEqual({
      start: anchor.start + insert.length,
      end: anchor.end + insert.length,
      exact: "teacher training",
      method: "quote",
    });

    const shorter = body.replace("# Aid to the Pacific\n\n", "");
    const found = reanchor(shorter, anchor);
    expect(found?.method).toBe("quote");
    expect(shorter.slice(found!.start, found!.end)).toBe("teacher training");
    expect(found!.start).toBe(anchor.start - "# Aid to the Pacific\n\n".length);
  });

  it("follows a quote fuzzily when a word inside it changed, and returns the new words", () => {
    const anchor = anchorOf(body, "starting with 300 teachers in Vavaʻu");
    const revised = "Foreword added by the editors.\n\n" + body.replace("300 teachers", "350 teachers");
    const found = reanchor(revised, anchor);
    expect(found).toEqual({
      start: revised.indexOf("starting with 350"),
      end: revised.indexOf("starting with 350") + "starting with 350 teachers in Vavaʻu".length,
      exact: "starting with 350 teachers in Vavaʻu",
      method: "fuzzy",
    });
  });

  it("takes in a replaced word at either edge of the quote", () => {
    const anchor = anchorOf(body, "lacks a clear plan for maintenance");
    const front = body.replace("lacks a clear plan", "needs a clear plan");
    expect(reanchor(front, anchor)).toMatchObject({ exact: "needs a clear plan for maintenance", method: "fuzzy" });
    const back = body.replace("plan for maintenance", "plan for maintaining");
    expect(reanchor(back, anchor)).toMatchObject({ exact: "lacks a clear plan for maintaining", method: "fuzzy" });
  });

  it("keeps words inserted next to the quote out of it", () => {
    const anchor = anchorOf(body, "a clear plan for maintenance");
    const revised = body.replace("lacks a clear plan for maintenance once", "lacks a clear costed plan for maintenance, they say, once");
    const found = reanchor(revised, anchor);
    expect(found).toMatchObject({ exact: "a clear costed plan for maintenance", method: "fuzzy" });
    expect(revised.slice(found!.start, found!.end)).toBe(found!.exact);
  });

  it("orphans a quote whose passage was deleted", () => {
    const anchor = anchorOf(body, "teacher training across the outer islands");
    const revised = body.replace(/Australia will fund[^\n]*\n\n/, "");
    expect(revised).not.toContain("Australia");
    expect(reanchor(revised, anchor)).toBeNull();
  });

  it("orphans a quote that was rewritten beyond recognition", () => {
    const anchor = anchorOf(body, "Critics say the programme lacks a clear plan");
    const revised = body.replace("Critics say the programme lacks a clear plan", "Observers fear that nobody has budgeted");
    expect(reanchor(revised, anchor)).toBeNull();
  });

  it("follows a long quote with a small edit inside it", () => {
    const sentences = [
      "The ministry's annual report sets out how the reconstruction fund was spent across the northern provinces,",
      " and it explains that the largest share went to bridges and feeder roads washed away by the floods of 2022,",
      " while clinics and schools received smaller grants administered by the provincial councils themselves.",
    ];
    const passage = sentences.join("");
    expect(passage.length).toBeGreaterThanOrEqual(300);
    const text = `Introduction to the report.\n\n${passage}\n\nAnnex tables follow.`;
    const anchor = anchorOf(text, passage);

    const revised = "Summary first.\n\n" + text.replace("the largest share", "the biggest part");
    const found = reanchor(revised, anchor);
    const expected = passage.replace("the largest share", "the biggest part");
    expect(found).toEqual({ start: revised.indexOf(expected), end: revised.indexOf(expected) + expected.length, exact: expected, method: "fuzzy" });

    const atTheEdges = text.replace("The ministry's", "This ministry's").replace("councils themselves.", "councils alone.");
    expect(reanchor(atTheEdges, anchor)).toMatchObject({
      exact: passage.replace("The ministry's", "This ministry's").replace("councils themselves.", "councils alone."),
      method: "fuzzy",
    });
  });

  it("finds an edited quote whose paragraph moved far from its old position", () => {
    const anchor = anchorOf(body, "starting with 300 teachers in Vavaʻu");
    const filler = Array.from({ length: 300 }, (_, k) => `Background note ${k} on regional budgets.`).join(" ");
    const revised = body.replace("Australia will fund", `${filler}\n\nAustralia will fund`).replace("300 teachers", "320 teachers");
    const found = reanchor(revised, anchor);
    expect(found!.start - anchor.start).toBeGreaterThan(10_000);
    expect(found).toEqual({
      start: revised.indexOf("starting with 320"),
      end: revised.indexOf("starting with 320") + anchor.exact.length,
      exact: "starting with 320 teachers in Vavaʻu",
      method: "fuzzy",
    });
  });

  it("finds a long quote by its end when its opening words were rewritten", () => {
    const passage =
      "The ministry's annual report sets out how the reconstruction fund was spent across the northern provinces, " +
      "and it explains that the largest share went to bridges and feeder roads washed away by the floods of 2022.";
    const text = `Introduction to the report.\n\n${passage}\n\nAnnex tables follow.`;
    const anchor = anchorOf(text, passage);
    const revised = text.replace("The ministry's annual report sets", "Last year's review by the ministry set");
    const expected = passage.replace("The ministry's annual report sets", "Last year's review by the ministry set");
    expect(reanchor(revised, anchor)).toEqual({ start: revised.indexOf("Last"), end: revised.indexOf("Last") + expected.length, exact: expected, method: "fuzzy" });
  });

  it("orphans a long quote that was mostly cut", () => {
    const passage = "The ministry's annual report sets out how the reconstruction fund was spent across the northern provinces, and what it bought.";
    const text = `Before.\n\n${passage}\n\nAfter.`;
    const anchor = anchorOf(text, passage);
    const revised = text.replace(" across the northern provinces, and what it bought", "");
    expect(reanchor(revised, anchor)).toBeNull();
  });

  describe("repeated phrases", () => {
    const text = [
      "In 2019 the council approved the plan for the harbour after a long debate.",
      "In 2021 the mayor approved the plan for the school despite the objections.",
      "In 2023 the court approved the plan for the landfill with conditions.",
    ].join(" ");

    it("chooses the occurrence whose context matches", () => {
      const anchor = anchorOf(text, "approved the plan", 2);
      const revised = text.replace("after a long debate", "after a long and bitter debate");
      const found = reanchor(revised, anchor);
      expect(found?.method).toBe("quote");
      expect(found?.start).toBe(revised.indexOf("mayor approved") + "mayor ".length);
    });

    it("does not settle for the old position when another occurrence moved onto it", () => {
      const anchor = anchorOf(text, "approved the plan", 2);
      const first = text.indexOf("approved the plan");
      // Inserting exactly the distance between the two puts the first occurrence at the old position.
      const filler = "x".repeat(anchor.start - first - 1) + " ";
      const revised = filler + text;
      expect(revised.slice(anchor.start, anchor.end)).toBe("approved the plan");
      const found = reanchor(revised, anchor);
      expect(found).toEqual({ start: anchor.start + filler.length, end: anchor.end + filler.length, exact: "approved the plan", method: "quote" });
    });

    it("keeps the third occurrence when the first two are rewritten", () => {
      const anchor = anchorOf(text, "approved the plan", 3);
      const revised = text.replace("the council approved", "the council adopted").replace("the mayor approved", "the mayor signed");
      expect(reanchor(revised, anchor)).toMatchObject({ start: revised.indexOf("court approved") + "court ".length, method: "quote" });
    });

    it("breaks a tie between identical contexts by nearness to the old position", () => {
      const block = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau. ";
      const repeated = block.repeat(4);
      const middle = block.length * 2 + block.indexOf("kappa lambda");
      const anchor = describeRange(repeated, middle, middle + "kappa lambda".length);
      const revised = "Preface. " + repeated;
      expect(reanchor(revised, anchor)).toMatchObject({ start: middle + "Preface. ".length, method: "quote" });
      const cut = repeated.slice(5);
      expect(reanchor(cut, anchor)).toMatchObject({ start: middle - 5, method: "quote" });
    });

    it("takes the single remaining occurrence even with a different context", () => {
      const anchor = anchorOf(text, "court approved the plan");
      const revised = "Rewritten: the court approved the plan, finally.";
      expect(reanchor(revised, anchor)).toEqual({ start: 15, end: 38, exact: "court approved the plan", method: "quote" });
    });
  });

  it("keeps UTF-16 offsets consistent with string indices after a revision", () => {
    const text = "Le café “Éden” reçoit ¥500 😀 de l’État, selon le rapport de la Banque.";
    const anchor = anchorOf(text, "¥500 😀 de l’État");
    const revised = "Résumé: « ça va » — 🇫🇯🇹🇴. " + text;
    const found = reanchor(revised, anchor);
    expect(found).toEqual({
      start: revised.indexOf("¥500"),
      end: revised.indexOf("¥500") + "¥500 😀 de l’État".length,
      exact: "¥500 😀 de l’État",
      method: "quote",
    });
    const edited = revised.replace("¥500", "¥750");
    const fuzzy = reanchor(edited, anchor);
    expect(fuzzy).toMatchObject({ exact: "¥750 😀 de l’État", method: "fuzzy" });
    expect(edited.slice(fuzzy!.start, fuzzy!.end)).toBe("¥750 😀 de l’État");
  });

  it("returns null for an empty quote", () => {
    expect(reanchor(body, { exact: "", prefix: "", suffix: "", start: 0, end: 0 })).toBeNull();
  });

  it("re-anchors 2,000 claims in a 600,000-character body after an edit near the start", () => {
    const text = makeBody(100_000);
    expect(text.length).toBeGreaterThan(550_000);
    const random = mulberry32(7);
    const anchors = Array.from({ length: 2000 }, () => {
      let start = 1000 + Math.floor(random() * (text.length - 2000));
      while (text[start - 1] !== " ") start++;
      let end = start + 20 + Math.floor(random() * 60);
      while (text[end] !== " " && end < text.length) end++;
      return describeRange(text, start, end);
    });
    const insert = "An added sentence about the revision of this report. ";
    const at = text.indexOf(" ", 200) + 1;
    const revised = text.slice(0, at) + insert + text.slice(at);

    const results = anchors.map((anchor) => reanchor(revised, anchor));
    results.forEach((found, k) => {
      const anchor = anchors[k]!;
      expect(found).toEqual({ start: anchor.start + insert.length, end: anchor.end + insert.length, exact: anchor.exact, method: "quote" });
    });
  });
});

function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A body of `words` words from a small vocabulary, in sentences and paragraphs, the same every run. */
function makeBody(words: number): string {
  const vocabulary = (
    "the a of to and in for on with by government ministry grant loan aid project programme school clinic road bridge " +
    "harbour airport council province island village teacher nurse farmer fisher budget report plan policy reform fund " +
    "will would could should must may said announced approved rejected delayed expanded reduced increased cut built " +
    "rural urban coastal northern southern eastern western new old large small annual public private local national " +
    "million billion percent year month week early late first second third last next recent current former future"
  ).split(" ");
  const random = mulberry32(42);
  const parts: string[] = [];
  for (let k = 0; k < words; k++) {
    const word = vocabulary[Math.floor(random() * vocabulary.length)]!;
    const sentenceEnd = random() < 0.07;
    const paragraphEnd = sentenceEnd && random() < 0.15;
    parts.push(word + (sentenceEnd ? "." : "") + (paragraphEnd ? "\n\n" : " "));
  }
  return parts.join("");
}
