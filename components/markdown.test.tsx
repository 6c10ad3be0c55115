import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, safeUrl } from "./markdown";

const render = (source: string, mentions?: { id: string; name: string }[]) => renderToStaticMarkup(<Markdown source={source} mentions={mentions} />);

/** Nothing in the output may run: no script or event-handler attributes, no dangerous URL, no element that loads something. */
function expectInert(html: string) {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  for (const tag of tags) {
    expect(tag).not.toMatch(/^<(script|img|svg|iframe|object|embed|style|link|meta|form|input|button)\b/i);
    expect(tag).not.toMatch(/\son[a-z]+=/i);
    expect(tag).not.toMatch(/(href|src|action|xlink:href)="\s*(javascript|data|vbscript):/i);
  }
}

describe("Markdown", () => {
  it("renders GitHub-flavoured Markdown", () => {
    const html = render("**Bold** and ~~gone~~\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain("<del>gone</del>");
    expect(html).toContain("<table>");
    expect(html).toContain('type="checkbox"');
  });

  it("keeps raw HTML as text", () => {
    for (const source of [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "<svg><script>alert(1)</script></svg>",
      '<svg onload="alert(1)"><a xlink:href="javascript:alert(1)">x</a></svg>',
      '<a href="javascript:alert(1)" onclick="alert(1)">click</a>',
      '<iframe src="https://evil.example"></iframe>',
      "<style>body{display:none}</style>",
    ]) {
      const html = render(source);
      expectInert(html);
      expect(html).toContain("&lt;");
    }
  });

  it("drops links that are not http, https or mailto", () => {
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "/projects/x"]) {
      const html = render(`[click](${url}) <${url}>`);
      expectInert(html);
      expect(html).not.toContain("<a ");
    }
    expect(render("[Reuters](https://www.reuters.com/x) and <mailto:a@b.org>")).toContain(
      '<a href="https://www.reuters.com/x" target="_blank" rel="noopener noreferrer nofollow"',
    );
    expect(safeUrl("#comment-1")).toBe("#comment-1");
  });

  it("never loads an image: it becomes a link to its address, or text inside a link", () => {
    const html = render("![chart](https://tracker.example/pixel.png) [![logo](https://x.example/l.png)](https://x.example) ![x](data:image/svg+xml;base64,PHN2Zz4=)");
    expectInert(html);
    expect(html).toContain('<a href="https://tracker.example/pixel.png"');
    expect(html).toContain(">Image: chart</a>");
    expect(html).toContain("[Image: logo]");
    expect(html).not.toMatch(/<a[^>]*>[^<]*<a/);
  });

  it("shows mention tokens as chips with the member's current name", () => {
    const html = render("Thanks @[Old Name](user:ck1), ask @[Who](user:ck2) and [x](user:ck1).", [{ id: "ck1", name: "Kenji Sato" }]);
    expect(html).toContain('<span data-mention-id="ck1" class="rounded bg-blue-50 px-1 font-medium text-blue-800">@Kenji Sato</span>');
    expect(html).toContain("ask @Who and");
    expect(html).not.toContain("user:");
    expect(html).not.toContain("@@");
    expect(render("`@[Kenji](user:ck1)`")).toContain("<code>@[Kenji](user:ck1)</code>");
  });
});
