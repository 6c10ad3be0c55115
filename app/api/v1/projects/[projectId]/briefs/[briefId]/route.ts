import { apiRoute, readJson } from "@/lib/api/handler";
import { deleteBrief } from "@/lib/briefs/delete-brief";
import { getBrief } from "@/lib/briefs/get-brief";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { saveBrief } from "@/lib/briefs/save-brief";

type Params = { projectId: string; briefId: string };

/** The brief with its Markdown body, the rendered document (?appendix=1 adds the claims appendix, ?sources=1 the Sources annex), warnings, checklist and open marks. */
export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const query = request.nextUrl.searchParams;
  const options = { appendix: query.get("appendix") === "1", sourcesAnnex: query.get("sources") === "1" };
  const [brief, rendered] = await Promise.all([getBrief({ userId: user.id, ...params }), getBriefDocument({ userId: user.id, ...params, ...options })]);
  const { role: _role, dismissedMarks: _dismissed, ...rest } = brief;
  return { brief: rest, document: rendered.document, warnings: rendered.warnings, checklist: rendered.checklist, marks: rendered.marks };
});

/**
 * { baseVersion, body?, title?, summary?, audience?, marking?, notePlacement?: "FOOTNOTES" | "ENDNOTES" }. A save based on an
 * older version answers 409 with details { currentVersion, changedBy, changedAt }.
 * `marking`: one of the instance's MARKINGS, or null to clear it.
 */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => ({ saved: await saveBrief({ userId: user.id, ...params, input: await readJson(request) }) }));

export const DELETE = apiRoute<Params>(async ({ user, params }) => {
  await deleteBrief({ userId: user.id, ...params });
});
