/** Dates as notes and bylines write them, and the superscript digits footnote markers use. */

/** Superscript digits ⁰ ¹ ² ³ ⁴–⁹ as a regex character-class body. */
export const SUP = "\u2070\u00B9\u00B2\u00B3\u2074-\u2079";
export const SUP_DIGITS: Record<string, string> = {
  "\u2070": "0",
  "\u00B9": "1",
  "\u00B2": "2",
  "\u00B3": "3",
  "\u2074": "4",
  "\u2075": "5",
  "\u2076": "6",
  "\u2077": "7",
  "\u2078": "8",
  "\u2079": "9",
};
export const HAS_SUP = new RegExp(`[${SUP}]`);
export const SUP_RUN_GLOBAL = new RegExp(`[${SUP}]+`, "g");

export function supToAscii(value: string): string {
  let out = "";
  for (const ch of value) out += SUP_DIGITS[ch] ?? "";
  return out;
}

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
}; // prettier-ignore
export const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
export const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+(\\d{4})\\b`, "g");
export const MDY = new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g");
export const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
export const MY = new RegExp(`\\b(${MONTH})\\.?,?\\s+(\\d{4})\\b`, "g");
export const YEAR = /(?<![\d$¥€£.,/-])\b(?:1[89]|20)\d{2}\b(?![\d%]|[.,]\d|-\d)/g;
/** A date preceded by one of these words is when a note was read, not when the cited work was issued. */
export const ACCESSED_BEFORE = /\b(?:accessed|retrieved|viewed|consulted|visited|downloaded)\b[^,;()]*$/i;


export type DateHit = { index: number; text: string; iso: string | null };

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Every full date (day, month and year) in `text`, in order. */
export function fullDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of text.matchAll(DMY)) {
    hits.push({ index: m.index, text: m[0], iso: isoDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])) });
  }
  for (const m of text.matchAll(MDY)) {
    hits.push({ index: m.index, text: m[0], iso: isoDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])) });
  }
  for (const m of text.matchAll(ISO)) {
    hits.push({ index: m.index, text: m[0], iso: isoDate(Number(m[1]), Number(m[2]), Number(m[3])) });
  }
  return hits.filter((h) => h.iso !== null).sort((a, b) => a.index - b.index);
}

/** The date a citation gives for its work, as written: a full date, else a month and year, else a year. */
export function issuedDate(text: string, from: number): { index: number; text: string } | null {
  const region = text.slice(from);
  const notAccessed = (h: { index: number }) => !ACCESSED_BEFORE.test(region.slice(Math.max(0, h.index - 40), h.index));
  const full = fullDates(region).find(notAccessed);
  if (full) return { index: from + full.index, text: full.text };
  for (const pattern of [MY, YEAR]) {
    for (const m of region.matchAll(pattern)) {
      if (notAccessed(m)) return { index: from + m.index, text: m[0] };
    }
  }
  return null;
}
