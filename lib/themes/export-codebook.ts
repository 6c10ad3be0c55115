import "server-only";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { nestThemes, toCodebookJson, type CodebookFormat } from "./codebook-file";
import { renderQdc } from "./qdc";
import { flattenTree } from "./tree";

/** A file name made of the project's name, safe on every system. */
function fileStem(projectName: string): string {
  const stem = projectName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${stem || "project"}-codebook`;
}

/** The project's codebook as a file: Claimwork JSON or a REFI-QDA .qdc codebook. */
export async function exportCodebook(options: { userId: string; projectId: string; format: string }) {
  if (options.format !== "json" && options.format !== "qdc") throw invalid('Choose the format "json" or "qdc".', { format: ['Use "json" or "qdc".'] });
  const format: CodebookFormat = options.format;
  await requireProjectAccess({ ...options, action: "project.read" });
  const [project, themes] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: options.projectId }, select: { name: true } }),
    db.theme.findMany({
      where: { projectId: options.projectId },
      select: { id: true, name: true, colour: true, description: true, parentId: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const trees = nestThemes(flattenTree(themes));
  if (format === "qdc") {
    // The REFI-QDA schema requires at least one code.
    if (trees.length === 0) throw invalid("The codebook is empty: there is nothing to export as .qdc.");
    return { filename: `${fileStem(project.name)}.qdc`, contentType: "application/xml; charset=utf-8", body: renderQdc(trees) };
  }
  const codebook = toCodebookJson(trees, { project: project.name, exportedAt: new Date() });
  return {
    filename: `${fileStem(project.name)}.json`,
    contentType: "application/json; charset=utf-8",
    body: `${JSON.stringify(codebook, null, 2)}\n`,
  };
}
