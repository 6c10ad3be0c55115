import { parseDocument as parseHtml } from "htmlparser2";
import { ExtractionError } from "./extraction-error";
import { readHtmlHints, readHtmlMetadata } from "./html-metadata";
import { htmlToText } from "./html-to-text";
import type { Extracted } from "./types";

/** Elements that never nest content, or whose end tag may be left out and is implied by the parser. */
const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
  "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
  "rt", "rp", "html", "head", "body",
]); // prettier-ignore
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
/** Real pages nest a few dozen levels; thousands make htmlparser2 quadratic and the tree walks overflow the stack. */
const MAX_DEPTH = 1000;

/** How deep the page's elements nest, from its tags alone, before anything is parsed. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (NOT_NESTING.has(m[2]!.toLowerCase()) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/**
 * HTML → text with our own walker over htmlparser2's tree rather than @mozilla/readability: Readability scores
 * and prunes blocks and regularly drops exactly the footnote lists and short notes sections we need, and it needs
 * a DOM implementation; the walker keeps <article>/<main>, drops page furniture by tag, role and class, and turns
 * footnote references and lists into markers and a "## Notes" section. Nothing in the page is run.
 */
export function extractHtml(html: string): Omit<Extracted, "format"> {
  const tooDeep = new ExtractionError("This HTML file is nested too deeply to read.");
  if (nestingDepth(html) > MAX_DEPTH) throw tooDeep;
  const doc = parseHtml(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  try {
    return { ...readHtmlMetadata(doc), hints: readHtmlHints(doc), text: htmlToText(doc) };
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep;
    throw error;
  }
}
