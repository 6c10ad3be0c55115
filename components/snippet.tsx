import type { SnippetPart } from "@/lib/search/snippet";

/** A search snippet with its hits marked; rendered as text, never as HTML. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-stone-900">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
