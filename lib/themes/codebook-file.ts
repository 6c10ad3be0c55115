/**
 * Codebook files, in and out: Claimwork's JSON and REFI-QDA .qdc. Pure: the
 * import and export operations do the database work.
 */
import { invalid } from "@/lib/errors";
import { storable } from "@/lib/validation";
import { parseQdc } from "./qdc";
import {
  codebookSchema,
  MAX_IMPORTED_THEMES,
  MAX_THEME_LEVELS,
  type Codebook,
  type CodebookNode,
} from "./schemas";
import { nameKey } from "./tree";

export type CodebookFormat = "json" | "qdc";

type ThemeRow = { id: string; parentId: string | null; name: string; colour: string; description: string };
export type ThemeTree = ThemeRow & { children: ThemeTree[] };

/** Flat rows (parents before children, as listed) → nested trees. */
export function nestThemes(rows: readonly ThemeRow[]): ThemeTree[] {
  const byId = new Map<string, ThemeTree>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: ThemeTree[] = [];
  for (const row of rows) {
    const node = byId.get(row.id)!;
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The JSON file's content; `project` and `exportedAt` are informative and ignored on import. */
export function toCodebookJson(trees: readonly ThemeTree[], meta: { project: string; exportedAt: Date }) {
  const strip = (t: ThemeTree): CodebookNode => ({
    name: t.name,
    colour: t.colour,
    description: t.description,
    children: t.children.map(strip),
  });
  return {
    format: "claimwork-codebook" as const,
    version: 1 as const,
    project: meta.project,
    exportedAt: meta.exportedAt.toISOString(),
    themes: trees.map(strip),
  };
}

/** How deep a parsed JSON value nests, counted without recursion so a hostile file cannot overflow the stack. */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p + 1}]` : `.${String(p)}`)).join("").replace(/^\./, "");
}

function validate(value: unknown): Codebook {
  const parsed = codebookSchema.safeParse(storable(value));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? ` (at ${describePath(issue.path)})` : "";
    throw invalid(`The codebook file is not valid: ${issue?.message ?? "unexpected content"}${where}`);
  }
  return parsed.data;
}

/** Refuses a codebook that names a theme twice, is too large or nests too deep. */
function checkShape(codebook: Codebook): Codebook {
  const seen = new Map<string, string>();
  let count = 0;
  const walk = (nodes: CodebookNode[], level: number) => {
    if (nodes.length && level > MAX_THEME_LEVELS) throw invalid(`The codebook nests deeper than ${MAX_THEME_LEVELS} levels.`);
    for (const node of nodes) {
      count += 1;
      const key = nameKey(node.name);
      const earlier = seen.get(key);
      if (earlier !== undefined) throw invalid(`The codebook names the theme “${node.name}” twice${earlier !== node.name ? ` (also as “${earlier}”)` : ""}.`);
      seen.set(key, node.name);
      walk(node.children, level + 1);
    }
  };
  walk(codebook.themes, 1);
  if (count > MAX_IMPORTED_THEMES) throw invalid(`The codebook has ${count} themes; at most ${MAX_IMPORTED_THEMES} can be imported.`);
  return codebook;
}

/** Reads a codebook file of either format: XML is taken for .qdc, anything else for JSON. */
export function parseCodebookFile(text: string): { format: CodebookFormat; codebook: Codebook } {
  const content = text.replace(/^\uFEFF/, "").trim();
  if (!content) throw invalid("The codebook file is empty.");
  if (content.startsWith("<")) {
    const themes = parseQdc(content);
    return { format: "qdc", codebook: checkShape(validate({ format: "claimwork-codebook", version: 1, themes })) };
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` ${error.message}` : "";
    throw invalid(`The codebook file is not valid JSON.${detail}`);
  }
  if (nestingDepth(value) > 4 * MAX_THEME_LEVELS) throw invalid(`The codebook nests deeper than ${MAX_THEME_LEVELS} levels.`);
  return { format: "json", codebook: checkShape(validate(value)) };
}
