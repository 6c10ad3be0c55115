import type { StyledRun } from "@/lib/briefs/document";

/**
 * The runs of a note or bibliography entry from citeproc's HTML: the few
 * tags it emits (<i>, <b>, <sup>, <span style="font-variant:small-caps;">,
 * the "normal" spans that undo a mark inside another, the <div>s of a
 * numbered entry) become marks; entities are decoded; nothing else of the
 * markup survives. Pure.
 */
type Marks = { italic: boolean; bold: boolean; smallCaps: boolean; superscript: boolean };
type Change = Partial<Marks>;

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function change(tag: string): Change {
  const name = /^<\s*([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase();
  if (name === "i" || name === "em") return { italic: true };
  if (name === "b" || name === "strong") return { bold: true };
  if (name === "sup") return { superscript: true };
  if (name !== "span") return {};
  const style = (/style\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? "").replace(/\s+/g, "").toLowerCase();
  const marks: Change = {};
  if (style.includes("font-variant:small-caps")) marks.smallCaps = true;
  if (style.includes("font-variant:normal")) marks.smallCaps = false;
  if (style.includes("font-style:italic")) marks.italic = true;
  if (style.includes("font-style:normal")) marks.italic = false;
  if (style.includes("font-weight:bold")) marks.bold = true;
  if (style.includes("font-weight:normal")) marks.bold = false;
  if (style.includes("vertical-align:sup")) marks.superscript = true;
  return marks;
}

const sameMarks = (a: StyledRun, b: StyledRun) => !!a.italic === !!b.italic && !!a.bold === !!b.bold && !!a.smallCaps === !!b.smallCaps && !!a.superscript === !!b.superscript;

export function htmlToRuns(html: string): StyledRun[] {
  // A numbered entry is two blocks, the number and the reference: one line, a space apart.
  const flat = html.replace(/<\/div>\s*<div[^>]*>/gi, " ").replace(/<\/?div[^>]*>/gi, "");
  const stack: Marks[] = [{ italic: false, bold: false, smallCaps: false, superscript: false }];
  const runs: StyledRun[] = [];
  for (const [token] of flat.matchAll(/<[^>]*>|[^<]+/g)) {
    if (token.startsWith("</")) {
      if (stack.length > 1) stack.pop();
    } else if (token.startsWith("<")) {
      if (/\/>$/.test(token) || /^<br/i.test(token)) continue;
      stack.push({ ...stack[stack.length - 1]!, ...change(token) });
    } else {
      const text = decodeEntities(token.replace(/\s+/g, " "));
      const marks = stack[stack.length - 1]!;
      const run: StyledRun = { text, ...(marks.italic ? { italic: true } : {}), ...(marks.bold ? { bold: true } : {}), ...(marks.smallCaps ? { smallCaps: true } : {}), ...(marks.superscript ? { superscript: true } : {}) };
      const previous = runs[runs.length - 1];
      if (previous && sameMarks(previous, run)) previous.text += run.text;
      else runs.push(run);
    }
  }
  return trimRuns(runs);
}

/** Leading and trailing white space of the whole, as the HTML's indentation leaves it. */
function trimRuns(runs: StyledRun[]): StyledRun[] {
  const out = runs.map((run) => ({ ...run }));
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, "");
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, "");
  return out.filter((run) => run.text !== "");
}

export const runsText = (runs: StyledRun[]) => runs.map((run) => run.text).join("");
