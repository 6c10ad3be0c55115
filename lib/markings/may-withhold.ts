import { can } from "@/lib/authz/permissions";
import type { MemberRole } from "@/lib/generated/prisma/enums";

/**
 * Who may export a brief with the claims above its marking withheld: a
 * project owner, or the brief's author while their role still edits briefs.
 * Others may only raise the marking, or ask one of them.
 */
export function mayWithhold(options: { role: MemberRole; userId: string; authorId: string }): boolean {
  return options.role === "OWNER" || (options.authorId === options.userId && can(options.role, "brief.edit"));
}
