import { describe, expect, it } from "vitest";
import { toWinAnsi } from "./pdf-glyphs";

describe("toWinAnsi", () => {
  it("keeps what the standard fonts print", () => {
    const text = "“Quality” — ‘infrastructure’ – ¥2.836 billion, €5, café, Œuvre, naïve…";
    expect(toWinAnsi(text)).toBe(text);
  });

  it("replaces the rest visibly or by its nearest printable form", () => {
    expect(toWinAnsi("Kōno Tarō in Tōkyō")).toBe("Kono Taro in Tokyo");
    expect(toWinAnsi("e\u0301")).toBe("é");
    expect(toWinAnsi("non\u2011stop \u2212 5\u2032 a\u2009b zero\u200Bwidth")).toBe("non-stop - 5' a b zerowidth");
    expect(toWinAnsi("ສປປ ລາວ (日本)")).toBe("[?] [?] ([?])");
    expect(toWinAnsi("ok 👍")).toBe("ok [?]");
    expect(toWinAnsi("a\r\nb\tc")).toBe("a\nb c");
  });
});
