const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** "12" → "¹²": the form parseDocument reads as a footnote marker. Non-digits are kept as they are. */
export function toSuperscript(value: string): string {
  return value.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!);
}

export function fromSuperscript(value: string): string {
  return value.replace(/[⁰¹²³⁴-⁹]/g, (ch) => String(SUPERSCRIPT_DIGITS.indexOf(ch)));
}

export const SUPERSCRIPT_CLASS = "⁰¹²³⁴-⁹";
