/**
 * Pure helpers over a codebook's parent links. Each takes the project's
 * themes as `{ id, parentId }` rows in display order; none reads the database.
 */
export type TreeNode = { id: string; parentId: string | null };

function childrenByParent<T extends TreeNode>(themes: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(themes.map((t) => t.id));
  const children = new Map<string | null, T[]>();
  for (const theme of themes) {
    // A parent outside the list (never written by lib/themes) is shown at the top rather than lost.
    const parentId = theme.parentId !== null && ids.has(theme.parentId) ? theme.parentId : null;
    const siblings = children.get(parentId);
    if (siblings) siblings.push(theme);
    else children.set(parentId, [theme]);
  }
  return children;
}

/** The tree flattened depth-first, parents before their children, each with its depth (0 at the top). */
export function flattenTree<T extends TreeNode>(themes: readonly T[]): (T & { depth: number })[] {
  const children = childrenByParent(themes);
  const ordered: (T & { depth: number })[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const theme of children.get(parentId) ?? []) {
      ordered.push({ ...theme, depth });
      visit(theme.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** Every theme below `id`, at any depth (not `id` itself). */
export function descendantIds(themes: readonly TreeNode[], id: string): Set<string> {
  const children = childrenByParent(themes);
  const found = new Set<string>();
  const stack = [id];
  while (stack.length) {
    for (const child of children.get(stack.pop()!) ?? []) {
      if (found.has(child.id) || child.id === id) continue;
      found.add(child.id);
      stack.push(child.id);
    }
  }
  return found;
}

/** How many levels `id`'s subtree spans: 1 for a theme without sub-themes. */
export function subtreeLevels(themes: readonly TreeNode[], id: string): number {
  const children = childrenByParent(themes);
  const levels = (nodeId: string, seen: Set<string>): number => {
    let deepest = 0;
    for (const child of children.get(nodeId) ?? []) {
      if (seen.has(child.id)) continue;
      deepest = Math.max(deepest, levels(child.id, new Set(seen).add(child.id)));
    }
    return 1 + deepest;
  };
  return levels(id, new Set([id]));
}

/** The level a theme would sit at under `parentId`: 1 at the top. */
export function levelUnder(themes: readonly TreeNode[], parentId: string | null): number {
  const byId = new Map(themes.map((t) => [t.id, t]));
  let level = 1;
  const seen = new Set<string>();
  for (let current = parentId; current !== null && !seen.has(current); current = byId.get(current)?.parentId ?? null) {
    seen.add(current);
    level += 1;
  }
  return level;
}

export type PlacementProblem = "self" | "cycle" | "too_deep";

/**
 * Whether a theme (or a new one, `themeId` null) may sit under `parentId`:
 * not under itself, not under one of its own descendants, and not deeper than
 * `maxLevels` with its whole subtree.
 */
export function placementProblem(
  themes: readonly TreeNode[],
  themeId: string | null,
  parentId: string | null,
  maxLevels: number,
): PlacementProblem | null {
  if (themeId !== null && parentId === themeId) return "self";
  if (themeId !== null && parentId !== null && descendantIds(themes, themeId).has(parentId)) return "cycle";
  const height = themeId === null ? 1 : subtreeLevels(themes, themeId);
  return levelUnder(themes, parentId) + height - 1 > maxLevels ? "too_deep" : null;
}

/** The deepest level in the tree: 0 for an empty codebook. */
export function treeLevels(themes: readonly TreeNode[]): number {
  return flattenTree(themes).reduce((deepest, t) => Math.max(deepest, t.depth + 1), 0);
}

/** Names compare case-insensitively, whatever the Unicode composition of their accents. */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("en");
}
