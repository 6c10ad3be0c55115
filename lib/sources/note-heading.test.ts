import { describe, expect, it } from "vitest";
import { describeNote } from "./note-heading";

const note = { text: "", title: null, authors: [], publisher: null, issued: null };

describe("describeNote", () => {
  it("names the author, the title and the year of a parsed citation", () => {
    expect(
      describeNote({ ...note, title: "Japan–Laos Relations", authors: ["Ministry of Foreign Affairs of Japan"], publisher: "MOFA", issued: "accessed 5 April 2024" }),
    ).toBe("Ministry of Foreign Affairs of Japan, ‘Japan–Laos Relations’ (2024)");
  });

  it("falls back to the publisher, and leaves out a year it cannot read", () => {
    expect(describeNote({ ...note, title: "Message from the Chief Representative", publisher: "JICA", issued: "undated" })).toBe("JICA, ‘Message from the Chief Representative’");
  });

  it("shortens a long title at a word", () => {
    const title = "Lao People's Democratic Republic Economic Monitor, April 2024: Accelerating Reforms for Growth and Stability in the Region";
    const line = describeNote({ ...note, title, authors: ["World Bank"] });
    expect(line).toBe("World Bank, ‘Lao People's Democratic Republic Economic Monitor, April 2024: Accelerating Reforms for…’");
  });

  it("shows the start of the text of a note without a title, without its links", () => {
    const text = "See the minister's remarks to the National Assembly on the budget for water supply, https://example.org/a, and the reply given in committee later that week by the deputy.";
    expect(describeNote({ ...note, text })).toBe("See the minister's remarks to the National Assembly on the budget for water supply, and the reply given in…");
    expect(describeNote({ ...note, text: "Ibid., 12." })).toBe("Ibid., 12.");
  });
});
