/**
 * A document's citations in a CSL style, in document order, and its
 * reference list. Positions (first, subsequent, ibid) are worked out here by
 * the rules of CSL 1.0.1 ("Citation-specific variables: position"), so that
 * each distinct citation is formatted once however often a brief repeats it.
 *
 * A citation names the source a claim was taken from and, where the claim
 * relies on the source's own notes, the originals those notes cite, joined
 * the way each manual prescribes for a work known only through another:
 * - Chicago 17th §14.260: "Original, cited in Source." (the original in full
 *   at first mention; the note of the source located as "n. 3", §14.54);
 * - APA 7th §8.6: "(Original, 2024, as cited in Source, 2025)", and only the
 *   secondary source in the reference list;
 * - Cite Them Right (Harvard), "Citing a source quoted in another work":
 *   "(Original, 2024, cited in Source, 2025)", only the source read in the list;
 * - IEEE (Reference Guide): a number is given only to a work in the reference
 *   list, so the source read is numbered and the original named in words:
 *   "(JICA, “Annual Report 2024”, 2024, cited in [3])".
 */
import CSL, { type CiteprocCite } from "citeproc";
import type { StyledRun } from "@/lib/briefs/document";
import type { CslItemData } from "./csl-items";
import { withEngine } from "./engine";
import { htmlToRuns, runsText } from "./html-runs";
import type { CitationStyle } from "./styles";

export type Cite = { id: string; locator?: string; label?: string };

/** An original a source's note cites: an item formatted in the style, with its words for a numbered style; or words only. */
export type Original = { item?: string; text: string };

export type CitationCluster = {
  source: Cite;
  originals?: Original[];
  /** The note the citation prints in (note styles): "Ibid." only follows the note just before. 0 in the text. */
  noteIndex: number;
  /** The source's notes the originals are from ("3"), located in the source by note styles. */
  noteLabels?: string[];
};

export type Formatted = { text: string; runs: StyledRun[] };

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const formatted = (html: string): Formatted => {
  const runs = htmlToRuns(html);
  return { text: runsText(runs), runs };
};

/** The position of each cite, from the cites before it (CSL 1.0.1, "position"). */
function positions(clusters: CiteprocCite[][], noteIndexes: number[]): number[][] {
  const seen = new Set<string>();
  return clusters.map((cites, c) =>
    cites.map((cite, k) => {
      const previousCluster = clusters[c - 1];
      const adjacentNote = c > 0 && noteIndexes[c]! - noteIndexes[c - 1]! <= 1;
      const previous = k > 0 ? cites[k - 1] : previousCluster?.length === 1 && adjacentNote ? previousCluster[0] : undefined;
      let position: number;
      if (!seen.has(cite.id)) position = CSL.POSITION_FIRST;
      else if (previous?.id !== cite.id) position = CSL.POSITION_SUBSEQUENT;
      else if (!previous.locator && !cite.locator) position = CSL.POSITION_IBID;
      else if (previous.locator && !cite.locator) position = CSL.POSITION_SUBSEQUENT;
      else position = previous.locator === cite.locator ? CSL.POSITION_IBID : CSL.POSITION_IBID_WITH_LOCATOR;
      seen.add(cite.id);
      return position;
    }),
  );
}

/**
 * Formats `citations` in `style` (a CSL style of the registry) with the
 * `items` they name, and the reference list of the items in `bibliography`
 * (by default every source cited), in the style's order.
 */
