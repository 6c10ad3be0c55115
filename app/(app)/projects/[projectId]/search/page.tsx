import type { Metadata } from "next";
import Link from "next/link";
import { Snippet } from "@/components/snippet";
import { EmptyState } from "@/components/ui/empty-state";
import { searchProject } from "@/lib/search/search-project";
import { SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { loadProject, orNotFound } from "../_lib/load-project";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  const { projectId } = await params;
  const q = ((await searchParams).q ?? "").slice(0, 500);
  const { user } = await loadProject(projectId);
  const results = q.trim() ? await orNotFound(searchProject({ userId: user.id, projectId, query: q })) : null;

  return (
    <div className="space-y-6">
      <form method="get" role="search" className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search
        </label>
        <input id="search-q" name="q" type="search" defaultValue={q} className="w-full max-w-xl rounded-md border border-stone-300 bg-white px-3 py-2" />
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Search
        </button>
      </form>
      <p className="-mt-3 text-xs text-stone-500">
        Words are matched in any form (“invest” finds “investors”); use “quotes” for a phrase, a trailing * for a prefix, OR for
        alternatives and -word to exclude.
      </p>
      {!results ? null : results.totals.sources + results.totals.citations === 0 ? (
        <EmptyState title={`Nothing matches “${q}”`}>Try fewer words, or a prefix such as infra*.</EmptyState>
      ) : (
        <>
          <section aria-labelledby="source-results">
            <h2 id="source-results" className="mb-2 font-semibold">
              Sources ({results.totals.sources})
            </h2>
            <ol className="space-y-3" data-testid="source-results">
              {results.sources.map((s) => (
                <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-4">
                  <Link href={`/projects/${projectId}/sources/${s.id}`} className="font-medium text-blue-800 hover:underline">
                    {s.title}
                  </Link>
                  <span className="ml-2 text-xs text-stone-500">{SOURCE_KIND_LABELS[s.kind as keyof typeof SOURCE_KIND_LABELS]}</span>
                  <p className="mt-1 font-serif text-stone-700">
                    <Snippet parts={s.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
          {results.citations.length ? (
            <section aria-labelledby="citation-results">
              <h2 id="citation-results" className="mb-2 font-semibold">
                Footnotes ({results.totals.citations})
              </h2>
              <ol className="space-y-2" data-testid="citation-results">
                {results.citations.map((c) => (
                  <li key={c.id} className="rounded-lg border border-stone-200 bg-white px-4 py-3">
                    <p className="text-stone-800">
                      <span className="font-semibold">{c.label}.</span> <Snippet parts={c.snippet} />
                    </p>
                    <Link href={`/projects/${projectId}/sources/${c.sourceId}#note-${c.label}`} className="text-xs text-blue-700 hover:underline">
                      in {c.sourceTitle}
                    </Link>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
