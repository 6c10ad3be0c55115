/**
 * The ICD 206 source summary statement of a brief, written from its data: how
 * many sources and independent origins it rests on, when they were published,
 * which claims rest on a single origin (and which of those only seem
 * corroborated, by reports of that one origin), how the sources are graded,
 * and which are retracted. Pure; grammatical for none, one and many.
 */
import type { Reliability } from "@/lib/generated/prisma/enums";
import { RELIABILITY_LABELS } from "@/lib/sources/labels";
import { formatLongDate } from "./citation-format";
import type { SingleOriginClaim } from "./document";

export type StatementInput = {
  sources: { title: string; grade: Reliability | null; publishedOn: Date | null; retracted: boolean }[];
  /** Independent origins of everything the brief cites. */
  origins: number;
  /** The brief's claims (not withheld). */
  claims: number;
  singleOrigin: SingleOriginClaim[];
  judgments: number;
  /** Claims and sources cited directly that are withheld at the brief's marking. */
  withheld: number;
};

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "one", "two" … "ten", then digits. */
const word = (n: number) => WORDS[n] ?? String(n);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "1 source", "5 sources". */
const plural = (n: number, noun: string, nouns = `${noun}s`) => `${n} ${n === 1 ? noun : nouns}`;
/** "One source", "Two sources": a count that opens a sentence. */
const opening = (n: number, noun: string, nouns = `${noun}s`) => `${capital(word(n))} ${n === 1 ? noun : nouns}`;
/** "A", "A and B", "A, B and C". */
const and = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const gradeWords = (grade: Reliability) => `${grade} (${RELIABILITY_LABELS[grade].toLowerCase()})`;

function datesSentence(sources: StatementInput["sources"]): string {
  const dated = sources.flatMap((s) => (s.publishedOn ? [s.publishedOn] : [])).sort((a, b) => a.getTime() - b.getTime());
  const undated = sources.length - dated.length;
  if (sources.length === 1) return dated[0] ? `It was published on ${formatLongDate(dated[0])}.` : "It gives no publication date.";
  if (dated.length === 0) return "None of them gives a publication date.";
  const first = formatLongDate(dated[0]!);
  const last = formatLongDate(dated[dated.length - 1]!);
  const range = first === last ? (dated.length === 1 ? `One of them was published on ${first}` : `They were published on ${first}`) : `They were published between ${first} and ${last}`;
  if (undated === 0) return `${range}.`;
  return `${range}; ${word(undated)} ${undated === 1 ? "gives" : "give"} no date.`;
}

function singleOriginSentences(input: StatementInput): string[] {
  const singles = input.singleOrigin;
  if (input.claims === 0) return [];
  if (singles.length === 0) return [input.claims === 1 ? "Its claim rests on more than one independent origin." : "Every claim rests on more than one independent origin."];
  const labels = [...new Set(singles.map((s) => s.origin))];
  const sentences = [`${opening(singles.length, "claim")} ${singles.length === 1 ? "rests" : "rest"} on a single origin: ${labels.join("; ")}.`];
  const circular = singles.filter((s) => s.circular).length;
  if (circular === singles.length) {
    sentences.push(`${singles.length === 1 ? "It is" : "Each is"} corroborated only by reports of that same origin (circular reporting).`);
  } else if (circular > 0) {
    sentences.push(`${capital(word(circular))} of them ${circular === 1 ? "is" : "are"} corroborated only by reports of that same origin (circular reporting).`);
  }
  return sentences;
}

function gradesSentence(sources: StatementInput["sources"]): string {
  const order = Object.keys(RELIABILITY_LABELS) as Reliability[];
  const grades = [...new Set(sources.flatMap((s) => (s.grade ? [s.grade] : [])))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const graded = sources.filter((s) => s.grade).length;
  const ungraded = sources.length - graded;
  if (sources.length === 1) return grades[0] ? `The source is rated ${gradeWords(grades[0])}.` : "The source is not graded.";
  if (graded === 0) return "None of them is graded.";
  const notGraded = ungraded ? `; ${word(ungraded)} ${ungraded === 1 ? "source is" : "sources are"} not graded` : "";
  if (grades.length === 1) {
    const grade = gradeWords(grades[0]!);
    if (ungraded === 0) return `All ${sources.length} sources are rated ${grade}.`;
    return `${opening(graded, "source")} ${graded === 1 ? "is" : "are"} rated ${grade}${notGraded}.`;
  }
  return `Sources are rated ${gradeWords(grades[0]!)} to ${gradeWords(grades[grades.length - 1]!)}${notGraded}.`;
}

function retractedSentence(sources: StatementInput["sources"]): string | null {
  const retracted = sources.filter((s) => s.retracted);
  if (retracted.length === 0) return null;
  if (sources.length === 1) return "The source has been retracted.";
  const titles = and(retracted.map((s) => `“${s.title}”`));
  return `${opening(retracted.length, "source")} ${retracted.length === 1 ? "has" : "have"} been retracted: ${titles}.`;
}

/** The statement, as one paragraph. */
export function sourceSummaryStatement(input: StatementInput): string {
  const { sources } = input;
  const withheld = input.withheld
    ? `${opening(input.withheld, "citation")} withheld at the brief's marking ${input.withheld === 1 ? "is" : "are"} left out of this annex.`
    : null;
  if (sources.length === 0) return ["This brief cites no sources.", withheld].filter(Boolean).join(" ");
  const sentences = [
    `This brief rests on ${plural(sources.length, "source")} from ${plural(input.origins, "independent origin")}.`,
    datesSentence(sources),
    ...singleOriginSentences(input),
    gradesSentence(sources),
    retractedSentence(sources),
    input.judgments ? `${opening(input.judgments, "judgment")} ${input.judgments === 1 ? "rests" : "rest"} on these sources.` : null,
    withheld,
  ];
  return sentences.filter(Boolean).join(" ");
}
