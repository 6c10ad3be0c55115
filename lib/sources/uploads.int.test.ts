import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeTeam } from "@/lib/factories";
import { makeDocx, makePdf, makeScannedPdf, makeZip, declareSize, CONTENT_TYPES, PNG } from "@/lib/testing/document-files";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { getOriginalFile } from "./get-original-file";
import { getSource } from "./get-source";
import { importSource } from "./import-source";

const encode = (s: string) => new TextEncoder().encode(s);
const NOTE = "Ministry of Foreign Affairs of Japan, “Japan–Laos Summit Meeting”, MOFA, 21 January 2025, https://www.mofa.go.jp/s_sa/sea1/la/page1e_000001.html";

async function rowsOf(projectId: string) {
  const [sources, versions, citations, activity] = await Promise.all([
    db.source.count({ where: { projectId } }),
    db.sourceVersion.count({ where: { source: { projectId } } }),
    db.citation.count({ where: { source: { projectId } } }),
    db.activity.count({ where: { projectId, objectType: "Source" } }),
  ]);
  return { sources, versions, citations, activity };
}

describe("uploads of each type land whole", () => {
  const cases: { name: string; type: string; bytes: () => Promise<Uint8Array>; title: string; sentence: string; citations: number }[] = [
    {
      name: "summit.txt",
      type: "text/plain",
      bytes: async () => encode(`Japan and Laos upgrade ties\n\nThe two leaders agreed a new partnership.¹\n\nNotes\n1. ${NOTE}\n`),
      title: "Japan and Laos upgrade ties",
      sentence: "The two leaders agreed a new partnership.",
      citations: 1,
    },
    {
      name: "summit.md",
      type: "text/markdown",
      bytes: async () => encode(`# Summit notes\n\nThe partnership was upgraded in January 2025.[^1]\n\n[^1]: ${NOTE}\n`),
      title: "Summit notes",
      sentence: "The partnership was upgraded in January 2025.",
      citations: 1,
    },
    {
      name: "article.html",
      type: "text/html",
      bytes: async () =>
        encode(`<!doctype html><html lang="en"><head><title>Wattay grant</title><script>steal()</script><style>p{}</style></head>
<body><nav><a href="/">Home</a></nav><article><h1>Wattay grant</h1>
<p onclick="x()">Japan pledged up to ¥2.836 billion for the airport.<sup><a href="#fn1" id="r1">1</a></sup></p>
<section class="footnotes"><ol><li id="fn1">${NOTE} <a href="#r1">↩</a></li></ol></section></article>
<footer>© News site</footer></body></html>`),
      title: "Wattay grant",
      sentence: "Japan pledged up to ¥2.836 billion for the airport.",
      citations: 1,
    },
    { name: "creditors.docx", type: "", bytes: makeDocx, title: "Laos and its creditors", sentence: "Laos has borrowed heavily for the railway to Kunming.", citations: 3 },
    {
      name: "teachers.pdf",
      type: "application/pdf",
      bytes: () =>
        makePdf([
          {
            lines: [
              { runs: ["Teacher training centres"], size: 20 },
              null,
              { runs: ["Japan is funding teacher development centres in nine provinces.", { sup: "1" }] },
            ],
            notes: [{ n: 1, text: ["JICA, “Teacher training project”, 10 February 2025, https://www.jica.go.jp/laos."] }],
          },
        ]),
      title: "Teacher training centres",
      sentence: "Japan is funding teacher development centres in nine provinces.",
      citations: 1,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const { project, analyst } = await makeTeam();
      const bytes = await c.bytes();
      const { source } = await importSource({
        userId: analyst.id,
        projectId: project.id,
        input: { file: { name: c.name, type: c.type, bytes }, metadata: {} },
      });
      const read = await getSource({ userId: analyst.id, projectId: project.id, sourceId: source.id });
      expect(read.title).toBe(c.title);
      expect(read.text.body).toContain(c.sentence);
      expect(read.text.body).not.toMatch(/steal\(\)|onclick|Home\n|© News site/);
      expect(read.citations).toHaveLength(c.citations);
      expect(read.text.markers.length).toBeGreaterThanOrEqual(1);
      const original = await getOriginalFile({ userId: analyst.id, projectId: project.id, sourceId: source.id });
      expect(original.name).toBe(c.name);
      expect(Buffer.from(original.bytes).equals(Buffer.from(bytes))).toBe(true);
      expect(await rowsOf(project.id)).toEqual({ sources: 1, versions: 1, citations: c.citations, activity: 1 });
    });
  }
});

describe("bad files are refused with a message on the file field, storing nothing", () => {
  const bad: { label: string; file: () => Promise<{ name: string; type: string; bytes: Uint8Array }>; message: RegExp }[] = [
    { label: "an empty file", file: async () => ({ name: "empty.txt", type: "text/plain", bytes: new Uint8Array() }), message: /choose a file|empty/i },
    { label: "a PNG named .pdf", file: async () => ({ name: "report.pdf", type: "application/pdf", bytes: PNG }), message: /PNG/ },
    { label: "an unsupported type", file: async () => ({ name: "notes.odt", type: "", bytes: encode("PK...") }), message: /can.t read OpenDocument|Supported types/ },
    { label: "invalid UTF-8", file: async () => ({ name: "bad.txt", type: "text/plain", bytes: new Uint8Array([0x48, 0xff, 0xfe, 0x00, 0x41]) }), message: /./ },
    { label: "a damaged DOCX", file: async () => ({ name: "broken.docx", type: "", bytes: (await makeDocx()).slice(0, 400) }), message: /damaged|not a Word/i },
    { label: "a scanned PDF", file: async () => ({ name: "scan.pdf", type: "application/pdf", bytes: await makeScannedPdf() }), message: /no text layer|scan/i },
    {
      label: "a DOCX that would unpack to something huge",
      file: async () => {
        const zip = await makeZip({ "[Content_Types].xml": CONTENT_TYPES, "word/document.xml": "<w:document/>" });
        return { name: "bomb.docx", type: "", bytes: declareSize(zip, "word/document.xml", 4_000_000_000) };
      },
      message: /too large|huge|unpack|bomb|damaged/i,
    },
    {
      label: "HTML that is only scripts and navigation",
      file: async () => ({ name: "page.html", type: "text/html", bytes: encode("<html><body><script>alert(1)</script><nav>Menu</nav></body></html>") }),
      message: /no (readable )?text/i,
    },
  ];

  for (const b of bad) {
    it(b.label, async () => {
      const { project, analyst } = await makeTeam();
      const error = await expectAppError(
        importSource({ userId: analyst.id, projectId: project.id, input: { file: await b.file(), metadata: {} } }),
        "invalid",
      );
      const messages = [...(error.fieldErrors?.file ?? []), ...(error.fieldErrors?.text ?? [])];
      expect(messages.join(" ")).toMatch(b.message);
      expect(await rowsOf(project.id)).toEqual({ sources: 0, versions: 0, citations: 0, activity: 0 });
    });
  }
});
