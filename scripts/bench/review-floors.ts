/** The review scenario's floors: what a review writes and announces, in plain SQL, and a LISTEN connection hearing it. */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { LIVE_CHANNEL } from "../../lib/live/events";
import type { NextReview, ReviewProject } from "./review-scenarios";

const POLL_MS = 20;
const newId = () => `c${randomBytes(12).toString("hex")}`;

/**
 * What reviewClaim writes, with plain SQL in one transaction: the access check, the claim locked,
 * the review, the claim's status and reviewer of record, the activity row, the author's
 * notification, and both announcements. Notes when each operation began, by claim.
 */
export function insertReviewRows(pool: pg.Pool, project: ReviewProject, next: NextReview, started: (claimId: string, at: number, i: number) => void) {
  return async (i: number) => {
    const {
      reviewer,
      claimId,
      input: { verdict, rationale },
    } = next(i);
    const at = performance.now();
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(`SELECT role FROM "Membership" WHERE "projectId" = $1 AND "userId" = $2`, [project.projectId, reviewer.id]);
      const { rows } = await client.query<{ status: string; revision: number; authorId: string; assigneeId: string | null; paraphrase: string }>(
        `SELECT status, revision, "authorId", "assigneeId", paraphrase FROM "Claim" WHERE id = $1 AND "projectId" = $2 FOR UPDATE`,
        [claimId, project.projectId],
      );
      const claim = rows[0];
      if (!claim) throw new Error(`the floor found no claim ${claimId}`);
      const reviewId = newId();
      await client.query(`INSERT INTO "Review" (id, "claimId", "reviewerId", verdict, rationale, "claimRevision") VALUES ($1, $2, $3, $4, $5, $6)`, [
        reviewId,
        claimId,
        reviewer.id,
        verdict,
        rationale,
        claim.revision,
      ]);
      await client.query(`UPDATE "Claim" SET status = $2, "assigneeId" = $3, "updatedAt" = now() WHERE id = $1`, [claimId, verdict, reviewer.id]);
      await client.query(
        `INSERT INTO "Activity" (id, "projectId", "actorId", action, "objectType", "objectId", before, after) VALUES ($1, $2, $3, 'review.create', 'Claim', $4, $5, $6)`,
        [
          newId(),
          project.projectId,
          reviewer.id,
          claimId,
          JSON.stringify({ status: claim.status, assigneeId: claim.assigneeId }),
          JSON.stringify({ status: verdict, reviewId, verdict, rationale, paraphrase: claim.paraphrase }),
        ],
      );
      await client.query(
        `INSERT INTO "Notification" (id, "userId", "projectId", "actorId", type, "objectType", "objectId") VALUES ($1, $2, $3, $4, 'claim.reviewed', 'Claim', $5)`,
        [newId(), claim.authorId, project.projectId, reviewer.id, claimId],
      );
      await client.query(`SELECT pg_notify($1, $2), pg_notify($1, $3)`, [
        LIVE_CHANNEL,
        JSON.stringify({ scope: "project", projectId: project.projectId, action: "review.create", objectType: "Claim", objectId: claimId, actorId: reviewer.id }),
        JSON.stringify({ scope: "user", userId: claim.authorId, action: "notification" }),
      ]);
      await client.query("COMMIT");
      started(claimId, at, i);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
}

/** A connection of this process LISTENing on the live channel, noting when each claim's review.create arrives. */
export async function listenForReviews(connectionString: string | undefined) {
  const client = new pg.Client({ connectionString });
  const heard = new Map<string, number>();
  client.on("notification", (message) => {
    const at = performance.now();
    const event = JSON.parse(message.payload ?? "{}") as { action?: string; objectId?: string };
    if (event.action === "review.create" && event.objectId && !heard.has(event.objectId)) heard.set(event.objectId, at);
  });
  await client.connect();
  try {
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
  } catch (error) {
    await client.end();
    throw error;
  }
  return {
    /** Resolves once every one of `claimIds` was heard, or after `timeoutMs`. */
    async waitFor(claimIds: string[], timeoutMs: number) {
      const deadline = performance.now() + timeoutMs;
      while (claimIds.some((id) => !heard.has(id)) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    },
    /** The delay from each start to its claim's announcement, and how many were never heard. */
    delaysFrom(starts: Map<string, number>) {
      const delays = [...starts].flatMap(([id, at]) => {
        const arrived = heard.get(id);
        return arrived === undefined ? [] : [arrived - at];
      });
      return { delays, missing: starts.size - delays.length };
    },
    close: () => client.end(),
  };
}
