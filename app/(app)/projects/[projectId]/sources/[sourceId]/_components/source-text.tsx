import type { SourceForReader } from "@/lib/sources/get-source";
import { headingAnchor } from "@/lib/sources/outline";
import type { Block, TextSegment } from "@/lib/sources/text-blocks";

type Citation = SourceForReader["citations"][number];

const HEADINGS = ["h2", "h2", "h3", "h4", "h5", "h6", "h6"] as const;

function Marker({ label, index, offset, citation }: { label: string; index: number; offset: number; citation: Citation | undefined }) {
  return (
    <sup className="group relative" data-marker-offset={offset} contentEditable={false}>
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

/** A piece of text; under claims it is a highlight in the first claim's theme colour, deeper for each overlap. */
function Piece({ segment, colours }: { segment: TextSegment; colours: Map<string, string> }) {
  if (segment.claimIds.length === 0) {
    return <span data-o={segment.start}>{segment.text}</span>;
  }
  const colour = colours.get(segment.claimIds[0]!) ?? "#a8a29e";
  const depth = segment.claimIds.length;
  return (
    <mark
      data-o={segment.start}
      data-claims={segment.claimIds.join(" ")}
      className="cursor-pointer rounded-[2px] text-inherit"
      style={{
        backgroundColor: `${colour}${depth > 1 ? "55" : "33"}`,
        boxShadow: depth > 1 ? `inset 0 -2px 0 ${colours.get(segment.claimIds[depth - 1]!) ?? colour}` : undefined,
      }}
    >
      {segment.text}
    </mark>
  );
}

/** What follows the text (about the author, disclaimers, copyright): folded, and outside the text claims are made on. */
export function BackMatter({ text }: { text: string }) {
  return (
    <details className="mt-8 rounded-md border border-stone-200 bg-stone-50 px-4 py-3 text-sm text-stone-700" data-testid="back-matter">
      <summary className="cursor-pointer font-sans font-medium">About the author, disclaimers and copyright</summary>
      <div className="mt-3 space-y-3">
        {text.split(/\n{2,}/).map((block, i) =>
          /^#{1,6}\s/.test(block) ? (
            <p key={i} className="font-sans font-semibold">
              {block.replace(/^#{1,6}\s+/, "")}
            </p>
          ) : (
            <p key={i} className="whitespace-pre-line">
              {block}
            </p>
          ),
        )}
      </div>
    </details>
  );
}

/**
 * The source's text as the analyst reads it: headings, paragraphs, footnote
 * markers that link to their notes (shown on hover or focus), and claim
 * highlights. Every piece of text carries its body offset (data-o), which is
 * how a selection becomes a claim's anchor.
 */
export function SourceText({
  source,
  blocks,
  colours,
}: {
  source: SourceForReader;
  /** The blocks to show (all of them, or one part of a long source). */
  blocks: Block[];
  /** Each claim's highlight colour. */
  colours: Map<string, string>;
}) {
  const citations = new Map(source.citations.map((c) => [c.label, c]));
  return (
    <div className="font-serif text-[1.05rem] leading-relaxed text-stone-900" data-testid="source-text">
      {blocks.map((block) => {
        const children = block.segments.map((segment, i) =>
          segment.kind === "text" ? (
            <Piece key={i} segment={segment} colours={colours} />
          ) : (
            <Marker key={i} label={segment.label} index={segment.index} offset={segment.offset} citation={citations.get(segment.label)} />
          ),
        );
        if (block.level > 0) {
          const Heading = HEADINGS[block.level]!;
          const id = headingAnchor(block);
          return (
            <Heading key={block.start} id={id} data-block className="group mt-8 mb-3 scroll-mt-20 font-sans text-lg font-semibold">
              {children}
              <a href={`#${id}`} className="ml-2 text-sm font-normal text-stone-400 opacity-0 group-hover:opacity-100 focus:opacity-100" aria-label="Link to this heading" contentEditable={false}>
                #
              </a>
            </Heading>
          );
        }
        return (
          <p key={block.start} data-block className="mb-4 whitespace-pre-line">
            {children}
          </p>
        );
      })}
    </div>
  );
}
