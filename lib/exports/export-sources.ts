import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { toBibtex } from "./bibtex";
import { citationToCsl, sourceToCsl, type CslItem } from "./csl";
import { CSL_CITATION_FIELDS, CSL_SOURCE_FIELDS } from "./csl-fields";

const BATCH = 200;

/**
 * Every source of the project as a CSL item, each followed by its footnotes as items of
 * their own (noting the source that cites them), oldest source first.
 */
async function projectCslItems(options: { userId: string; projectId: string }): Promise<CslItem[]> {
  await requireProjectAccess({ ...options, action: "project.read" });
  const items: CslItem[] = [];
  let cursor: string | undefined;
  for (;;) {
    const sources = await db.source.findMany({
      where: { projectId: options.projectId },
      select: { ...CSL_SOURCE_FIELDS, citations: { select: CSL_CITATION_FIELDS, orderBy: { ordinal: "asc" } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const source of sources) {
      items.push(sourceToCsl(source));
      for (const citation of source.citations) items.push(citationToCsl(citation, source));
    }
    if (sources.length < BATCH) return items;
    cursor = sources.at(-1)!.id;
  }
}

/** The project's sources and their citations as a CSL-JSON array. */
export async function exportSourcesCsl(options: { userId: string; projectId: string }): Promise<string> {
  return `${JSON.stringify(await projectCslItems(options), null, 2)}\n`;
}

/** The same items as BibTeX. */
export async function exportSourcesBibtex(options: { userId: string; projectId: string }): Promise<string> {
  return toBibtex(await projectCslItems(options));
}
