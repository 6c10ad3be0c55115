import "server-only";
import { describeActivity } from "@/lib/activity/describe-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ClaimStatus, ReviewVerdict } from "@/lib/generated/prisma/enums";
import { hiddenVerdictClaimIds } from "@/lib/reviews/blind-review";
import { CLAIM_STATUS_LABELS } from "./status-labels";

type Person = { id: string; name: string } | null;

export type ClaimChange = { field: string; before: string; after: string };

export type ClaimHistoryItem =
  | { kind: "edit"; id: string; at: Date; actor: Person; revision: number; changes: ClaimChange[] }
  | {
      kind: "review";
      id: string;
      at: Date;
      actor: Person;
      verdict: ReviewVerdict;
      rationale: string;
      evidenceUrl: string | null;
      citation: { label: string; text: string } | null;
      /** The credibility (1–6) the reviewer would give the claim; null when they gave none. */
      credibility: number | null;
      claimRevision: number;
    }
  | { kind: "event"; id: string; at: Date; actor: Person; action: string; sentence: string; comment: string | null }
  /** Blind review: others' reviews the user may not read until they give their own; id and time of the latest. */
  | { kind: "hidden"; id: string; at: Date; actor: null; count: number };

type State = { paraphrase: string; note: string; credibility: number; status: ClaimStatus; themeIds: string[]; citationIds: string[] };

/** Events the timeline already shows as an edit or a review. */
const SHOWN_ELSEWHERE = new Set(["claim.update", "review.create"]);

/**
 * The whole history of a claim in one timeline, newest first: each edit (what
 * changed, from the kept versions), each review, and the other changes of its
 * trail (creation, submission, assignment, pass back). Under blind review, a
 * reviewer who has not given their verdict sees one "hidden" entry in place of
 * the others' reviews, and no status in the edits.
 */
export async function getClaimHistory(options: { userId: string; projectId: string; claimId: string }): Promise<ClaimHistoryItem[]> {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, projectId: options.projectId },
    select: {
      id: true,
      sourceId: true,
      paraphrase: true,
      note: true,
      credibility: true,
      status: true,
      revision: true,
      themes: { select: { themeId: true }, orderBy: { position: "asc" } },
      citations: { select: { citationId: true } },
    },
  });
  if (!claim) throw notFound("Claim");
  const [versions, reviews, activity, hidden] = await Promise.all([
    db.claimVersion.findMany({ where: { claimId: claim.id }, orderBy: { revision: "asc" }, include: { editor: { select: { id: true, name: true } } } }),
    db.review.findMany({
      where: { claimId: claim.id },
      include: { reviewer: { select: { id: true, name: true } }, citation: { select: { label: true, text: true } } },
    }),
    db.activity.findMany({
      where: { objectType: "Claim", objectId: claim.id, projectId: options.projectId },
      select: { id: true, action: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true } } },
    }),
    hiddenVerdictClaimIds(db, { userId: options.userId, projectId: options.projectId, claimIds: [claim.id] }),
  ]);
  const blind = hidden.has(claim.id);

  const themeIds = new Set([...claim.themes.map((t) => t.themeId), ...versions.flatMap((v) => v.themeIds)]);
  const citationIds = new Set([...claim.citations.map((c) => c.citationId), ...versions.flatMap((v) => v.citationIds)]);
  const [themes, citations] = await Promise.all([
    db.theme.findMany({ where: { id: { in: [...themeIds] }, projectId: options.projectId }, select: { id: true, name: true } }),
    db.citation.findMany({ where: { id: { in: [...citationIds] }, sourceId: claim.sourceId }, select: { id: true, label: true } }),
  ]);
  const themeName = new Map(themes.map((t) => [t.id, t.name]));
  const citationLabel = new Map(citations.map((c) => [c.id, c.label]));
  const list = (ids: string[], names: Map<string, string>, gone: string) => ids.map((id) => names.get(id) ?? gone).join(", ") || "none";

  const current: State = {
    ...claim,
    themeIds: claim.themes.map((t) => t.themeId),
    citationIds: claim.citations.map((c) => c.citationId),
  };
  const diff = (a: State, b: State): ClaimChange[] => {
    const changes: ClaimChange[] = [];
    const add = (field: string, before: string, after: string) => before !== after && changes.push({ field, before, after });
    add("Paraphrase", a.paraphrase, b.paraphrase);
    add("Note", a.note || "—", b.note || "—");
    add("Credibility", String(a.credibility), String(b.credibility));
    add("Themes", list(a.themeIds, themeName, "a deleted theme"), list(b.themeIds, themeName, "a deleted theme"));
    add("Citations", list([...a.citationIds].sort(), citationLabel, "?"), list([...b.citationIds].sort(), citationLabel, "?"));
    if (!blind) add("Status", CLAIM_STATUS_LABELS[a.status], CLAIM_STATUS_LABELS[b.status]);
    return changes;
  };

  const items: ClaimHistoryItem[] = [
    ...versions.map((version, i): ClaimHistoryItem => ({
      kind: "edit",
      id: version.id,
      at: version.createdAt,
      actor: version.editor,
      revision: version.revision + 1,
      changes: diff(version, versions[i + 1] ?? current),
    })),
    ...(blind
      ? [hiddenReviews(reviews)]
      : reviews.map((review): ClaimHistoryItem => ({
          kind: "review",
          id: review.id,
          at: review.createdAt,
          actor: review.reviewer,
          verdict: review.verdict,
          rationale: review.rationale,
          evidenceUrl: review.evidenceUrl,
          citation: review.citation,
          credibility: review.credibility,
          claimRevision: review.claimRevision,
        }))),
    ...activity
      .filter((row) => !SHOWN_ELSEWHERE.has(row.action))
      .map((row): ClaimHistoryItem => {
        const after = row.after as Record<string, unknown> | null;
        return {
          kind: "event",
          id: row.id,
          at: row.createdAt,
          actor: row.actor,
          action: row.action,
          sentence: describeActivity(row),
          comment: typeof after?.comment === "string" ? after.comment : null,
        };
      }),
  ];
  // Newest first; at the same instant a review after the event that led to it.
  const isReview = (item: ClaimHistoryItem) => item.kind === "review" || item.kind === "hidden";
  return items.sort((a, b) => b.at.getTime() - a.at.getTime() || (isReview(a) ? -1 : isReview(b) ? 1 : 0));
}

/** The others' reviews as a blind reviewer sees them: how many, and when the latest came. */
function hiddenReviews(reviews: { id: string; createdAt: Date }[]): ClaimHistoryItem {
  const latest = reviews.reduce((a, b) => (b.createdAt.getTime() > a.createdAt.getTime() || (b.createdAt.getTime() === a.createdAt.getTime() && b.id > a.id) ? b : a));
  return { kind: "hidden", id: latest.id, at: latest.createdAt, actor: null, count: reviews.length };
}
