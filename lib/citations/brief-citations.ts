/**
 * A brief's citations in a CSL style: the claims and direct citations of a
 * brief, collected in reading order while its Markdown is converted, then
 * formatted in one pass (so first, short and "Ibid." notes come out in the
 * order a reader meets them) and written back into the footnotes and inline
 * citations that were left to fill. Pure.
 */
import type { NoteForCitation } from "@/lib/briefs/citation-fields";
import { compareLabels, formatNoteReference } from "@/lib/briefs/citation-format";
import type { BibliographyEntry, Footnote, Inline } from "@/lib/briefs/document";
import { FootnoteNumbering } from "@/lib/briefs/footnote-numbering";
import { noteIsStructured, noteToItem, sourceToItem, type CitableSource, type CslItemData } from "./csl-items";
import { formatCitations, type CitationCluster, type Formatted } from "./format-citations";
import type { CitationStyle } from "./styles";

type CitationInline = Extract<Inline, { kind: "citation" }>;
type Pending = { source: CitableSource; notes: NoteForCitation[]; noteIndex: number; footnote: number | null; inline: CitationInline | null };

const sourceId = (source: CitableSource) => `source:${source.id}`;
const noteId = (source: CitableSource, note: NoteForCitation) => `note:${source.id}:${JSON.stringify([note.label, note.text, note.url, note.title])}`;

export class StyledCitations {
  private readonly numbering = new FootnoteNumbering();
  private readonly pending: Pending[] = [];
  private readonly filled = new Map<number, Formatted>();

  constructor(private readonly style: CitationStyle & { file: string }) {}

  /**
   * Cites a source (and the originals of its notes the claim relies on): a
   * new footnote in a note style, an inline citation in an in-text style.
   * Returns the footnote's number, if any, and the inline to put after the text.
   */
  cite(source: CitableSource, notes: NoteForCitation[]): { n: number | null; inline: Inline } {
    if (this.style.kind === "note") {
      const n = this.numbering.add("", source.url);
      this.pending.push({ source, notes, noteIndex: n, footnote: n, inline: null });
      return { n, inline: { kind: "footnote", n } };
    }
    const inline: CitationInline = { kind: "citation", text: "" };
    this.pending.push({ source, notes, noteIndex: 0, footnote: null, inline });
    return { n: null, inline };
  }

  /** A note of the writer's own: a footnote in every style, shared by notes that read the same. */
  note(text: string): number {
    return this.numbering.number(text);
  }

  finish(): { footnotes: Footnote[]; bibliography: BibliographyEntry[] } {
    const items = new Map<string, CslItemData>();
    const clusters: CitationCluster[] = this.pending.map(({ source, notes, noteIndex }) => {
      items.set(sourceId(source), sourceToItem(source, sourceId(source)));
      const sorted = [...notes].sort((a, b) => compareLabels(a.label, b.label));
      const originals = sorted.map((note) => {
        const text = formatNoteReference(note);
        if (!noteIsStructured(note)) return { text };
        items.set(noteId(source, note), noteToItem(note, noteId(source, note)));
        return { item: noteId(source, note), text };
      });
      return { source: { id: sourceId(source) }, originals, noteIndex, noteLabels: sorted.map((note) => note.label.trim()).filter(Boolean) };
    });
    const sources = [...new Set(this.pending.map((p) => sourceId(p.source)))];
    const { citations, bibliography } = formatCitations(this.style, { items: [...items.values()], citations: clusters, bibliography: sources });
    this.pending.forEach((p, i) => {
      const result = citations[i]!;
      if (p.footnote !== null) this.filled.set(p.footnote, result);
      if (p.inline) p.inline.text = result.text;
    });
    const footnotes = this.numbering.footnotes.map((note) => {
      const styled = this.filled.get(note.n);
      return styled ? { ...note, text: styled.text, runs: styled.runs } : note;
    });
    return { footnotes, bibliography: bibliography.map((entry) => ({ text: entry.text, runs: entry.runs })) };
  }
}
