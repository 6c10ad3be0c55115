/** Names of people and organisations as bylines and notes write them. */

/** "*text*", "**text**", "_text_" → "text". */
export function stripEmphasis(value: string): string {
  let s = value.trim();
  for (;;) {
    const m = /^(\*{1,3}|_{1,3})(.+)\1$/.exec(s);
    if (!m) return s;
    s = m[2]!.trim();
  }
}

export const PARTICLES = new Set([
  "de", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "del", "della", "di", "la", "le", "bin", "binti",
  "bint", "al", "el", "ibn", "y", "ter", "ten", "zu",
]); // prettier-ignore
export const ORG_WORDS =
  /\b(?:Institute|Institution|Centre|Center|Council|Foundation|University|Forum|School|Ministry|Agency|Bank|Programme|Program|Network|Group|Press|Times|News|Post|Review|Journal|Policy|Studies|Society|Association|Organi[sz]ation|Office|Department|Fund|Trust|Commission|Observatory|Initiative|College|Academy|House|Government|Embassy|Secretariat|Committee|Board|Service|Corporation|Company|Inc|Ltd|Limited|Nations|Union|Federation|Authority|Bureau|Media|Magazine|Herald|Tribune|Daily|Gazette|Radio|Television|Affairs|Research|Laboratory|Lab|Project|Alliance|Coalition|Consortium|Partnership|Cooperation|Development|Republic|Kingdom|State|States)\b/;
export const ROLE_WORDS =
  /\b(?:Fellow|Director|Professor|Researcher|Analyst|Editor|Associate|Adjunct|Chair|Head|Lecturer|Manager|Officer|Correspondent|Reporter|Staff|Writer|Contributor|Scholar|Advisor|Adviser|Visiting|Senior|Junior|Deputy|President|Vice|Chief|Member|Lead|Coordinator)\b/;

/** "Jane Doe", "J. R. Roe", "Ana de la Cruz": two to five capitalised words, no institution or job words. */
export function looksLikePerson(value: string): boolean {
  const tokens = value.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (/\d/.test(value) || ORG_WORDS.test(value) || ROLE_WORDS.test(value) || /^the$/i.test(tokens[0]!)) return false;
  return tokens.every((t) => /^\p{Lu}/u.test(t) || PARTICLES.has(t.toLowerCase()));
}

/** A list of personal names split on ",", "and", "&"; anything else (an organisation) stays whole. */
export function splitNames(value: string): string[] {
  const s = value.trim();
  if (!s) return [];
  const parts = s
    .split(/\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1 && parts.every(looksLikePerson)) return parts;
  return [s];
}

