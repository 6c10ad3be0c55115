import "server-only";
import { notePlacementOf } from "@/lib/citations/parse-options";
import { isCitationStyleId, type CitationStyleId, type NotePlacement } from "@/lib/citations/styles";
import { db, type Db, type Tx } from "@/lib/db";
import { instanceMarkings } from "@/lib/markings/instance-markings";
import { markingShortfall, scrubWithheld, withholdClaims } from "@/lib/markings/withhold";
import { briefChecklist, briefWarnings } from "./brief-warnings";
import { claimCards } from "./claim-cards";
import { estimativeMarks, openMarks } from "./estimative-language";
import { loadBriefClaims } from "./load-brief-claims";
import { referencedSourceIds } from "./claim-references";
import { loadBriefImpact } from "./load-brief-impact";
import { loadBriefSources } from "./load-brief-sources";
import { loadSourcesAnnex } from "./load-sources-annex";
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

/** The project's citation style; a value no longer in the registry falls back to the house style. */
export async function projectCitationStyle(client: Db | Tx, projectId: string): Promise<CitationStyleId | undefined> {
  const project = await client.project.findUnique({ where: { id: projectId }, select: { citationStyle: true } });
  return isCitationStyleId(project?.citationStyle) ? project.citationStyle : undefined;
}

export type BriefDocumentOptions = {
  projectId: string;
  appendix?: boolean;
  /** Add the Sources annex (ICD 206 source summary statement and descriptors). */
  sourcesAnnex?: boolean;
  /** Default: the project's citation style. */
  style?: CitationStyleId;
  /** Default: the brief's note placement. */
  notes?: NotePlacement;
  /** Withhold what the brief cites above its marking, rather than refuse. */
  withhold?: boolean;
};

/**
 * The document of a brief the caller has already found and authorised, read
 * through `client`: the global client, or the caller's transaction (whose
 * queries then run one after another).
 */
export async function readBriefDocument(client: Db | Tx, brief: BriefRow, options: BriefDocumentOptions) {
  const claims = await loadBriefClaims(client, { projectId: options.projectId, body: brief.body });
  const sources = await loadBriefSources(client, { projectId: options.projectId, body: brief.body });
  const people = await contributors(client, brief);
  const impact = await loadBriefImpact(client, { projectId: options.projectId, briefId: brief.id, claims });
  // What the brief cites above its marking is withheld before rendering, so that nothing of it reaches the document:
  // claims (at the higher of their own marking and their source's) and the sources it cites directly.
  const cited = [...claims, ...sources.map((source) => ({ id: source.id, marking: null, source: { marking: source.marking } }))];
  const marking = markingShortfall(brief.marking, cited, instanceMarkings());
  const withheld = options.withhold ? marking.claimIds : [];
  const hidden = new Set(withheld);
  const style = options.style ?? (await projectCitationStyle(client, options.projectId));
  const rendered = renderBrief({ ...brief, ...people }, withholdClaims(claims, withheld), {
    appendix: options.appendix,
    style,
    notes: options.notes ?? notePlacementOf(brief.notePlacement),
    sources: sources.filter((source) => !hidden.has(source.id)),
    withheldSources: hidden,
  });
  const annex = options.sourcesAnnex
    ? await loadSourcesAnnex(client, {
        projectId: options.projectId,
        claims: claims.filter((claim) => !hidden.has(claim.id)),
        directSourceIds: referencedSourceIds(brief.body).filter((id) => !hidden.has(id)),
        withheld: withheld.length,
      })
    : null;
  const document = { ...(withheld.length ? scrubWithheld(rendered) : rendered), marking: brief.marking, sources: annex };
  const marks = openMarks(estimativeMarks(brief.body), brief.dismissedMarks);
  return {
    brief: { id: brief.id, title: brief.title, status: brief.status, version: brief.version, updatedAt: brief.updatedAt },
    document,
    warnings: briefWarnings(brief.body, impact.claims),
    checklist: briefChecklist({ body: brief.body, claims: impact.claims, status: brief.status, openMarks: marks.length, marking, openImpacts: impact.openImpacts }),
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
export async function getBriefDocument(options: { userId: string; briefId: string } & BriefDocumentOptions) {
  const { brief } = await requireBrief(db, { ...options, action: "project.read" });
  return readBriefDocument(db, brief, options);
}

/** The checklist to show before an export, on its own. */
export async function getBriefChecklist(options: { userId: string; projectId: string; briefId: string }) {
  return (await getBriefDocument(options)).checklist;
}
