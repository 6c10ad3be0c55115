import "server-only";
import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/errors";

/** Themes must be this project's, citations this source's: anything else is refused, not ignored. */
export async function checkClaimLinks(tx: Tx, options: { projectId: string; sourceId: string; themeIds: string[]; citationIds: string[] }) {
  // One after the other: a transaction is one connection, which runs one query at a time.
  const themes = options.themeIds.length ? await tx.theme.count({ where: { id: { in: options.themeIds }, projectId: options.projectId } }) : 0;
  const citations = options.citationIds.length
    ? await tx.citation.count({ where: { id: { in: options.citationIds }, sourceId: options.sourceId } })
    : 0;
  if (themes !== options.themeIds.length) {
    throw invalid("A chosen theme does not exist in this project.", { themeIds: ["A chosen theme does not exist in this project."] });
  }
  if (citations !== options.citationIds.length) {
    throw invalid("A chosen citation is not one of this source's footnotes.", {
      citationIds: ["A chosen citation is not one of this source's footnotes."],
    });
  }
}
