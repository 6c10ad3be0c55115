import "server-only";
import type { Tx } from "@/lib/db";
import type { FieldChange } from "@/lib/revisions/check-revision";
import { CREDIBILITY_LABELS } from "./schemas";

/**
 * What a claim says now against what it said at an earlier revision (kept as
 * a ClaimVersion when it was edited), field by field, in words a reviewer can
 * read: themes by name, footnotes by label.
 */
export async function claimChanges(tx: Tx, options: { claimId: string; since: number }): Promise<FieldChange[]> {
  // One query at a time: a transaction has one connection.
  const then = await tx.claimVersion.findUnique({ where: { claimId_revision: { claimId: options.claimId, revision: options.since } } });
  const now = await tx.claim.findUniqueOrThrow({
    where: { id: options.claimId },
    select: { paraphrase: true, note: true, credibility: true, themes: { select: { themeId: true }, orderBy: { position: "asc" } }, citations: { select: { citationId: true } } },
  });
  if (!then) return [];
  const themeIds = now.themes.map((t) => t.themeId);
  const citationIds = now.citations.map((c) => c.citationId);
  const themes = await tx.theme.findMany({ where: { id: { in: [...then.themeIds, ...themeIds] } }, select: { id: true, name: true } });
  const citations = await tx.citation.findMany({ where: { id: { in: [...then.citationIds, ...citationIds] } }, select: { id: true, label: true } });
  const themeName = new Map(themes.map((t) => [t.id, t.name]));
  const noteLabel = new Map(citations.map((c) => [c.id, `[${c.label}]`]));
  const list = (ids: string[], names: Map<string, string>) => ids.map((id) => names.get(id) ?? "(removed)").join(", ") || "none";
  const credibility = (n: number) => `${n}: ${CREDIBILITY_LABELS[n] ?? ""}`;

  const fields: FieldChange[] = [
    { field: "paraphrase", label: "Claim", before: then.paraphrase, after: now.paraphrase },
    { field: "note", label: "Note", before: then.note, after: now.note },
    { field: "credibility", label: "Credibility", before: credibility(then.credibility), after: credibility(now.credibility) },
    { field: "themeIds", label: "Themes", before: list(then.themeIds, themeName), after: list(themeIds, themeName) },
    { field: "citationIds", label: "Footnotes", before: list([...then.citationIds].sort(), noteLabel), after: list([...citationIds].sort(), noteLabel) },
  ];
  return fields.filter((f) => f.before !== f.after);
}
