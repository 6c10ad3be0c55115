/**
 * PDF's standard fonts (Times, Helvetica, Courier) need no font file but print only the
 * Windows-1252 ("WinAnsi") characters: Latin-1 plus curly quotes, dashes, the ellipsis, €
 * and a few more. Anything else would come out as a blank box, so it is replaced:
 * typographic variants by their plain equivalent (‐ → -, ′ → ', thin spaces → space),
 * accented letters by their base letter (ō → o, ă → a), and what remains (Lao, Japanese,
 * emoji…) by "[?]" for each run of such characters, so the gap stays visible.
 */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020,
  0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const SUBSTITUTES: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2015": "—",
  "\u2032": "'",
  "\u2033": '"',
  "\u201b": "'",
  "\u201f": '"',
  "\u2190": "<-",
  "\u2192": "->",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2248": "~",
  "\u0131": "i",
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0127": "h",
  "\u2002": " ",
  "\u2003": " ",
  "\u2007": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": " ",
  "\u3000": " ",
  "\u200b": "",
  "\u200c": "",
  "\u200d": "",
  "\u2060": "",
  "\ufeff": "",
  "\u00ad": "",
};

export const UNPRINTABLE = "[?]";

export function isWinAnsi(codePoint: number): boolean {
  return codePoint === 0x0a || (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRA.has(codePoint);
}

function substitute(char: string): string | null {
  const known = SUBSTITUTES[char];
  if (known !== undefined) return known;
  if (char === "\t") return " ";
  if (/^\p{M}$/u.test(char)) return "";
  const plain = char.normalize("NFKD").replace(/\p{M}/gu, "");
  if (plain && [...plain].every((c) => isWinAnsi(c.codePointAt(0)!))) return plain;
  return null;
}

/** The text with every character the standard fonts lack replaced as described above. */
export function toWinAnsi(text: string): string {
  let out = "";
  let inGap = false;
  for (const char of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (isWinAnsi(char.codePointAt(0)!)) {
      out += char;
      inGap = false;
      continue;
    }
    const replacement = substitute(char);
    if (replacement !== null) {
      out += replacement;
      inGap = false;
    } else if (!inGap) {
      out += UNPRINTABLE;
      inGap = true;
    }
  }
  return out;
}
