import "server-only";
import { commentExcerpt } from "@/lib/comments/mentions";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { describeNotification, notificationHref, type NotificationSubject } from "./describe-notification";
import { markRead } from "./mark-read";
import { notificationFiltersSchema } from "./schemas";
import { visibleNotifications } from "./visible-notifications";

const PAGE_SIZE = 30;

/**
 * My notifications, newest first, a page at a time (keyset on id), each
 * with who did it, in which project, a sentence and where it leads.
 * Notifications of projects I have left are not shown.
 */
export async function listNotifications(options: { userId: string; filters?: Record<string, unknown> }) {
  const { unread, before } = parseInput(notificationFiltersSchema, options.filters ?? {});
  const rows = await db.notification.findMany({
    where: { ...visibleNotifications(options.userId), ...(unread ? { readAt: null } : {}) },
    select: {
      id: true,
      type: true,
      objectType: true,
      objectId: true,
      readAt: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
      project: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    ...(before ? { cursor: { id: before }, skip: 1 } : {}),
  });
  const page = rows.slice(0, PAGE_SIZE);
  const subjects = await loadSubjects(page);
  const items = page.map((row) => {
    const found = subjects.get(`${row.objectType}:${row.objectId}`);
    return {
      id: row.id,
      type: row.type,
      read: !!row.readAt,
      readAt: row.readAt,
      createdAt: row.createdAt,
      actor: row.actor,
      project: row.project,
      sentence: describeNotification({ type: row.type, recipientId: options.userId, subject: found?.subject ?? null }),
      excerpt:
        found?.subject.comment && !found.subject.comment.deleted ? found.subject.comment.excerpt : (found?.subject.review?.excerpt ?? found?.subject.impact?.message ?? null),
      href: found ? notificationHref(row.project.id, found.target) : null,
    };
  });
  return { items, nextCursor: rows.length > PAGE_SIZE ? page[PAGE_SIZE - 1]!.id : null };
}

type Found = { subject: NotificationSubject; target: { claimId: string | null; briefId: string | null; commentId?: string } };

/** The claims, briefs and comments a page of notifications points at, read in a few queries. */
async function loadSubjects(rows: { objectType: string; objectId: string }[]): Promise<Map<string, Found>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.objectType === type).map((r) => r.objectId))];
  const [comments, reviews, warnings] = await Promise.all([
    db.comment.findMany({
      where: { id: { in: ids("Comment") } },
      select: { id: true, claimId: true, briefId: true, body: true, deletedAt: true, authorId: true, parent: { select: { authorId: true } } },
    }),
    db.review.findMany({ where: { id: { in: ids("Review") } }, select: { id: true, claimId: true, verdict: true, rationale: true } }),
    db.impactWarning.findMany({ where: { id: { in: ids("ImpactWarning") } }, select: { id: true, claimId: true, briefId: true, message: true } }),
  ]);
  const claimIds = [...ids("Claim"), ...reviews.map((r) => r.claimId), ...warnings.flatMap((w) => (w.claimId ? [w.claimId] : [])), ...comments.flatMap((c) => (c.claimId ? [c.claimId] : []))];
  const briefIds = [...ids("Brief"), ...warnings.flatMap((w) => (w.briefId ? [w.briefId] : [])), ...comments.flatMap((c) => (c.briefId ? [c.briefId] : []))];
  const [claims, briefs] = await Promise.all([
    db.claim.findMany({ where: { id: { in: [...new Set(claimIds)] } }, select: { id: true, paraphrase: true, authorId: true } }),
    db.brief.findMany({ where: { id: { in: [...new Set(briefIds)] } }, select: { id: true, title: true, authorId: true } }),
  ]);
  const claimOf = new Map(claims.map((c) => [c.id, { kind: "claim" as const, title: c.paraphrase, authorId: c.authorId }]));
  const briefOf = new Map(briefs.map((b) => [b.id, { kind: "brief" as const, title: b.title, authorId: b.authorId }]));

  const found = new Map<string, Found>();
  for (const claim of claims) found.set(`Claim:${claim.id}`, { subject: claimOf.get(claim.id)!, target: { claimId: claim.id, briefId: null } });
  for (const brief of briefs) found.set(`Brief:${brief.id}`, { subject: briefOf.get(brief.id)!, target: { claimId: null, briefId: brief.id } });
  for (const review of reviews) {
    const subject = claimOf.get(review.claimId);
    if (subject) {
      found.set(`Review:${review.id}`, {
        subject: { ...subject, review: { verdict: review.verdict, excerpt: commentExcerpt(review.rationale, 140) } },
        target: { claimId: review.claimId, briefId: null },
      });
    }
  }
  for (const warning of warnings) {
    const on = warning.claimId ? claimOf.get(warning.claimId) : warning.briefId ? briefOf.get(warning.briefId) : undefined;
    if (on) found.set(`ImpactWarning:${warning.id}`, { subject: { ...on, impact: { message: warning.message } }, target: { claimId: warning.claimId, briefId: warning.briefId } });
  }
  for (const comment of comments) {
    const on = comment.claimId ? claimOf.get(comment.claimId) : comment.briefId ? briefOf.get(comment.briefId) : undefined;
    if (!on) continue;
    found.set(`Comment:${comment.id}`, {
      subject: {
        ...on,
        comment: {
          id: comment.id,
          excerpt: commentExcerpt(comment.body, 140),
          threadAuthorId: comment.parent?.authorId ?? null,
          deleted: !!comment.deletedAt,
        },
      },
      target: { claimId: comment.claimId, briefId: comment.briefId, commentId: comment.id },
    });
  }
  return found;
}

/**
 * Opens one of my notifications: marks it read (my other open pages hear of it) and answers where it leads, or
 * null when its object was deleted since. Anybody else's notification answers "not found".
 */
export async function openNotification(options: { userId: string; notificationId: string }): Promise<string | null> {
  const row = await db.notification.findFirst({
    where: { id: options.notificationId, ...visibleNotifications(options.userId) },
    select: { id: true, objectType: true, objectId: true, readAt: true, projectId: true },
  });
  if (!row) throw notFound("Notification");
  if (!row.readAt) await markRead({ userId: options.userId, input: { ids: [row.id] } });
  const found = (await loadSubjects([row])).get(`${row.objectType}:${row.objectId}`);
  return found ? notificationHref(row.projectId, found.target) : null;
}
