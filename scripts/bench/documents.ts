/**
 * The documents the import, reader and search scenarios use: a long Markdown commentary with
 * superscript footnote markers and a Notes section, a PDF with page-footer notes, and the
 * bodies of the search corpus. All deterministic for a given seed.
 */
import type { PdfPageSpec, Run } from "../../lib/testing/document-files";
import { between, pick, rng, TOPIC_COUNT, Writer, type Random } from "./corpus";

const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const superscript = (n: number) => [...String(n)].map((d) => SUP[Number(d)]).join("");

const PEOPLE = ["Kanya Rattanavong", "Hiroshi Tanaka", "Somsack Phommachanh", "Li Wei", "Nguyen Thi Lan", "Sarah Whitfield", "Akira Mori", "Bounmy Keovilay", "David Hutt", "Marie Dupont"];
const PUBLISHERS = [
  ["The Laotian Times", "laotiantimes.com"],
  ["Nikkei Asia", "asia.nikkei.com"],
  ["The Diplomat", "thediplomat.com"],
  ["East Asia Forum", "eastasiaforum.org"],
  ["ISEAS – Yusof Ishak Institute", "iseas.edu.sg"],
  ["World Bank", "worldbank.org"],
  ["Asian Development Bank", "adb.org"],
  ["Ministry of Foreign Affairs of Japan", "mofa.go.jp"],
  ["Vientiane Times", "vientianetimes.org.la"],
  ["Lowy Institute", "lowyinstitute.org"],
] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A realistic note: people or an organisation, a quoted title, a publisher, a date, a URL; sometimes "accessed". */
export function citationLine(w: Writer, n: number): string {
  const r = w.r;
  const [publisher, domain] = pick(r, PUBLISHERS);
  const title = w.title(4, 10) + (r() < 0.3 ? `: ${w.title(2, 5)}` : "");
  const year = between(r, 2015, 2025);
  const month = between(r, 1, 12);
  const date = `${between(r, 1, 28)} ${MONTHS[month - 1]} ${year}`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60);
  const url = `https://www.${domain}/${year}/${String(month).padStart(2, "0")}/${slug}-${n}`;
  switch (n % 5) {
    case 0:
      return `${pick(r, PEOPLE)} and ${pick(r, PEOPLE)}, “${title},” ${publisher}, ${date}, ${url}`;
    case 1:
      return `${publisher}, "${title}," ${publisher}, ${MONTHS[month - 1]} ${year}, accessed ${between(r, 1, 28)} April 2025, ${url}`;
    case 2:
      return `${pick(r, PEOPLE)}, “${title}”, ${publisher} Working Paper No. ${between(r, 1, 60)}, ${year}, pp. ${between(r, 1, 40)}–${between(r, 41, 90)}.`;
    default:
      return `${pick(r, PEOPLE)}, “${title},” ${publisher}, ${date}, ${url}`;
  }
}

export type LongMarkdown = { text: string; words: number; notes: number };

/**
 * A commentary of about `words` words with `notes` footnotes: markers ¹ … spread evenly through the
 * text (after a sentence's full stop), and a "## Notes" section of citations at the end.
 * `variant` changes one sentence near the top, so each variant is a different text.
 */
export function longMarkdown(words: number, notes: number, variant: number, seed = 7): LongMarkdown {
  const w = new Writer(rng(seed), [0, 1, 2, 7].slice(0, 2 + (seed % 3)), [{ text: "quality infrastructure", perSentence: 0.01 }]);
  const out = [`# ${w.title(5, 9)}`, `*By Kanya Rattanavong and Hiroshi Tanaka, Institute for Mekong Connectivity Studies — 14 April 2025*`];
  out.push(`This is edition ${variant + 1} of the bench commentary. ${w.paragraph()}`);
  const every = words / Math.max(1, notes);
  let next = 1;
  let paragraphs = 0;
  while (w.words < words) {
    if (++paragraphs % 9 === 0) out.push(`## ${w.title(3, 6)}`);
    const sentences: string[] = [];
    for (let n = between(w.r, 3, 7); n > 0; n--) {
      let s = w.sentence();
      if (next <= notes && w.words >= next * every - every / 2) s += superscript(next++);
      sentences.push(s);
    }
    out.push(sentences.join(" "));
  }
  while (next <= notes) out[out.length - 1] += ` See also the note.${superscript(next++)}`;
  out.push("## Notes", Array.from({ length: notes }, (_, i) => `${i + 1}. ${citationLine(w, i + 1)}`).join("\n"));
  return { text: out.join("\n\n") + "\n", words: w.words, notes };
}

