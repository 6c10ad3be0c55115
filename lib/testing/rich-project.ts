/**
 * A project using every table a backup holds, built through the real
 * operations: for the backup tests.
 */
import { approveBrief } from "@/lib/briefs/approve-brief";
import { createBrief } from "@/lib/briefs/create-brief";
import { dismissBriefMark } from "@/lib/briefs/dismiss-brief-mark";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { saveBrief } from "@/lib/briefs/save-brief";
import { submitBrief } from "@/lib/briefs/submit-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { mentionToken } from "@/lib/comments/mentions";
import { db } from "@/lib/db";
import { acknowledgeWarning } from "@/lib/impact/acknowledge-warning";
import { relateClaims } from "@/lib/relations/relate-claims";
import { updateSource } from "@/lib/sources/update-source";
import { makeSource, makeTeam, TEST_ORIGIN } from "@/lib/factories";
import { addMember } from "@/lib/members/add-member";
import { assignClaims } from "@/lib/reviews/assign-claims";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { submitClaim } from "@/lib/reviews/submit-claim";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { importSource } from "@/lib/sources/import-source";
import { createTheme } from "@/lib/themes/create-theme";

const NOTE = "Ministry of Foreign Affairs of Japan, “Japan–Laos Summit Meeting”, MOFA, 21 January 2025, https://www.mofa.go.jp/s_sa/sea1/la/page1e_000001.html";
const SUMMIT = `# Summit notes\n\nThe partnership was upgraded in January 2025.[^1] Japan pledged a grant for Wattay airport.[^2]\n\n[^1]: ${NOTE}\n[^2]: JICA, “Wattay International Airport”, 2024.\n`;

const span = (body: string, text: string) => {
  const start = body.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the source`);
  return { start, end: start + text.length };
};

export async function makeRichProject() {
  const team = await makeTeam();
  const { project, owner, analyst, reviewer } = team;
  const at = { projectId: project.id };

  const security = await createTheme({ userId: analyst.id, ...at, input: { name: "Security", colour: "#aa0000", description: "Defence and policing" } });
  const maritime = await createTheme({ userId: analyst.id, ...at, input: { name: "Maritime", colour: "#0000aa", parentId: security.id } });
  const ports = await createTheme({ userId: owner.id, ...at, input: { name: "Ports", colour: "#00aa00", parentId: maritime.id } });

  const file = { name: "summit.md", type: "text/markdown", bytes: new TextEncoder().encode(SUMMIT) };
  const { source: uploaded } = await importSource({ userId: analyst.id, ...at, input: { file, metadata: {} } });
  await addSourceVersion({ userId: analyst.id, ...at, sourceId: uploaded.id, input: { text: `${SUMMIT}\nA later paragraph on debt.\n` } });
  const second = await makeSource(project, owner, { text: "# A note on Wattay\n\nJapan pledged a grant for Wattay airport.", kind: "NEWS", reliability: "B" });

  const current = await db.source.findUniqueOrThrow({ where: { id: uploaded.id }, include: { citations: { orderBy: { ordinal: "asc" } } } });
  const [note1, note2] = current.citations;
  const claim = await createClaim({
    userId: analyst.id,
    ...at,
    input: { sourceId: uploaded.id, ...span(current.body, "Japan pledged a grant for Wattay airport."), paraphrase: "Japan funds Wattay", themeIds: [ports.id, security.id], citationIds: [note2!.id] },
  });
  await updateClaim({
    userId: analyst.id,
    ...at,
    claimId: claim.id,
    input: { paraphrase: "Japan funds the Wattay airport", credibility: 2, note: "Checked", themeIds: [ports.id], citationIds: [note1!.id, note2!.id] },
  });
  await submitClaim({ userId: analyst.id, ...at, claimId: claim.id });
  await assignClaims({ userId: owner.id, ...at, input: { claimIds: [claim.id], assigneeId: reviewer.id } });
  await reviewClaim({ userId: reviewer.id, ...at, claimId: claim.id, input: { verdict: "NEEDS_EVIDENCE", rationale: "Which grant?", citationId: note1!.id, credibility: 3 } });
  const other = await createClaim({ userId: owner.id, ...at, input: { sourceId: second.id, start: 0, end: 11, paraphrase: "A draft", themeIds: [maritime.id] } });

  const question = await createComment({ userId: analyst.id, ...at, claimId: claim.id, input: { body: `Can you check this, ${mentionToken(reviewer)}?` } });
  await createComment({ userId: reviewer.id, ...at, claimId: claim.id, input: { body: `Yes, ${mentionToken(analyst)}.`, parentId: question.id } });
  const oops = await createComment({ userId: analyst.id, ...at, claimId: other.id, input: { body: "Wrong claim" } });
  await deleteComment({ userId: analyst.id, ...at, commentId: oops.id });

  const brief = await createBrief({ userId: analyst.id, ...at, input: { title: "Laos outlook", summary: "Debt", audience: "Desk", body: `Japan helps. [[claim:${claim.id}]]` } });
  await saveBrief({ userId: analyst.id, ...at, briefId: brief.id, input: { baseVersion: 1, body: `Laos may default. [[claim:${claim.id}]] [[claim:${other.id}]]` } });
  const { marks } = await getBriefDocument({ userId: analyst.id, ...at, briefId: brief.id });
  await dismissBriefMark({ userId: analyst.id, ...at, briefId: brief.id, input: { key: marks[0]!.key } });
  await submitBrief({ userId: analyst.id, ...at, briefId: brief.id });
  await approveBrief({ userId: reviewer.id, ...at, briefId: brief.id });
  await createComment({ userId: owner.id, ...at, briefId: brief.id, input: { body: "Approved, thanks." } });

  // Provenance: the two claims corroborate each other; an owner keeps the draft at credibility 1 with a rationale;
  // the draft's source is retracted after the brief cited it, and the brief's warning acknowledged.
  await relateClaims({ userId: analyst.id, ...at, claimId: claim.id, input: { targetId: other.id, kind: "corroborates", note: "Same grant" } });
  await updateClaim({ userId: owner.id, ...at, claimId: other.id, input: { credibility: 1, credibilityRationale: "Seen in the ministry's own release" } });
  await updateSource({ userId: owner.id, ...at, sourceId: second.id, input: { retracted: true, retractionNote: "Corrected by the paper" } });
  const warning = await db.impactWarning.findFirstOrThrow({ where: { briefId: brief.id }, select: { id: true } });
  await acknowledgeWarning({ userId: analyst.id, ...at, warningId: warning.id, input: { note: "Other sources carry it" } });

  await addMember({ origin: TEST_ORIGIN, userId: owner.id, ...at, input: { email: `invitee-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`, role: "ANALYST" } });
  return { ...team, claim, brief, uploaded };
}
