import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { parseCitation } from "@/lib/sources/parse/parse-citation";
import { updateCitation } from "@/lib/sources/update-citation";
import { expect, signInAs, test } from "./fixtures";

const TEXT = `# Wattay and its donors

Japan pledged a grant for the terminal.¹ JICA reported the figures.²

## Notes

1. Embassy of Japan, “Grant for Wattay”, 18 October 2024, https://www.la.emb-japan.go.jp/
2. JICA, “Annual Report”, 2024
`;

test("an analyst corrects a note: the fields follow the new text unless edited, the note shows it at once, and the trail names it", async ({ signedInPage: page, user, browser }) => {
  const project = await makeProject(user, { name: `Notes ${Date.now()}` });
  const source = await makeSource(project, user, { text: TEXT, title: "Wattay and its donors" });
  const note = await db.citation.findFirstOrThrow({ where: { sourceId: source.id, label: "2" } });

  await page.goto(`/projects/${project.id}/sources/${source.id}`);
  const item = page.locator("#note-2");
  await item.getByRole("button", { name: "Edit note 2" }).click();
  const form = page.getByRole("form", { name: "Edit note 2" });
  await expect(form.getByLabel("Text")).toHaveValue(note.text);

  // An empty text is refused at the field, and nothing changes.
  await form.getByLabel("Text").fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.locator('[data-field-error="text"]')).toContainText("A note needs its text");
  expect((await db.citation.findUniqueOrThrow({ where: { id: note.id } })).revision).toBe(1);

  // A new text, typed in the reader (whose own text refuses keys), and one field edited by hand.
  const text = "Japan International Cooperation Agency, “Wattay Airport Terminal Expansion”, 2024, https://www.jica.go.jp/english/wattay";
  await form.getByLabel("Text").fill("");
  await form.getByLabel("Text").pressSequentially(text);
  await form.getByLabel("Publisher").fill("JICA");
  await form.getByRole("button", { name: "Save" }).click();

  await expect(form).toBeHidden();
  await expect(item.getByRole("status")).toHaveText("Note 2 saved.");
  const read = parseCitation("2", 2, text);
  await expect(item).toContainText(text);
  await expect(item).toContainText(`Title: ${read.title}`);
  await expect(item).toContainText("Publisher: JICA");
  await expect(item.getByRole("link", { name: "Open link" })).toHaveAttribute("href", "https://www.jica.go.jp/english/wattay");
  expect(await db.citation.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({
    label: "2",
    text,
    title: read.title,
    authors: read.authors,
    issued: read.issued,
    url: read.url,
    publisher: "JICA",
    revision: 2,
  });

  // Someone else corrects the note while the form is open: the save is refused with what they changed, then applied on top.
  const colleague = await makeUser({ name: "Kenji Sato" });
  await makeMember(project, user, colleague, "ANALYST");
  await item.getByRole("button", { name: "Edit note 2" }).click();
  await form.getByLabel("Date").fill("March 2024");
  await updateCitation({ userId: colleague.id, projectId: project.id, sourceId: source.id, citationId: note.id, input: { title: "Wattay terminal" } });
  await form.getByRole("button", { name: "Save" }).click();
  const conflict = form.locator("[data-conflict]");
  await expect(conflict).toContainText("Kenji Sato saved a newer version");
  await expect(conflict.locator('[data-conflict-field="title"] ins')).toHaveText("Wattay terminal");
  await expect(form.getByLabel("Date")).toHaveValue("March 2024");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toBeHidden();
  await expect(item).toContainText("Date: March 2024");
  expect(await db.citation.findUniqueOrThrow({ where: { id: note.id } })).toMatchObject({ title: "Wattay terminal", issued: "March 2024", publisher: "JICA", revision: 4 });

  await page.goto(`/projects/${project.id}/activity`);
  await expect(page.getByTestId("activity-list")).toContainText(`${user.name} edited note 2 of “Wattay and its donors”`);
  await page.getByLabel("What").selectOption("Citation");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("activity-list").locator("li")).toHaveCount(3);

  // A viewer reads the notes but is offered no way to change them.
  const viewer = await makeUser();
  await makeMember(project, user, viewer, "VIEWER");
  const viewerPage = await (await browser.newContext()).newPage();
  await signInAs(viewerPage, viewer);
  await viewerPage.goto(`/projects/${project.id}/sources/${source.id}`);
  await expect(viewerPage.locator("#note-2")).toContainText("Date: March 2024");
  await expect(viewerPage.getByRole("button", { name: /^Edit note/ })).toHaveCount(0);
  await viewerPage.context().close();
});
