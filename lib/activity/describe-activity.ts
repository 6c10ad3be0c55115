type Json = unknown;

const field = (value: Json, key: string): string | undefined => {
  if (value && typeof value === "object" && key in value) {
    const v = (value as Record<string, unknown>)[key];
    return typeof v === "string" ? v : undefined;
  }
  return undefined;
};

const role = (value: Json) => field(value, "role")?.toLowerCase();

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
    case "member.join":
      return `joined as ${role(after)} by invitation`;
    case "member.role_change":
      return `changed a member's role from ${role(before)} to ${role(after)}`;
    case "member.remove":
      return `removed a ${role(before)} from the project`;
    case "member.leave":
      return "left the project";
    case "source.create":
      return `added the source “${field(after, "title")}”`;
    default:
      return action.replace(/[._]/g, " ");
  }
}
