/** A team with a source and a way to make its claims, for the review integration tests. */
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";

const TEXT = `# Aid and airports

Japan pledged a grant of up to ¥2.836 billion for Wattay airport.¹ China remains the largest investor in Laos.²

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
2. Reuters, “China invests”, 2023, https://www.reuters.com/
`;

export async function setupReviews() {
  const team = await makeTeam();
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