function formatStyledCitations(
  style: CitationStyle & { file: string },
  input: { items: CslItemData[]; citations: CitationCluster[]; bibliography?: string[] },
): { citations: Formatted[]; bibliography: Formatted[] } {
  // A numbered style numbers every item it is given: it is given only the works of its reference list.
  const listedIds = new Set(input.bibliography ?? input.citations.map((c) => c.source.id));
  const items = style.numbered ? input.items.filter((item) => listedIds.has(item.id)) : input.items;
  return withEngine(style, inCitationOrder(items, input.citations), ({ idOf, cluster, bibliography }) => {
    const clusters = input.citations.map((citation) => clusterCites(style, citation, idOf));
    const places = positions(clusters, input.citations.map((c) => c.noteIndex));
    const citations = clusters.map((cites, c) => renderCluster(style, input.citations[c]!, cluster(cites.map((cite, k) => ({ ...cite, position: places[c]![k]! })))));
    // Only the works read are listed; the originals cited through them are not rendered at all.
    return { citations, bibliography: bibliography([...new Set([...listedIds].map(idOf))]).map(formatted) };
  });
}

/** The last documents formatted: a preview typed into or an export repeated costs nothing the second time. */
const recent = new Map<string, { citations: Formatted[]; bibliography: Formatted[] }>();
const RECENT_LIMIT = 32;

/** `formatStyledCitations`, answered from the last documents formatted when the input is the same. */
export function formatCitations(
  style: CitationStyle & { file: string },
  input: { items: CslItemData[]; citations: CitationCluster[]; bibliography?: string[] },
): { citations: Formatted[]; bibliography: Formatted[] } {
  const key = `${style.id}\n${JSON.stringify(input)}`;
  let result = recent.get(key);
  if (result) recent.delete(key);
  else result = formatStyledCitations(style, input);
  recent.set(key, result);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  return structuredClone(result);
}

/** The items in the order they are first cited: a numbered style numbers them so. */
function inCitationOrder(items: CslItemData[], citations: CitationCluster[]): CslItemData[] {
  const rank = new Map<string, number>();
  for (const citation of citations) {
    for (const id of [...(citation.originals ?? []).flatMap((o) => (o.item ? [o.item] : [])), citation.source.id]) if (!rank.has(id)) rank.set(id, rank.size);
  }
  const at = (id: string) => rank.get(id) ?? rank.size;
  return [...items].sort((a, b) => at(a.id) - at(b.id));
}

function clusterCites(style: CitationStyle, citation: CitationCluster, idOf: (id: string) => string): CiteprocCite[] {
  const originals = citation.originals ?? [];
  const source: CiteprocCite = { id: idOf(citation.source.id), ...located(citation.source) };
  if (originals.length === 0 || style.numbered) return [source];
  const items = originals.flatMap((o) => (o.item ? [{ id: idOf(o.item) }] : []));
  const words = originals.flatMap((o) => (o.item ? [] : [o.text]));
  source.prefix = `${words.length > 0 ? `${words.join("; ")}, ` : ""}${style.citedIn} `;
  if (style.kind === "note" && !source.locator && citation.noteLabels?.length) Object.assign(source, { locator: citation.noteLabels.join(", "), label: "note" });
  return [...items, source];
}

const located = (cite: Cite) => ({ ...(cite.locator ? { locator: cite.locator } : {}), ...(cite.label ? { label: cite.label } : {}) });

function renderCluster(style: CitationStyle, citation: CitationCluster, html: string): Formatted {
  const originals = citation.originals ?? [];
  if (originals.length === 0) return formatted(html);
  if (style.numbered) return formatted(`(${escapeHtml(originals.map((o) => o.text).join("; "))}, ${style.citedIn} ${html})`);
  // The style's delimiter between cites ("; ") gives way to the comma of "…, cited in".
  const joint = `; ${style.citedIn} `;
  const at = html.lastIndexOf(joint);
  if (at === -1) return formatted(html);
  const before = html.slice(0, at);
  // American usage puts the comma inside a closing quotation mark (CMOS 17 §6.9), as the locale does for the style's own commas.
  const comma = style.locale === "en-US" && before.endsWith("”") ? `${before.slice(0, -1)},”` : `${before},`;
  return formatted(`${comma} ${style.citedIn} ${html.slice(at + joint.length)}`);
}
