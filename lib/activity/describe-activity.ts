import { commentExcerpt } from "@/lib/comments/mentions";

type Json = unknown;

const field = (value: Json, key: string): string | undefined => {
  if (value && typeof value === "object" && key in value) {
    const v = (value as Record<string, unknown>)[key];
    return typeof v === "string" ? v : undefined;
  }
  return undefined;
};

const role = (value: Json) => field(value, "role")?.toLowerCase();

/** "a claim" or "a brief": what a comment row was about. */
const commentedOn = (value: Json) => (field(value, "briefId") ? "a brief" : "a claim");
const excerpt = (value: Json) => commentExcerpt(field(value, "body") ?? "", 60);

/** A sentence for an activity row, e.g. "added ana@example.org as reviewer". */
export function describeActivity(row: { action: string; before: Json; after: Json }): string {
  const { action, before, after } = row;
  switch (action) {
    case "project.create":
      return `created the project “${field(after, "name")}”`;
    case "project.update":
      return field(before, "name") !== field(after, "name")
        ? `renamed the project from “${field(before, "name")}” to “${field(after, "name")}”`
        : "edited the project's description";
    case "member.add":
      return `added ${field(after, "email")} as ${role(after)}`;
    case "member.invite":
      return `invited ${field(after, "email")} as ${role(after)}`;
    case "member.invite_cancel":
      return `cancelled the invitation of ${field(before, "email")}`;
    case "member.invite_decline":
      return `declined the invitation to join as ${role(before)}`;
    case "member.join":
      return typeof after === "object" && after !== null && "tookOverRows" in after
        ? `joined as ${role(after)} by invitation, taking over their rows from a restored backup`
        : `joined as ${role(after)} by invitation`;
    case "member.role_change":
      return `changed a member's role from ${role(before)} to ${role(after)}`;
    case "member.remove":
      return `removed a ${role(before)} from the project`;
    case "member.leave":
      return "left the project";
    case "source.create":
      return `added the source “${field(after, "title")}”`;
    case "source.update":
      return "corrected a source's details";
    case "source.version":
      return "imported a revised version of a source";
    case "claim.create":
      return `made the claim “${field(after, "paraphrase")}”`;
    case "claim.update":
      return `edited the claim “${field(after, "paraphrase")}”`;
    case "claim.delete":
      return `deleted the claim “${field(before, "paraphrase")}”`;
    case "claim.bulk_tag":
      return `tagged claims with “${field(after, "theme")}”`;
    case "claim.bulk_untag":
      return `removed “${field(after, "theme")}” from claims`;
    case "claim.bulk_submit":
      return "submitted claims for review";
    case "claim.submit":
      return `${field(before, "status") === "DRAFT" ? "submitted" : "resubmitted"} the claim “${field(after, "paraphrase")}” for review`;
    case "claim.withdraw":
      return `withdrew the claim “${field(after, "paraphrase")}” from review`;
    case "claim.assign":
      return `asked ${field(after, "assigneeName") ?? "a member"} to review the claim “${field(after, "paraphrase")}”`;
    case "claim.unassign":
      return `took the claim “${field(after, "paraphrase")}” off its reviewer's queue`;
    case "claim.pass_back":
      return `passed the claim “${field(after, "paraphrase")}” back to its author`;
    case "review.create": {
      const claim = `the claim “${field(after, "paraphrase")}”`;
      const verdict = field(after, "verdict");
      if (verdict === "VERIFIED") return `verified ${claim}`;
      if (verdict === "DISPUTED") return `disputed ${claim}`;
      return `asked for more evidence for ${claim}`;
    }
    case "comment.create":
      return field(after, "parentId")
        ? `replied on ${commentedOn(after)}: “${excerpt(after)}”`
        : `commented on ${commentedOn(after)}: “${excerpt(after)}”`;
    case "comment.update":
      return `edited a comment on ${commentedOn(after)}: “${excerpt(after)}”`;
    case "comment.delete":
      return `deleted a comment on ${commentedOn(before)}`;
    case "theme.create": {
      const parent = field(after, "parentName");
      return `added the theme “${field(after, "name")}”${parent ? ` under “${parent}”` : ""}`;
    }
    case "theme.update": {
      if (field(before, "name")) return `renamed the theme “${field(before, "name")}” to “${field(after, "name")}”`;
      if (after && typeof after === "object" && "parentId" in after) {
        const parent = field(after, "parentName");
        return parent ? `moved “${field(after, "name")}” under “${parent}”` : `moved “${field(after, "name")}” to the top level`;
      }
      return `changed the colour or description of “${field(after, "name")}”`;
    }
    case "theme.merge":
      return `merged the theme “${field(before, "name")}” into “${field(after, "targetName")}”`;
    case "theme.delete": {
      const target = field(after, "reassignedToName");
      return `deleted the theme “${field(before, "name")}”${target ? ` and moved its claims to “${target}”` : ""}`;
    }
    case "theme.import":
      return "imported a codebook";
    case "brief.create":
      return `started the brief “${field(after, "title")}”`;
    case "brief.update": {
      const returned = field(before, "status") !== "DRAFT" && field(after, "status") === "DRAFT";
      return `edited the brief “${field(after, "title")}”${returned ? ", which returned it to draft" : ""}`;
    }
    case "brief.restore":
      return `restored an earlier version of the brief “${field(after, "title")}”`;
    case "brief.delete":
      return `deleted the brief “${field(before, "title")}”`;
    case "brief.submit":
      return `submitted the brief “${field(after, "title")}” for review`;
    case "brief.approve":
      return `approved the brief “${field(after, "title")}”`;
    case "brief.export":
      return `exported the brief “${field(after, "title")}” as ${(field(after, "format") ?? "a file").toUpperCase()}`;
    case "brief.dismiss_mark":
      return `kept the wording “${field(after, "term")}” in a brief`;
    default:
      return action.replace(/[._]/g, " ");
  }
}
