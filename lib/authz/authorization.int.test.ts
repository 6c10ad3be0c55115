import { describe, expect, it } from "vitest";
import { exportActivityCsv } from "@/lib/activity/export-activity";
import { listActivity } from "@/lib/activity/list-activity";
import { exportProject } from "@/lib/backup/export-project";
import { countClaimsByStatus } from "@/lib/claims/count-claims-by-status";
import { approveBrief } from "@/lib/briefs/approve-brief";
import { compareBriefVersions } from "@/lib/briefs/compare-brief-versions";
import { createBrief } from "@/lib/briefs/create-brief";
import { exportBrief } from "@/lib/briefs/export-brief";
import { deleteBrief } from "@/lib/briefs/delete-brief";
import { dismissBriefMark } from "@/lib/briefs/dismiss-brief-mark";
import { getBrief } from "@/lib/briefs/get-brief";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { listBriefVersions } from "@/lib/briefs/list-brief-versions";
import { listBriefs } from "@/lib/briefs/list-briefs";
import { previewBrief } from "@/lib/briefs/preview-brief";
import { restoreBriefVersion } from "@/lib/briefs/restore-brief-version";
import { saveBrief } from "@/lib/briefs/save-brief";
import { submitBrief } from "@/lib/briefs/submit-brief";
import { db } from "@/lib/db";
import { makeMember, makeSource, makeTeam, makeUser, TEST_ORIGIN } from "@/lib/factories";
import { addMember } from "@/lib/members/add-member";
import { cancelInvitation } from "@/lib/members/cancel-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { getProject } from "@/lib/projects/get-project";
import { updateProject } from "@/lib/projects/update-project";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import { createSource } from "@/lib/sources/create-source";
import { getOriginalFile } from "@/lib/sources/get-original-file";
import { getSource } from "@/lib/sources/get-source";
import { importSource, previewImport } from "@/lib/sources/import-source";
import { updateSource } from "@/lib/sources/update-source";
import { searchProject } from "@/lib/search/search-project";
import { listSourceChoices } from "@/lib/sources/list-source-choices";
import { listSources } from "@/lib/sources/list-sources";
import { createTheme } from "@/lib/themes/create-theme";
import { deleteTheme } from "@/lib/themes/delete-theme";
import { exportCodebook } from "@/lib/themes/export-codebook";
import { importCodebook } from "@/lib/themes/import-codebook";
import { listThemes } from "@/lib/themes/list-themes";
import { listThemeChoices } from "@/lib/themes/list-theme-choices";
import { mergeThemes } from "@/lib/themes/merge-themes";
import { themeCoverage } from "@/lib/themes/theme-coverage";
import { updateTheme } from "@/lib/themes/update-theme";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { getClaim } from "@/lib/claims/get-claim";
import { listClaims } from "@/lib/claims/list-claims";
import { listClaimAnchors, listSourceClaims } from "@/lib/claims/list-source-claims";
import { listCitationChoices } from "@/lib/sources/list-citation-choices";
import { getClaimContext } from "@/lib/claims/get-claim-context";
import { getClaimHistory } from "@/lib/claims/get-claim-history";
import { bulkUpdateClaims } from "@/lib/claims/bulk-update-claims";
import { assignClaims } from "@/lib/reviews/assign-claims";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { listReviews } from "@/lib/reviews/list-reviews";
import { getAgreement } from "@/lib/agreement/get-agreement";
import { passBackClaim } from "@/lib/reviews/pass-back-claim";
import { reviewClaim } from "@/lib/reviews/review-claim";
import { submitClaim } from "@/lib/reviews/submit-claim";
import { withdrawClaim } from "@/lib/reviews/withdraw-claim";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { listComments } from "@/lib/comments/list-comments";
import { updateComment } from "@/lib/comments/update-comment";
import { exportClaimsCsv, exportClaimsJsonLd } from "@/lib/exports/export-claims";
import { exportSourcesBibtex, exportSourcesCsl } from "@/lib/exports/export-sources";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { can, type ProjectAction } from "./permissions";

type Team = Awaited<ReturnType<typeof makeTeam>>;
type Actor = "owner" | "analyst" | "reviewer" | "viewer" | "outsider";

/**
 * Every project-scoped operation that exists, with the action it needs. Each
 * runs against a fresh team so that one case's writes cannot mask another's.
 */
