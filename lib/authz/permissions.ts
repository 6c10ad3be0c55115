import type { MemberRole } from "@/lib/generated/prisma/enums";

/**
 * The one table of who may do what inside a project. Every lib/ operation
 * asks it (through requireProjectAccess); pages only use it to hide buttons.
 * The README's role × action table is generated from this object's shape.
 */
export const PERMISSIONS = {
  "project.read": ["OWNER", "ANALYST", "REVIEWER", "VIEWER"],
  "project.update": ["OWNER"],
  "project.delete": ["OWNER"],
  /** Download the whole project as a backup file. */
  "project.backup": ["OWNER"],
  "member.read": ["OWNER", "ANALYST", "REVIEWER", "VIEWER"],
  "member.manage": ["OWNER"],
  "activity.read": ["OWNER", "ANALYST", "REVIEWER", "VIEWER"],
  "activity.export": ["OWNER"],
  "source.create": ["OWNER", "ANALYST"],
  "source.update": ["OWNER", "ANALYST"],
  "source.delete": ["OWNER"],
  "claim.create": ["OWNER", "ANALYST"],
  /** Edit or delete a claim one wrote. */
  "claim.update_own": ["OWNER", "ANALYST"],
  /** Edit or delete anybody's claim. */
  "claim.update_any": ["OWNER"],
  "claim.review": ["OWNER", "ANALYST", "REVIEWER"],
  "claim.assign": ["OWNER", "ANALYST", "REVIEWER"],
  /** Say that two claims corroborate, contradict or duplicate each other, or undo it. */
  "claim.relate": ["OWNER", "ANALYST", "REVIEWER"],
  /** Set credibility 1 with fewer than two independent origins behind it, giving a rationale. */
  "claim.override_credibility": ["OWNER"],
  /** Acknowledge a warning that something a claim or brief rests on changed. */
  "warning.acknowledge": ["OWNER", "ANALYST"],
  /** Comment, reply, and edit or delete one's own comments. */
  "comment.create": ["OWNER", "ANALYST", "REVIEWER", "VIEWER"],
  /** Delete anybody's comment. */
  "comment.moderate": ["OWNER"],
  "theme.manage": ["OWNER", "ANALYST"],
  "brief.create": ["OWNER", "ANALYST"],
  /** Edit any brief of the project, submit it for review, and delete one's own. */
  "brief.edit": ["OWNER", "ANALYST"],
  /** Delete anybody's brief. */
  "brief.delete_any": ["OWNER"],
  "brief.approve": ["OWNER", "ANALYST", "REVIEWER"],
} as const satisfies Record<string, readonly MemberRole[]>;

export type ProjectAction = keyof typeof PERMISSIONS;

export const ROLES = ["OWNER", "ANALYST", "REVIEWER", "VIEWER"] as const satisfies readonly MemberRole[];

export const ROLE_LABELS: Record<MemberRole, string> = {
  OWNER: "Owner",
  ANALYST: "Analyst",
  REVIEWER: "Reviewer",
  VIEWER: "Viewer",
};

export function can(role: MemberRole, action: ProjectAction): boolean {
  return (PERMISSIONS[action] as readonly MemberRole[]).includes(role);
}
