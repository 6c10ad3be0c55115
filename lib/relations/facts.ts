/**
 * The checkable particulars of a claim's words: amounts, percentages, years
 * and dates, each reduced to one canonical form so that "US$90m", "$90
 * million" and "90 million dollars" are the same fact, and "23 January 2025"
 * and "January 23, 2025" the same day. Two claims sharing them are likely to
 * report the same thing. Pure: no I/O.
 */

export type Fact =
  | { kind: "amount"; value: number; currency: string | null; label: string }
  | { kind: "percent"; value: number; label: string }
  | { kind: "date"; value: string; label: string }
  | { kind: "year"; value: string; label: string };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?`;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, "gi");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "gi");
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, "gi");
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Currency marks before an amount ("US$", "¥", "USD ") and the code each stands for. */
const PREFIXES: [RegExp, string][] = [
  [/(?:US\$|USD\s?|\$)$/i, "USD"],
  [/(?:€|EUR\s?)$/i, "EUR"],
  [/(?:£|GBP\s?)$/i, "GBP"],
  [/(?:JP¥|¥|JPY\s?)$/i, "JPY"],
  [/(?:CN¥|RMB\s?|CNY\s?)$/i, "CNY"],
  [/(?:₭|LAK\s?|kip\s)$/i, "LAK"],
  [/(?:฿|THB\s?)$/i, "THB"],
];
/** Currency words after an amount ("90 million dollars"). */
const SUFFIXES: [RegExp, string][] = [
  [/^\s*(?:us\s)?(?:dollars?|usd)\b/i, "USD"],
  [/^\s*(?:euros?|eur)\b/i, "EUR"],
  [/^\s*(?:pounds?(?:\ssterling)?|gbp)\b/i, "GBP"],
  [/^\s*(?:yen|jpy)\b/i, "JPY"],
  [/^\s*(?:yuan|renminbi|rmb|cny)\b/i, "CNY"],
  [/^\s*(?:kip|lak)\b/i, "LAK"],
  [/^\s*(?:baht|thb)\b/i, "THB"],
];
const SYMBOLS: Record<string, string> = { USD: "US$", EUR: "€", GBP: "£", JPY: "¥", CNY: "CN¥", LAK: "LAK ", THB: "THB " };

/** A number with an optional scale: "90m", "2.836 billion", "1,200", "4.5 bn". */
const NUMBER = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(trillion|billion|million|thousand|tn|bn|mn|m|b|k)\b)?(\s?(?:%|per\s?cent|percent))?/gi;
const SCALES: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };

const monthIndex = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, "").slice(0, 3)));
const pad = (n: number | string) => String(n).padStart(2, "0");
const monthName = (index: number) => MONTHS[index]!.charAt(0).toUpperCase() + MONTHS[index]!.slice(1);

/** "90 million", "2.836 billion", "1,200": an amount as an analyst writes it. */
export function formatAmount(value: number): string {
  for (const [scale, word] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]] as const) {
    if (value >= scale) return `${Number((value / scale).toFixed(3))} ${word}`;
  }
  return value.toLocaleString("en-GB", { maximumFractionDigits: 3 });
}

function dayFact(year: string, month: number, day: number | null): Fact | null {
  if (month < 0 || month > 11 || (day !== null && (day < 1 || day > 31))) return null;
  if (day === null) return { kind: "date", value: `${year}-${pad(month + 1)}`, label: `${monthName(month)} ${year}` };
  return { kind: "date", value: `${year}-${pad(month + 1)}-${pad(day)}`, label: `${day} ${monthName(month)} ${year}` };
}

/** Replaces what a pattern matched with spaces, so that later patterns do not read it again. */
function take(text: string, pattern: RegExp, read: (match: RegExpExecArray) => Fact | null, facts: Fact[]): string {
  let masked = text;
  for (const match of text.matchAll(pattern)) {
    const fact = read(match);
    if (!fact) continue;
    facts.push(fact);
    masked = masked.slice(0, match.index) + " ".repeat(match[0].length) + masked.slice(match.index + match[0].length);
  }
  return masked;
}

/** The facts of a text, each once, in the order found. */
export function extractFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  let rest = text.normalize("NFKC");
  rest = take(rest, ISO_DATE, (m) => dayFact(m[1]!, Number(m[2]) - 1, Number(m[3])), facts);
  rest = take(rest, DAY_MONTH_YEAR, (m) => dayFact(m[3]!, monthIndex(m[2]!), Number(m[1])), facts);
  rest = take(rest, MONTH_DAY_YEAR, (m) => dayFact(m[3]!, monthIndex(m[1]!), Number(m[2])), facts);
  rest = take(rest, MONTH_YEAR, (m) => dayFact(m[2]!, monthIndex(m[1]!), null), facts);
  for (const match of rest.matchAll(NUMBER)) {
    const [, whole, fraction, scaleWord, percent] = match;
    const number = Number(`${whole!.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`);
    if (!Number.isFinite(number)) continue;
    if (percent) {
      facts.push({ kind: "percent", value: number, label: `${number}%` });
      continue;
    }
    const before = rest.slice(Math.max(0, match.index - 5), match.index);
    const after = rest.slice(match.index + match[0].length, match.index + match[0].length + 20);
    const currency = PREFIXES.find(([mark]) => mark.test(before))?.[1] ?? SUFFIXES.find(([word]) => word.test(after))?.[1] ?? null;
    const scale = scaleWord ? SCALES[scaleWord.toLowerCase()] : undefined;
    // "m" and "b" alone are units (metres, bytes) unless money is meant.
    if (scale && scaleWord!.length === 1 && !currency) continue;
    const value = Math.round(number * (scale ?? 1) * 1000) / 1000;
    const isYear = !currency && !scale && !fraction && /^\d{4}$/.test(whole!) && number >= 1800 && number <= 2100;
    if (isYear) facts.push({ kind: "year", value: whole!, label: whole! });
    // A bare small number ("two", "3 ministers") says little on its own.
    else if (currency || scale || value >= 10) facts.push({ kind: "amount", value, currency, label: `${currency ? SYMBOLS[currency] : ""}${formatAmount(value)}` });
  }
  return dedupe(facts);
}

function dedupe(facts: Fact[]): Fact[] {
  const seen = new Map<string, Fact>();
  for (const fact of facts) {
    const key = factKey(fact);
    const known = seen.get(key);
    // Keep the reading that names a currency.
    if (!known || (fact.kind === "amount" && known.kind === "amount" && !known.currency && fact.currency)) seen.set(key, fact);
  }
  return [...seen.values()];
}

/** What two facts must share to be the same: the amount (the currency is compared apart), the percentage, the day or the year. */
const factKey = (fact: Fact) => `${fact.kind}:${fact.value}`;

/** Whether two facts are the same: amounts agree when their currencies do, or when either names none. */
export function sameFact(a: Fact, b: Fact): boolean {
  if (factKey(a) !== factKey(b)) return false;
  if (a.kind === "amount" && b.kind === "amount") return !a.currency || !b.currency || a.currency === b.currency;
  return true;
}

/** The facts of `a` that `b` states too, each labelled as the more specific of the two readings. */
export function sharedFacts(a: Fact[], b: Fact[]): Fact[] {
  return a.flatMap((fact) => {
    const match = b.find((other) => sameFact(fact, other));
    if (!match) return [];
    return [fact.kind === "amount" && !fact.currency && match.kind === "amount" && match.currency ? match : fact];
  });
}