const OPERATIONS: { name: string; action: ProjectAction; run: (team: Team, userId: string) => Promise<unknown> }[] = [
  { name: "getProject", action: "project.read", run: (t, userId) => getProject({ userId, projectId: t.project.id }) },
  {
    name: "updateProject",
    action: "project.update",
    run: (t, userId) => updateProject({ userId, projectId: t.project.id, input: { name: "Renamed", description: "" } }),
  },
  { name: "exportProject (backup)", action: "project.backup", run: (t, userId) => exportProject({ userId, projectId: t.project.id }) },
  { name: "listMembers", action: "member.read", run: (t, userId) => listMembers({ userId, projectId: t.project.id }) },
  {
    name: "addMember",
    action: "member.manage",
    run: (t, userId) => addMember({ origin: TEST_ORIGIN, userId, projectId: t.project.id, input: { email: "new-person@example.test", role: "VIEWER" } }),
  },
  {
    name: "changeMemberRole",
    action: "member.manage",
    run: async (t, userId) => {
      const extra = await makeUser();
      await makeMember(t.project, t.owner, extra, "VIEWER");
      return changeMemberRole({ userId, projectId: t.project.id, memberId: extra.id, input: { role: "REVIEWER" } });
    },
  },
  {
    name: "removeMember",
    action: "member.manage",
    run: async (t, userId) => {
      const extra = await makeUser();
      await makeMember(t.project, t.owner, extra, "VIEWER");
      return removeMember({ userId, projectId: t.project.id, memberId: extra.id });
    },
  },
  {
    name: "cancelInvitation",
    action: "member.manage",
    run: async (t, userId) => {
      const result = await addMember({ origin: TEST_ORIGIN, userId: t.owner.id, projectId: t.project.id, input: { email: "invitee@example.test", role: "VIEWER" } });
      return cancelInvitation({ userId, projectId: t.project.id, invitationId: result.invitation.id });
    },
  },
  { name: "listActivity", action: "activity.read", run: (t, userId) => listActivity({ userId, projectId: t.project.id }) },
  { name: "exportActivityCsv", action: "activity.export", run: (t, userId) => exportActivityCsv({ userId, projectId: t.project.id }) },
  { name: "listSources", action: "project.read", run: (t, userId) => listSources({ userId, projectId: t.project.id }) },
  { name: "listSourceChoices", action: "project.read", run: (t, userId) => listSourceChoices({ userId, projectId: t.project.id }) },
  { name: "listThemes", action: "project.read", run: (t, userId) => listThemes({ userId, projectId: t.project.id }) },
  { name: "listThemeChoices", action: "project.read", run: (t, userId) => listThemeChoices({ userId, projectId: t.project.id }) },
  { name: "listBriefs", action: "project.read", run: (t, userId) => listBriefs({ userId, projectId: t.project.id }) },
  { name: "countClaimsByStatus", action: "project.read", run: (t, userId) => countClaimsByStatus({ userId, projectId: t.project.id }) },
  {
    name: "createSource",
    action: "source.create",
    run: (t, userId) =>
      createSource({
        userId,
        projectId: t.project.id,
        source: {
          title: "A note",
          authors: [],
          publisher: null,
          publishedOn: null,
          url: null,
          kind: "OTHER",
          language: null,
          reliability: "F",
          body: "Japan has supported Laos since 1958.",
          markers: [],
          citations: [],
        },
      }),
  },
  {
    name: "previewImport",
    action: "source.create",
    run: (t, userId) => previewImport({ userId, projectId: t.project.id, input: { text: DOC } }),
  },
  {
    name: "importSource",
    action: "source.create",
    run: (t, userId) => importSource({ userId, projectId: t.project.id, input: { text: DOC, metadata: {} } }),
  },
  {
    name: "getSource",
    action: "project.read",
    run: async (t, userId) => getSource({ userId, projectId: t.project.id, sourceId: (await ownerSource(t)).id }),
  },
  {
    name: "getOriginalFile",
    action: "project.read",
    run: async (t, userId) => getOriginalFile({ userId, projectId: t.project.id, sourceId: (await ownerSource(t)).id }),
  },
  {
    name: "updateSource",
    action: "source.update",
    run: async (t, userId) =>
      updateSource({ userId, projectId: t.project.id, sourceId: (await ownerSource(t)).id, input: { title: "Corrected", reliability: "B" } }),
  },
  {
    name: "addSourceVersion",
    action: "source.update",
    run: async (t, userId) =>
      addSourceVersion({ userId, projectId: t.project.id, sourceId: (await ownerSource(t)).id, input: { text: `${DOC}\n\nA new paragraph.` } }),
  },
  { name: "searchProject", action: "project.read", run: (t, userId) => searchProject({ userId, projectId: t.project.id, query: "Wattay" }) },
  {
    name: "createTheme",
    action: "theme.manage",
    run: (t, userId) => createTheme({ userId, projectId: t.project.id, input: { name: "Mekong water", colour: "#0088cc" } }),
  },
  {
    name: "updateTheme",
    action: "theme.manage",
    run: async (t, userId) => updateTheme({ userId, projectId: t.project.id, themeId: (await themeOf(t, "Energy")).id, input: { name: "Power", colour: "#65a30d" } }),
  },
  {
    name: "mergeThemes",
    action: "theme.manage",
    run: async (t, userId) =>
      mergeThemes({ userId, projectId: t.project.id, themeId: (await themeOf(t, "Energy")).id, input: { targetId: (await themeOf(t, "Trade & investment")).id } }),
  },
  {
    name: "deleteTheme",
    action: "theme.manage",
    run: async (t, userId) => deleteTheme({ userId, projectId: t.project.id, themeId: (await themeOf(t, "Energy")).id }),
  },
  {
    name: "importCodebook",
    action: "theme.manage",
    run: (t, userId) =>
      importCodebook({ userId, projectId: t.project.id, input: { text: JSON.stringify({ format: "claimwork-codebook", version: 1, themes: [{ name: "New", colour: "#123456", description: "", children: [] }] }) } }),
  },
  { name: "themeCoverage", action: "project.read", run: (t, userId) => themeCoverage({ userId, projectId: t.project.id }) },
  { name: "exportCodebook", action: "project.read", run: (t, userId) => exportCodebook({ userId, projectId: t.project.id, format: "json" }) },
  {
    name: "createClaim",
    action: "claim.create",
    run: async (t, userId) => createClaim({ userId, projectId: t.project.id, input: { sourceId: (await ownerSource(t)).id, start: 0, end: 11, paraphrase: "A note" } }),
  },
  { name: "listClaims", action: "project.read", run: (t, userId) => listClaims({ userId, projectId: t.project.id }) },
  {
    name: "listSourceClaims",
    action: "project.read",
    run: async (t, userId) => listSourceClaims({ userId, projectId: t.project.id, sourceId: (await ownerSource(t)).id }),
  },  {
    name: "listClaimAnchors",
    action: "project.read",
    run: async (t, userId) => listClaimAnchors({ userId, projectId: t.project.id, sourceId: (await ownerSource(t)).id }),
  },

  { name: "getClaim", action: "project.read", run: async (t, userId) => getClaim({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id }) },
  {
    name: "updateClaim (someone else's)",
    action: "claim.update_any",
    run: async (t, userId) => updateClaim({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id, input: { paraphrase: "Edited", credibility: 3 } }),
  },
  {
    name: "deleteClaim (someone else's)",
    action: "claim.update_any",
    run: async (t, userId) => deleteClaim({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id }),
  },
  { name: "getClaimContext", action: "project.read", run: async (t, userId) => getClaimContext({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id }) },
  { name: "getClaimHistory", action: "project.read", run: async (t, userId) => getClaimHistory({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id }) },
  { name: "listReviews", action: "project.read", run: async (t, userId) => listReviews({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id }) },
  { name: "getAgreement", action: "project.read", run: async (t, userId) => getAgreement({ userId, projectId: t.project.id }) },
  {
    name: "listCitationChoices",
    action: "project.read",
    run: async (t, userId) => listCitationChoices({ userId, projectId: t.project.id, sourceId: (await ownerSource(t)).id }),
  },
  { name: "listReviewQueue", action: "project.read", run: (t, userId) => listReviewQueue({ userId, projectId: t.project.id }) },
  {
    name: "submitClaim (someone else's)",
    action: "claim.update_any",
    run: async (t, userId) => submitClaim({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id }),
  },
  {
    name: "withdrawClaim (someone else's)",
    action: "claim.update_any",
    run: async (t, userId) => withdrawClaim({ userId, projectId: t.project.id, claimId: (await ownerClaim(t, { submit: true })).id }),
  },
  {
    name: "reviewClaim",
    action: "claim.review",
    run: async (t, userId) =>
      reviewClaim({ userId, projectId: t.project.id, claimId: (await claimForReview(t, userId)).id, input: { verdict: "DISPUTED", rationale: "The note says otherwise." } }),
  },
  {
    name: "assignClaims",
    action: "claim.assign",
    run: async (t, userId) => assignClaims({ userId, projectId: t.project.id, input: { claimIds: [(await ownerClaim(t, { submit: true })).id], assigneeId: t.reviewer.id } }),
  },
  {
    name: "bulkUpdateClaims (assign)",
    action: "claim.assign",
    run: async (t, userId) =>
      bulkUpdateClaims({ userId, projectId: t.project.id, input: { claimIds: [(await ownerClaim(t, { submit: true })).id], operation: "assign", assigneeId: t.reviewer.id } }),
  },
  {
    name: "passBackClaim (assigned to the actor)",
    action: "claim.review",
    run: async (t, userId) => {
      const claim = await claimForReview(t, userId);
      await db.claim.update({ where: { id: claim.id }, data: { assigneeId: userId } });
      return passBackClaim({ userId, projectId: t.project.id, claimId: claim.id, input: { comment: "Not my field." } });
    },
  },
  {
    name: "createComment",
    action: "comment.create",
    run: async (t, userId) => createComment({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id, input: { body: "A question" } }),
  },
  {
    name: "createComment (reply, on a brief)",
    action: "comment.create",
    run: async (t, userId) => {
      const brief = await db.brief.create({ data: { projectId: t.project.id, title: "A brief", authorId: t.owner.id } });
      const top = await createComment({ userId: t.owner.id, projectId: t.project.id, briefId: brief.id, input: { body: "Read this" } });
      return createComment({ userId, projectId: t.project.id, briefId: brief.id, input: { body: "Done", parentId: top.id } });
    },
  },
  { name: "listComments", action: "project.read", run: async (t, userId) => listComments({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id }) },
  {
    name: "updateComment (own)",
    action: "comment.create",
    run: async (t, userId) => {
      const comment = await createComment({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id, input: { body: "Frist" } });
      return updateComment({ userId, projectId: t.project.id, commentId: comment.id, input: { body: "First" } });
    },
  },
  {
    name: "deleteComment (own)",
    action: "comment.create",
    run: async (t, userId) => {
      const comment = await createComment({ userId, projectId: t.project.id, claimId: (await ownerClaim(t)).id, input: { body: "Oops" } });
      return deleteComment({ userId, projectId: t.project.id, commentId: comment.id });
    },
  },
  {
    name: "deleteComment (someone else's)",
    action: "comment.moderate",
    run: async (t, userId) => deleteComment({ userId, projectId: t.project.id, commentId: (await ownerComment(t)).id }),
  },
  {
    name: "exportClaimsCsv",
    action: "project.read",
    run: async (t, userId) => {
      await ownerClaim(t);
      return readAll(await exportClaimsCsv({ userId, projectId: t.project.id, filters: { status: "DRAFT" } }));
    },
  },
  {
    name: "exportClaimsJsonLd",
    action: "project.read",
    run: async (t, userId) => {
      await ownerClaim(t);
      return readAll(await exportClaimsJsonLd({ userId, projectId: t.project.id }));
    },
  },
  {
    name: "exportSourcesCsl",
    action: "project.read",
    run: async (t, userId) => {
      await ownerSource(t);
      return exportSourcesCsl({ userId, projectId: t.project.id });
    },
  },
  {
    name: "exportSourcesBibtex",
    action: "project.read",
    run: async (t, userId) => {
      await ownerSource(t);
      return exportSourcesBibtex({ userId, projectId: t.project.id });
    },
  },
  {
    name: "exportBrief",
    action: "project.read",
    run: async (t, userId) => exportBrief({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id, format: "md" }),
  },
  { name: "createBrief", action: "brief.create", run: (t, userId) => createBrief({ userId, projectId: t.project.id, input: { title: "A brief" } }) },
  { name: "getBrief", action: "project.read", run: async (t, userId) => getBrief({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id }) },
  { name: "getBriefDocument", action: "project.read", run: async (t, userId) => getBriefDocument({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id }) },
  {
    name: "previewBrief",
    action: "project.read",
    run: async (t, userId) => previewBrief({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id, input: { body: "Laos may default." } }),
  },
  { name: "listBriefVersions", action: "project.read", run: async (t, userId) => listBriefVersions({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id }) },
  {
    name: "compareBriefVersions",
    action: "project.read",
    run: async (t, userId) => compareBriefVersions({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id, input: { from: 1, to: 2 } }),
  },
  {
    name: "saveBrief (someone else's)",
    action: "brief.edit",
    run: async (t, userId) => saveBrief({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id, input: { baseVersion: 2, body: "Edited" } }),
  },
  {
    name: "restoreBriefVersion",
    action: "brief.edit",
    run: async (t, userId) => restoreBriefVersion({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id, version: 1 }),
  },
  {
    name: "dismissBriefMark",
    action: "brief.edit",
    run: async (t, userId) => {
      const brief = await ownerBrief(t);
      const { marks } = await getBriefDocument({ userId: t.owner.id, projectId: t.project.id, briefId: brief.id });
      return dismissBriefMark({ userId, projectId: t.project.id, briefId: brief.id, input: { key: marks[0]!.key } });
    },
  },
  { name: "submitBrief", action: "brief.edit", run: async (t, userId) => submitBrief({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id }) },
  {
    name: "approveBrief (someone else's)",
    action: "brief.approve",
    run: async (t, userId) => {
      // Written by the owner, or by the analyst when the owner approves: never by the approver.
      const author = userId === t.owner.id ? t.analyst : t.owner;
      const brief = await createBrief({ userId: author.id, projectId: t.project.id, input: { title: "For approval", body: "Japan funds Wattay." } });
      await submitBrief({ userId: author.id, projectId: t.project.id, briefId: brief.id });
      return approveBrief({ userId, projectId: t.project.id, briefId: brief.id });
    },
  },
  {
    name: "deleteBrief (someone else's)",
    action: "brief.delete_any",
    run: async (t, userId) => deleteBrief({ userId, projectId: t.project.id, briefId: (await ownerBrief(t)).id }),
  },
];

