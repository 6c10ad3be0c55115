import { isTag, isText, type AnyNode, type Document, type Element } from "domhandler";
import { attr, closest, findAll, isHeading, isNoise, plainText, tokens } from "./html-dom";
import { fromSuperscript } from "./superscript";

export type HtmlNote = { el: Element; label: string; original: string | null };
export type HtmlNotes = {
  /** Footnote reference links in the body → the label of the note they point to. */
  refs: Map<Element, string>;
  /** The notes in document order, each with the label its markers and its line in "## Notes" use. */
  notes: HtmlNote[];
  /** Note elements and the lists, sections and headings that only held notes: left out of the body. */
  skip: Set<Element>;
};

const NOTES_HEADING =
  /^(?:notes|end\s?notes|foot\s?notes|references|sources|notes and references|references and notes|notes and sources|sources and notes)$/i;
/** Class, id or role of a footnote list: Pandoc's "footnotes", WordPress plug-ins' "footnotes-list", "reflist"… */
const NOTES_CONTAINER =
  /^(?:doc-)?(?:foot|end)?notes(?:[-_]?(?:list|section|container|area))?$|^references$|^reflist$|^fn-?list$/i;
const NOTE_ID = /fn|foot|note|cite|ref/i;
const NOTE_REF_CLASS = /footnote|noteref|fnref|ref/i;
/** Elements that can hold a whole note: the target of a reference link, or the nearest of these around it. */
const NOTE_BLOCK = new Set(["li", "p", "div", "aside", "section", "dd", "td", "article"]);

export const isNotesHeading = (el: Element) =>
  isHeading(el) && NOTES_HEADING.test(plainText(el).replace(/[:.]$/, "").trim());

function numericLabel(text: string): string | null {
  const m = /^[[(]?\s*(\d{1,4})\s*[\])]?$/.exec(fromSuperscript(text.trim()));
  return m ? String(Number(m[1])) : null;
}

function contains(outer: Element, inner: AnyNode): boolean {
  for (let n: AnyNode | null = inner; n; n = n.parent) if (n === outer) return true;
  return false;
}

function findReferences(doc: Document, root: Element | Document, position: (node: AnyNode) => number) {
  const ids = new Map<string, Element>();
  for (const el of findAll(doc, (e) => "id" in e.attribs || (e.name === "a" && "name" in e.attribs))) {
    const id = el.attribs.id ?? el.attribs.name!;
    if (!ids.has(id)) ids.set(id, el);
  }
  const refs: { a: Element; note: Element; label: string }[] = [];
  // "#fn1", and "article.html#fn1" or a full URL from pages saved with absolute links: the id must be on this page.
  for (const a of findAll(root, (e) => e.name === "a" && attr(e, "href").includes("#"))) {
    let fragment: string;
    try {
      fragment = decodeURIComponent(attr(a, "href").slice(attr(a, "href").indexOf("#") + 1));
    } catch {
      continue;
    }
    const target = ids.get(fragment);
    const label = numericLabel(plainText(a));
    // A link back up the page is a note's return link ("1" in front of a note), never a reference.
    if (!target || !label || position(target) < position(a)) continue;
    const raised = closest(a, (e) => e.name === "sup") !== null || findAll(a, (e) => e.name === "sup").length > 0;
    const bracketed = /^\s*\[\d+\]\s*$/.test(plainText(a));
    const noteLike =
      NOTE_ID.test(fragment) || NOTE_REF_CLASS.test(`${attr(a, "class")} ${attr(a, "rel")} ${attr(a, "role")}`);
    if (!raised && !bracketed && !noteLike) continue;
    const note = NOTE_BLOCK.has(target.name) ? target : (closest(target, (e) => NOTE_BLOCK.has(e.name)) ?? target);
    // A link to a section ("see §3") or to a block holding the link itself is navigation, not a note.
    if (isHeading(note) || contains(note, a) || contains(note, root as AnyNode) || plainText(note).length > 5000) {
      continue;
    }
    refs.push({ a, note, label });
  }
  return refs;
}

/** Ordered lists that are notes by their class or id, or by the "Notes"/"References" heading before them. */
function findNoteLists(root: Element | Document): Element[] {
  return findAll(root, (ol) => {
    if (ol.name !== "ol") return false;
    let el: Element | null = ol;
    for (let depth = 0; el && depth < 3; depth++, el = el.parent && isTag(el.parent) ? el.parent : null) {
      if (tokens(el).some((t) => NOTES_CONTAINER.test(t)) || NOTES_CONTAINER.test(attr(el, "role"))) return true;
      const previous = previousElement(el);
      if (previous && isNotesHeading(previous)) return true;
      if (el === root) break;
    }
    return false;
  });
}

function previousElement(el: Element): Element | null {
  for (let n = el.prev; n; n = n.prev) {
    if (isTag(n)) return n;
    if (isText(n) && n.data.trim()) return null;
  }
  return null;
}

/** Whether an element adds nothing to the body once the notes are taken out of it. */
function covered(node: AnyNode, skip: Set<Element>): boolean {
  if (isText(node)) return node.data.trim() === "";
  if (!isTag(node)) return true;
  if (skip.has(node) || node.name === "hr" || node.name === "br" || isNotesHeading(node) || isNoise(node)) return true;
  return plainText(node) === "";
}

export function findNotes(doc: Document, root: Element | Document): HtmlNotes {
  // Document order, numbered on first use: most pages have no footnotes and never need it.
  let order: Map<AnyNode, number> | null = null;
  const position = (node: AnyNode): number => {
    if (!order) {
      const numbered = new Map<AnyNode, number>();
      const number = (n: AnyNode) => {
        numbered.set(n, numbered.size);
        if ("children" in n) n.children.forEach(number);
      };
      number(doc);
      order = numbered;
    }
    return order.get(node)!;
  };

  const refs = findReferences(doc, root, position);
  const notes = new Map<Element, { original: string | null }>();
  for (const ref of refs) if (!notes.has(ref.note)) notes.set(ref.note, { original: ref.label });
  for (const ol of findNoteLists(root)) {
    const start = Number(attr(ol, "start")) || 1;
    ol.children
      .filter((c): c is Element => isTag(c) && c.name === "li")
      .forEach((li, index) => {
        if (!notes.has(li)) notes.set(li, { original: String(start + index) });
      });
  }

  const ordered = [...notes.entries()]
    .map(([el, { original }]) => ({ el, original }))
    .sort((a, b) => position(a.el) - position(b.el));
  // Labels as the page numbered them when they run upwards; renumbered when they restart (footnotes, then endnotes).
  const increasing = ordered.every(
    (n, i) => n.original !== null && (i === 0 || Number(n.original) > Number(ordered[i - 1]!.original)),
  );
  const list: HtmlNote[] = ordered.map((n, i) => ({ ...n, label: increasing ? n.original! : String(i + 1) }));
  const labelOf = new Map(list.map((n) => [n.el, n.label]));

  const skip = new Set<Element>(list.map((n) => n.el));
  for (const note of list) {
    for (let p = note.el.parent; p && isTag(p) && p !== root; p = p.parent) {
      if (!p.children.every((c) => covered(c, skip))) break;
      skip.add(p);
    }
  }
  for (const el of [...skip]) {
    const previous = previousElement(el);
    if (previous && isNotesHeading(previous)) skip.add(previous);
  }

  return { refs: new Map(refs.map((r) => [r.a, labelOf.get(r.note)!])), notes: list, skip };
}
