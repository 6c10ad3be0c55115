import "server-only";
import type { Tx } from "@/lib/db";
import { CLAIM_ORIGIN_FIELDS, toClaimForOrigins } from "@/lib/provenance/load-provenance";
import { claimOrigins, type Origin } from "@/lib/provenance/origins";
import { kindName, type RelationKindName } from "./schemas";

export type ClaimRelationView = {
  id: string;
  kind: RelationKindName;
  note: string;
  /** Whether this claim is the one the relation was recorded from; the kinds read the same either way. */
  outgoing: boolean;
  createdAt: Date;
  createdBy: { id: string; name: string } | null;
  other: { id: string; paraphrase: string; status: string; source: { id: string; title: string }; origins: Origin[] };
};

const OTHER_FIELDS = { ...CLAIM_ORIGIN_FIELDS, paraphrase: true, status: true } as const;

/**
 * Every relation of a claim of the project, both ways round, each with the
 * other claim and its origins, oldest first. The caller has checked access.
 */
export async function readClaimRelations(tx: Tx, options: { projectId: string; claimId: string }): Promise<ClaimRelationView[]> {
  const { projectId, claimId } = options;
  const rows = await tx.claimRelation.findMany({
    where: { projectId, OR: [{ fromId: claimId }, { toId: claimId }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      note: true,
      fromId: true,
      createdAt: true,
      createdBy: { select: { id: true, name: true } },
      from: { select: OTHER_FIELDS },
      to: { select: OTHER_FIELDS },
    },
  });
  return rows.map((row) => {
    const outgoing = row.fromId === claimId;
    const other = outgoing ? row.to : row.from;
    return {
      id: row.id,
      kind: kindName(row.kind),
      note: row.note,
      outgoing,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      other: {
        id: other.id,
        paraphrase: other.paraphrase,
        status: other.status,
        source: { id: other.source.id, title: other.source.title },
        origins: claimOrigins(toClaimForOrigins(other)),
      },
    };
  });
}
