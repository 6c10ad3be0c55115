import { commentExcerpt } from "@/lib/comments/mentions";

/** A row's before or after: JSON as stored. */
type Json = unknown;

const flag = (value: Json, key: string): boolean | undefined => {
  const v = value && typeof value === "object" && key in value ? (value as Record<string, unknown>)[key] : undefined;
  return typeof v === "boolean" ? v : undefined;
};
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

/** "corroborating", "contradicting" or "duplicating": how a relation row reads. */
const RELATION_VERBS: Record<string, string> = { CORROBORATES: "corroborating", CONTRADICTS: "contradicting", DUPLICATES: "duplicating" };
const claimNamed = (value: Json, key: string, otherwise: string) => {
  const paraphrase = field(value, key);
  return paraphrase ? `the claim “${paraphrase}”` : otherwise;
};
const relationVerb = (value: Json) => RELATION_VERBS[field(value, "kind") ?? ""] ?? "related to";

type Event = { object: string; describe: (row: { before: Json; after: Json }) => string };

/**
 * Every event the activity trail records: its action, the kind of object it
 * is about, and the sentence the trail shows for it. recordActivity takes
 * only these actions, each with its object type, so an event cannot be
 * recorded without its description.
 */
export const ACTIVITY_EVENTS = {
  "project.create": {
    object: "Project",
    describe: (e) => `created the project “${field(e.after, "name")}”`,
  },
  "project.update": {
    object: "Project",
    describe: (e) =>
      field(e.before, "name") !== field(e.after, "name")
        ? `renamed the project from “${field(e.before, "name")}” to “${field(e.after, "name")}”`
        : typeof flag(e.after, "blindReview") === "boolean"
          ? `turned blind review ${flag(e.after, "blindReview") ? "on" : "off"}`
          : "edited the project's description",
  },
  "project.docx_template_upload": {
    object: "Project",
    describe: (e) =>
      field(e.before, "name") ? `replaced the project's Word template with “${field(e.after, "name")}”` : `set the project's Word template to “${field(e.after, "name") ?? "a file"}”`,
  },
  "project.docx_template_remove": {
    object: "Project",
    describe: (e) => `removed the project's Word template${field(e.before, "name") ? ` “${field(e.before, "name")}”` : ""}`,
  },
  "member.add": {
    object: "Membership",
    describe: (e) => `added ${field(e.after, "email")} as ${role(e.after)}`,
  },
  "member.invite": {
    object: "Invitation",
    describe: (e) => `invited ${field(e.after, "email")} as ${role(e.after)}`,
  },
  "member.invite_cancel": {
    object: "Invitation",
    describe: (e) => `cancelled the invitation of ${field(e.before, "email")}`,
  },
  "member.invite_decline": {
    object: "Invitation",
    describe: (e) => `declined the invitation to join as ${role(e.before)}`,
  },
  "member.join": {
    object: "Membership",
    describe: (e) =>
      typeof e.after === "object" && e.after !== null && "tookOverRows" in e.after
        ? `joined as ${role(e.after)} by invitation, taking over their rows from a restored backup`
        : `joined as ${role(e.after)} by invitation`,
  },
  "member.role_change": {
    object: "Membership",
    describe: (e) => `changed a member's role from ${role(e.before)} to ${role(e.after)}`,
  },
  "member.remove": {
    object: "Membership",
    describe: (e) => `removed a ${role(e.before)} from the project`,
  },
  "member.leave": {
    object: "Membership",
    describe: () => "left the project",
  },
  "source.create": {
    object: "Source",
    describe: (e) => `added the source “${field(e.after, "title")}”`,
  },
  "source.update": {
    object: "Source",
    describe: () => "corrected a source's details",
  },
  "source.retract": {
    object: "Source",
    describe: (e) => `marked the source “${field(e.after, "title")}” as retracted`,
  },
  "source.reinstate": {
    object: "Source",
    describe: (e) => `reinstated the retracted source “${field(e.after, "title")}”`,
  },
  "warning.acknowledge": {
    object: "ImpactWarning",
    describe: (e) => `acknowledged a warning: ${field(e.after, "message") ?? "a change to what a claim or brief rests on"}`,
  },
  "source.import_references": {
    object: "Project",
    describe: (e) => {
      const created = e.after && typeof e.after === "object" && "created" in e.after ? Number((e.after as { created: unknown }).created) : null;
      return created === null ? "imported references" : `imported ${created} reference${created === 1 ? "" : "s"} from ${field(e.after, "format") ?? "a file"}`;
    },
  },
  "source.version": {
    object: "Source",
    describe: (e) =>
      e.after && typeof e.after === "object" && "attached" in e.after ? "attached a file to a reference-only source" : "imported a revised version of a source",
  },
  "citation.update": {
    object: "Citation",
    describe: (e) => {
      const label = field(e.after, "label");
      const source = field(e.after, "sourceTitle");
      return `edited ${label ? `note ${label}` : "a note"} of ${source ? `“${source}”` : "a source"}`;
    },
  },
  "claim.create": {
    object: "Claim",
    describe: (e) => `made the claim “${field(e.after, "paraphrase")}”`,
  },
  "claim.update": {
    object: "Claim",
    describe: (e) => `edited the claim “${field(e.after, "paraphrase")}”`,
  },
  "claim.credibility_override": {
    object: "Claim",
    describe: (e) => `set credibility 1 on “${field(e.after, "paraphrase")}” without two independent origins: “${field(e.after, "rationale")}”`,
  },
  "claim.delete": {
    object: "Claim",
    describe: (e) => `deleted the claim “${field(e.before, "paraphrase")}”`,
  },
  "claim.bulk_tag": {
    object: "Theme",
    describe: (e) => `tagged claims with “${field(e.after, "theme")}”`,
  },
  "claim.bulk_untag": {
    object: "Theme",
    describe: (e) => `removed “${field(e.after, "theme")}” from claims`,
  },
  "claim.bulk_submit": {
    object: "Claim",
    describe: () => "submitted claims for review",
  },
  "claim.submit": {
    object: "Claim",
    describe: (e) => `${field(e.before, "status") === "DRAFT" ? "submitted" : "resubmitted"} the claim “${field(e.after, "paraphrase")}” for review`,
  },
  "claim.withdraw": {
    object: "Claim",
    describe: (e) => `withdrew the claim “${field(e.after, "paraphrase")}” from review`,
  },
  "claim.assign": {
    object: "Claim",
    describe: (e) => `asked ${field(e.after, "assigneeName") ?? "a member"} to review the claim “${field(e.after, "paraphrase")}”`,
  },
  "claim.route": {
    object: "Claim",
    describe: (e) => `sent the claim “${field(e.after, "paraphrase")}” to ${field(e.after, "assigneeName") ?? "a member"} for review, by the project's review policy`,
  },
  "claim.unassign": {
    object: "Claim",
    describe: (e) => `took the claim “${field(e.after, "paraphrase")}” off its reviewer's queue`,
  },
  "claim.pass_back": {
    object: "Claim",
    describe: (e) => `passed the claim “${field(e.after, "paraphrase")}” back to its author`,
  },
  "claim.relate": {
    object: "Claim",
    describe: (e) => `marked ${claimNamed(e.after, "paraphrase", "a claim")} as ${relationVerb(e.after)} ${claimNamed(e.after, "targetParaphrase", "another claim")}`,
  },
  "claim.unrelate": {
    object: "Claim",
    describe: (e) => `removed the link between ${claimNamed(e.before, "paraphrase", "a claim")} and ${claimNamed(e.before, "targetParaphrase", "another claim")}`,
  },
  "review.create": {
    object: "Claim",
    describe: (e) => {
      const claim = `the claim “${field(e.after, "paraphrase")}”`;
      const verdict = field(e.after, "verdict");
      if (verdict === "VERIFIED") return `verified ${claim}`;
      if (verdict === "DISPUTED") return `disputed ${claim}`;
      return `asked for more evidence for ${claim}`;
    },
  },
  "comment.create": {
    object: "Comment",
    describe: (e) =>
      field(e.after, "parentId")
        ? `replied on ${commentedOn(e.after)}: “${excerpt(e.after)}”`
        : `commented on ${commentedOn(e.after)}: “${excerpt(e.after)}”`,
  },
  "comment.update": {
    object: "Comment",
    describe: (e) => `edited a comment on ${commentedOn(e.after)}: “${excerpt(e.after)}”`,
  },
  "comment.delete": {
    object: "Comment",
    describe: (e) => `deleted a comment on ${commentedOn(e.before)}`,
  },
  "theme.create": {
    object: "Theme",
    describe: (e) => {
      const parent = field(e.after, "parentName");
      return `added the theme “${field(e.after, "name")}”${parent ? ` under “${parent}”` : ""}`;
    },
  },
  "theme.update": {
    object: "Theme",
    describe: (e) => {
      if (field(e.before, "name")) return `renamed the theme “${field(e.before, "name")}” to “${field(e.after, "name")}”`;
      if (e.after && typeof e.after === "object" && "parentId" in e.after) {
        const parent = field(e.after, "parentName");
        return parent ? `moved “${field(e.after, "name")}” under “${parent}”` : `moved “${field(e.after, "name")}” to the top level`;
      }
      return `changed the colour or description of “${field(e.after, "name")}”`;
    },
  },
  "theme.merge": {
    object: "Theme",
    describe: (e) => `merged the theme “${field(e.before, "name")}” into “${field(e.after, "targetName")}”`,
  },
  "theme.delete": {
    object: "Theme",
    describe: (e) => {
      const target = field(e.after, "reassignedToName");
      return `deleted the theme “${field(e.before, "name")}”${target ? ` and moved its claims to “${target}”` : ""}`;
    },
  },
  "theme.import": {
    object: "Project",
    describe: () => "imported a codebook",
  },
  "brief.create": {
    object: "Brief",
    describe: (e) => `started the brief “${field(e.after, "title")}”`,
  },
  "brief.update": {
    object: "Brief",
    describe: (e) => {
      const returned = field(e.before, "status") !== "DRAFT" && field(e.after, "status") === "DRAFT";
      return `edited the brief “${field(e.after, "title")}”${returned ? ", which returned it to draft" : ""}`;
    },
  },
  "brief.restore": {
    object: "Brief",
    describe: (e) => `restored an earlier version of the brief “${field(e.after, "title")}”`,
  },
  "brief.delete": {
    object: "Brief",
    describe: (e) => `deleted the brief “${field(e.before, "title")}”`,
  },
  "brief.submit": {
    object: "Brief",
    describe: (e) => `submitted the brief “${field(e.after, "title")}” for review`,
  },
  "brief.approve": {
    object: "Brief",
    describe: (e) => `approved the brief “${field(e.after, "title")}”`,
  },
  "brief.export": {
    object: "Brief",
    describe: (e) => `exported the brief “${field(e.after, "title")}” as ${(field(e.after, "format") ?? "a file").toUpperCase()}`,
  },
  "brief.dismiss_mark": {
    object: "Brief",
    describe: (e) => `kept the wording “${field(e.after, "term")}” in a brief`,
  },
  "project.restore": {
    object: "Project",
    describe: (e) => `restored the project “${field(e.after, "name") ?? "from a backup"}” from a backup`,
  },
  "token.create": {
    object: "ApiToken",
    describe: (e) => `created the API token “${field(e.after, "name")}”`,
  },
  "token.revoke": {
    object: "ApiToken",
    describe: (e) => `revoked the API token “${field(e.before, "name")}”`,
  },
  "user.sign_up": {
    object: "User",
    describe: () => "signed up",
  },
  "user.reset_link": {
    object: "User",
    describe: () => "made a password reset link for an account",
  },
  "user.password_reset": {
    object: "User",
    describe: () => "reset their password",
  },
} as const satisfies Record<string, Event>;

export type ActivityAction = keyof typeof ACTIVITY_EVENTS;
export type ActivityObject<A extends ActivityAction> = (typeof ACTIVITY_EVENTS)[A]["object"];

const isAction = (action: string): action is ActivityAction => Object.hasOwn(ACTIVITY_EVENTS, action);

/** A sentence for an activity row, e.g. "added ana@example.org as reviewer". Rows of actions no longer recorded read as their name. */
export function describeEvent(row: { action: string; before: Json; after: Json }): string {
  return isAction(row.action) ? ACTIVITY_EVENTS[row.action].describe(row) : row.action.replace(/[._]/g, " ");
}
