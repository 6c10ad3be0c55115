import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";

/** The project's codebook, parents first with their children after them. */
export async function listThemes(options: { userId: string; projectId: string }) {
  await requireProjectAccess({ ...options, action: "project.read" });
  const themes = await db.theme.findMany({
    where: { projectId: options.projectId },
    select: { id: true, name: true, colour: true, description: true, parentId: true, _count: { select: { claims: true } } },
    orderBy: { createdAt: "asc" },
  });
  type Row = (typeof themes)[number];
  const children = new Map<string | null, Row[]>();
  for (const theme of themes) children.set(theme.parentId, [...(children.get(theme.parentId) ?? []), theme]);
  const ordered: (Row & { depth: number })[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const theme of children.get(parentId) ?? []) {
      ordered.push({ ...theme, depth });
      visit(theme.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
