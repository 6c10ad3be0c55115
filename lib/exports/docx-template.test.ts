import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { sampleBrief } from "@/lib/testing/brief-fixture";
import { BODY_FONT, HEADING_COLOR, HEADING_FONT, houseTemplate, LOGO_PNG, TEMPLATE_FOOTER, TEMPLATE_HEADER } from "@/lib/testing/docx-template-fixture";
import { writeBriefDocx } from "./brief-docx";
import { checkDocxTemplate, DocxTemplateError } from "./docx-template";

const MARKING = "OFFICIAL-SENSITIVE";

async function parts(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the package`);
    return file.async("string");
  };
  return { zip, read };
}

const wordText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
const style = (styles: string, id: string) => new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";

/** The part a document's default header or footer is in, found the way Word finds it. */
async function defaultPart(read: (name: string) => Promise<string>, kind: "header" | "footer") {
  const document = await read("word/document.xml");
  const id = new RegExp(`<w:${kind}Reference w:type="default" r:id="([^"]+)"`).exec(document)?.[1];
  const rels = await read("word/_rels/document.xml.rels");
  const target = new RegExp(`<Relationship Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  expect(target, `the default ${kind}`).toBeDefined();
  return `word/${target}`;
}

describe("writeBriefDocx with the project's Word template", () => {
  it("takes the template's styles, keeps our body and footnotes, and puts its header and footer around the marking", async () => {
    const { zip, read } = await parts(await writeBriefDocx(sampleBrief({ marking: MARKING }), { template: await houseTemplate() }));

    const styles = await read("word/styles.xml");
    const heading = style(styles, "Heading1");
    expect(heading).toContain(`w:ascii="${HEADING_FONT}"`);
    expect(heading).toContain(`<w:color w:val="${HEADING_COLOR}"/>`);
    expect(style(styles, "Normal")).toContain(`w:ascii="${BODY_FONT}"`);
    // Styles the template lacks are still there: footnote references stay superscript.
    expect(style(styles, "FootnoteReference")).toContain('<w:vertAlign w:val="superscript"/>');
    expect(styles.match(/w:styleId="Heading1"/g)).toHaveLength(1);

    const document = await read("word/document.xml");
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(wordText(document)).toContain("¥2.836 billion");
    expect(wordText(document)).not.toContain("House template.");
    const footnotes = await read("word/footnotes.xml");
    for (const n of [1, 2, 3]) expect(document).toContain(`<w:footnoteReference w:id="${n}"/>`);
    expect(wordText(footnotes)).toContain("Jane Doe, “Laos’s debt trap”, Chatham House");

    const headerPath = await defaultPart(read, "header");
    const header = await read(headerPath);
    expect(wordText(header)).toBe(`${MARKING} ${TEMPLATE_HEADER}`);
    expect(header.indexOf(MARKING)).toBeLessThan(header.indexOf(TEMPLATE_HEADER));
    expect(header).toMatch(new RegExp(`<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${MARKING}<`));

    // The logo came along: the header's relationship points at a copy of the template's image.
    const embed = /r:embed="([^"]+)"/.exec(header)?.[1];
    const headerRels = await read(headerPath.replace("word/", "word/_rels/") + ".rels");
    const image = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"`).exec(headerRels)?.[1];
    expect(image).toBeDefined();
    expect(Buffer.from(await zip.file(`word/${image}`)!.async("uint8array"))).toEqual(LOGO_PNG);
    expect(await read("[Content_Types].xml")).toMatch(/<Default [^>]*Extension="png"/);

    const footer = await read(await defaultPart(read, "footer"));
    const text = wordText(footer);
    expect(text).toBe(`${TEMPLATE_FOOTER}Page  of ${MARKING}`);
    expect(footer).toContain(">PAGE</w:instrText>");
    expect(footer.lastIndexOf(MARKING)).toBeGreaterThan(footer.lastIndexOf("PAGE"));
  });

  it("leaves the page number to a template footer that has one", async () => {
    const { read } = await parts(await writeBriefDocx(sampleBrief({ marking: MARKING }), { template: await houseTemplate({ pageNumbers: true }) }));
    const footer = await read(await defaultPart(read, "footer"));
    expect(footer.match(/>PAGE<\/w:instrText>/g)).toHaveLength(1);
    expect(wordText(footer)).toBe(`${TEMPLATE_FOOTER} — ${MARKING}`);
  });

  it("without a marking, puts nothing of ours in the template's header", async () => {
    const { read } = await parts(await writeBriefDocx(sampleBrief({ marking: null }), { template: await houseTemplate() }));
    expect(wordText(await read(await defaultPart(read, "header")))).toBe(` ${TEMPLATE_HEADER}`);
    expect(wordText(await read(await defaultPart(read, "footer")))).toBe(`${TEMPLATE_FOOTER}Page  of `);
  });

  it("keeps endnotes as endnotes with a template", async () => {
    const { read } = await parts(await writeBriefDocx(sampleBrief({ notes: "endnotes" }), { template: await houseTemplate() }));
    expect(await read("word/document.xml")).toContain('<w:endnoteReference w:id="1"/>');
    expect(wordText(await read("word/endnotes.xml"))).toContain("Jane Doe, “Laos’s debt trap”");
  });
});

describe("checkDocxTemplate", () => {
  const zipOf = async (files: Record<string, string>) => {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
  };
  const refusal = async (bytes: Uint8Array) => {
    const error = await checkDocxTemplate(bytes).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DocxTemplateError);
    return (error as Error).message;
  };

  it("accepts a Word document", async () => {
    await expect(checkDocxTemplate(new Uint8Array(await houseTemplate()))).resolves.toBeUndefined();
  });

  it("refuses what is not a .docx, with the reason", async () => {
    expect(await refusal(new TextEncoder().encode("%PDF-1.7 not a zip"))).toMatch(/not a Word document/);
    expect(await refusal(await zipOf({ "content.xml": "<office/>" }))).toMatch(/no word\/document\.xml/);
    expect(await refusal(await zipOf({ "word/document.xml": "<w:document/>" }))).toMatch(/no styles/);
    expect(
      await refusal(
        await zipOf({
          "word/document.xml": '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>',
          "word/styles.xml": '<w:styles xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>',
        }),
      ),
    ).toMatch(/Strict Open XML/);
  });
});
