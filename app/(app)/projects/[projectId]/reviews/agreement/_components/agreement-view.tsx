import { readAlpha, type ProjectAgreement } from "@/lib/agreement/agreement";

const READINGS: Record<ReturnType<typeof readAlpha>, string> = {
  reliable: "Reliable: at .800 or above, the reviewers agree well beyond chance.",
  tentative: "Tentative: between .667 and .800, good enough for tentative conclusions only.",
  unreliable: "Not reliable: below .667, the reviewers agree too little to rely on their judgments; compare notes on what each verdict means.",
  undefined: "No figure yet: it needs claims reviewed by two or more people, with more than one answer among them (when everyone gave the same answer, agreement cannot be told from chance).",
};

const figure = (value: number | null) => (value === null ? "—" : value.toFixed(3));
const claims = (n: number) => (n === 1 ? "1 claim" : `${n.toLocaleString("en")} claims`);

/** One α: the figure, over how many claims, and what it means. */
export function AlphaCard(props: { id: string; title: string; scale: string; alpha: number | null; units: number }) {
  return (
    <section aria-labelledby={`${props.id}-heading`} className="rounded-lg border border-stone-200 bg-white p-4" data-testid={`${props.id}-alpha`}>
      <h2 id={`${props.id}-heading`} className="text-sm font-semibold text-stone-800">
        {props.title}
      </h2>
      <p className="mt-1 text-xs text-stone-500">{props.scale}</p>
      <p className="mt-2 text-2xl font-semibold tabular-nums">
        <span className="sr-only">Krippendorff&apos;s alpha: </span>α = <span data-testid="alpha-value">{figure(props.alpha)}</span>
      </p>
      <p className="text-sm text-stone-600" data-testid="alpha-units">
        over {claims(props.units)} with two or more reviewers
      </p>
      <p className="mt-2 text-sm text-stone-800">{READINGS[readAlpha(props.alpha)]}</p>
    </section>
  );
}

/** Cohen's κ on verdicts for each pair of reviewers, with the claims both reviewed. */
export function PairTable({ pairs }: { pairs: ProjectAgreement["pairs"] }) {
  if (pairs.length === 0) return <p className="text-sm text-stone-600">No two reviewers have reviewed the same claim yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full border-collapse text-left text-sm" data-testid="pair-table">
        <caption className="sr-only">Cohen&apos;s kappa on verdicts for each pair of reviewers</caption>
        <thead className="border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Reviewers
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              κ
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Claims both reviewed
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={`${pair.a.id}-${pair.b.id}`} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="px-3 py-1.5 font-normal">
                {pair.a.name} and {pair.b.name}
              </th>
              <td className="px-3 py-1.5 text-right tabular-nums">
                {pair.kappa === null ? <span title="Fewer than two shared claims, or both gave one and the same verdict throughout">— undefined</span> : figure(pair.kappa)}
              </td>
              <td className="px-3 py-1.5 text-right tabular-nums">{pair.claims.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
