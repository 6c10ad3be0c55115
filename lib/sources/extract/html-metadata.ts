import { isText, type Document } from "domhandler";
import { attr, closest, findAll, plainText } from "./html-dom";
import { cleanText, isoDay, splitAuthors } from "./metadata";
import type { FrontMatterHints, Hint } from "../parse/front-matter";
import type { FileMetadata } from "./types";

type LinkedData = { headline: string | null; authors: string[]; datePublished: string | null; publisher: string | null };

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage|CreativeWork|Posting/;

function names(value: unknown): string[] {
  if (typeof value === "string") return splitAuthors(value);
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === "object" && "name" in value) return names((value as { name: unknown }).name);
  return [];
}

/** schema.org JSON-LD, read as data (JSON.parse), never run. */
function readLinkedData(doc: Document): LinkedData | null {
  const scripts = findAll(doc, (e) => e.name === "script" && attr(e, "type").toLowerCase() === "application/ld+json");
  const objects: Record<string, unknown>[] = [];
  const collect = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      objects.push(o);
      if (o["@graph"]) collect(o["@graph"]);
    }
  };
  for (const script of scripts) {
    try {
      collect(JSON.parse(script.children.map((c) => (isText(c) ? c.data : "")).join("")));
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  const article = objects.find((o) => ARTICLE_TYPES.test(String(o["@type"] ?? "")) && (o.headline || o.author));
  if (!article) return null;
  return {
    headline: typeof article.headline === "string" ? article.headline : null,
    authors: names(article.author),
    datePublished: typeof article.datePublished === "string" ? article.datePublished : null,
    publisher: names(article.publisher)[0] ?? null,
  };
}

export function readHtmlMetadata(doc: Document): FileMetadata {
  const metas = findAll(doc, (e) => e.name === "meta");
  const values = (...keys: string[]) =>
    keys.flatMap((key) =>
      metas
        .filter((m) => [attr(m, "name"), attr(m, "property"), attr(m, "itemprop")].some((k) => k.toLowerCase() === key))
        .map((m) => attr(m, "content").trim())
        .filter(Boolean),
    );
  const first = (...keys: string[]) => values(...keys)[0] ?? null;
  const ld = readLinkedData(doc);
  const titleEl = findAll(doc, (e) => e.name === "title" && !closest(e, (p) => p.name === "svg"))[0];

  const citationAuthors = values("citation_author").flatMap((a) => (a.includes(",") ? [a] : splitAuthors(a)));
  const authors = citationAuthors.length
    ? citationAuthors
    : splitAuthors(
        first("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"),
      );

  const canonical = findAll(
    doc,
    (e) => e.name === "link" && attr(e, "rel").toLowerCase().split(/\s+/).includes("canonical"),
  )
    .map((l) => attr(l, "href").trim())
    .concat(values("og:url"))
    .find((href) => /^https?:\/\/\S+$/i.test(href));

  const html = findAll(doc, (e) => e.name === "html")[0];
  const locale = first("og:locale")?.replace("_", "-") ?? null;
  const contentLanguage = metas.find((m) => attr(m, "http-equiv").toLowerCase() === "content-language");
  const language =
    (html ? attr(html, "lang") : "") || (contentLanguage ? attr(contentLanguage, "content") : "") || locale;

  return {
    title: cleanText(
      first("og:title", "twitter:title", "citation_title", "dc.title") ??
        ld?.headline ??
        (titleEl ? titleEl.children.map((c) => (isText(c) ? c.data : "")).join("") : null),
    ),
    authors: authors.length ? authors : (ld?.authors ?? []),
    publishedOn: isoDay(
      first(
        "article:published_time",
        "citation_publication_date",
        "citation_date",
        "dc.date",
        "dcterms.issued",
        "dcterms.date",
        "date",
        "pubdate",
        "datepublished",
      ) ?? ld?.datePublished,
    ),
    url: canonical ?? null,
    language: cleanText(language),
  };
}

/** "Laos and Japan | IMCS", "Laos and Japan – Mekong Monitor": the page's title without the site's name. */
function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+[:»·]\s+(?=[^:]*$)/);
  if (parts.length < 2) return title;
  const site = new Set(siteNames.map((n) => n.toLowerCase()));
  // The site's name is the shorter end, or the end that the page names as its site.
  const last = parts.at(-1)!;
  const first = parts[0]!;
  if (site.has(last.toLowerCase()) || last.length < first.length) return parts.slice(0, -1).join(" | ");
  if (site.has(first.toLowerCase())) return parts.slice(1).join(" | ");
  return title;
}

