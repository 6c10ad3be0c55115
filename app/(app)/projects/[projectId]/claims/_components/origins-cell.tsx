import type { BoardProvenance } from "@/lib/claims/list-claims";

/**
 * The number of independent origins behind a claim and those corroborating it. Reports that all go back to
 * fewer origins (the same agency story reprinted) get a badge, "2 reports, 1 origin", with the origin named
 * in its tooltip and for screen readers.
 */
export function OriginsCell({ reports, independentOrigins, description }: BoardProvenance) {
  const circular = reports > independentOrigins;
  return (
    <span className="whitespace-nowrap" data-testid="board-origins" title={description}>
      <span className="tabular-nums" aria-hidden={circular ? true : undefined}>
        {independentOrigins}
      </span>
      {circular ? (
        <>
          <span className="ml-1.5 inline-flex items-center rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800" aria-hidden="true">
            {reports} reports, {independentOrigins} origin{independentOrigins === 1 ? "" : "s"}
          </span>
          <span className="sr-only">{description}</span>
        </>
      ) : (
        <span className="sr-only"> {independentOrigins === 1 ? "independent origin" : "independent origins"}</span>
      )}
    </span>
  );
}
