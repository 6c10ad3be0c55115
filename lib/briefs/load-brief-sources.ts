import "server-only";
import type { Db, Tx } from "@/lib/db";
import { CITABLE_SOURCE_FIELDS } from "./citation-fields";
import { referencedSourceIds } from "./claim-references";

/**
 * The sources a body cites directly (`[[source:<id>]]`), in one query. Only
 * this project's sources are returned: a token naming another project's
 * source renders as a missing marker, like one naming a deleted source.
 */
export async function loadBriefSources(tx: Db | Tx, options: { projectId: string; body: string }) {
  const ids = referencedSourceIds(options.body);
  if (ids.length === 0) return [];
  return tx.source.findMany({ where: { id: { in: ids }, projectId: options.projectId }, select: { ...CITABLE_SOURCE_FIELDS, marking: true } });
}
