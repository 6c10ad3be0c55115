import type { SourceCitation } from "@/lib/sources/citation-fields";
import { describeNote } from "@/lib/sources/note-heading";
import { NoteEditor } from "./note-editor";

const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/** The source's own footnotes, each linking back to where the text cites it; with `editing`, each can be corrected. */
export function NotesList({
  citations,
  markedLabels,
  editing,
}: {
  citations: SourceCitation[];
  markedLabels: Set<string>;
  /** Where a correction goes, for those allowed to correct the source. */
  editing?: { projectId: string; sourceId: string };
}) {
  if (citations.length === 0) return null;
  return (
    <section aria-labelledby="notes-heading" className="mt-10 border-t border-stone-200 pt-6">
      <h2 id="notes-heading" className="mb-3 text-base font-semibold">
        Notes
      </h2>
      <ol className="space-y-2 text-sm" data-testid="notes-list">
        {citations.map((c) => {
          const url = safeUrl(c.url);
          return (
            <li key={c.id} id={`note-${c.label}`} className="flex gap-2 target:bg-amber-50">
              <span className="w-6 shrink-0 text-right font-semibold tabular-nums">{c.label}.</span>
              <div className="min-w-0 flex-1">
                {/* A parsed title leads, so the note reads at a glance; an untitled note is its text alone. */}
                {c.title ? <p className="font-medium break-words text-stone-900">{describeNote(c)}</p> : null}
                <p className="break-words text-stone-700">{c.text}</p>
                <div className="mt-0.5 flex flex-wrap items-center gap-x-3 text-xs text-stone-500">
                  {c.authors.length ? <span>Authors: {c.authors.join(", ")}</span> : null}
                  {c.title ? <span>Title: {c.title}</span> : null}
                  {c.publisher ? <span>Publisher: {c.publisher}</span> : null}
                  {c.issued ? <span>Date: {c.issued}</span> : null}
                  {url ? (
                    <a href={url} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-700 hover:underline">
                      Open link
                    </a>
                  ) : null}
                  {markedLabels.has(c.label) ? (
                    <a href={`#ref-${c.label}-1`} className="text-blue-700 hover:underline">
                      <span aria-hidden>↩ </span>back to text<span className="sr-only"> where note {c.label} is cited</span>
                    </a>
                  ) : null}
                  {editing ? <NoteEditor projectId={editing.projectId} sourceId={editing.sourceId} note={c} /> : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
