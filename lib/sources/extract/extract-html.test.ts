import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse-document";
import { extractFile } from "./index";

const upload = (html: string, name = "page.html") =>
  extractFile({ name, type: "text/html", bytes: new TextEncoder().encode(html) });

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Laos and its creditors | Some Institute</title>
  <meta property="og:title" content="Laos and its creditors">
  <meta name="author" content="Jane Doe and John Roe">
  <meta property="article:published_time" content="2025-03-04T10:00:00+07:00">
  <link rel="canonical" href="https://example.org/analysis/laos">
  <script>document.title = "pwned"; fetch("https://evil.example/")</script>
  <style>.x { color: red }</style>
</head>
<body>
  <header class="site"><a href="/">Some Institute</a><nav><a href="/research">Research</a><a href="/about">About</a></nav></header>
  <div id="cookie-consent">We use cookies to improve your experience. <button>Accept</button></div>
  <main>
    <article>
      <header><h1>Laos and its creditors</h1><p>By Jane Doe and John Roe | 4 March 2025</p></header>
      <div class="share-bar"><a href="https://twitter.com/share">Share on X</a></div>
      <p>Laos has borrowed heavily for the railway to Kunming.<sup><a href="#fn1" id="fnref1">1</a></sup>
         The government is negotiating with its creditors.<sup><a href="#fn2" id="fnref2">2</a></sup></p>
      <h2>What comes next</h2>
      <p>Growth slowed&nbsp;in 2024.<sup><a href="#fn3" id="fnref3">3</a></sup><br>Inflation fell.</p>
      <ul><li>Debt service</li><li>Revenue <strong>reform</strong></li></ul>
      <noscript>Please enable JavaScript.</noscript>
      <form><input name="email"><button>Subscribe</button></form>
      <section class="footnotes">
        <h2>Notes</h2>
        <ol>
          <li id="fn1">Jane Doe, <a href="https://www.chathamhouse.org/2024/02/laos">‘Laos’s debt trap’</a>, Chatham House, 3 February 2024. <a href="#fnref1">↩</a></li>
          <li id="fn2"><p>World Bank, <em>Lao Economic Monitor</em>, May 2024, <a href="https://www.worldbank.org/lao">https://www.worldbank.org/lao</a>.</p> <a href="#fnref2" class="footnote-back">↩︎</a></li>
          <li id="fn3">Ibid.</li>
        </ol>
      </section>
    </article>
    <aside><h3>Related</h3><p>Another article about dams.</p></aside>
  </main>
  <footer><p>© 2025 Some Institute</p></footer>
  <script>alert("never run")</script>
