import type { Metadata } from "next";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz/permissions";
import { DEFAULT_THEMES } from "@/lib/projects/default-themes";
import { listThemes } from "@/lib/themes/list-themes";
import { loadProject, orNotFound } from "../_lib/load-project";
import { CodebookList } from "./_components/codebook-list";
import type { CodebookEntry } from "./_components/codebook-types";
import { ImportCodebookForm } from "./_components/import-codebook-form";
import { NewThemeForm } from "./_components/new-theme-form";
import { ThemesNav } from "./_components/themes-nav";

export const metadata: Metadata = { title: "Themes" };

type Search = { done?: string; into?: string; claims?: string };

/** What a merge or delete did, told after the redirect that removed its row. Only ids and numbers come from the URL. */
function notice(search: Search, themes: CodebookEntry[]): string | null {
  const target = themes.find((t) => t.id === search.into);
  const claims = Number(search.claims) || 0;
  const moved = target && claims > 0 ? ` Its ${claims} ${claims === 1 ? "claim is" : "claims are"} now tagged “${target.name}”.` : "";
  if (search.done === "merged" && target) return `Merged into “${target.name}”.${moved}`;
  if (search.done === "deleted") return `Theme deleted.${moved}`;
  return null;
}

export default async function ThemesPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<Search> }) {
  const { projectId } = await params;
  const { user, project } = await loadProject(projectId);
  const themes: CodebookEntry[] = (await orNotFound(listThemes({ userId: user.id, projectId }))).map(({ _count, ...theme }) => ({
    ...theme,
    claims: _count.claims,
  }));
  const manage = can(project.role, "theme.manage");
  const done = notice(await searchParams, themes);
  const suggestedColour = DEFAULT_THEMES[themes.length % DEFAULT_THEMES.length]!.colour;
  const exportHref = (format: string) => `/projects/${projectId}/themes/export?format=${format}`;

  return (
    <div>
      <ThemesNav projectId={projectId} current="codebook" />
      <div className="grid gap-8 lg:grid-cols-[1fr_320px]">
        <section aria-labelledby="codebook-heading" className="min-w-0">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="codebook-heading" className="text-base font-semibold">
              Codebook ({themes.length} {themes.length === 1 ? "theme" : "themes"})
            </h2>
            <div className="flex gap-2">
              <a href={exportHref("json")} download className={buttonClass("secondary")}>
                Export JSON
              </a>
              {themes.length ? (
                <a href={exportHref("qdc")} download className={buttonClass("secondary")}>
                  Export .qdc
                </a>
              ) : null}
            </div>
          </div>
          <div aria-live="polite">
            {done ? (
              <p className="mb-3 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="themes-notice">
                {done}
              </p>
            ) : null}
          </div>
          {themes.length === 0 ? (
            <EmptyState title="The codebook is empty">Themes tag claims with the strategic questions they bear on.</EmptyState>
          ) : (
            <CodebookList projectId={projectId} themes={themes} canManage={manage} />
          )}
        </section>
        {manage ? (
          <div className="space-y-6">
            <aside aria-labelledby="new-theme-heading" className="h-fit rounded-lg border border-stone-200 bg-white p-5">
              <h2 id="new-theme-heading" className="mb-3 text-base font-semibold">
                New theme
              </h2>
              <NewThemeForm projectId={projectId} themes={themes} colour={suggestedColour} />
            </aside>
            <aside aria-labelledby="import-codebook-heading" className="h-fit rounded-lg border border-stone-200 bg-white p-5">
              <h2 id="import-codebook-heading" className="mb-3 text-base font-semibold">
                Import a codebook
              </h2>
              <ImportCodebookForm projectId={projectId} />
            </aside>
          </div>
        ) : null}
      </div>
    </div>
  );
}
