import { db } from "@/lib/db";
import { makeProject } from "@/lib/factories";
import { makeDocx, makePdf } from "@/lib/testing/document-files";
import { expect, test } from "./fixtures";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("upload a Word file: its footnotes become linked citations, and a second upload is caught", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Debt ${Date.now()}` });
  const docx = Buffer.from(await makeDocx());

  await page.goto(`/projects/${project.id}/sources`);
  await page.getByRole("link", { name: "Import a source" }).click();
  await page.getByLabel("File").setInputFiles({ name: "laos-creditors.docx", mimeType: DOCX, buffer: docx });
  await page.getByRole("button", { name: "Read the document" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("3 footnotes");
  await expect(page.getByLabel("Title")).toHaveValue("Laos and its creditors");
  await page.getByLabel("Kind").selectOption("REPORT");
  await page.getByRole("radio", { name: "B — Usually reliable" }).check();
  await page.getByRole("button", { name: "Import source" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Laos and its creditors" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("3 footnotes became citations");
  const text = page.getByTestId("source-text");
  await expect(text).toContainText("Laos has borrowed heavily for the railway to Kunming.");
  await expect(page.getByTestId("notes-list").locator("li")).toHaveCount(3);

  // A marker shows its note on focus and links to it.
  const marker = text.locator('a[data-marker="1"]');
  await marker.focus();
  await expect(text.getByRole("tooltip").first()).toContainText("Chatham House");
  await marker.click();
  await expect(page).toHaveURL(/#note-1$/);
  await expect(page.locator("#note-1")).toContainText("https://www.chathamhouse.org/2024/02/laos");

  const source = await db.source.findFirstOrThrow({ where: { projectId: project.id }, include: { citations: true, versions: true } });
  expect(source).toMatchObject({ kind: "REPORT", reliability: "B", version: 1 });
  expect(source.citations).toHaveLength(3);
  expect(source.versions[0]!.originalName).toBe("laos-creditors.docx");

  // The original comes back byte for byte, as a download that a browser never renders; a signed-out visitor is sent to sign in.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download the original/ }).click()]);
  expect(download.suggestedFilename()).toBe("laos-creditors.docx");
  const saved = await download.path();
  expect(Buffer.compare(await import("node:fs/promises").then((fs) => fs.readFile(saved)), docx)).toBe(0);
  const stranger = await page.context().browser()!.newContext();
  const response = await stranger.request.get(`${page.url().split("?")[0]}/original`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/sign-in\?callbackUrl=/);
  await stranger.close();

  // The same file again is refused, with the offer to make it a new version.
  await page.goto(`/projects/${project.id}/sources/new`);
  await page.getByLabel("File").setInputFiles({ name: "copy.docx", mimeType: DOCX, buffer: docx });
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.locator('[data-form-message="error"]')).toContainText("already in the project as “Laos and its creditors”");
  expect(await db.source.count({ where: { projectId: project.id } })).toBe(1);
  await page.getByRole("button", { name: "Import as a new version of “Laos and its creditors”" }).click();
  await expect(page.getByRole("status")).toContainText("Imported as version 2");
  await expect(page.getByTestId("version-list").locator("li")).toHaveCount(2);
});

test("upload a PDF whose page footer splits a sentence, then find it by search", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `PDF ${Date.now()}` });
  const pdf = Buffer.from(
    await makePdf([
      {
        lines: [
          { runs: ["Wattay expansion"], size: 20 },
          null,
          { runs: ["Japan pledged a grant of up to 2.836 billion yen for the terminal.", { sup: "1" }, " The works"] },
          { runs: ["are scheduled to"] },
        ],
        notes: [{ n: 1, text: ["Embassy of Japan in the Lao PDR, “Grant aid for Wattay”, 18 October 2024,", "https://www.la.emb-japan.go.jp/."] }],
      },
      { lines: [{ runs: ["finish before the airport's busiest season."] }] },
    ]),
  );

  await page.goto(`/projects/${project.id}/sources/new`);
  await page.getByLabel("File").setInputFiles({ name: "wattay.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wattay expansion" })).toBeVisible();
  const text = page.getByTestId("source-text");
  await expect(text).toContainText("The works are scheduled to finish before the airport's busiest season.");
  await expect(page.locator("#note-1")).toContainText("Grant aid for Wattay");
  // The footer note left the body (the reader only shows it in the marker's tooltip).
  const stored = await db.source.findFirstOrThrow({ where: { projectId: project.id } });
  expect(stored.body).toContain("for the terminal. The works are scheduled to finish");
  expect(stored.body).not.toContain("Grant aid for Wattay");

  await page.getByLabel("Search this project").fill('"busiest season"');
  await page.getByLabel("Search this project").press("Enter");
  const results = page.getByTestId("source-results");
  await expect(results).toContainText("Wattay expansion");
  await expect(results.locator("mark").first()).toHaveText(/busiest/i);

  await page.getByLabel("Search", { exact: true }).fill("EMBASSY");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("citation-results")).toContainText("Grant aid for Wattay");
});

test("bad uploads get a clear message in the form and store nothing", async ({ signedInPage: page, user }) => {
  const project = await makeProject(user, { name: `Bad ${Date.now()}` });
  await page.goto(`/projects/${project.id}/sources/new`);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  await page.getByLabel("File").setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: png });
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.locator('[data-field-error="file"]')).toBeVisible();
  await expect(page.locator('[data-field-error="file"]')).toContainText(/PNG|image/i);

  await page.getByLabel("File").setInputFiles({ name: "page.html", mimeType: "text/html", buffer: Buffer.from("<html><body><script>alert(1)</script><nav>Home</nav></body></html>") });
  await page.getByRole("button", { name: "Import source" }).click();
  await expect(page.locator('[data-field-error="file"]')).toContainText(/no (readable )?text/i);
  expect(await db.source.count({ where: { projectId: project.id } })).toBe(0);
});