/** Reads a streamed export to its end, so that the whole file is produced under the check. */
async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

/** A brief by the owner with two versions and an estimative-language mark. */
const ownerBrief = async (t: Team) => {
  const brief = await createBrief({ userId: t.owner.id, projectId: t.project.id, input: { title: "The owner's brief" } });
  await saveBrief({ userId: t.owner.id, projectId: t.project.id, briefId: brief.id, input: { baseVersion: 1, body: "Laos may default." } });
  return brief;
};

/** A claim in review that the actor did not write: the owner's, or the analyst's when the actor is the owner. */
const claimForReview = async (t: Team, userId: string) => {
  const source = await ownerSource(t);
  const authorId = userId === t.owner.id ? t.analyst.id : t.owner.id;
  return createClaim({ userId: authorId, projectId: t.project.id, input: { sourceId: source.id, start: 0, end: 11, paraphrase: "A claim to check", submit: true } });
};

/** A comment by the owner on the owner's claim. */
const ownerComment = async (t: Team) =>
  createComment({ userId: t.owner.id, projectId: t.project.id, claimId: (await ownerClaim(t)).id, input: { body: "The owner's comment" } });

const themeOf = (t: Team, name: string) => db.theme.findFirstOrThrow({ where: { projectId: t.project.id, name } });
/** A claim written by the owner: to everyone else it is someone else's claim. */
const ownerClaim = async (t: Team, options: { submit?: boolean } = {}) => {
  const source = await ownerSource(t);
  return createClaim({ userId: t.owner.id, projectId: t.project.id, input: { sourceId: source.id, start: 0, end: 11, paraphrase: "The owner's claim", submit: options.submit } });
};

