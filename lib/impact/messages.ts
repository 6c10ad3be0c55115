/** What happened, in words, as a warning keeps it: written once, when it happens. */

const quoted = (text: string) => `“${text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text}”`;

export function retractedMessage(source: { title: string }, note: string): string {
  return `The source ${quoted(source.title)} was retracted: ${note}`;
}

export function downgradedMessage(source: { title: string }, from: string, to: string): string {
  return `The source ${quoted(source.title)} was downgraded from ${from} to ${to}.`;
}

export function disputedMessage(claim: { paraphrase: string }, rationale: string): string {
  const why = rationale.trim();
  return `The claim ${quoted(claim.paraphrase)} was disputed by a reviewer${why ? `: ${why.length > 200 ? `${why.slice(0, 199).trimEnd()}…` : why}` : "."}`;
}

/** "The claim “…” quotes words version 3 of “…” changed: “old” now reads “new”." */
export function movedMessage(claim: { paraphrase: string; before: string; after: string }, source: { title: string }, version: number): string {
  return `The claim ${quoted(claim.paraphrase)} quotes words version ${version} of ${quoted(source.title)} changed: ${quoted(claim.before)} now reads ${quoted(claim.after)}.`;
}

export function orphanedMessage(claim: { paraphrase: string }, source: { title: string }, version: number): string {
  return `The claim ${quoted(claim.paraphrase)} is orphaned: its quote was not found in version ${version} of ${quoted(source.title)}.`;
}
