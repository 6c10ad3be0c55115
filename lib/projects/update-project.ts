import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { DEFAULT_CITATION_STYLE, isCitationStyleId } from "@/lib/citations/styles";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { checkMarking } from "@/lib/markings/instance-markings";
import { conflict, isUniqueViolation } from "@/lib/errors";
import { routeReviews, unroutedClaimIds } from "@/lib/reviews/route-review";
import { checkRevision } from "@/lib/revisions/check-revision";
import { lockRow } from "@/lib/revisions/lock-row";
import { mergeSent, parseInput, type Input } from "@/lib/validation";
import { projectSchema } from "./schemas";

/**
 * Renames or describes a project, or sets its review policy, its citation style, the marking new briefs take or blind review: the fields sent change, the others keep
 * their values, read under the row's lock. An edit based on an older revision
 * is refused.
 */
export async function updateProject(options: {
  userId: string;
  projectId: string;
  input: Input<typeof projectSchema> | Partial<Input<typeof projectSchema>>;
  expectedRevision?: number;
}) {
  try {
    return await db.$transaction(async (tx) => {
      await requireProjectAccess({ ...options, action: "project.update", tx });
      await lockRow(tx, "Project", { id: options.projectId, projectId: options.projectId });
      const before = await tx.project.findUniqueOrThrow({ where: { id: options.projectId } });
      await checkRevision(tx, { objectType: "Project", objectId: before.id, label: "This project", current: before.revision, expected: options.expectedRevision });
      // A stored style no longer offered is not held against an edit of another field.
      const storedStyle = isCitationStyleId(before.citationStyle) ? before.citationStyle : DEFAULT_CITATION_STYLE;
      const { name, description, reviewPolicy, citationStyle, blindReview, ...sent } = parseInput(
        projectSchema,
        mergeSent(
          { name: before.name, description: before.description, reviewPolicy: before.reviewPolicy, citationStyle: storedStyle, marking: before.marking, blindReview: before.blindReview },
          options.input,
        ),
      );
      const marking = sent.marking === before.marking ? before.marking : checkMarking(sent.marking);
      if (name === before.name && description === before.description && reviewPolicy === before.reviewPolicy && citationStyle === before.citationStyle && marking === before.marking && blindReview === before.blindReview) {
        return before;
      }
      const project = await tx.project.update({
        where: { id: options.projectId },
        data: { name, description, reviewPolicy, citationStyle, marking, blindReview, revision: { increment: 1 } },
      });
      // The trail names the citation style, the marking and blind review when they are what changed.
      const changes = (side: "before" | "after") => ({
        ...(citationStyle !== before.citationStyle ? { citationStyle: side === "before" ? before.citationStyle : citationStyle } : {}),
        ...(marking !== before.marking ? { marking: side === "before" ? before.marking : marking } : {}),
        ...(blindReview !== before.blindReview ? { blindReview: side === "before" ? before.blindReview : blindReview } : {}),
      });
      await recordActivity(tx, {
        projectId: project.id,
        actorId: options.userId,
        action: "project.update",
        objectType: "Project",
        objectId: project.id,
        before: { name: before.name, description: before.description, reviewPolicy: before.reviewPolicy, ...changes("before") },
        after: { name, description, reviewPolicy, ...changes("after") },
      });
      // Leaving the shared queue: what waits in it gets reviewers by the new policy.
      if (reviewPolicy !== before.reviewPolicy) {
        await routeReviews(tx, { projectId: project.id, actorId: options.userId, claimIds: await unroutedClaimIds(tx, project.id) });
      }
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("The project's creator already has a project with this name.", "name");
    throw error;
  }
}
