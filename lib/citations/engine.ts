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
import CSL, { type Engine } from "citeproc";
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

type Slot = { engine: Engine; items: Map<string, unknown>; uses: number };
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
  const slot = { engine, items, uses: 0 };
  slots.set(style.id, slot);
  return slot;
}

const contentId = (item: Record<string, unknown>) => createHash("sha1").update(JSON.stringify(item)).digest("base64url");

/**
 * Runs `work` on the style's engine with `items` registered. `work` gets the
 * engine and the registered id of each caller id.
 */
export function withEngine<T>(style: CitationStyle & { file: string }, items: { id: string }[], work: (engine: Engine, idOf: (id: string) => string) => T): T {
  const slot = slotFor(style);
  slot.uses += 1;
  const ids = new Map<string, string>();
  slot.items.clear();
  for (const { id, ...data } of items) {
    const registered = contentId(data);
    ids.set(id, registered);
    slot.items.set(registered, { ...data, id: registered });
  }
  slot.engine.updateItems([...new Set(ids.values())]);
  return work(slot.engine, (id) => {
    const registered = ids.get(id);
    if (!registered) throw new Error(`No item ${id} was given to cite.`);
    return registered;
  });
}
