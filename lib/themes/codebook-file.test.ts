import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { nestThemes, parseCodebookFile, toCodebookJson } from "./codebook-file";
import { parseQdc, renderQdc, themeGuid } from "./qdc";

const rows = [
  { id: "t1", parentId: null, name: "China balancing", colour: "#dc2626", description: "Hedging" },
  { id: "t2", parentId: "t1", name: "Belt & Road debt", colour: "#b91c1c", description: "" },
  { id: "t3", parentId: "t2", name: "Vientiane railway", colour: "#7f1d1d", description: 'Line "Boten–Vientiane" <1,035 km>' },
  { id: "t4", parentId: null, name: "Energy", colour: "#65a30d", description: "Hydropower\nand grids" },
];

function refusal(text: string): string {
  try {
    parseCodebookFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid");
    return (error as AppError).message;
  }
  throw new Error("expected a refusal");
}

describe("JSON codebooks", () => {
  it("round-trip the nested tree", () => {
    const json = toCodebookJson(nestThemes(rows), { project: "Laos", exportedAt: new Date("2025-01-01T00:00:00Z") });
    expect(json.themes[0]).toMatchObject({ name: "China balancing", children: [{ name: "Belt & Road debt", children: [{ name: "Vientiane railway" }] }] });
    const { format, codebook } = parseCodebookFile(JSON.stringify(json));
    expect(format).toBe("json");
    expect(codebook.themes).toEqual(json.themes);
  });

  it("accept a minimal file: colour, description and children may be left out", () => {
    const { codebook } = parseCodebookFile('{"format":"claimwork-codebook","version":1,"themes":[{"name":"  Trade  and   investment "}]}');
    expect(codebook.themes).toEqual([{ name: "Trade and investment", colour: undefined, description: "", children: [] }]);
  });

  it("refuse what is not a codebook with a clear message", () => {
    expect(refusal("")).toBe("The codebook file is empty.");
    expect(refusal("{not json")).toMatch(/^The codebook file is not valid JSON\./);
    expect(refusal('{"format":"something-else","version":1,"themes":[]}')).toMatch(/not a Claimwork codebook/);
    expect(refusal('{"format":"claimwork-codebook","version":2,"themes":[]}')).toMatch(/version/);
    expect(refusal('{"format":"claimwork-codebook","version":1,"themes":[{"name":"A","colour":"red"}]}')).toBe(
      "The codebook file is not valid: Use a colour like #2563eb. (at themes[1].colour)",
    );
    expect(refusal('{"format":"claimwork-codebook","version":1,"themes":[{"name":"A","children":[{"name":""}]}]}')).toMatch(
      /Give the theme a name\. \(at themes\[1\]\.children\[1\]\.name\)/,
    );
  });

  it("refuse a name used twice, in any case", () => {
    const file = { format: "claimwork-codebook", version: 1, themes: [{ name: "Energy" }, { name: "Trade", children: [{ name: "ENERGY" }] }] };
    expect(refusal(JSON.stringify(file))).toBe("The codebook names the theme “ENERGY” twice (also as “Energy”).");
  });

  it("refuse nesting deeper than the limit, even when hostile", () => {
    let node: Record<string, unknown> = { name: "leaf" };
    for (let i = 0; i < 9; i++) node = { name: `level ${i}`, children: [node] };
    expect(refusal(JSON.stringify({ format: "claimwork-codebook", version: 1, themes: [node] }))).toMatch(/deeper than 8 levels/);
    const hostile = `{"format":"claimwork-codebook","version":1,"themes":[${'{"name":"x","children":['.repeat(50_000)}`;
    expect(refusal(hostile)).toMatch(/not valid JSON/);
    const deepButValid = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    expect(refusal(deepButValid)).toMatch(/deeper than 8 levels/);
  });
});

describe("REFI-QDA codebooks", () => {
  it("render codes with stable GUIDs, escaped names and nested sub-codes", () => {
    const xml = renderQdc(nestThemes(rows));
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Claimwork">');
    expect(xml).toContain(`<Code guid="${themeGuid("t2")}" name="Belt &amp; Road debt" isCodable="true" color="#B91C1C">`);
    expect(xml).toContain("<Description>Line \"Boten–Vientiane\" &lt;1,035 km&gt;</Description>");
    expect(themeGuid("t1")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(themeGuid("t1")).toBe(themeGuid("t1"));
    expect(themeGuid("t1")).not.toBe(themeGuid("t2"));
  });

  it("round-trip through parsing", () => {
    const { format, codebook } = parseCodebookFile(renderQdc(nestThemes(rows)));
    expect(format).toBe("qdc");
    expect(codebook.themes).toEqual(toCodebookJson(nestThemes(rows), { project: "", exportedAt: new Date() }).themes);
  });

  it("read other tools' files: prefixes, short colours, CDATA, sets and missing colours", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
      <!DOCTYPE CodeBook [<!ENTITY boom "boom">]>
      <qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti">
        <qda:Codes>
          <qda:Code guid="{0F5A8C7E-1111-4222-8333-944445555666}" name="Aid" isCodable="false" color="#0A0">
            <qda:Description><![CDATA[Grants & loans]]></qda:Description>
            <qda:Code guid="0f5a8c7e-1111-4222-8333-944445555667" name="JICA" isCodable="true"/>
          </qda:Code>
        </qda:Codes>
        <qda:Sets><qda:Set guid="0f5a8c7e-1111-4222-8333-944445555668" name="A set"/></qda:Sets>
      </qda:CodeBook>`;
    expect(parseQdc(xml)).toEqual([
      { name: "Aid", colour: "#00aa00", description: "Grants & loans", children: [{ name: "JICA", colour: undefined, description: "", children: [] }] },
    ]);
  });

  it("read the codebook inside a whole project file (.qde)", () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="0f5a8c7e-1111-4222-8333-944445555667" name="Energy" isCodable="true"/></Codes></CodeBook></Project>`;
    expect(parseQdc(xml).map((c) => c.name)).toEqual(["Energy"]);
  });

  it("refuse XML that is not a codebook", () => {
    expect(refusal("<html><body>hello</body></html>")).toMatch(/not a REFI-QDA codebook/);
    expect(refusal("<CodeBook></CodeBook>")).toMatch(/no <Codes> element/);
    expect(refusal('<CodeBook><Codes><Code guid="x" isCodable="true"/></Codes></CodeBook>')).toMatch(/has no name/);
  });
});
