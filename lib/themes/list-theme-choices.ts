import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { flattenTree } from "./tree";

/**
 * The codebook as pickers and filters need it: parents first, children after
 * them, each with its depth and colour, without counting claims (the Themes
 * tab's listThemes does that).
 */
export async function listThemeChoices(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  const themes = await db.theme.findMany({
    where: { projectId: options.projectId },
    select: { id: true, name: true, colour: true, description: true, parentId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return flattenTree(themes);
}
