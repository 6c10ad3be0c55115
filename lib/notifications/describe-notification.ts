/** What a notification is about, as far as it still exists. */
export type NotificationSubject = {
  kind: "claim" | "brief";
  title: string;
  /** The author of the claim or brief. */
  authorId: string;
  /** Set when the notification is about a comment. */
  comment?: { id: string; excerpt: string; threadAuthorId: string | null; deleted: boolean };
  /** Set when the notification is about a review: its verdict and the first words of its rationale. */
  review?: { verdict: "VERIFIED" | "DISPUTED" | "NEEDS_EVIDENCE"; excerpt: string };
  /** Set when the notification is about an impact warning: what happened, as the warning says it. */
  impact?: { message: string };
};

const quoted = (title: string) => `“${title.length > 80 ? `${title.slice(0, 79).trimEnd()}…` : title}”`;

/**
 * The sentence after the actor's name, e.g. "mentioned you in a comment on
 * the claim “…”". The subject is null when the object was deleted since.
 */
export function describeNotification(input: { type: string; recipientId: string; subject: NotificationSubject | null }): string {
  const { type, recipientId, subject } = input;
  if (!subject) {
    const what = type.startsWith("comment.") ? "a comment" : type.startsWith("brief.") ? "a brief" : type.startsWith("impact.") ? "a warning" : "a claim";
    return `${verb(type)} — ${what} that has since been deleted`;
  }
  const on = `the ${subject.kind} ${quoted(subject.title)}`;
  const yours = subject.authorId === recipientId ? `your ${subject.kind} ${quoted(subject.title)}` : on;
  switch (type) {
    case "comment.mention":
      return `mentioned you in a comment on ${on}`;
    case "comment.reply":
      return subject.comment?.threadAuthorId === recipientId ? `replied to your comment on ${on}` : `replied to a comment on ${yours}`;
    case "claim.assigned":
      return `asked you to review ${on}`;
    case "claim.reviewed":
      if (subject.review?.verdict === "VERIFIED") return `verified ${yours}`;
      if (subject.review?.verdict === "DISPUTED") return `disputed ${yours}`;
      if (subject.review?.verdict === "NEEDS_EVIDENCE") return `asked for more evidence for ${yours}`;
      return `reviewed ${yours}`;
    case "claim.passed_back":
      return `passed ${on} back to you`;
    case "brief.approved":
      return `approved ${yours}`;
    case "impact.warning":
      return `changed something ${yours} rests on`;
    default:
      return `${verb(type)}: ${on}`;
  }
}

function verb(type: string): string {
  const verbs: Record<string, string> = {
    "comment.mention": "mentioned you",
    "comment.reply": "replied",
    "claim.assigned": "asked you to review",
    "claim.reviewed": "reviewed",
    "claim.passed_back": "passed back",
    "brief.approved": "approved",
    "impact.warning": "changed something a claim or brief rests on",
  };
  return verbs[type] ?? type.replace(/[._]/g, " ");
}

/** Where a notification leads: the claim (or brief) page, at the comment when there is one. */
export function notificationHref(projectId: string, target: { claimId?: string | null; briefId?: string | null; commentId?: string | null }): string | null {
  const page = target.claimId
    ? `/projects/${projectId}/claims/${target.claimId}`
    : target.briefId
      ? `/projects/${projectId}/briefs/${target.briefId}`
      : null;
  if (!page) return null;
  return target.commentId ? `${page}#comment-${target.commentId}` : page;
}
