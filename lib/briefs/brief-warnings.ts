import type { MarkingShortfall } from "@/lib/markings/withhold";
import { describeGroup, type CorroborationGroup } from "@/lib/provenance/origins";
import { referencedClaimIds } from "./claim-references";

/** What the warnings need to know of a referenced claim. */
export type ClaimForWarnings = {
  id: string;
  paraphrase: string;
  status: string;
  orphaned: boolean;
  /** A null reliability: the source is not graded yet. */
  source: { title: string; reliability: string | null };
  /** The claim with those corroborating or duplicating it (lib/provenance), when known. */
  group?: Pick<CorroborationGroup, "claimIds" | "reports" | "origins">;
};

export type BriefWarningKind = "missing-claim" | "not-verified" | "disputed" | "orphaned" | "ungraded-source" | "weak-source" | "circular-reporting";

export type BriefWarning = {
  kind: BriefWarningKind;
  /** The claim referred to (for a missing one, the id in the token). */
  claimId: string;
  message: string;
  /** A blocking warning stops approval; the others ask for a second look. */
  blocking: boolean;
};

const WEAK_GRADES = new Set(["E", "F"]);
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text);

/**
 * The warnings of a brief, in order of first use of the claims: references
 * to claims that no longer exist (or belong to another project), claims not
 * verified, disputed or orphaned claims, claims whose source is not graded
 * yet, and claims whose source is graded E (unreliable) or F (cannot be
 * judged), and corroboration that is one report repeated (circular
 * reporting: more reports than origins). Not graded and F are told apart: one asks for a look at the
 * source, the other is the verdict of someone who looked.
 */
export function briefWarnings(body: string, claims: Iterable<ClaimForWarnings>): BriefWarning[] {
  const byId = new Map([...claims].map((claim) => [claim.id, claim]));
  const warnings: BriefWarning[] = [];
  for (const id of referencedClaimIds(body)) {
    const claim = byId.get(id);
    if (!claim) {
      warnings.push({ kind: "missing-claim", claimId: id, blocking: true, message: `A referenced claim (${id}) no longer exists in this project. Remove or replace the reference.` });
      continue;
    }
    const name = `“${short(claim.paraphrase)}”`;
    if (claim.status === "DISPUTED") {
      warnings.push({ kind: "disputed", claimId: id, blocking: false, message: `${name} is disputed by a reviewer.` });
    } else if (claim.status !== "VERIFIED") {
      warnings.push({ kind: "not-verified", claimId: id, blocking: false, message: `${name} is not verified yet (${claim.status.replace("_", " ").toLowerCase()}).` });
    }
    if (claim.orphaned) {
      warnings.push({ kind: "orphaned", claimId: id, blocking: false, message: `${name} is orphaned: its quote was not found in the source's current version.` });
    }
    if (claim.source.reliability === null) {
      warnings.push({ kind: "ungraded-source", claimId: id, blocking: false, message: `${name} rests on a source not graded yet: “${short(claim.source.title)}”.` });
    } else if (WEAK_GRADES.has(claim.source.reliability)) {
      const grade = claim.source.reliability === "E" ? "E (unreliable)" : "F (reliability cannot be judged)";
      warnings.push({ kind: "weak-source", claimId: id, blocking: false, message: `${name} comes from “${short(claim.source.title)}”, graded ${grade}.` });
    }
    if (isCircular(claim.group)) {
      warnings.push({ kind: "circular-reporting", claimId: id, blocking: false, message: `${name} — ${describeGroup(claim.group)}` });
    }
  }
  return warnings;
}

/** Corroborated (or duplicated) by other claims, yet fewer origins than reports: some of them repeat one another. */
function isCircular(group: ClaimForWarnings["group"]): group is NonNullable<ClaimForWarnings["group"]> {
  return !!group && group.claimIds.length > 1 && group.origins.length < group.reports;
}

export type ChecklistItem = { id: string; label: string; ok: boolean; blocking: boolean; details: string[] };
export type BriefChecklist = { items: ChecklistItem[]; /** Nothing blocks the export or the approval. */ ready: boolean; warnings: number };

/**
 * The checklist shown before an export (and before approval): each line
 * passes or lists what to look at. Only missing claims block; the rest are
 * the analyst's call, shown so that it is made knowingly (a marking below what
 * the brief cites does not block: the author may export with those claims withheld).
 * Impact warnings nobody acknowledged (a source retracted or downgraded, a cited
 * claim disputed or orphaned) block too: approval waits until a member looked at each.
 */
export function briefChecklist(input: {
  body: string;
  claims: Iterable<ClaimForWarnings>;
  status: string;
  /** Estimative-language marks not dismissed. */
  openMarks?: number;
  /** How far the brief's marking falls short of what it cites (lib/markings/withhold.ts). */
  marking?: MarkingShortfall;
  /** The messages of the brief's impact warnings not acknowledged yet. */
  openImpacts?: string[];
}): BriefChecklist {
  const warnings = briefWarnings(input.body, input.claims);
  const of = (...kinds: BriefWarningKind[]) => warnings.filter((w) => kinds.includes(w.kind)).map((w) => w.message);
  const item = (id: string, label: string, details: string[], blocking = false): ChecklistItem => ({ id, label, ok: details.length === 0, blocking: blocking && details.length > 0, details });
  const marks = input.openMarks ?? 0;
  const items = [
    item("claims-resolve", "Every claim reference resolves", of("missing-claim"), true),
    item("claims-verified", "Every claim is verified", of("not-verified")),
    item("impacts-acknowledged", "Every change to what the brief rests on is acknowledged", input.openImpacts ?? [], true),
    item("claims-sound", "No disputed or orphaned claims", of("disputed", "orphaned")),
    item("origins-independent", "Corroboration comes from independent origins", of("circular-reporting")),
    item("sources-have-grades", "Every source is graded", of("ungraded-source")),
    item("sources-graded", "No sources graded E or F", of("weak-source")),
    item("marking", "The brief's marking covers what it cites", markingDetails(input.marking)),
    item("estimative-language", "Estimative language follows the standard scale", marks ? [`${marks} sentence${marks === 1 ? "" : "s"} to look at in the editor.`] : []),
    item("approved", "The brief is approved", input.status === "APPROVED" ? [] : ["Not approved yet: a member other than the author approves it."]),
  ];
  return { items, ready: !items.some((i) => i.blocking), warnings: warnings.length };
}

/** "Marking: the brief is OFFICIAL but cites RESTRICTED claims", then what to do. */
function markingDetails(marking: MarkingShortfall | undefined): string[] {
  if (!marking?.required || !marking.message) return [];
  const own = marking.marking ? `is ${marking.marking}` : "is unmarked";
  return [`Marking: the brief ${own} but cites ${marking.required} claims.`, marking.message];
}
