import { referencedClaimIds, referencedSourceIds } from "@/lib/briefs/claim-references";

export type BriefBody = { id: string; body: string };

/**
 * The briefs whose body cites one of the claims (`[[claim:id]]`) or one of
 * the sources directly (`[[source:id]]`), each once, with the claims and
 * sources it cites among them.
 */
export function briefsCiting<B extends BriefBody>(briefs: Iterable<B>, cited: { claimIds?: Iterable<string>; sourceIds?: Iterable<string> }) {
  const claimIds = new Set(cited.claimIds ?? []);
  const sourceIds = new Set(cited.sourceIds ?? []);
  const found: (B & { claimIds: string[]; sourceIds: string[] })[] = [];
  for (const brief of briefs) {
    const claims = claimIds.size ? referencedClaimIds(brief.body).filter((id) => claimIds.has(id)) : [];
    const sources = sourceIds.size ? referencedSourceIds(brief.body).filter((id) => sourceIds.has(id)) : [];
    if (claims.length || sources.length) found.push({ ...brief, claimIds: claims, sourceIds: sources });
  }
  return found;
}

/** What a warning is about: one subject, a claim or a brief (a judgment would be a third kind). */
export type ImpactSubject = { kind: "claim"; id: string } | { kind: "brief"; id: string };

export const subjectKey = (subject: ImpactSubject) => `${subject.kind}:${subject.id}`;

/** The subjects not already carrying an open warning for the same cause and code, each once. */
export function newSubjects(subjects: Iterable<ImpactSubject>, open: Iterable<{ claimId: string | null; briefId: string | null }>): ImpactSubject[] {
  const taken = new Set<string>();
  for (const warning of open) {
    if (warning.claimId) taken.add(`claim:${warning.claimId}`);
    if (warning.briefId) taken.add(`brief:${warning.briefId}`);
  }
  const result: ImpactSubject[] = [];
  for (const subject of subjects) {
    const key = subjectKey(subject);
    if (taken.has(key)) continue;
    taken.add(key);
    result.push(subject);
  }
  return result;
}
