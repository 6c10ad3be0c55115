import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { claimToken } from "@/lib/briefs/claim-references";
import { createBrief } from "@/lib/briefs/create-brief";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeProject, makeSource } from "@/lib/factories";
import { expect, test } from "./fixtures";

const TEXT = "Laos and Japan signed a grant for the Wattay airport terminal in January 2025, the agency reported.";
const ORIGIN = "Lao News Agency, 23 January 2025";

/** Two newspapers reprinting one agency story, their claims related as corroborating, cited by one brief. */
async function reprintedStory(user: { id: string }) {
  const project = await makeProject(user, { name: `Sources annex ${Date.now()}` });
  const reprint = async (title: string, url: string, reliability: "B" | "D") => {
    const source = await makeSource(project, user, { text: TEXT, title, url, kind: "NEWS", reliability });
    const note = await db.citation.create({
      data: { sourceId: source.id, label: "1", ordinal: 1, text: `${ORIGIN}.`, publisher: "Lao News Agency", title: "Wattay grant signed", issued: "23 January 2025", url: "https://kpl.gov.la/En/Detail.aspx?id=90210" },
    });
    const claim = await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 75, paraphrase: `Japan funds Wattay’s new terminal, says ${title}.`, citationIds: [note.id] } });
    return { source, claim };
  };
  const times = await reprint("Vientiane Times", "https://vientianetimes.org.la/wattay", "B");
  const diplomat = await reprint("The Diplomat", "https://thediplomat.com/2025/01/wattay", "D");
  await db.claimRelation.create({ data: { projectId: project.id, fromId: times.claim.id, toId: diplomat.claim.id, kind: "CORROBORATES", createdById: user.id } });
  const brief = await createBrief({ userId: user.id, projectId: project.id, input: { title: "Wattay terminal" } });
  await saveBrief({ userId: user.id, projectId: project.id, briefId: brief.id, input: { baseVersion: 1, body: `## Aid\n\n${claimToken(times.claim.id)} ${claimToken(diplomat.claim.id)}` } });
  return { project, times, diplomat, brief };
}

async function exportWithAnnex(page: Page, format: "md" | "pdf"): Promise<string> {
  const form = page.getByRole("form", { name: "Export the brief" });
  await form.getByLabel("Format").selectOption(format);
  await form.getByRole("checkbox", { name: "Sources annex (ICD 206)" }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Export", exact: true }).click()]);
  return (await download.path())!;
}

test("the export form adds the Sources annex: one independent origin behind two reports, in Markdown and in the PDF", async ({ signedInPage: page, user }) => {
  test.setTimeout(90_000);
  const { project, brief } = await reprintedStory(user);
  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);

  const md = fs.readFileSync(await exportWithAnnex(page, "md"), "utf8");
  expect(md).toContain("## Sources");
  expect(md).toContain("This brief rests on 2 sources from 1 independent origin.");
  expect(md).toContain(`Two claims rest on a single origin: ${ORIGIN}.`);
  expect(md).toContain("Sources are rated B (usually reliable) to D (not usually reliable).");
  expect(md).toContain("1. **Vientiane Times**");
  expect(md).toContain(`2 reports, 1 origin: ${ORIGIN} (circular reporting)`);

  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const pdf = await exportWithAnnex(page, "pdf");
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).replace(/\s+/g, " ");
  expect(text).toContain("This brief rests on 2 sources from 1 independent origin.");
  expect(text).toContain("Source descriptors");
  expect(text).toContain("Claims resting on a single origin");

  const exports = await db.activity.findMany({ where: { objectId: brief.id, action: "brief.export" }, orderBy: { createdAt: "asc" } });
  expect(exports.map((a) => a.after)).toMatchObject([{ format: "md", sources: true }, { format: "pdf", sources: true }]);
});

test("the claims board shows each claim's independent origins and flags reports of one origin", async ({ signedInPage: page, user }) => {
  const { project } = await reprintedStory(user);
  const alone = await makeSource(project, user, { text: TEXT, title: "World Bank monitor", url: "https://worldbank.org/lao" });
  await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: alone.id, start: 0, end: 30, paraphrase: "Laos and Japan signed a grant." } });
  await page.goto(`/projects/${project.id}/claims`);
  const board = page.getByTestId("claim-board");
  await expect(board.getByRole("columnheader", { name: "Origins" })).toBeVisible();

  const row = (paraphrase: string) => board.getByRole("row").filter({ has: page.getByRole("link", { name: paraphrase }) });
  const circular = row("Japan funds Wattay’s new terminal, says Vientiane Times.").getByTestId("board-origins");
  // The number, the badge, and for screen readers the whole sentence.
  await expect(circular.locator("span").nth(0)).toHaveText("1");
  await expect(circular.locator("span").nth(1)).toHaveText("2 reports, 1 origin");
  await expect(circular.locator(".sr-only")).toHaveText(`2 reports, 1 origin: ${ORIGIN}`);
  await expect(circular).toHaveAttribute("title", `2 reports, 1 origin: ${ORIGIN}`);
  const plain = row("Laos and Japan signed a grant.").getByTestId("board-origins");
  await expect(plain).toHaveText("1 independent origin");
  await expect(plain).toHaveAttribute("title", "1 report, 1 origin: World Bank monitor");
});
