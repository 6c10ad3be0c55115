import Link from "next/link";
import type { ThemeCoverage } from "@/lib/themes/theme-coverage";

type CoverageTheme = ThemeCoverage["themes"][number];
type CoverageSource = ThemeCoverage["sources"][number];

const th = "px-3 py-2 font-medium";
const num = "px-3 py-2 text-right tabular-nums";
const tableClass = "w-full border-collapse text-left text-sm";
const headClass = "border-b border-stone-200 text-xs tracking-wide text-stone-500 uppercase";

function Swatch({ colour }: { colour: string }) {
  return <span aria-hidden className="mr-2 inline-block size-2.5 rounded-full align-middle" style={{ backgroundColor: colour }} />;
}

export function ThemeTable({ id, themes }: { id: string; themes: CoverageTheme[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table id={id} className={tableClass} data-testid="coverage-theme-table">
        <caption className="sr-only">Claims per theme</caption>
        <thead className={headClass}>
          <tr>
            <th scope="col" className={th}>Theme</th>
            <th scope="col" className={`${th} text-right`}>Tagged directly</th>
            <th scope="col" className={`${th} text-right`}>With sub-themes</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((theme) => (
            <tr key={theme.id} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="px-3 py-1.5 font-normal" style={{ paddingLeft: `${0.75 + theme.depth * 1.25}rem` }}>
                <Swatch colour={theme.colour} />
                {theme.name}
              </th>
              <td className={num}>{theme.claims}</td>
              <td className={num}>{theme.rolledUpClaims}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SourceTable({ id, projectId, sources, themes }: { id: string; projectId: string; sources: CoverageSource[]; themes: CoverageTheme[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table id={id} className={tableClass} data-testid="coverage-source-table">
        <caption className="sr-only">Claims per source and top-level theme; sub-themes count under their top-level theme</caption>
        <thead className={headClass}>
          <tr>
            <th scope="col" className={th}>Source</th>
            <th scope="col" className={`${th} text-right`}>Claims</th>
            {themes.map((theme) => (
              <th key={theme.id} scope="col" className={`${th} min-w-24 text-right normal-case`}>
                <Swatch colour={theme.colour} />
                {theme.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="px-3 py-1.5 font-normal">
                <Link href={`/projects/${projectId}/sources/${source.id}`} className="hover:text-blue-700 hover:underline">
                  {source.title}
                </Link>
              </th>
              <td className={num}>{source.claims}</td>
              {themes.map((theme) => (
                <td key={theme.id} className={`${num} ${source.byTheme[theme.id] ? "" : "text-stone-400"}`}>
                  {source.byTheme[theme.id] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The matrix itself, shaded like a heat map; the diagonal gives each theme's own total. */
export function CoOccurrenceTable(props: { id: string; themes: CoverageTheme[]; counts: (a: string, b: string) => number; diagonal: (t: CoverageTheme) => number }) {
  const { themes, counts, diagonal } = props;
  const max = Math.max(1, ...themes.flatMap((a) => themes.map((b) => (a.id === b.id ? 0 : counts(a.id, b.id)))));
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table id={props.id} className={tableClass} data-testid="co-occurrence-table">
        <caption className="sr-only">Theme co-occurrence: claims tagged with both themes; the diagonal gives each theme&apos;s total</caption>
        <thead className={headClass}>
          <tr>
            <td />
            {themes.map((theme) => (
              <th key={theme.id} scope="col" className={`${th} min-w-20 text-right align-bottom normal-case`}>
                {theme.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {themes.map((row) => (
            <tr key={row.id} className="border-b border-stone-100 last:border-0">
              <th scope="row" className="px-3 py-1.5 font-normal whitespace-nowrap">
                <Swatch colour={row.colour} />
                {row.name}
              </th>
              {themes.map((column) => {
                if (row.id === column.id) {
                  return (
                    <td key={column.id} className={`${num} bg-stone-100 text-stone-500`}>
                      {diagonal(row)}
                    </td>
                  );
                }
                const value = counts(row.id, column.id);
                const alpha = value ? 0.1 + (0.75 * value) / max : 0;
                return (
                  <td
                    key={column.id}
                    className={`${num} ${value ? "" : "text-stone-400"}`}
                    style={value ? { backgroundColor: `rgba(29, 78, 216, ${alpha.toFixed(2)})`, color: alpha > 0.5 ? "white" : undefined } : undefined}
                  >
                    {value}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
