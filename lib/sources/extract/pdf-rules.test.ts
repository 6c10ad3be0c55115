import { describe, expect, it } from "vitest";
import type { PdfItem } from "./pdf-lines";
import { mayHaveSeparatedNotes } from "./pdf-rules";

const item = (str: string, x: number, y: number, size = 11): PdfItem => ({ str, x, y, size, width: str.length * size * 0.5 });
const body = Array.from({ length: 20 }, (_, i) => item(`Line ${i} of the body text runs on across the page`, 72, 700 - 15 * i));

describe("mayHaveSeparatedNotes", () => {
  it("asks for a page's drawing only where a line in the lower half starts with a note's number in the text's size", () => {
    expect(mayHaveSeparatedNotes([...body, item("1 World Bank, “Lao Economic Monitor,” 2024.", 72, 120)], 792)).toBe(true);
    expect(mayHaveSeparatedNotes([...body, item("1", 72, 124, 6.6), item("World Bank, “Lao Economic Monitor,” 2024.", 78, 120)], 792)).toBe(true);
  });

  it("does not for notes in smaller type, a marker inside a sentence, or a page number", () => {
    expect(mayHaveSeparatedNotes([...body, item("1", 72, 124, 4.8), item("World Bank, 2024.", 77, 120, 8)], 792)).toBe(false);
    expect(mayHaveSeparatedNotes([...body, item("China invests most", 72, 300), item("5", 171, 304, 6.6), item("in Laos.", 175, 300)], 792)).toBe(false);
    expect(mayHaveSeparatedNotes([...body, item("12", 300, 40, 11)], 792)).toBe(false);
  });
});
