import { isText, type Document } from "domhandler";
import { attr, closest, findAll, plainText } from "./html-dom";
import { cleanText, isoDay, splitAuthors } from "./metadata";
import type { FileMetadata } from "./types";

type LinkedData = { headline: string | null; authors: string[]; datePublished: string | null };

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
        (titleEl ? plainText(titleEl) : null),
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
