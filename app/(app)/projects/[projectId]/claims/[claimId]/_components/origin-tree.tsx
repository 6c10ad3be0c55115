import type { getClaimProvenance } from "@/lib/provenance/get-claim-provenance";

type Origin = Awaited<ReturnType<typeof getClaimProvenance>>["origins"][number];

function OriginLabel({ origin }: { origin: Origin }) {
  return origin.url ? (
    <a href={origin.url} className="text-blue-700 hover:underline" rel="noopener noreferrer" target="_blank">
      {origin.label}
    </a>
  ) : (
    <span>{origin.label}</span>
  );
}

/**
 * The way from the claim to each origin: its source, then the footnote it
 * relies on, then the report that footnote names. A claim relying on no
 * footnote rests on its source, which is then its own origin.
 */
export function OriginTree({ paraphrase, source, origins }: { paraphrase: string; source: { id: string; title: string }; origins: Origin[] }) {
  const throughNotes = origins.flatMap((origin) => origin.via.flatMap((step) => (step.kind === "footnote" ? [{ step, origin }] : [])));
  const itself = origins.filter((origin) => origin.via.every((step) => step.kind === "source"));
  return (
    <ul data-testid="origin-tree" aria-label="Where the claim comes from" className="space-y-1 text-sm">
      <li>
        <span className="text-stone-500">Claim</span> {paraphrase}
        <ul className="mt-1 ml-3 space-y-1 border-l border-stone-200 pl-3">
          <li>
            <span className="text-stone-500">Source</span> {source.title}
            <ul className="mt-1 ml-3 space-y-1 border-l border-stone-200 pl-3">
              {throughNotes.map(({ step, origin }) => (
                <li key={`${step.id}-${origin.key}`} data-origin={origin.key}>
                  <span className="text-stone-500">Footnote</span> {step.label}
                  <ul className="mt-1 ml-3 border-l border-stone-200 pl-3">
                    <li>
                      <span className="text-stone-500">Origin</span> <OriginLabel origin={origin} />
                    </li>
                  </ul>
                </li>
              ))}
              {itself.map((origin) => (
                <li key={origin.key} data-origin={origin.key}>
                  <span className="text-stone-500">Its own origin</span> <OriginLabel origin={origin} />
                  <span className="text-stone-500"> (the claim relies on no footnote)</span>
                </li>
              ))}
            </ul>
          </li>
        </ul>
      </li>
    </ul>
  );
}
