import { randomBytes } from "node:crypto";
import mammoth from "mammoth";
import { afterEach, describe, expect, it, vi } from "vitest";
import yauzl from "yauzl";
import { CONTENT_TYPES, declareSize, makeDocx, makeZip } from "@/lib/testing/document-files";
import { parseDocument } from "../parse-document";
import { extractFile } from "./index";

const upload = (bytes: Uint8Array, options?: Parameters<typeof extractFile>[1]) =>
  extractFile(
    { name: "report.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes },
    options,
  );

afterEach(() => vi.restoreAllMocks());

describe("extractFile: DOCX", () => {
  it("turns Word footnotes and endnotes into markers and a Notes section that parseDocument links", async () => {
    const extracted = await upload(await makeDocx());
    expect(extracted).toMatchObject({
      format: "docx",
      title: "Laos and its creditors",
      authors: ["Jane Doe", "John Roe"],
    });
    expect(extracted.publishedOn).toBeNull(); // when the file was created is not when the work was published
    expect(extracted.text).toBe(
      [
        "# Laos and its creditors",
        "## Background",
        "Laos has borrowed heavily for the railway to Kunming.¹ The government is negotiating with its creditors.²",
        "Growth slowed in 2024.³ Inflation fell.",
        "## Notes",
        [
          "1. Jane Doe, ‘Laos’s debt trap’, Chatham House, 3 February 2024, https://www.chathamhouse.org/2024/02/laos.",
          "2. World Bank, “Lao Economic Monitor,” May 2024.",
          "3. IMF, “Article IV Consultation,” 2023, https://www.imf.org/lao.",
        ].join("\n"),
      ].join("\n\n"),
    );

    const doc = parseDocument(extracted.text);
    expect(doc.title).toBe("Laos and its creditors");
    expect(doc.body).toBe(
      "## Background\n\nLaos has borrowed heavily for the railway to Kunming. The government is negotiating with its creditors.\n\n" +
        "Growth slowed in 2024. Inflation fell.",
    );
    expect(doc.markers.map((m) => [m.label, doc.body.slice(m.offset - 8, m.offset)])).toEqual([
      ["1", "Kunming."],
      ["2", "editors."],
      ["3", "in 2024."],
    ]);
    expect(doc.citations.map((c) => [c.label, c.title, c.url])).toEqual([
      ["1", "Laos’s debt trap", "https://www.chathamhouse.org/2024/02/laos"],
      ["2", "Lao Economic Monitor", null],
      ["3", "Article IV Consultation", "https://www.imf.org/lao"],
    ]);
  });

  it("refuses a zip bomb from its central directory, without decompressing anything", async () => {
    const bomb = await makeZip({
      "[Content_Types].xml": CONTENT_TYPES,
      "word/document.xml": Buffer.alloc(200 * 1024 * 1024), // 200 MB of zeros, about 200 KB compressed
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const convert = vi.spyOn(mammoth, "convertToHtml");
    const inflate = vi.spyOn(yauzl.ZipFile.prototype, "openReadStream");
    await expect(upload(bomb)).rejects.toThrow(
      "This DOCX file was not opened: one of its parts is compressed more than 200 to 1, as in a “zip bomb”.",
    );
    expect(convert).not.toHaveBeenCalled();
    expect(inflate).not.toHaveBeenCalled();
  }, 20_000);

  it("refuses an archive that unpacks to more than maxUnpackedBytes", async () => {
    const docx = await makeZip({
      "[Content_Types].xml": CONTENT_TYPES,
      "word/document.xml": randomBytes(1024 * 1024).toString("hex"), // 2 MB that compresses about 2 to 1
    });
    await expect(upload(docx, { maxUnpackedBytes: 1024 * 1024 })).rejects.toThrow(
      "This DOCX file unpacks to 2.1 MB; the limit is 1 MB. Save it as PDF or split it, then upload it again.",
    );
  });

  it("refuses an archive that declares smaller sizes than its contents inflate to", async () => {
    const honest = await makeZip({
      "[Content_Types].xml": CONTENT_TYPES,
      "word/document.xml": Buffer.alloc(5 * 1024 * 1024),
    });
    const lying = declareSize(honest, "word/document.xml", 50_000); // a plausible ratio for the compressed size
    const convert = vi.spyOn(mammoth, "convertToHtml");
    await expect(upload(lying)).rejects.toThrow("This DOCX file is damaged or not a Word document.");
    expect(convert).not.toHaveBeenCalled();
  });

  it("refuses a truncated or corrupt DOCX", async () => {
    const docx = await makeDocx();
    await expect(upload(docx.subarray(0, docx.length - 100))).rejects.toThrow(
      "This DOCX file is damaged or not a Word document.",
    );
    const broken = await makeZip({ "[Content_Types].xml": CONTENT_TYPES, "word/document.xml": "<w:document><w:body" });
    await expect(upload(broken)).rejects.toThrow("This DOCX file is damaged or not a Word document.");
  });

  it("refuses a Word document with no text", async () => {
    const empty = await makeZip({
      "[Content_Types].xml": CONTENT_TYPES,
      "word/document.xml":
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>',
    });
    await expect(upload(empty)).rejects.toThrow("This Word document has no text in it.");
  });
});
