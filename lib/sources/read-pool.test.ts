import { describe, expect, it } from "vitest";
import { makePdf } from "@/lib/testing/document-files";
import { readDocument } from "./read-document";
import { readInWorker } from "./read-pool";

const commentary = [
  "MP-IDSA Commentary",
  "Laos and Japan: A Comprehensive Strategic Partnership",
  "Simran Walia",
  "April 29, 2025",
  "",
  "Japan has given Laos about US$90–100 million a year since 1958.[1]",
  "",
  "[1] JICA, “Annual Report 2024” (JICA), 2024.",
].join("\n");

describe("reading in the parse worker", () => {
  it("gives what reading in the server's own thread gives, for text and for a PDF", async () => {
    const inWorker = await readInWorker({ text: commentary });
    expect(inWorker).toEqual(await readDocument({ text: commentary }));
    expect(inWorker.parsed).toMatchObject({ title: "Laos and Japan: A Comprehensive Strategic Partnership", authors: ["Simran Walia"] });

    const pdf = await makePdf([{ lines: [{ runs: ["Japan funds Wattay airport."] }] }]);
    const request = { file: { name: "airport.pdf", type: "application/pdf", bytes: pdf }, maxBytes: 1 << 20, plainText: false };
    const fromPdf = await readInWorker(request);
    expect(fromPdf).toEqual(await readDocument(request));
    expect(fromPdf.parsed.body).toContain("Japan funds Wattay airport.");
  });

  it("answers a file it cannot read with the reason, as the importer words it", async () => {
    const bytes = new Uint8Array([0x4e, 0x61, 0xff, 0xfe, 0x20, 0x61]);
    await expect(readInWorker({ file: { name: "notes.txt", type: "text/plain", bytes }, maxBytes: 1 << 20, plainText: false })).rejects.toThrow(
      "This file is not valid UTF-8 text (it may be binary or saved in another encoding). Save it as UTF-8 and try again.",
    );
  });

  it("stops a document that takes longer than the limit, and reads the next one", async () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} on the Mekong.[${i + 1}]`).join("\n\n");
    await expect(readInWorker({ text: long }, { timeMs: 1, memoryMb: 1024 })).rejects.toThrow(
      /This document takes too long to read \(over 0 s\)/,
    );
    await expect(readInWorker({ text: commentary })).resolves.toMatchObject({ ok: true });
  });

  it("stops a document that needs more memory than the limit, and reads the next one", async () => {
    // Some 10 MB of text with 100,000 notes: far more than 64 MB of memory to read.
    const big = Array.from({ length: 100_000 }, (_, i) => `Japan funds the Wattay airport terminal, phase ${i}.[${i + 1}]`).join("\n\n");
    const notes = Array.from({ length: 100_000 }, (_, i) => `[${i + 1}] JICA, “Project ${i},” 2024.`).join("\n");
    await expect(readInWorker({ text: `${big}\n\n${notes}` }, { timeMs: 60_000, memoryMb: 64 })).rejects.toThrow(
      /This document needs too much memory to read/,
    );
    await expect(readInWorker({ text: commentary })).resolves.toMatchObject({ ok: true });
  }, 30_000);
});
