import { isTag, isText, type AnyNode, type Element } from "domhandler";

/** Elements whose content is never article text. They are skipped, never run: the output is plain text. */
export const DROPPED_TAGS = new Set([
  "script", "style", "noscript", "iframe", "svg", "math", "template", "form", "nav", "aside", "button", "select",
  "input", "textarea", "canvas", "video", "audio", "object", "embed", "map", "dialog", "menu", "head", "title",
  "meta", "link", "img", "picture", "source", "footer",
]); // prettier-ignore

const NOISE_ROLES = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
  "toolbar", "doc-backlink",
]); // prettier-ignore
/** Class or id tokens of page furniture: cookie banners, share bars, newsletter boxes, screen-reader-only text. */
const NOISE_TOKEN =
  /^(?:.*[-_])?(?:cookies?|consent|gdpr|newsletter|subscribe|subscription|share|sharing|social|advert|advertisement|ads?|promo|breadcrumbs?|related|sidebar|popup|modal|skip-?link|sr-only|visually-hidden|screen-reader-text|comments?|backlink|backref|footnote-back(?:ref|link)?)(?:[-_].*)?$/i;

export const attr = (el: Element, name: string) => el.attribs[name] ?? "";

export function tokens(el: Element): string[] {
  return `${attr(el, "class")} ${attr(el, "id")}`.split(/\s+/).filter(Boolean);
}

/** Page furniture that is not part of the article, judged by tag, role, visibility and class names. */
export function isNoise(el: Element): boolean {
  if (DROPPED_TAGS.has(el.name)) return true;
  // A page's banner is noise; an article's own header holds its title and byline.
  if (el.name === "header") {
    const inContent = closest(el, (a) => a.name === "article" || a.name === "main" || attr(a, "role") === "main");
    if (!inContent || findAll(el, (e) => e.name === "nav").length > 0) return true;
  }
  if ("hidden" in el.attribs || attr(el, "aria-hidden") === "true") return true;
  if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attr(el, "style"))) return true;
  if (NOISE_ROLES.has(attr(el, "role").toLowerCase())) return true;
  return tokens(el).some((t) => NOISE_TOKEN.test(t));
}

export function closest(node: AnyNode, test: (el: Element) => boolean): Element | null {
  for (let p = node.parent; p; p = p.parent) if (isTag(p) && test(p)) return p;
  return null;
}

/** Visible text of a subtree (skipping scripts, styles and the like), whitespace collapsed. */
export function plainText(node: AnyNode): string {
  const parts: string[] = [];
  const visit = (n: AnyNode) => {
    if (isText(n)) parts.push(n.data);
    else if (isTag(n) && !DROPPED_TAGS.has(n.name)) n.children.forEach(visit);
  };
  visit(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}

export function findAll(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode) => {
    if (!isTag(n)) return;
    if (test(n)) out.push(n);
    n.children.forEach(visit);
  };
  if (isTag(root)) visit(root);
  else if ("children" in root) (root.children as AnyNode[]).forEach(visit);
  return out;
}

export const isHeading = (el: Element) => /^h[1-6]$/.test(el.name);