/** Splits text into lines of at most `width` characters, keeping the runs (text and raised markers) in order; the text between markers stays one run, as PDF writers set it. */
function wrap(runs: Run[], width: number): Run[][] {
  const lines: Run[][] = [];
  let line: Run[] = [];
  let length = 0;
  for (const run of runs) {
    if (typeof run !== "string") {
      line.push(run);
      continue;
    }
    for (const word of run.split(" ").filter(Boolean)) {
      if (length + word.length + 1 > width && line.length) {
        lines.push(line);
        line = [];
        length = 0;
      }
      const last = line.at(-1);
      if (typeof last === "string") line[line.length - 1] = `${last} ${word}`;
      else line.push(length ? ` ${word}` : word);
      length += word.length + 1;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

/**
 * A report of `pages` pages of about `wordsPerPage` words: a title, headings, paragraphs that run on
 * across pages, one or two raised note markers a page with their notes at the page's foot, a running
 * header and page numbers.
 */
export function pdfPages(pages: number, wordsPerPage = 400, seed = 11): { pages: PdfPageSpec[]; words: number; notes: number } {
  const w = new Writer(rng(seed), [2, 3, 9]);
  const specs: PdfPageSpec[] = [];
  const noteText = new Map<number, string[]>();
  let note = 1;
  let pending: Run[][] = [];
  for (let p = 1; p <= pages; p++) {
    const lines: PdfPageSpec["lines"] = p === 1 ? [{ runs: [w.title(4, 7)], size: 18 }, null] : [];
    const notes: { n: number; text: string[] }[] = [];
    const start = w.words;
    // Text from the top margin down must stay clear of the notes at the foot (10.5 pt a line, pdfkit fixture).
    let y = 72 + (p === 1 ? 18 * 1.35 + 11 * 1.35 : 0);
    const room = () => 792 - 72 - 10.5 * (notes.reduce((n, note) => n + note.text.length, 0) + 2) - 20;
    while (w.words - start < wordsPerPage && y + 13.5 < room()) {
      if (!pending.length) {
        if (w.r() < 0.12 && y + 35 < room()) {
          lines.push(null, { runs: [w.title(3, 5)], size: 13 });
          y += 11 * 1.35 + 13 * 1.35;
        }
        const runs: Run[] = [];
        for (let n = between(w.r, 3, 6); n > 0; n--) {
          runs.push(`${w.sentence()} `);
          if (w.r() < 0.12) {
            noteText.set(note, wrap([citationLine(w, note)], 100).map((l) => l.join("")));
            runs.push({ sup: String(note++) });
          }
        }
        pending = wrap(runs, 100);
      }
      const line = pending.shift()!;
      lines.push({ runs: line, size: 10 });
      y += 13.5;
      // A note stands at the foot of the page its marker is on.
      for (const run of line) if (typeof run !== "string") notes.push({ n: Number(run.sup), text: noteText.get(Number(run.sup))! });
      if (!pending.length) {
        lines.push(null);
        y += 14.85;
      }
    }
    specs.push({ header: "Institute for Mekong Connectivity Studies · Working Paper", lines, notes, pageNumber: p });
  }
  // Counted from the pages: the lines still waiting for the next page at the end never made it onto one.
  const text = specs.flatMap((p) => p.lines.flatMap((line) => line?.runs.filter((r) => typeof r === "string") ?? []));
  const words = text.join(" ").split(/\s+/).filter(Boolean).length;
  return { pages: specs, words, notes: specs.reduce((n, p) => n + (p.notes?.length ?? 0), 0) };
}

/** The search corpus: source `i`'s body, about `words` words on one to three of the topics. */
export function corpusBody(i: number, words: number, rare: { term: string; every: number }[]): string {
  const r: Random = rng(1000 + i);
  const topics = [i % TOPIC_COUNT, ...(r() < 0.6 ? [between(r, 0, TOPIC_COUNT - 1)] : []), ...(r() < 0.2 ? [between(r, 0, TOPIC_COUNT - 1)] : [])];
  const w = new Writer(r, topics, i % 4 === 0 ? [{ text: "quality infrastructure", perSentence: 0.02 }] : []);
  const out: string[] = [];
  let paragraphs = 0;
  while (w.words < words) {
    if (++paragraphs % 8 === 0) out.push(`## ${w.title(3, 6)}`);
    out.push(w.paragraph());
  }
  for (const { term, every } of rare) {
    if (i % every === 7 % every) out.splice(between(r, 0, out.length - 1), 0, `The ${term} case is discussed below.`);
  }
  return out.join("\n\n");
}

/** A few notes for a corpus source (its citations are searched too). */
export function corpusNotes(i: number, count: number): string[] {
  const w = new Writer(rng(5000 + i), [i % TOPIC_COUNT]);
  return Array.from({ length: count }, (_, n) => citationLine(w, n + 1));
}