</body>
</html>`;

describe("extractFile: HTML", () => {
  it("keeps the article, drops page furniture, and turns the footnotes into a Notes section", async () => {
    const extracted = await upload(PAGE);
    expect(extracted).toMatchObject({
      format: "html",
      title: "Laos and its creditors",
      authors: ["Jane Doe", "John Roe"],
      publishedOn: "2025-03-04",
      url: "https://example.org/analysis/laos",
      language: "en-GB",
    });
    expect(extracted.text).toBe(
      [
        "# Laos and its creditors",
        "By Jane Doe and John Roe | 4 March 2025",
        "Laos has borrowed heavily for the railway to Kunming.¹ The government is negotiating with its creditors.²",
        "## What comes next",
        "Growth slowed in 2024.³\nInflation fell.",
        "- Debt service\n- Revenue reform",
        // The footer is dropped, but its copyright line is kept (as back matter, for the publisher).
        "© 2025 Some Institute",
        "## Notes",
        [
          "1. Jane Doe, ‘Laos’s debt trap’, Chatham House, 3 February 2024. https://www.chathamhouse.org/2024/02/laos",
          "2. World Bank, *Lao Economic Monitor*, May 2024, https://www.worldbank.org/lao.",
          "3. Ibid.",
        ].join("\n"),
      ].join("\n\n"),
    );
    for (const furniture of [
      "pwned",
      "cookies",
      "Research",
      "Share",
      "Subscribe",
      "JavaScript",
      "dams",
      "never run",
    ]) {
      expect(extracted.text).not.toContain(furniture);
    }

    const doc = parseDocument(extracted.text);
    expect(doc.title).toBe("Laos and its creditors");
    expect(doc.authors).toEqual(["Jane Doe", "John Roe"]);
    expect(doc.backMatter).toBe("© 2025 Some Institute");
    expect(doc.body).toBe(
      "Laos has borrowed heavily for the railway to Kunming. The government is negotiating with its creditors.\n\n" +
        "## What comes next\n\nGrowth slowed in 2024.\nInflation fell.\n\n- Debt service\n- Revenue reform",
    );
    expect(doc.markers.map((m) => [m.label, doc.body.slice(m.offset - 8, m.offset)])).toEqual([
      ["1", "Kunming."],
      ["2", "editors."],
      ["3", "in 2024."],
    ]);
    expect(doc.citations.map((c) => [c.label, c.url, c.title])).toEqual([
      ["1", "https://www.chathamhouse.org/2024/02/laos", "Laos’s debt trap"],
      ["2", "https://www.worldbank.org/lao", "Lao Economic Monitor"],
      ["3", null, null],
    ]);
    expect(doc.citations[0]).toMatchObject({
      authors: ["Jane Doe"],
      publisher: "Chatham House",
      issued: "3 February 2024",
    });
  });

  it("reads Pandoc's footnotes (the reference link wraps the <sup>) and Wikipedia-style [n] references", async () => {
    const pandoc = `<p>Exports rose.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
      <section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr><ol>
      <li id="fn1"><p>ADB, “Key Indicators,” 2024, <a href="https://www.adb.org/ki">https://www.adb.org/ki</a>.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
      </ol></section>`;
    const a = parseDocument((await upload(pandoc)).text);
    expect(a.body).toBe("Exports rose.");
    expect(a.citations.map((c) => [c.label, c.text])).toEqual([
      ["1", "ADB, “Key Indicators,” 2024, https://www.adb.org/ki."],
    ]);

    const wiki = `<div id="content" role="main"><p>The dam opened in 2019.<sup class="reference"><a href="#cite_note-1">[1]</a></sup><sup class="reference"><a href="#cite_note-2">[2]</a></sup></p>
      <h2><span class="mw-headline">References</span></h2>
      <div class="reflist"><ol class="references">
      <li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">“Xayaburi Dam opens”. <i>Bangkok Post</i>. 29 October 2019.</span></li>
      <li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span> <span class="reference-text">Mekong River Commission, “Annual Report,” 2020.</span></li>
      </ol></div></div>`;
    const b = parseDocument((await upload(wiki)).text);
    expect(b.body).toBe("The dam opened in 2019.");
    expect(b.markers.map((m) => [m.label, m.offset])).toEqual([
      ["1", 23],
      ["2", 23],
    ]);
    expect(b.citations.map((c) => c.text)).toEqual([
      "“Xayaburi Dam opens”. Bangkok Post. 29 October 2019.",
      "Mekong River Commission, “Annual Report,” 2020.",
    ]);
  });

  it("reads Substack-style notes, whose numbers link back up to their references", async () => {
    const html = `<div class="body markup"><p>Tariffs rose<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> and trade fell.</p>
      <div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>
      <div class="footnote-content"><p>WTO, “Trade Monitoring Report,” July 2024, <a href="https://www.wto.org/tmr">link</a>.</p></div></div></div>`;
    const extracted = await upload(html);
    expect(extracted.text).toBe(
      "Tariffs rose¹ and trade fell.\n\n## Notes\n\n1. WTO, “Trade Monitoring Report,” July 2024, link. https://www.wto.org/tmr",
    );
    const doc = parseDocument(extracted.text);
    expect(doc.body).toBe("Tariffs rose and trade fell.");
    expect(doc.citations).toMatchObject([
      { label: "1", url: "https://www.wto.org/tmr", title: "Trade Monitoring Report" },
    ]);
  });

  it("takes an ordered list under a Notes heading as notes, and plain <sup> numbers as their markers", async () => {
    const html = `<article><p>Rice output fell.<sup>1</sup> Prices rose.<sup>2</sup></p>
      <h3>Endnotes</h3><ol><li>FAO, “Rice Market Monitor,” 2024.</li><li>Bank of the Lao PDR, “Inflation,” 2024.</li></ol></article>`;
    const doc = parseDocument((await upload(html)).text);
    expect(doc.body).toBe("Rice output fell. Prices rose.");
    expect(doc.citations.map((c) => [c.label, c.title])).toEqual([
      ["1", "Rice Market Monitor"],
      ["2", "Inflation"],
    ]);
  });

  it("renumbers notes whose labels restart, so every marker still finds its note", async () => {
    const html = `<p>One.<sup><a href="#f1">1</a></sup> Two.<sup><a href="#e1">1</a></sup></p>
      <ol><li id="f1">Footnote, 2020.</li></ol><ol><li id="e1">Endnote, 2021.</li></ol>`;
    const extracted = await upload(html);
    expect(extracted.text).toBe("One.¹ Two.²\n\n## Notes\n\n1. Footnote, 2020.\n2. Endnote, 2021.");
    expect(parseDocument(extracted.text).citations.map((c) => c.text)).toEqual(["Footnote, 2020.", "Endnote, 2021."]);
  });

  it("follows references written as full URLs to this page's notes", async () => {
    const html = `<p>Rates rose.<sup><a href="https://example.org/post#fn-1">1</a></sup></p>
      <ol class="footnotes"><li id="fn-1">Bank of Thailand, “Monetary Policy Report,” 2024. <a href="https://example.org/post#ref-1">↩</a></li></ol>`;
    expect((await upload(html)).text).toBe(
      "Rates rose.¹\n\n## Notes\n\n1. Bank of Thailand, “Monetary Policy Report,” 2024.",
    );
  });

  it("leaves links to sections alone and keeps tables and preformatted text", async () => {
    const html = `<p>See <a href="#s2">section 2</a> and <a href="#s3">3</a>.</p>
      <h2 id="s3">Three</h2><table><tr><th>Year</th><th>Debt</th></tr><tr><td>2024</td><td>$10.5bn</td></tr></table>
      <pre>  line one
  line two</pre>`;
    const extracted = await upload(html);
    expect(extracted.text).toBe(
      "See section 2 and 3.\n\n## Three\n\nYear | Debt\n2024 | $10.5bn\n\n  line one\n  line two",
    );
  });

  it("reads JSON-LD metadata and citation_* tags, and decodes a legacy charset", async () => {
    const html = `<html><head><meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">
      <meta name="citation_publication_date" content="2024/05/01">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dams on the Mekong","datePublished":"2023-01-02"}</script>
      </head><body><p>Caf\xe9 society.</p></body></html>`;
    const bytes = Uint8Array.from(html, (ch) => ch.charCodeAt(0)); // windows-1252: é is one byte, not valid UTF-8
    const extracted = await extractFile({ name: "page.htm", type: "", bytes });
    expect(extracted).toMatchObject({
      title: "Dams on the Mekong",
      authors: ["Doe, Jane", "Roe, John"],
      publishedOn: "2024-05-01",
      url: null,
      language: null,
      text: "Café society.",
    });
    const fragment = Uint8Array.from("Caf\xe9 <b>society</b>.", (ch) => ch.charCodeAt(0));
    expect((await extractFile({ name: "fragment.html", type: "", bytes: fragment })).text).toBe("Café society.");
  });

  it("refuses absurdly deep nesting before parsing it, but not a page of unclosed paragraphs", async () => {
    await expect(upload("<div>".repeat(50_000) + "x")).rejects.toThrow("This HTML file is nested too deeply to read.");
    expect((await upload("<p>One.".repeat(5_000))).text.split("\n\n")).toHaveLength(5_000);
  });

  it("refuses a page with no text", async () => {
    await expect(
      upload("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"),
    ).rejects.toThrow("There is no text in this file.");
  });
});
