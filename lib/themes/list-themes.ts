import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { countThemeClaims } from "./count-theme-claims";
import { flattenTree } from "./tree";

/**
 * The project's codebook, parents first with their children after them, each
 * with its depth, the claims it tags itself (`_count.claims`) and the claims
 * it or any of its sub-themes tags (`rolledUpClaims`).
 */
export async function listThemes(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  const [themes, counts] = await Promise.all([
    db.theme.findMany({
      where: { projectId: options.projectId },
      select: { id: true, name: true, colour: true, description: true, parentId: true, revision: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    countThemeClaims(db, options.projectId),
  ]);
  return flattenTree(themes).map((theme) => {
    const count = counts.get(theme.id);
    return { ...theme, _count: { claims: count?.own ?? 0 }, rolledUpClaims: count?.rolledUp ?? 0 };
  });
}

export type ThemeListItem = Awaited<ReturnType<typeof listThemes>>[number];
