import { describe, expect, it } from "vitest";
import type { SourcesAnnex } from "@/lib/briefs/document";
import { readZipEntries } from "@/lib/sources/extract/inspect-zip";
import { HOSTILE, sampleBrief, SOURCES_ANNEX } from "@/lib/testing/brief-fixture";
import { writeBrief } from "./write-brief";

const withAnnex = (sources: SourcesAnnex = SOURCES_ANNEX) => sampleBrief({ sources });

async function docxText(body: Buffer | string): Promise<string> {
  const entries = await readZipEntries(new Uint8Array(body as Buffer), () => true, (name) => name === "word/document.xml");
  const xml = entries.get("word/document.xml")!.toString("utf8");
  // Paragraph by paragraph, so that headings and lines stay apart.
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")).join(""))
    .join("\n");
}

describe("the Sources annex in every format", () => {
  it("Markdown: a Sources section after the bibliography and before the appendix, each source a numbered item", async () => {
    const md = (await writeBrief(withAnnex(), "md")).body as string;
    const at = (text: string) => md.indexOf(text);
    expect(at("## Bibliography")).toBeLessThan(at("## Sources"));
    expect(at("## Sources")).toBeLessThan(at("## Appendix: claims used"));
    expect(md).toContain("## Sources\n\nThis brief rests on 3 sources from 2 independent origins.");
    expect(md).toContain("### Source descriptors\n\n1. **Laos’s debt trap**  \n   **Type:** Commentary  \n   **Reliability:** D — Not usually reliable");
    expect(md).toContain("**Status:** Retracted on 1 May 2026: Withdrawn by the publisher.");
    expect(md).toContain("**Rests on it:** 2 claims of this brief");
    expect(md).toContain("3. **Vientiane Times**");
    expect(md).toContain("**Rests on it:** Cited directly");
    expect(md).toContain("### Claims resting on a single origin\n\n- Laos remains dependent on Chinese credit. — 2 reports, 1 origin: Lao News Agency, 23 January 2025 (circular reporting)");
    expect(md).not.toMatch(/judgment/);
    expect((await writeBrief(sampleBrief(), "md")).body).not.toContain("## Sources");
  });

  it("HTML: a section with the statement, a list of descriptors with live URLs, and escaped text", async () => {
    const hostile = { ...SOURCES_ANNEX, statement: HOSTILE, sources: [{ ...SOURCES_ANNEX.sources[0]!, title: HOSTILE }] };
    const html = (await writeBrief(withAnnex(), "html")).body as string;
    expect(html.indexOf("<h2>Bibliography</h2>")).toBeLessThan(html.indexOf('<h2 id="sources-title">Sources</h2>'));
    expect(html.indexOf('<h2 id="sources-title">Sources</h2>')).toBeLessThan(html.indexOf("Appendix: claims used"));
    expect(html).toContain('<p class="source-summary">This brief rests on 3 sources from 2 independent origins.');
    expect(html).toContain("<h3>Source descriptors</h3>");
    expect(html).toContain('<li value="1"><strong>Laos’s debt trap</strong><dl><dt>Type:</dt> <dd>Commentary</dd>');
    expect(html).toContain('<a href="https://www.chathamhouse.org/2024/02/laos" rel="noopener noreferrer">https://www.chathamhouse.org/2024/02/laos</a>, imported into Claimwork on 4 March 2026');
    expect(html).toContain('<dd class="retracted">Retracted on 1 May 2026: Withdrawn by the publisher.</dd>');
    expect(html).toContain("<li>Laos remains dependent on Chinese credit. — 2 reports, 1 origin: Lao News Agency, 23 January 2025 (circular reporting)</li>");
    const escaped = (await writeBrief(withAnnex(hostile), "html")).body as string;
    expect(escaped).not.toContain("<img");
    expect(escaped).toContain("<strong>&lt;img src=x onerror=alert(1)&gt;</strong>");
  });

  it("DOCX: a Sources heading, the statement, each descriptor's lines and the single-origin claims", async () => {
    const text = await docxText((await writeBrief(withAnnex(), "docx")).body);
    expect(text.indexOf("\nBibliography\n")).toBeLessThan(text.indexOf("\nSources\n"));
    expect(text.indexOf("\nSources\n")).toBeLessThan(text.indexOf("Appendix: claims used"));
    expect(text).toContain("\nSources\nThis brief rests on 3 sources from 2 independent origins.");
    expect(text).toContain("\nSource descriptors\n1. Laos’s debt trap\nType: Commentary\nReliability: D — Not usually reliable");
    expect(text).toContain("Access: https://www.chathamhouse.org/2024/02/laos, imported into Claimwork on 4 March 2026");
    expect(text).toContain("Status: Retracted on 1 May 2026: Withdrawn by the publisher.");
    expect(text).toContain("\nClaims resting on a single origin\nLaos remains dependent on Chinese credit. — 2 reports, 1 origin: Lao News Agency, 23 January 2025 (circular reporting)");
  });
});
