/** A team with a source and a way to make its claims, for the review integration tests. */
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import type { ReviewPolicy } from "@/lib/generated/prisma/client";
import { makeSource, makeTeam } from "@/lib/factories";

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport.¹ China remains the largest investor in Laos.²

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
2. Reuters, “China invests”, 2023, https://www.reuters.com/
`;

/**
 * The team's project keeps claims sent for review unassigned (the shared queue), so that each test assigns them as
 * it needs; lib/reviews/routing.int.test.ts covers the policies that assign them.
 */
export async function setupReviews(options: { policy?: ReviewPolicy } = {}) {
  const team = await makeTeam();
  await db.project.update({ where: { id: team.project.id }, data: { reviewPolicy: options.policy ?? "SHARED_QUEUE" } });
  const source = await makeSource(team.project, team.owner, { text: TEXT });
  const full = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: { orderBy: { ordinal: "asc" } } } });
  const claimBy = async (userId: string, options: { submit?: boolean; words?: string } = {}) => {
    const words = options.words ?? "China remains the largest investor in Laos.";
    const start = full.body.indexOf(words);
    return createClaim({
      userId,
      projectId: team.project.id,
      input: { sourceId: source.id, start, end: start + words.length, paraphrase: words, submit: options.submit ?? true, citationIds: [full.citations[1]!.id] },
    });
  };
  const statusOf = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status;
  return { ...team, source: full, claimBy, statusOf };
}
