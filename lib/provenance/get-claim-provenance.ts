import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { readClaimRelations } from "@/lib/relations/read-relations";
import { loadProvenance } from "./load-provenance";
import { describeGroup, type Origin } from "./origins";

/** The web address of an origin: the first footnote leading to it that gives one, or the source's for a source that is its own origin. */
function originUrl(origin: Origin, noteUrls: Map<string, string | null>, sourceUrl: string | null): string | null {
  if (!origin.key.startsWith("url:")) return null;
  const footnotes = origin.via.filter((step) => step.kind === "footnote");
  if (!footnotes.length) return sourceUrl;
  return footnotes.map((step) => noteUrls.get(step.id)).find((url) => url) ?? null;
}

/**
 * Where a claim's evidence comes from: its own origins (through its source
 * and footnotes), how many distinct origins stand behind it once the claims
 * corroborating or duplicating it are counted (one report repeated counts
 * once), and every related claim, saying whether it shares an origin.
 */
export async function getClaimProvenance(options: { userId: string; projectId: string; claimId: string }) {
  const { userId, projectId, claimId } = options;
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "project.read", tx });
    const provenance = (await loadProvenance(tx, { projectId, claimIds: [claimId] })).get(claimId);
    if (!provenance) throw notFound("Claim");
    const links = await tx.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { source: { select: { url: true } }, citations: { select: { citation: { select: { id: true, url: true } } } } },
    });
    const noteUrls = new Map(links.citations.map(({ citation }) => [citation.id, citation.url]));
    const relations = await readClaimRelations(tx, { projectId, claimId });
    const own = new Set(provenance.origins.map((o) => o.key));
    const { group } = provenance;
    return {
      /** Each with the address to open it at, when its footnote (or the source itself) gives one. */
      origins: provenance.origins.map((origin) => ({ ...origin, url: originUrl(origin, noteUrls, links.source.url) })),
      independentOrigins: group.origins.length,
      reports: group.reports,
      summary: describeGroup(group),
      /** More reports than origins: some of them repeat the same original. */
      circular: group.reports > group.origins.length,
      relations: relations.map((relation) => {
        const shared = relation.other.origins.filter((o) => own.has(o.key));
        return { ...relation, sharesOrigin: shared.length > 0, sharedOrigins: shared.map((o) => o.label) };
      }),
    };
  });
}
