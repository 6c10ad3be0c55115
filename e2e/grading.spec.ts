import { createBrief } from "@/lib/briefs/create-brief";
import { claimToken } from "@/lib/briefs/claim-references";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeProject, makeSource } from "@/lib/factories";
import { expect, test } from "./fixtures";

const text = (title: string) => `# ${title}\n\nJapan pledged a grant of up to 2.836 billion yen for the Wattay terminal.`;

// Shorter than the form, so that an answer out of sight would stay out of sight.
test.use({ viewport: { width: 1280, height: 640 } });

test("import a source graded B from the Admiralty descriptions: the answer is in view and the source shows B", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Grading ${Date.now()}` });
  await page.goto(`/projects/${project.id}/sources/new`);
  await page.getByLabel("Paste text or Markdown").fill(text("Wattay expansion"));

  // Each grade says what it asserts; none is chosen until the analyst chooses.
  await expect(page.getByRole("radio", { name: "Not graded yet" })).toBeChecked();
  const b = page.getByRole("radio", { name: "B — Usually reliable" });
  await expect(b).toHaveAccessibleDescription("Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time.");
  await expect(page.getByText("No basis exists for evaluating the reliability of the source.")).toBeVisible();
  await b.check();
  await page.getByRole("button", { name: "Import source" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Wattay expansion" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Source imported.");
  await expect(page.getByRole("status")).toBeInViewport();
  const grade = page.locator("dd").filter({ hasText: "Usually reliable" });
  await expect(grade.getByText("B", { exact: true })).toBeVisible();
  const source = await db.source.findFirstOrThrow({ where: { projectId: project.id } });
  expect(source.reliability).toBe("B");
});

test("import without choosing a grade: the source is not graded, which is not F, and the list can filter it", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Ungraded ${Date.now()}` });
  await makeSource(project, user, { text: text("Graded F"), title: "Graded F", reliability: "F" });
  await page.goto(`/projects/${project.id}/sources/new`);
  await page.getByLabel("Paste text or Markdown").fill(text("Pakse bridge"));
  await page.getByRole("button", { name: "Import source" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Pakse bridge" })).toBeVisible();
  await expect(page.getByRole("status")).toBeInViewport();
  const grade = page.locator("dd").filter({ hasText: "Not graded yet" });
  await expect(grade.getByText("Not graded", { exact: true })).toBeVisible();
  await expect(grade.getByText("Not graded yet", { exact: true })).toBeVisible();
  expect((await db.source.findFirstOrThrow({ where: { projectId: project.id, title: "Pakse bridge" } })).reliability).toBeNull();

  await page.goto(`/projects/${project.id}/sources`);
  const list = page.getByTestId("source-list");
  await expect(list.getByRole("row", { name: /Pakse bridge/ })).toContainText("Not graded");
  await expect(list.getByRole("row", { name: /Graded F/ })).not.toContainText("Not graded");
  await page.getByRole("combobox", { name: "Reliability" }).selectOption({ label: "Not graded yet" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/reliability=none/);
  await expect(list.locator("tbody tr")).toHaveCount(1);
  await expect(list).toContainText("Pakse bridge");
});

test("what a read or a refused import comes to is shown at the top, in view and focused, with links to the fields at fault", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Outcome ${Date.now()}` });
  await page.goto(`/projects/${project.id}/sources/new`);
  await page.getByLabel("Paste text or Markdown").fill("Just a body without a title line.");

  await page.getByRole("button", { name: "Import source" }).click();
  const outcome = page.getByTestId("import-outcome");
  await expect(outcome).toHaveAttribute("role", "alert");
  await expect(outcome).toContainText("Give the source a title.");
  await expect(outcome).toBeInViewport();
  await expect(outcome).toBeFocused();
  await expect(page.locator('[data-field-error="title"]')).toHaveText("Give the source a title.");
  await outcome.getByRole("link", { name: "Title: Give the source a title." }).click();
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByLabel("Title")).toBeInViewport();

  await page.getByLabel("Title").fill("Wattay, untitled no more");
  await page.getByRole("button", { name: "Read the document" }).click();
  await expect(outcome).toHaveAttribute("role", "status");
  await expect(outcome).toContainText("Check the details, then import.");
  await expect(outcome).toBeInViewport();
  await expect(outcome).toBeFocused();
  expect(await db.source.count({ where: { projectId: project.id } })).toBe(0);
});

test("a brief citing a claim from a source not graded yet says so, not that it is graded F; grading it F changes the warning", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Brief grades ${Date.now()}` });
  const source = await makeSource(project, user, { text: text("Vientiane Times on Wattay"), title: "Vientiane Times on Wattay" });
  const { body } = await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { body: true } });
  const words = "Japan pledged a grant";
  const start = body.indexOf(words);
  const claim = await createClaim({ userId: user.id, projectId: project.id, input: { sourceId: source.id, start, end: start + words.length, paraphrase: "Japan funds the terminal." } });
  const brief = await createBrief({ userId: user.id, projectId: project.id, input: { title: "Wattay", body: `Japan pays. ${claimToken(claim.id)}` } });

  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  const warnings = page.getByRole("list", { name: "Claim warnings" });
  await expect(warnings.locator('[data-warning="ungraded-source"]')).toContainText("rests on a source not graded yet: “Vientiane Times on Wattay”");
  await expect(warnings).not.toContainText("graded F");

  // Graded F in the source's details, the warning becomes the weak-grade one, and the trail records the grade.
  await page.goto(`/projects/${project.id}/sources/${source.id}`);
  await page.getByText("Edit details").click();
  await page.getByRole("radio", { name: "F — Reliability cannot be judged" }).check();
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.locator('[data-form-message="success"]')).toHaveText("Details saved.");
  expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).reliability).toBe("F");
  const trail = await db.activity.findFirstOrThrow({ where: { objectId: source.id, action: "source.update" }, select: { before: true, after: true } });
  expect(trail).toEqual({ before: { reliability: null }, after: { reliability: "F" } });

  await page.goto(`/projects/${project.id}/briefs/${brief.id}`);
  await expect(warnings.locator('[data-warning="weak-source"]')).toContainText("graded F (reliability cannot be judged)");
  await expect(warnings).not.toContainText("not graded yet");
});
