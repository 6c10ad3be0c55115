import type { Block, BriefDocument, Inline, StyledRun } from "@/lib/briefs/document";

/**
 * A brief's document as the reader will see it: the same model the exports
 * are written from, so the preview shows exactly their wording and footnote
 * numbers. Text is rendered as text; nothing in a brief becomes markup.
 */
export function BriefDocumentView({ document, idPrefix = "brief" }: { document: BriefDocument; idPrefix?: string }) {
  return (
    <div className="brief-document space-y-3 text-[15px] leading-relaxed text-stone-900">
      <Blocks blocks={document.blocks} idPrefix={idPrefix} />
      {document.footnotes.length > 0 ? (
        <section aria-label="Notes" className="mt-6 border-t border-stone-200 pt-3 text-sm text-stone-700">
          <ol className="space-y-1">
            {document.footnotes.map((note) => (
              <li key={note.n} id={`${idPrefix}-fn-${note.n}`} className="flex gap-2">
                <span className="w-6 shrink-0 text-right tabular-nums">{note.n}.</span>
                <span className="break-words">
                  <Styled text={note.text} runs={note.runs} />
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {document.bibliography.length > 0 ? (
        <section aria-label="Bibliography" className="mt-4 text-sm text-stone-700">
          <h2 className="mb-1 font-semibold text-stone-900">{document.bibliographyTitle}</h2>
          <ul className="space-y-1">
            {document.bibliography.map((entry) => (
              <li key={entry.text} className="break-words pl-4 -indent-4">
                <Styled text={entry.text} runs={entry.runs} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A note or bibliography entry as its citation style sets it: titles in italics, small capitals, superscripts. */
function Styled({ text, runs }: { text: string; runs?: StyledRun[] }) {
  if (!runs?.length) return text;
  return runs.map((run, i) => {
    let node: React.ReactNode = run.text;
    if (run.italic) node = <i>{node}</i>;
    if (run.bold) node = <b>{node}</b>;
    if (run.smallCaps) node = <span className="[font-variant:small-caps]">{node}</span>;
    if (run.superscript) node = <sup>{node}</sup>;
    return <span key={i}>{node}</span>;
  });
}

function Blocks({ blocks, idPrefix }: { blocks: Block[]; idPrefix: string }) {
  return blocks.map((block, i) => <BlockView key={i} block={block} idPrefix={idPrefix} />);
}

const HEADING_CLASS = ["text-2xl font-semibold", "text-xl font-semibold", "text-lg font-semibold", "font-semibold", "font-semibold", "font-medium"] as const;

function BlockView({ block, idPrefix }: { block: Block; idPrefix: string }) {
  switch (block.kind) {
    case "heading": {
      const Tag = `h${block.level}` as "h1";
      return (
        <Tag className={`${HEADING_CLASS[block.level - 1]} mt-4`}>
          <Inlines items={block.children} idPrefix={idPrefix} />
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p className="whitespace-pre-wrap">
          <Inlines items={block.children} idPrefix={idPrefix} />
        </p>
      );
    case "list": {
      const Tag = block.ordered ? "ol" : "ul";
      return (
        <Tag className={`space-y-1 pl-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
          {block.items.map((item, i) => (
            <li key={i}>
              <Blocks blocks={item} idPrefix={idPrefix} />
            </li>
          ))}
        </Tag>
      );
    }
    case "quote":
      return (
        <blockquote className="border-l-4 border-stone-300 pl-3 text-stone-700">
          <Blocks blocks={block.children} idPrefix={idPrefix} />
        </blockquote>
      );
    case "code":
      return <pre className="overflow-x-auto rounded bg-stone-100 p-2 font-mono text-sm">{block.text}</pre>;
    case "table":
      return (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-sm">
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  <th key={i} className="border border-stone-300 bg-stone-50 px-2 py-1 text-left font-semibold">
                    <Inlines items={cell} idPrefix={idPrefix} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} className="border border-stone-300 px-2 py-1 align-top">
                      <Inlines items={cell} idPrefix={idPrefix} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "rule":
      return <hr className="border-stone-300" />;
  }
}

function Inlines({ items, idPrefix }: { items: Inline[]; idPrefix: string }) {
  return items.map((item, i) => <InlineView key={i} item={item} idPrefix={idPrefix} />);
}

function InlineView({ item, idPrefix }: { item: Inline; idPrefix: string }) {
  switch (item.kind) {
    case "text": {
      let node: React.ReactNode = item.text;
      if (item.code) node = <code className="rounded bg-stone-100 px-1 font-mono text-[0.9em]">{node}</code>;
      if (item.strike) node = <s>{node}</s>;
      if (item.italic) node = <em>{node}</em>;
      if (item.bold) node = <strong>{node}</strong>;
      return node;
    }
    case "link":
      return (
        <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-700 underline">
          <Inlines items={item.children} idPrefix={idPrefix} />
        </a>
      );
    case "citation":
      return <span>{item.text}</span>;
    case "footnote":
      return (
        <sup>
          <a href={`#${idPrefix}-fn-${item.n}`} className="px-0.5 text-blue-700">
            {item.n}
          </a>
        </sup>
      );
    case "missing-claim":
      return (
        <span data-missing-claim={item.ref} className="rounded bg-red-100 px-1 text-sm font-medium text-red-800" title={`Claim ${item.ref} no longer exists in this project`}>
          [missing claim]
        </span>
      );
    case "break":
      return <br />;
  }
}