/** Byline and date elements of the article: rel=author, .author/.byline, <time datetime>. */
function bylineHints(doc: Document): { authors: string[]; date: string | null } {
  const authorEls = findAll(
    doc,
    (e) =>
      attr(e, "rel").toLowerCase() === "author" ||
      attr(e, "itemprop").toLowerCase() === "author" ||
      /(?:^|\s)(?:author|byline__name|author-name|contributor)(?:\s|$)/i.test(attr(e, "class")),
  ).filter((e) => !closest(e, (p) => p.name === "footer" || p.name === "aside" || /related|comment/i.test(attr(p, "class"))));
  const authors = [...new Set(authorEls.map((e) => cleanText(plainText(e))?.replace(/^by\s+/i, "") ?? "").filter((a) => a && a.length < 80))];
  const time = findAll(doc, (e) => e.name === "time" && (attr(e, "datetime") !== "" || attr(e, "pubdate") !== ""))[0];
  return { authors: authors.flatMap((a) => splitAuthors(a)), date: time ? isoDay(attr(time, "datetime")) : null };
}

/**
 * The front-matter clues an HTML page gives, strongest first: scholarly (citation_*) and Dublin Core meta, Open
 * Graph, schema.org JSON-LD, the first <h1>, and the <title> without the site's name; byline and <time> elements.
 */
export function readHtmlHints(doc: Document): FrontMatterHints {
  const metas = findAll(doc, (e) => e.name === "meta");
  const meta = (key: string) =>
    metas
      .filter((m) => [attr(m, "name"), attr(m, "property"), attr(m, "itemprop")].some((k) => k.toLowerCase() === key))
      .map((m) => cleanText(attr(m, "content")))
      .filter((v): v is string => v !== null);
  const hints = <T,>(pairs: [T | null | undefined, string][]): Hint<T>[] =>
    pairs.filter((p): p is [T, string] => p[0] !== null && p[0] !== undefined && (!Array.isArray(p[0]) || p[0].length > 0)).map(([value, origin]) => ({ value, origin }));
  const ld = readLinkedData(doc);
  const h1 = findAll(doc, (e) => e.name === "h1").map((e) => cleanText(plainText(e))).find((t) => t);
  const titleEl = findAll(doc, (e) => e.name === "title" && !closest(e, (p) => p.name === "svg"))[0];
  const siteNames = [...meta("og:site_name"), ...meta("application-name"), ...meta("citation_publisher")];
  // The <title>'s own text (plainText skips <title> elements, as page text never includes them).
  const pageTitle = titleEl ? cleanText(titleEl.children.map((c) => (isText(c) ? c.data : "")).join("")) : null;
  const byline = bylineHints(doc);
  const citationAuthors = meta("citation_author").flatMap((a) => (a.includes(",") ? [a] : splitAuthors(a)));
  return {
    title: hints<string>([
      [meta("citation_title")[0], "the citation_title meta tag"],
      [meta("dc.title")[0] ?? meta("dcterms.title")[0], "the Dublin Core title"],
      [meta("og:title")[0], "the Open Graph title"],
      [ld?.headline, "the page's JSON-LD"],
      [h1, "the page's <h1>"],
      [pageTitle ? withoutSiteName(pageTitle, siteNames) : null, "the page's <title>"],
    ]),
    authors: hints<string[]>([
      [citationAuthors, "the citation_author meta tags"],
      [meta("dc.creator").flatMap((a) => splitAuthors(a)), "the Dublin Core creator"],
      [ld?.authors, "the page's JSON-LD"],
      [byline.authors, "the byline"],
      [splitAuthors(meta("author")[0] ?? meta("article:author")[0]), "the author meta tag"],
    ]),
    publishedOn: hints<string>([
      [isoDay(meta("citation_publication_date")[0] ?? meta("citation_date")[0]), "the citation_publication_date meta tag"],
      [isoDay(meta("dc.date")[0] ?? meta("dcterms.issued")[0] ?? meta("dcterms.date")[0]), "the Dublin Core date"],
      [isoDay(meta("article:published_time")[0]), "the article:published_time meta tag"],
      [isoDay(ld?.datePublished), "the page's JSON-LD"],
      [byline.date, "the article's <time> element"],
    ]),
    publisher: hints<string>([
      [meta("citation_publisher")[0], "the citation_publisher meta tag"],
      [meta("dc.publisher")[0] ?? meta("dcterms.publisher")[0], "the Dublin Core publisher"],
      [ld?.publisher, "the page's JSON-LD"],
      [meta("og:site_name")[0], "the Open Graph site name"],
    ]),
  };
}
