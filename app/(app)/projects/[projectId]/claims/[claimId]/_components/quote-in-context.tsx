import Link from "next/link";

/** The quote highlighted inside the words around it, as the reader shows it. */
export function QuoteInContext(props: { context: { before: string; quote: string; after: string; current: boolean }; readerHref: string }) {
  const { context } = props;
  return (
    <section aria-labelledby="quote-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="quote-heading" className="font-semibold">
          Quote in context
        </h2>
        <Link href={props.readerHref} className="text-sm text-blue-700 hover:underline">
          Open in the reader →
        </Link>
      </div>
      <p className="font-serif leading-relaxed whitespace-pre-line text-stone-600" data-testid="quote-in-context">
        {context.before}
        <mark className="rounded-sm bg-amber-100 px-0.5 text-stone-950">{context.quote}</mark>
        {context.after}
      </p>
      {!context.current ? (
        <p className="mt-2 text-xs text-stone-500">The quote is no longer in the source’s current version; its context as it was is shown.</p>
      ) : null}
    </section>
  );
}
