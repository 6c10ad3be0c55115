import { describe, expect, it } from "vitest";
import { sampleBrief } from "@/lib/testing/brief-fixture";
import { writeBriefHtml } from "./brief-html";
import { writeBriefMarkdown } from "./brief-markdown";

describe("the handling marking in HTML", () => {
  it("is a banner at the top and the bottom, and in the margins of every printed page", () => {
    const html = writeBriefHtml(sampleBrief({ marking: "OFFICIAL-SENSITIVE" }));
    const body = html.slice(html.indexOf("<body>"));
    const banners = [...body.matchAll(/<div class="marking marking-(top|bottom)"[^>]*>([^<]*)<\/div>/g)].map((m) => [m[1], m[2]]);
    expect(banners).toEqual([
      ["top", "OFFICIAL-SENSITIVE"],
      ["bottom", "OFFICIAL-SENSITIVE"],
    ]);
    expect(body.indexOf("marking-top")).toBeLessThan(body.indexOf("<h1>"));
    expect(body.indexOf("marking-bottom")).toBeGreaterThan(body.indexOf('class="footnotes"'));
    expect(html).toMatch(/@page \{ @top-center \{ content: "OFFICIAL-SENSITIVE";[^}]*\} @bottom-center \{ content: "OFFICIAL-SENSITIVE";/);
  });

  it("escapes a marking in the banner and in the style sheet", () => {
    const html = writeBriefHtml(sampleBrief({ marking: 'A"</style><script>x</script>' }));
    expect(html).not.toContain("<script>");
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('content: "A\\22 \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e "');
  });

  it("prints nothing of a marking when the brief has none", () => {
    const html = writeBriefHtml(sampleBrief({ marking: null }));
    expect(html).not.toContain('class="marking');
    expect(html).not.toContain("@top-center");
  });
});

describe("the handling marking in Markdown", () => {
  it("opens with YAML front matter and stands on a line at the top and the bottom", () => {
    const md = writeBriefMarkdown(sampleBrief({ title: 'Laos: the "rail" debt', marking: "RESTRICTED" }));
    const [front, rest] = [md.slice(0, md.indexOf("\n---\n") + 5), md.slice(md.indexOf("\n---\n") + 5)];
    expect(front.split("\n")).toEqual(['---', 'title: "Laos: the \\"rail\\" debt"', 'marking: "RESTRICTED"', expect.stringMatching(/^date: "/), expect.stringMatching(/^status: "/), "---", ""]);
    expect(rest.startsWith("\n**RESTRICTED**\n\n# Laos")).toBe(true);
    const lines = md.split("\n");
    const bottom = lines.lastIndexOf("**RESTRICTED**");
    expect(bottom).toBeGreaterThan(lines.findIndex((l) => l.startsWith("## Bibliography")));
    expect(lines.slice(bottom + 1).filter(Boolean).every((l) => /^\[\^\d+\]:|^ {4}/.test(l))).toBe(true);
  });

  it("has no front matter when the brief is unmarked", () => {
    const md = writeBriefMarkdown(sampleBrief({ marking: null }));
    expect(md.startsWith("# ")).toBe(true);
  });
});
