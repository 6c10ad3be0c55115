import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { instanceMarkings } from "@/lib/markings/instance-markings";
import { markingShortfall, scrubWithheld, withholdClaims } from "@/lib/markings/withhold";
import { briefChecklist, briefWarnings } from "./brief-warnings";
import { claimCards } from "./claim-cards";
import { estimativeMarks, openMarks } from "./estimative-language";
import { loadBriefClaims } from "./load-brief-claims";
import { renderBrief } from "./render-brief";
import { requireBrief } from "./require-brief";

type BriefRow = Awaited<ReturnType<typeof requireBrief>>["brief"];

/** The names a brief's document shows: its author first, then whoever else saved a version. */
async function contributors(tx: Db | Tx, brief: BriefRow) {
  const versions = await tx.briefVersion.findMany({ where: { briefId: brief.id }, select: { authorId: true }, distinct: ["authorId"] });
  const ids = [brief.authorId, ...versions.map((v) => v.authorId).filter((id) => id !== brief.authorId)];
  const users = await tx.user.findMany({ where: { id: { in: [...ids, ...(brief.approvedById ? [brief.approvedById] : [])] } }, select: { id: true, name: true } });
  const name = new Map(users.map((u) => [u.id, u.name]));
  return { authors: ids.flatMap((id) => (name.has(id) ? [name.get(id)!] : [])), approvedBy: brief.approvedById ? (name.get(brief.approvedById) ?? null) : null };
}

/**
 * The document of a brief the caller has already found and authorised, read
 * through `client`: the global client, or the caller's transaction (whose
 * queries then run one after another).
 */
export async function readBriefDocument(client: Db | Tx, brief: BriefRow, options: { projectId: string; appendix?: boolean; withhold?: boolean }) {
  const claims = await loadBriefClaims(client, { projectId: options.projectId, body: brief.body });
  const people = await contributors(client, brief);
  // Claims above the brief's marking are withheld before rendering, so that nothing of them reaches the document.
  const marking = markingShortfall(brief.marking, claims, instanceMarkings());
  const withheld = options.withhold ? marking.claimIds : [];
  const rendered = renderBrief({ ...brief, ...people }, withholdClaims(claims, withheld), { appendix: options.appendix });
  const document = { ...(withheld.length ? scrubWithheld(rendered) : rendered), marking: brief.marking };
  const marks = openMarks(estimativeMarks(brief.body), brief.dismissedMarks);
  return {
    brief: { id: brief.id, title: brief.title, status: brief.status, version: brief.version, updatedAt: brief.updatedAt },
    document,
    warnings: briefWarnings(brief.body, claims),
    checklist: briefChecklist({ body: brief.body, claims, status: brief.status, openMarks: marks.length, marking }),
    marks,
    claims: claimCards(claims),
    marking,
    withheld,
  };
}

/**
 * A brief as it leaves Claimwork: the rendered document (the one model every
 * export is written from), its warnings, the checklist to show before an
 * export, the estimative-language marks nobody dismissed, and the cited
 * claims as the editor shows them.
 */
export async function getBriefDocument(options: { userId: string; projectId: string; briefId: string; appendix?: boolean }) {
  const { brief } = await requireBrief(db, { ...options, action: "project.read" });
  return readBriefDocument(db, brief, options);
}

/** The checklist to show before an export, on its own. */
export async function getBriefChecklist(options: { userId: string; projectId: string; briefId: string }) {
  return (await getBriefDocument(options)).checklist;
}