const DOC = "# A note on Wattay\n\nJapan pledged a grant for Wattay airport.";
const ownerSource = (t: Team) => makeSource(t.project, t.owner, { text: DOC });

const ROLE_OF: Record<Exclude<Actor, "outsider">, "OWNER" | "ANALYST" | "REVIEWER" | "VIEWER"> = {
  owner: "OWNER",
  analyst: "ANALYST",
  reviewer: "REVIEWER",
  viewer: "VIEWER",
};

describe("authorization of every project operation", () => {
  for (const operation of OPERATIONS) {
    describe(operation.name, () => {
      for (const actor of ["owner", "analyst", "reviewer", "viewer", "outsider"] as const) {
        const expected = actor === "outsider" ? "not found" : can(ROLE_OF[actor], operation.action) ? "allowed" : "forbidden";
        it(`${actor}: ${expected}`, async () => {
          const team = await makeTeam();
          const activityBefore = await db.activity.count({ where: { projectId: team.project.id } });
          // Members joined the team by accepting their invitations: those rows are theirs already.
          const byActor = { projectId: team.project.id, actorId: team[actor].id };
          const writesBefore = await db.activity.count({ where: byActor });
          const attempt = operation.run(team, team[actor].id);
          if (expected === "allowed") {
            await expect(attempt).resolves.not.toThrow();
            return;
          }
          await expectAppError(attempt, expected === "not found" ? "not_found" : "forbidden");
          // A refused operation leaves no trace but the fixtures' own.
          expect(await db.activity.count({ where: byActor })).toBe(writesBefore);
          expect(await db.activity.count({ where: { projectId: team.project.id } })).toBeGreaterThanOrEqual(activityBefore);
        });
      }
    });
  }

  it("answers not found for a project id that does not exist", async () => {
    const user = await makeUser();
    await expectAppError(getProject({ userId: user.id, projectId: "cl0000000000000000000000" }), "not_found");
  });
});
