/**
 * A small BibTeX reader for the tests: entries with their type, key and fields, braces
 * balanced. Enough to check that what toBibtex writes parses back whole.
 */
export type BibEntry = { type: string; key: string; fields: Record<string, string> };

export function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`BibTeX: ${why} at ${i}`);
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const braced = (): string => {
    if (text[i] !== "{") fail("expected {");
    let depth = 0;
    const start = i + 1;
    for (; i < text.length; i++) {
      if (text[i] === "\\") {
        i++;
        continue;
      }
      if (text[i] === "{") depth++;
      if (text[i] === "}" && --depth === 0) return text.slice(start, i++);
    }
    return fail("unbalanced braces");
  };
  while ((i = text.indexOf("@", i)) !== -1) {
    const type = /^@(\w+)\s*\{/.exec(text.slice(i));
    if (!type) fail("bad entry head");
    i += type![0].length;
    const keyEnd = text.indexOf(",", i);
    const key = text.slice(i, keyEnd).trim();
    i = keyEnd + 1;
    const fields: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (text[i] === "}") {
        i++;
        break;
      }
      const field = /^(\w+)\s*=\s*/.exec(text.slice(i));
      if (!field) fail("bad field");
      i += field![0].length;
      let value: string;
      if (text[i] === "{") value = braced();
      else {
        const bare = /^\w+/.exec(text.slice(i))![0];
        i += bare.length;
        value = bare;
      }
      fields[field![1]!.toLowerCase()] = value;
      skipSpace();
      if (text[i] === ",") i++;
    }
    entries.push({ type: type![1]!.toLowerCase(), key, fields });
  }
  return entries;
}
