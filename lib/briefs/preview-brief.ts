import "server-only";
import { db } from "@/lib/db";
import { instanceMarkings } from "@/lib/markings/instance-markings";
import { markingShortfall } from "@/lib/markings/withhold";
import { parseInput, type Input } from "@/lib/validation";
import { briefChecklist, briefWarnings } from "./brief-warnings";
import { claimCards } from "./claim-cards";
import { estimativeMarks, openMarks } from "./estimative-language";
import { notePlacementOf } from "@/lib/citations/parse-options";
import { projectCitationStyle } from "./get-brief-document";
import { loadBriefClaims } from "./load-brief-claims";
import { loadBriefImpact } from "./load-brief-impact";
import { loadBriefSources } from "./load-brief-sources";
import { renderBrief } from "./render-brief";
import { requireBrief } from "./require-brief";
import { previewBriefSchema } from "./schemas";

/**
 * Renders text being typed, before it is saved: the editor's live preview,
 * warnings, marks, the checklist before export, and the cited claims as the
 * editor's chips show them. Writes nothing.
 */
export async function previewBrief(options: { userId: string; projectId: string; briefId: string; input: Input<typeof previewBriefSchema> }) {
  const { body } = parseInput(previewBriefSchema, options.input);
  const { brief } = await requireBrief(db, { ...options, action: "project.read" });
  const claims = await loadBriefClaims(db, { projectId: options.projectId, body });
  const sources = await loadBriefSources(db, { projectId: options.projectId, body });
  // The preview shows the brief as it will be exported by default: in the project's citation style.
  const style = await projectCitationStyle(db, options.projectId);
  const document = renderBrief({ ...brief, body, authors: [], approvedBy: null }, claims, { style, notes: notePlacementOf(brief.notePlacement), sources });
  const marks = openMarks(estimativeMarks(body), brief.dismissedMarks);
  const impact = await loadBriefImpact(db, { projectId: options.projectId, briefId: brief.id, claims });
  const marking = markingShortfall(brief.marking, claims, instanceMarkings());
  return {
    document,
    warnings: briefWarnings(body, impact.claims),
    marks,
    checklist: briefChecklist({ body, claims: impact.claims, status: brief.status, openMarks: marks.length, marking, openImpacts: impact.openImpacts }),
    claims: claimCards(claims),
  };
}
