import "server-only";
import type { Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { MAX_THEME_LEVELS } from "./schemas";
import { nameKey, placementProblem } from "./tree";

export type CodebookTheme = { id: string; name: string; colour: string; description: string; parentId: string | null };

/**
 * Every codebook write starts here, inside its transaction: it waits for any
 * other write to the same project's codebook to finish, then reads the whole
 * codebook. Name clashes, cycles and depth are then checked against a
 * codebook nobody else can change until this transaction ends. The lock is an
 * advisory one, so claims and sources of the project are never blocked.
 */
export async function lockCodebook(tx: Tx, projectId: string): Promise<CodebookTheme[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`claimwork.codebook:${projectId}`}, 0))`;
  return tx.theme.findMany({
    where: { projectId },
    select: { id: true, name: true, colour: true, description: true, parentId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** A theme of this codebook; an id from another project (or none) answers "not found". */
export function themeIn(themes: readonly CodebookTheme[], id: string, what = "Theme"): CodebookTheme {
  const theme = themes.find((t) => t.id === id);
  if (!theme) throw notFound(what);
  return theme;
}

/** Names are unique per project whatever their case: "energy" clashes with "Energy". */
export function assertNameFree(themes: readonly CodebookTheme[], name: string, exceptId?: string): void {
  const key = nameKey(name);
  const clash = themes.find((t) => t.id !== exceptId && nameKey(t.name) === key);
  if (clash) throw conflict(`A theme named “${clash.name}” already exists in this project.`, "name");
}

/** Refuses a parent that would put a theme under itself, under its own sub-theme, or too deep. */
export function assertPlacement(themes: readonly CodebookTheme[], themeId: string | null, parentId: string | null): void {
  const problem = placementProblem(themes, themeId, parentId, MAX_THEME_LEVELS);
  if (problem === "self") throw invalid("A theme cannot be nested under itself.", { parentId: ["A theme cannot be nested under itself."] });
  if (problem === "cycle") {
    const message = "A theme cannot be nested under one of its own sub-themes.";
    throw invalid(message, { parentId: [message] });
  }
  if (problem === "too_deep") {
    const message = `Themes nest at most ${MAX_THEME_LEVELS} levels deep.`;
    throw invalid(message, { parentId: [message] });
  }
}
