import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { conflict, invalid, isUniqueViolation } from "@/lib/errors";
import { parseCodebookFile } from "./codebook-file";
import { lockCodebook, type CodebookTheme } from "./codebook-lock";
import { DEFAULT_THEME_COLOUR, MAX_CODEBOOK_BYTES, MAX_THEME_LEVELS, type CodebookNode } from "./schemas";
import { nameKey, treeLevels } from "./tree";

type Change = Partial<Pick<CodebookTheme, "colour" | "description" | "parentId">>;

/**
 * Merges a codebook file (Claimwork JSON or REFI-QDA .qdc) into the project's
 * codebook by name, case-insensitively. A theme the project lacks is created;
 * one it has keeps its name, its id and its claims, and takes the file's
 * parent, colour and description (an empty description or a missing colour
 * leaves its own). Themes not in the file stay as they are. All or nothing:
 * one transaction, one activity row.
 */
export async function importCodebook(options: { userId: string; projectId: string; input: { text?: unknown } }) {
  const { userId, projectId } = options;
  const text = typeof options.input.text === "string" ? options.input.text : "";
  if (Buffer.byteLength(text, "utf8") > MAX_CODEBOOK_BYTES) {
    throw invalid(`The codebook file is larger than ${MAX_CODEBOOK_BYTES / 1024 / 1024} MB.`, { file: ["This file is too large."] });
  }
  // Access first, so a stranger learns nothing about the file's validity.
  await requireProjectAccess({ userId, projectId, action: "theme.manage" });
  const { format, codebook } = parseCodebookFile(text);

  try {
    return await db.$transaction(
      async (tx) => {
        await requireProjectAccess({ userId, projectId, action: "theme.manage", tx });
        const themes = await lockCodebook(tx, projectId);
        const byName = new Map(themes.map((t) => [nameKey(t.name), t]));
        const created: string[] = [];
        let updated = 0;
        let unchanged = 0;

        // Level by level, so each level's new themes are one insert and know their parents' ids.
        let level: { node: CodebookNode; parentId: string | null }[] = codebook.themes.map((node) => ({ node, parentId: null }));
        while (level.length) {
          const missing = level.filter(({ node }) => !byName.has(nameKey(node.name)));
          const inserted = missing.length
            ? await tx.theme.createManyAndReturn({
                data: missing.map(({ node, parentId }) => ({
                  projectId,
                  name: node.name,
                  colour: node.colour ?? DEFAULT_THEME_COLOUR,
                  description: node.description,
                  parentId,
                })),
                select: { id: true, name: true, colour: true, description: true, parentId: true },
              })
            : [];
          for (const theme of inserted) {
            byName.set(nameKey(theme.name), theme);
            themes.push(theme);
            created.push(theme.name);
          }
          for (const { node, parentId } of level) {
            const theme = byName.get(nameKey(node.name))!;
            if (inserted.includes(theme)) continue;
            const change: Change = {};
            if (node.colour && node.colour !== theme.colour) change.colour = node.colour;
            if (node.description && node.description !== theme.description) change.description = node.description;
            if (parentId !== theme.parentId) change.parentId = parentId;
            if (Object.keys(change).length === 0) {
              unchanged += 1;
              continue;
            }
            await tx.theme.update({ where: { id: theme.id }, data: change });
            Object.assign(theme, change);
            updated += 1;
          }
          level = level.flatMap(({ node }) =>
            node.children.map((child) => ({ node: child, parentId: byName.get(nameKey(node.name))!.id })),
          );
        }

        // The file's themes form a tree, so no cycle can arise; themes kept from before may sit deeper now.
        if (treeLevels(themes) > MAX_THEME_LEVELS) {
          throw invalid(`After this import the codebook would nest deeper than ${MAX_THEME_LEVELS} levels.`);
        }
        const summary = { format, created: created.length, updated, unchanged };
        await recordActivity(tx, {
          projectId,
          actorId: userId,
          action: "theme.import",
          objectType: "Project",
          objectId: projectId,
          after: { ...summary, createdNames: created.slice(0, 50) },
        });
        return summary;
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("The codebook changed while importing. Please try again.");
    throw error;
  }
}
