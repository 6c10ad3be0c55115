/**
 * REFI-QDA Codebook (.qdc) files: the exchange format of ATLAS.ti, MAXQDA,
 * NVivo, QualCoder and others (Codebook.xsd, namespace urn:QDA-XML:codebook:1.0).
 * A theme is a Code; sub-themes are nested Codes. Sets are not themes and are
 * skipped on import.
 */
import { createHash } from "node:crypto";
import { hasChildren, isCDATA, isTag, isText, type AnyNode, type Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { invalid } from "@/lib/errors";
import { MAX_THEME_LEVELS } from "./schemas";

export const QDC_NAMESPACE = "urn:QDA-XML:codebook:1.0";

/** What a .qdc Code carries that a theme keeps. Values are as found; the caller validates them. */
export type QdcCode = { name: string; colour?: string; description: string; children: QdcCode[] };
export type QdcTheme = { id: string; name: string; colour: string; description: string; children: QdcTheme[] };

// A fixed namespace for the name-based (version 5) GUIDs of Claimwork themes.
const GUID_NAMESPACE = Buffer.from("6f1c1b8e4a2d5c7e9b3a0d4f2e1c8b7a", "hex");

/** The same theme always exports with the same GUID, so a re-imported file can be matched by other tools. */
export function themeGuid(themeId: string): string {
  const hash = createHash("sha1").update(GUID_NAMESPACE).update(themeId, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Characters XML 1.0 cannot carry at all, even escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeText(value: string): string {
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Attribute values also keep their quotes and white space, which parsers would otherwise normalise. */
function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/** The codebook as a .qdc document; the schema requires at least one Code. */
export function renderQdc(themes: readonly QdcTheme[], origin = "Claimwork"): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${QDC_NAMESPACE}" origin="${escapeAttribute(origin)}">`,
    "  <Codes>",
  ];
  const write = (theme: QdcTheme, indent: string) => {
    const attributes = `guid="${themeGuid(theme.id)}" name="${escapeAttribute(theme.name)}" isCodable="true" color="${escapeAttribute(theme.colour.toUpperCase())}"`;
    if (!theme.description && theme.children.length === 0) {
      lines.push(`${indent}<Code ${attributes}/>`);
      return;
    }
    lines.push(`${indent}<Code ${attributes}>`);
    if (theme.description) lines.push(`${indent}  <Description>${escapeText(theme.description)}</Description>`);
    for (const child of theme.children) write(child, `${indent}  `);
    lines.push(`${indent}</Code>`);
  };
  for (const theme of themes) write(theme, "    ");
  lines.push("  </Codes>", "</CodeBook>", "");
  return lines.join("\n");
}

const localName = (el: Element) => el.name.slice(el.name.indexOf(":") + 1);
const childElements = (el: Element, name: string) => el.children.filter((c): c is Element => isTag(c) && localName(c) === name);

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (isCDATA(node) || hasChildren(node)) return node.children.map(textOf).join("");
  return "";
}

/** "#abc" and "#AABBCC" become "#aabbcc"; a missing or malformed colour is left out. */
function normaliseColour(value: string | undefined): string | undefined {
  const colour = value?.trim() ?? "";
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour.toLowerCase() : undefined;
}

function findCodeBook(nodes: AnyNode[]): Element | undefined {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (localName(node) === "CodeBook") return node;
    // A whole project file (.qde) carries its codebook inside <Project>.
    if (localName(node) === "Project") return childElements(node, "CodeBook")[0];
  }
  return undefined;
}

/**
 * The codes of a .qdc (or .qde) document. Never runs or fetches anything: the
 * parser knows no DTDs or external entities.
 */
export function parseQdc(xml: string): QdcCode[] {
  const document = parseDocument(xml, { xmlMode: true });
  const codeBook = findCodeBook(document.children);
  if (!codeBook) throw invalid("This is not a REFI-QDA codebook: the file has no <CodeBook> element.");
  const codes = childElements(codeBook, "Codes")[0];
  if (!codes) throw invalid("This REFI-QDA codebook has no <Codes> element.");

  const read = (el: Element, level: number): QdcCode => {
    if (level > MAX_THEME_LEVELS) throw invalid(`The codebook nests deeper than ${MAX_THEME_LEVELS} levels.`);
    const name = el.attribs.name;
    if (name === undefined) throw invalid("A <Code> in this codebook has no name.");
    const description = childElements(el, "Description")[0];
    return {
      name,
      colour: normaliseColour(el.attribs.color),
      description: description ? textOf(description).trim() : "",
      children: childElements(el, "Code").map((child) => read(child, level + 1)),
    };
  };
  return childElements(codes, "Code").map((el) => read(el, 1));
}
