import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { expect, test } from "./fixtures";

const WIRE = "https://kpl.gov.la/En/detail.aspx?id=90123";
const THINK_TANK = `# Airport funding in Laos

Japan pledged US$90 million for the Wattay airport terminal, first opened in 1958.¹

## Notes

1. Lao News Agency, “Japan pledges airport grant”, 23 January 2025, ${WIRE}
`;
const NEWSPAPER = `# Grants to Laos

Tokyo has promised $90m to extend Wattay airport, which opened in 1958.¹

## Notes

1. KPL, “Japan pledges airport grant”, 23 January 2025, https://www.kpl.gov.la/En/detail.aspx?id=90123&utm_source=newsletter
`;

async function claimIn(project: { id: string }, author: { id: string }, text: string, quote: string, paraphrase: string) {
  const source = await makeSource(project, author, { text });
  const full = await db.source.findUniqueOrThrow({ where: { id: source.id }, include: { citations: true } });
  const start = full.body.indexOf(quote);
  return createClaim({ userId: author.id, projectId: project.id, input: { sourceId: source.id, start, end: start + quote.length, paraphrase, citationIds: full.citations.map((c) => c.id) } });
}

test("an analyst sees where a claim comes from, relates a claim of another source citing the same original, sees one origin, and removes the link", async ({ signedInPage: page, user }) => {
  const owner = await makeUser();
  const project = await makeProject(owner, { name: `Provenance ${Date.now()}` });
  await makeMember(project, owner, user, "ANALYST");
  const think = await claimIn(project, owner, THINK_TANK, "Japan pledged US$90 million for the Wattay airport terminal, first opened in 1958.", "Japan pledged US$90 million for Wattay airport.");
  const news = await claimIn(project, owner, NEWSPAPER, "Tokyo has promised $90m to extend Wattay airport, which opened in 1958.", "Tokyo promised $90 million to extend Wattay airport.");

  await page.goto(`/projects/${project.id}/claims/${think.id}`);
  const section = page.getByRole("region", { name: "Provenance" });
  const tree = section.getByTestId("origin-tree");
  await expect(tree).toContainText("Airport funding in Laos");
  await expect(tree).toContainText("n. 1");
  await expect(tree.getByRole("link", { name: /23 January 2025/ })).toHaveAttribute("href", WIRE);
  await expect(section.getByTestId("provenance-summary")).toHaveText(/^1 report, 1 origin: .*23 January 2025$/);
  await expect(section.getByText("No related claims yet.")).toBeVisible();

  // The other source's claim is suggested, with the facts both state.
  const suggestion = section.locator(`[data-suggestion="${news.id}"]`);
  await expect(suggestion).toContainText("Tokyo promised $90 million to extend Wattay airport.");
  await expect(suggestion).toContainText("Grants to Laos");
  await expect(suggestion).toContainText("shares US$90 million, 1958");
  await suggestion.getByRole("button", { name: "Corroborates" }).click();
  await expect(section.getByText("Related: this claim corroborates the other.")).toBeVisible();

  // Two reports, but both repeat the same wire story: one origin, shown prominently.
  const summary = section.getByTestId("provenance-summary");
  await expect(summary).toHaveAttribute("data-circular", "true");
  await expect(summary).toContainText(/2 reports, 1 origin: .*23 January 2025/);
  const related = section.getByTestId("related-claims");
  await expect(related).toContainText("Corroborates");
  await expect(related.getByRole("link", { name: "Tokyo promised $90 million to extend Wattay airport." })).toHaveAttribute("href", `/projects/${project.id}/claims/${news.id}`);
  await expect(related).toContainText("Shares an origin with this claim");
  await expect(section.locator(`[data-suggestion="${news.id}"]`)).toHaveCount(0);

  const rows = await db.claimRelation.findMany({ where: { projectId: project.id } });
  expect(rows).toEqual([expect.objectContaining({ fromId: think.id, toId: news.id, kind: "CORROBORATES", createdById: user.id })]);
  expect(await db.activity.count({ where: { projectId: project.id, action: "claim.relate", actorId: user.id, objectId: think.id } })).toBe(1);

  await related.getByRole("button", { name: /^Remove the link/ }).click();
  await expect(section.getByText("Link removed.")).toBeVisible();
  await expect(section.getByText("No related claims yet.")).toBeVisible();
  await expect(section.getByTestId("provenance-summary")).toHaveText(/^1 report, 1 origin/);
  expect(await db.claimRelation.count({ where: { projectId: project.id } })).toBe(0);
  expect(await db.activity.count({ where: { projectId: project.id, action: "claim.unrelate", actorId: user.id, objectId: think.id } })).toBe(1);
});

test("relating through the search form, and a refused second link in the other direction", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Relate form ${Date.now()}` });
  const think = await claimIn(project, user, THINK_TANK, "Japan pledged US$90 million for the Wattay airport terminal, first opened in 1958.", "Japan pledged US$90 million for Wattay airport.");
  const news = await claimIn(project, user, NEWSPAPER, "Tokyo has promised $90m to extend Wattay airport, which opened in 1958.", "Tokyo promised $90 million to extend Wattay airport.");

  await page.goto(`/projects/${project.id}/claims/${news.id}`);
  const section = page.getByRole("region", { name: "Provenance" });
  await section.getByText("Relate a claim").click();
  await section.getByLabel("Search claims").fill("Japan pledged");
  await expect(section.getByLabel("Claim", { exact: true }).locator("option")).toHaveText([/Japan pledged US\$90 million for Wattay airport\. — Airport funding in Laos/]);
  await section.getByLabel("This claim…").selectOption("contradicts");
  await section.getByRole("button", { name: "Relate", exact: true }).click();
  await expect(section.getByText("Related: this claim contradicts the other.")).toBeVisible();
  await expect(section.getByTestId("related-claims")).toContainText("Contradicts");
  // A contradicting claim is no corroboration: the claim still has one report behind it.
  await expect(section.getByTestId("provenance-summary")).toHaveText(/^1 report, 1 origin/);
  expect(await db.claimRelation.findMany({ where: { projectId: project.id }, select: { fromId: true, toId: true, kind: true } })).toEqual([{ fromId: news.id, toId: think.id, kind: "CONTRADICTS" }]);

  // From the other claim, the same pair again is refused, naming the link there is.
  await page.goto(`/projects/${project.id}/claims/${think.id}`);
  await section.getByText("Relate a claim").click();
  await section.getByLabel("Search claims").fill("Tokyo");
  await expect(section.getByLabel("Claim", { exact: true }).locator("option")).toHaveCount(1);
  await section.getByRole("button", { name: "Relate", exact: true }).click();
  await expect(section.getByText(/already related: one contradicts the other/).first()).toBeVisible();
  expect(await db.claimRelation.count({ where: { projectId: project.id } })).toBe(1);
});
