import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { claimToken } from "./claim-references";
import { createBrief } from "./create-brief";
import { briefFileName, exportBrief } from "./export-brief";
import { saveBrief } from "./save-brief";

const TEXT = "Japan has given Laos development aid every year since 1958, about US$90–100 million a year.";

async function briefWithClaim() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: TEXT, title: "Sixty years of aid", url: "https://example.org/aid" });
  const claim = await createClaim({
    userId: team.analyst.id,
    projectId: team.project.id,
    input: { sourceId: source.id, start: 0, end: 58, paraphrase: "Japanese aid to Laos has not stopped since 1958." },
  });
  const brief = await createBrief({ userId: team.analyst.id, projectId: team.project.id, input: { title: "Laos & Japan: aid <2026>" } });
  await saveBrief({
    userId: team.analyst.id,
    projectId: team.project.id,
    briefId: brief.id,
    input: { baseVersion: 1, body: `## Aid\n\n${claimToken(claim.id)}` },
  });
  return { ...team, brief, claim };
}

describe("exporting a brief", () => {
  it("writes the saved brief with its footnote, names the file after the title, and records the export", async () => {
    const { project, viewer, brief } = await briefWithClaim();
    const pdf = await exportBrief({ userId: viewer.id, projectId: project.id, briefId: brief.id, format: "pdf", appendix: true });
    expect(pdf.name).toBe("laos-japan-aid-2026.pdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body as Buffer)), { mergePages: true });
    expect(text).toContain("Japanese aid to Laos has not stopped since 1958.");
    expect(text).toContain("Sixty years of aid");

    const md = await exportBrief({ userId: viewer.id, projectId: project.id, briefId: brief.id, format: "md" });
    expect(md.body).toMatch(/Japanese aid to Laos has not stopped since 1958\.\s*\[\^1\]/);
    expect(md.body).toMatch(/\[\^1\]: .*Sixty years of aid/);

    const rows = await db.activity.findMany({ where: { objectId: brief.id, action: "brief.export" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => (r.after as { format: string }).format)).toEqual(["pdf", "md"]);
  });

  it("refuses a second export of the same brief while one runs, and an unknown format", async () => {
    const { project, owner, brief, outsider } = await briefWithClaim();
    // Another app server's export holds the brief's lock on a connection of its own.
    const other = new pg.Client({ connectionString: inject("databaseUrl") });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`brief-export:${brief.id}`]);
      await expectAppError(exportBrief({ userId: owner.id, projectId: project.id, briefId: brief.id, format: "docx" }), "conflict");
    } finally {
      await other.end();
    }
    const after = await exportBrief({ userId: owner.id, projectId: project.id, briefId: brief.id, format: "docx" });
    expect(after.extension).toBe("docx");
    await expectAppError(exportBrief({ userId: owner.id, projectId: project.id, briefId: brief.id, format: "exe" }), "invalid");
    await expectAppError(exportBrief({ userId: outsider.id, projectId: project.id, briefId: brief.id, format: "pdf" }), "not_found");
    expect(await db.activity.count({ where: { objectId: brief.id, action: "brief.export" } })).toBe(1);
  });

  it("makes a safe file name from any title", () => {
    expect(briefFileName("Évaluation : l’aide japonaise", "docx")).toBe("evaluation-l-aide-japonaise.docx");
    expect(briefFileName("../../etc/passwd", "md")).toBe("etc-passwd.md");
    expect(briefFileName("老挝", "pdf")).toBe("brief.pdf");
  });
});
