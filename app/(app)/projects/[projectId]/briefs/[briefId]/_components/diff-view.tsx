import type { DiffPart } from "@/lib/briefs/text-diff";

/** Unchanged stretches longer than this are folded to their ends. */
const FOLD_AT = 600;

/** A difference, word by word: removals struck through in red, additions in green. */
export function DiffView({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <pre aria-label={label} className="max-h-96 overflow-auto rounded border border-stone-200 bg-white p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap">
      {parts.map((part, i) =>
        part.kind === "added" ? (
          <ins key={i} className="bg-green-100 text-green-900 no-underline">
            {part.text}
          </ins>
        ) : part.kind === "removed" ? (
          <del key={i} className="bg-red-100 text-red-900">
            {part.text}
          </del>
        ) : (
          <span key={i} className="text-stone-600">
            {part.text.length > FOLD_AT ? `${part.text.slice(0, FOLD_AT / 2)}\n…\n${part.text.slice(-FOLD_AT / 2)}` : part.text}
          </span>
        ),
      )}
    </pre>
  );
}
