import "server-only";
import { db } from "@/lib/db";
import { parseInput, type Input } from "@/lib/validation";
import { briefWarnings } from "./brief-warnings";
import { estimativeMarks, openMarks } from "./estimative-language";
import { loadBriefClaims } from "./load-brief-claims";
import { renderBrief } from "./render-brief";
import { requireBrief } from "./require-brief";
import { previewBriefSchema } from "./schemas";

/** Renders text being typed, before it is saved: the editor's live preview, warnings and marks. Writes nothing. */
export async function previewBrief(options: { userId: string; projectId: string; briefId: string; input: Input<typeof previewBriefSchema> }) {
  const { body } = parseInput(previewBriefSchema, options.input);
  const { brief } = await requireBrief(db, { ...options, action: "project.read" });
  const claims = await loadBriefClaims(db, { projectId: options.projectId, body });
  const document = renderBrief({ ...brief, body, authors: [], approvedBy: null }, claims);
  return { document, warnings: briefWarnings(body, claims), marks: openMarks(estimativeMarks(body), brief.dismissedMarks) };
}
