import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { themeCoverage } from "@/lib/themes/theme-coverage";
import { loadProject, orNotFound } from "../../_lib/load-project";
import { ThemesNav } from "../_components/themes-nav";
import { CoOccurrenceChart, type MatrixPoint } from "./_components/co-occurrence-chart";
import { CoOccurrenceTable, SourceTable, ThemeTable } from "./_components/coverage-tables";
import { SourceChart, type SourceRow } from "./_components/source-chart";
import { ThemeBarChart } from "./_components/theme-bar-chart";

export const metadata: Metadata = { title: "Theme coverage" };

/** Sources shown in the chart; the table lists them all. */
const CHART_SOURCES = 15;

function Section({ id, title, note, children }: { id: string; title: string; note: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <div>
        <h2 id={`${id}-heading`} className="text-base font-semibold">
          {title}
        </h2>
        <p className="text-stone-600">{note}</p>
      </div>
      {children}
    </section>
  );
}

export default async function CoveragePage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ level?: string }>;
}) {
  const { projectId } = await params;
  const { user } = await loadProject(projectId);
  const level = (await searchParams).level === "all" ? "all" : "top";
  const coverage = await orNotFound(themeCoverage({ userId: user.id, projectId, level }));
  const { totals, themes, sources } = coverage;
  const topThemes = themes.filter((t) => t.depth === 0);
  const percent = totals.claims ? Math.round((100 * totals.tagged) / totals.claims) : 0;

  const pairCounts = new Map<string, number>();
  for (const pair of coverage.coOccurrence.pairs) {
    pairCounts.set(`${pair.a}|${pair.b}`, pair.claims);
    pairCounts.set(`${pair.b}|${pair.a}`, pair.claims);
  }
  const counts = (a: string, b: string) => pairCounts.get(`${a}|${b}`) ?? 0;
  const matrixIds = new Set(coverage.coOccurrence.themeIds);
  const matrixThemes = themes.filter((t) => matrixIds.has(t.id));
  const points: MatrixPoint[] = matrixThemes.flatMap((a, x) =>
    matrixThemes.flatMap((b, y) => (x !== y && counts(a.id, b.id) > 0 ? [{ x, y, claims: counts(a.id, b.id) }] : [])),
  );
  const sourceRows: SourceRow[] = sources
    .filter((s) => s.claims > 0)
    .slice(0, CHART_SOURCES)
    .map((s) => ({ id: s.id, title: s.title, ...s.byTheme }));

  return (
    <div>
      <ThemesNav projectId={projectId} current="coverage" />
      {totals.claims === 0 ? (
        <EmptyState title="No claims yet">Coverage appears here once claims are pulled out of sources and tagged with themes.</EmptyState>
      ) : (
        <div className="space-y-10">
          <p className="text-stone-700" data-testid="coverage-totals">
            {totals.claims.toLocaleString("en")} {totals.claims === 1 ? "claim" : "claims"}: {totals.tagged.toLocaleString("en")} tagged with
            at least one theme ({percent}%), {totals.untagged.toLocaleString("en")} untagged. A claim with several themes counts under each.
          </p>

          <Section id="per-theme" title="Claims per theme" note="Each bar counts the claims tagged with the theme or any of its sub-themes.">
            <figure aria-labelledby="per-theme-heading" aria-describedby="per-theme-table" className="rounded-lg border border-stone-200 bg-white p-3">
              <ThemeBarChart data={themes.map((t) => ({ id: t.id, label: t.depth ? `${"·".repeat(t.depth)} ${t.name}` : t.name, name: t.name, colour: t.colour, claims: t.claims, rolledUpClaims: t.rolledUpClaims }))} />
            </figure>
            <ThemeTable id="per-theme-table" themes={themes} />
          </Section>

          <Section
            id="per-source"
            title="Claims per source"
            note={`Stacked by top-level theme, sub-themes included${sourceRows.length < sources.length ? `; the chart shows the ${sourceRows.length} sources with the most claims, the table all of them` : ""}.`}
          >
            {sourceRows.length ? (
              <figure aria-labelledby="per-source-heading" aria-describedby="per-source-table" className="rounded-lg border border-stone-200 bg-white p-3">
                <SourceChart
                  data={sourceRows}
                  themes={topThemes.filter((t) => sourceRows.some((row) => row[t.id])).map((t) => ({ id: t.id, name: t.name, colour: t.colour }))}
                />
              </figure>
            ) : null}
            <SourceTable id="per-source-table" projectId={projectId} sources={sources} themes={topThemes} />
          </Section>

          <Section
            id="co-occurrence"
            title="Theme co-occurrence"
            note={
              <>
                How many claims carry both themes.{" "}
                {level === "top" ? "Sub-themes count as their top-level theme." : "Every theme stands for itself: only direct tags count."}{" "}
                <Link href={`/projects/${projectId}/themes/coverage${level === "top" ? "?level=all" : ""}`} className="text-blue-700 hover:underline">
                  {level === "top" ? "Show every theme" : "Show top-level themes"}
                </Link>
              </>
            }
          >
            <figure aria-labelledby="co-occurrence-heading" aria-describedby="co-occurrence-table" className="rounded-lg border border-stone-200 bg-white p-3">
              <CoOccurrenceChart names={matrixThemes.map((t) => t.name)} points={points} />
            </figure>
            <CoOccurrenceTable
              id="co-occurrence-table"
              themes={matrixThemes}
              counts={counts}
              diagonal={(t) => (level === "top" ? t.rolledUpClaims : t.claims)}
            />
          </Section>
        </div>
      )}
    </div>
  );
}
