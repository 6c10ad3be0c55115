import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { listThemes } from "@/lib/themes/list-themes";
import { loadProject, orNotFound } from "../_lib/load-project";

export const metadata: Metadata = { title: "Themes" };

export default async function ThemesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { user } = await loadProject(projectId);
  const themes = await orNotFound(listThemes({ userId: user.id, projectId }));

  if (themes.length === 0) {
    return <EmptyState title="The codebook is empty">Themes tag claims with the strategic questions they bear on.</EmptyState>;
  }
  return (
    <section aria-labelledby="codebook-heading">
      <h2 id="codebook-heading" className="mb-3 text-base font-semibold">
        Codebook
      </h2>
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="theme-list">
        {themes.map((theme) => (
          <li key={theme.id} className="flex items-start gap-3 px-4 py-3" style={{ paddingLeft: `${1 + theme.depth * 1.5}rem` }}>
            <span aria-hidden className="mt-1 size-3 shrink-0 rounded-full" style={{ backgroundColor: theme.colour }} />
            <div className="min-w-0 flex-1">
              <p className="font-medium">{theme.name}</p>
              {theme.description ? <p className="text-stone-600">{theme.description}</p> : null}
            </div>
            <span className="text-stone-500 tabular-nums">
              {theme._count.claims} {theme._count.claims === 1 ? "claim" : "claims"}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
