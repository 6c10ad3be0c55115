import { describe, expect, it } from "vitest";
import { CONTENT_TYPES, makeDocx, makePdf, makeZip, PNG } from "@/lib/testing/document-files";
import { parseDocument } from "../parse-document";
import { extractFile, ExtractionError, type UploadedFile } from "./index";

const file = (name: string, bytes: Uint8Array | string, type = ""): UploadedFile => ({
  name,
  type,
  bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
});

async function refusal(upload: UploadedFile, options?: Parameters<typeof extractFile>[1]): Promise<string> {
  const error = await extractFile(upload, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  expect((error as ExtractionError).field).toBe("file");
  expect((error as ExtractionError).fieldErrors).toEqual({ file: [(error as ExtractionError).message] });
  return (error as ExtractionError).message;
}

describe("extractFile: plain text and Markdown", () => {
  it("passes Markdown through, so parseDocument finds its notes", async () => {
    const text =
      "# Title\n\nLaos has borrowed heavily.¹\n\n## Notes\n\n1. World Bank, “Lao Economic Monitor,” May 2024.";
    const extracted = await extractFile(file("brief.md", text, "text/markdown"));
    expect(extracted).toEqual({ format: "markdown", readAs: "markdown", text });
    const doc = parseDocument(extracted.text);
    expect(doc.body).toBe("Laos has borrowed heavily.");
    expect(doc.citations.map((c) => [c.label, c.title])).toEqual([["1", "Lao Economic Monitor"]]);
  });

  it("reads UTF-8 with a BOM, UTF-16 with a BOM, and a .txt that starts with a tag as text", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Café au lait.")]);
    expect(await extractFile(file("a.txt", bom))).toEqual({ format: "text", readAs: "text", text: "Café au lait." });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from("Hello Laos.", "utf16le")]);
    expect((await extractFile(file("b.txt", utf16))).text).toBe("Hello Laos.");
    expect((await extractFile(file("c.md", "<div>Inline HTML</div> in Markdown."))).format).toBe("markdown");
  });

  it("reads a windows-1252 page's curly quotes and dashes (bytes 0x80–0x9F), as Word's web pages write them", async () => {
    const page = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body><p>China'),
      0x92,
      ...new TextEncoder().encode("s weight "),
      0x96,
      ...new TextEncoder().encode(" "),
      0x93,
      ...new TextEncoder().encode("quality"),
      0x94,
      ...new TextEncoder().encode(".</p></body></html>"),
    ]);
    expect((await extractFile(file("word.html", page))).text).toBe("China’s weight – “quality”.");
  });

  it("uses the MIME type, then the bytes, when the name has no extension", async () => {
    expect((await extractFile(file("notes", "Some text.", "text/plain"))).format).toBe("text");
    expect((await extractFile(file("page", "<!doctype html><p>Hi there.</p>"))).format).toBe("html");
    expect((await extractFile(file("report", await makeDocx()))).format).toBe("docx");
  });

  it("refuses invalid UTF-8, NUL bytes, an empty file and a file with only whitespace", async () => {
    expect(await refusal(file("notes.txt", new Uint8Array([0x48, 0x69, 0xc3, 0x28, 0x21])))).toMatch(
      /not valid UTF-8 text/,
    );
    expect(await refusal(file("notes.txt", new Uint8Array([0x48, 0x00, 0x69])))).toMatch(/not valid UTF-8 text/);
    expect(await refusal(file("empty.pdf", new Uint8Array()))).toBe("The file is empty.");
    expect(await refusal(file("blank.md", " \n\n\t \n"))).toBe("There is no text in this file.");
  });
});

describe("extractFile: what the file really is", () => {
  it("refuses a PNG named .pdf, naming what it is", async () => {
    expect(await refusal(file("report.pdf", PNG, "application/pdf"))).toBe(
      "This file is named “report.pdf” but it is a PNG image, not a PDF.",
    );
  });

  it("refuses a ZIP or a Word document named .pdf, and a PDF named .docx", async () => {
    const zip = await makeZip({ "readme.txt": "hello" });
    expect(await refusal(file("report.pdf", zip))).toBe(
      "This file is named “report.pdf” but it is a ZIP archive, not a PDF.",
    );
    expect(await refusal(file("report.pdf", await makeDocx()))).toBe(
      "This file is named “report.pdf” but it is a Word document, not a PDF. Rename it to .docx and upload it again.",
    );
    const pdf = await makePdf([{ lines: [{ runs: ["Hello."] }] }]);
    expect(await refusal(file("report.docx", pdf))).toMatch(
      /but it is a PDF, not a Word document\. Rename it to \.pdf/,
    );
  });

  it("refuses plain text named .docx and a ZIP without a Word document in it", async () => {
    expect(await refusal(file("notes.docx", "Just some notes."))).toBe(
      "This file is named “notes.docx” but it is a text file, not a Word document. Rename it to .txt and upload it again.",
    );
    const xlsx = await makeZip({ "[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": "<workbook/>" });
    expect(await refusal(file("budget.docx", xlsx))).toMatch(
      /but it is an Excel workbook \(\.xlsx\), not a Word document/,
    );
  });

  it("explains old .doc files and password-protected Word files (both are OLE containers)", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await refusal(file("memo.docx", ole))).toMatch(/password-protected or in the old \.doc format/);
    expect(await refusal(file("memo.doc", ole))).toBe(
      "Claimwork can't read old Word (.doc) files. Save it as .docx or PDF and upload that.",
    );
  });

  it("lists the supported types for anything else", async () => {
    const supported =
      "Supported types are plain text (.txt), Markdown (.md), HTML (.html), Word (.docx) and PDF (.pdf).";
    expect(await refusal(file("photo.png", PNG, "image/png"))).toBe(`Claimwork can't read .png files. ${supported}`);
    expect(await refusal(file("photo", PNG, "image/png"))).toBe(`This file is a PNG image. ${supported}`);
    expect(await refusal(file("data.csv", "a,b\n1,2"))).toBe(`Claimwork can't read .csv files. ${supported}`);
  });

  it("refuses binary data named .txt", async () => {
    expect(await refusal(file("notes.txt", PNG))).toBe(
      "This file is named “notes.txt” but it is a PNG image, not a text file.",
    );
  });
});

describe("extractFile: size limit", () => {
  it("refuses a file over the limit before reading it", async () => {
    const big = new Uint8Array(Math.round(23.4 * 1024 * 1024)); // zeros: not even a valid PDF
    expect(await refusal(file("big.pdf", big))).toBe("The file is 23.4 MB; the limit is 20 MB.");
    expect(await refusal(file("small.txt", "0123456789"), { maxBytes: 5 })).toBe(
      "The file is 10 bytes; the limit is 5 bytes.",
    );
  });
});
