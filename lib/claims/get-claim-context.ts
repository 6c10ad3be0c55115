import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

const CONTEXT = 320;

/** Cuts a context string at a word boundary, away from the quote. */
function trimToWord(text: string, side: "before" | "after"): string {
  if (text.length < CONTEXT) return text;
  if (side === "before") {
    const space = text.indexOf(" ");
    return `…${space > 0 && space < 40 ? text.slice(space + 1) : text}`;
  }
  const space = text.lastIndexOf(" ");
  return `${space > text.length - 40 ? text.slice(0, space) : text}…`;
}

/**
 * The claim's quote with some of the source's text before and after it, read
 * from the database as a window rather than the whole body. A claim whose
 * words are gone from the current version shows its stored context.
 */
export async function getClaimContext(options: { userId: string; projectId: string; claimId: string }) {
  await requireProjectAccess({ userId: options.userId, projectId: options.projectId, action: "project.read" });
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, projectId: options.projectId },
    select: { start: true, end: true, exact: true, prefix: true, suffix: true, orphaned: true, sourceId: true },
  });
  if (!claim) throw notFound("Claim");
  const stored = { before: claim.prefix, quote: claim.exact, after: claim.suffix, current: false };
  if (claim.orphaned) return stored;

  const from = Math.max(0, claim.start - CONTEXT);
  const rows = await db.$queryRaw<{ text: string | null }[]>`
    SELECT substr(body, ${from + 1}::int, ${claim.end - from + CONTEXT}::int) AS text FROM "Source" WHERE id = ${claim.sourceId}`;
  const text = rows[0]?.text ?? "";
  // Offsets count UTF-16 units, PostgreSQL counts characters: find the quote nearest where it should be.
  const expected = claim.start - from;
  const candidates = [text.lastIndexOf(claim.exact, expected), text.indexOf(claim.exact, expected)].filter((i) => i >= 0);
  const at = candidates.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected))[0];
  if (at === undefined) return stored;
  return {
    before: trimToWord(text.slice(Math.max(0, at - CONTEXT), at), "before"),
    quote: claim.exact,
    after: trimToWord(text.slice(at + claim.exact.length, at + claim.exact.length + CONTEXT), "after"),
    current: true,
  };
}
