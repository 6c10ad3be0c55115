/**
 * citeproc-js engines, one per CSL style and process. A style's and its
 * locale's XML are read from ./styles once; building an engine costs tens of
 * milliseconds (APA over a hundred), so each is built once and handed the
 * items of each brief in turn. Items are registered under an id derived from
 * their content, so an edited source can never be printed from a stale copy.
 * Rendering is synchronous: one brief at a time uses an engine.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import CSL, { type CiteprocCite, type Engine } from "citeproc";
import type { CitationStyle } from "./styles";

const STYLE_DIR = path.join(process.cwd(), "lib", "citations", "styles");

const files = new Map<string, string>();

function styleFile(name: string): string {
  let text = files.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(STYLE_DIR, name), "utf8");
    files.set(name, text);
  }
  return text;
}

/** A fresh engine after this many briefs, so the items it has seen cannot pile up in a long-running process. */
const USES_PER_ENGINE = 500;

/**
 * An engine with the items last registered (`registered`: their ids in order)
 * and the citations it formatted for them: while a brief is previewed and
 * edited, the same items come back, and only a new citation costs anything.
 */
type Slot = { engine: Engine; items: Map<string, unknown>; uses: number; registered: string; clusters: Map<string, string> };

/** What a document's formatting asks of an engine. */
export type EngineSession = {
  /** The registered id of a caller's item id. */
  idOf: (id: string) => string;
  /** A citation's HTML, its cites kept in the order given; each distinct citation is formatted once. */
  cluster: (cites: CiteprocCite[]) => string;
  /** The bibliography entries' HTML of the registered ids given, in the style's order. */
  bibliography: (ids: string[]) => string[];
};
const slots = new Map<string, Slot>();

function slotFor(style: CitationStyle & { file: string }): Slot {
  const known = slots.get(style.id);
  if (known && known.uses < USES_PER_ENGINE) return known;
  const items = new Map<string, unknown>();
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang) => styleFile(`locales-${lang === "en-GB" ? "en-GB" : "en-US"}.xml`),
      retrieveItem: (id) => items.get(id),
    },
    styleFile(style.file),
    style.locale,
    true,
  );
  engine.setOutputFormat("html");
  const slot = { engine, items, uses: 0, registered: "", clusters: new Map<string, string>() };
  slots.set(style.id, slot);
  return slot;
}

const contentId = (item: Record<string, unknown>) => createHash("sha1").update(JSON.stringify(item)).digest("base64url");

/** Runs `work` on the style's engine with `items` registered, in the order given (a numbered style numbers them so). */
export function withEngine<T>(style: CitationStyle & { file: string }, items: { id: string }[], work: (session: EngineSession) => T): T {
  const slot = slotFor(style);
  slot.uses += 1;
  const ids = new Map<string, string>();
  const data = new Map<string, unknown>();
  for (const { id, ...fields } of items) {
    const registered = contentId(fields);
    ids.set(id, registered);
    data.set(registered, { ...fields, id: registered });
  }
  const order = [...new Set(ids.values())];
  if (order.join("\n") !== slot.registered) {
    slot.items.clear();
    for (const [id, item] of data) slot.items.set(id, item);
    slot.engine.updateItems(order);
    slot.registered = order.join("\n");
    slot.clusters.clear();
  }
  const { engine } = slot;
  return work({
    idOf: (id) => {
      const registered = ids.get(id);
      if (!registered) throw new Error(`No item ${id} was given to cite.`);
      return registered;
    },
    cluster: (cites) => {
      const key = JSON.stringify(cites);
      let html = slot.clusters.get(key);
      if (html === undefined) {
        // A citation keeps the order it is given in: the original, then the work that cites it.
        const sort = engine.citation_sort.tokens;
        engine.citation_sort.tokens = [];
        try {
          html = engine.makeCitationCluster(cites);
        } finally {
          engine.citation_sort.tokens = sort;
        }
        slot.clusters.set(key, html);
      }
      return html;
    },
    bibliography: (listed) => {
      const made = engine.makeBibliography({ include: listed.map((id) => ({ field: "id", value: id })) });
      return made ? made[1] : [];
    },
  });
}
