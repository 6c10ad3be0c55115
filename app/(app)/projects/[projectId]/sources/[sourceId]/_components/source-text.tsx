import type { SourceForReader } from "@/lib/sources/get-source";
import { toBlocks } from "@/lib/sources/text-blocks";

type Citation = SourceForReader["citations"][number];

const HEADINGS = ["h2", "h2", "h3", "h4", "h5", "h6", "h6"] as const;

function Marker({ label, index, citation }: { label: string; index: number; citation: Citation | undefined }) {
  return (
    <sup className="group relative">
      <a
        href={`#note-${label}`}
        id={`ref-${label}-${index}`}
        aria-describedby={citation ? `note-${label}` : undefined}
        className="rounded px-0.5 font-sans text-xs font-semibold text-blue-700 no-underline hover:bg-blue-50 focus:bg-blue-50"
        data-marker={label}
      >
        {label}
      </a>
      {citation ? (
        <span
          role="tooltip"
          className="pointer-events-none invisible absolute bottom-full left-1/2 z-10 mb-1 w-80 -translate-x-1/2 rounded-md border border-stone-200 bg-white p-2 text-left font-sans text-xs leading-snug font-normal text-stone-800 shadow-lg group-focus-within:visible group-hover:visible"
        >
          <span className="font-semibold">{label}.</span> {citation.text}
        </span>
      ) : null}
    </sup>
  );
}

/**
 * The source's text as the analyst reads it: headings, paragraphs, and
 * footnote markers that link to their notes (and show them on hover or focus).
 * Each block carries its body offset, which claims anchor to.
 */
export function SourceText({ source }: { source: SourceForReader }) {
  const citations = new Map(source.citations.map((c) => [c.label, c]));
  const blocks = toBlocks(source.text.body, source.text.markers);
  return (
    <div className="font-serif text-[1.05rem] leading-relaxed text-stone-900" data-testid="source-text">
      {blocks.map((block) => {
        const children = block.segments.map((segment, i) =>
          segment.kind === "text" ? (
            segment.text
          ) : (
            <Marker key={i} label={segment.label} index={segment.index} citation={citations.get(segment.label)} />
          ),
        );
        if (block.level > 0) {
          const Heading = HEADINGS[block.level]!;
          return (
            <Heading key={block.start} data-start={block.start} className="mt-8 mb-3 font-sans text-lg font-semibold">
              {children}
            </Heading>
          );
        }
        return (
          <p key={block.start} data-start={block.start} className="mb-4 whitespace-pre-line">
            {children}
          </p>
        );
      })}
    </div>
  );
}
