import type { Metadata } from "next";
import Link from "next/link";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz/permissions";
import { claimsUrls } from "@/lib/claims/claims-urls";
import { listClaims } from "@/lib/claims/list-claims";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/status-labels";
import { formatDate } from "@/lib/format";
import { listMembers } from "@/lib/members/list-members";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { gradeText } from "@/lib/sources/labels";
import { listSourceChoices } from "@/lib/sources/list-source-choices";
import { listThemeChoices } from "@/lib/themes/list-theme-choices";
import { loadProject, orNotFound } from "../_lib/load-project";
import { BulkBar } from "./_components/bulk-bar";
import { ClaimFiltersForm } from "./_components/claim-filters";
import { ThemeTags } from "@/components/theme-tags";
import { OriginsCell } from "./_components/origins-cell";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { projectId } = await params;
  const query = await searchParams;
  const { user, project } = await loadProject(projectId);
  const [board, themes, sources, { members }, queue] = await Promise.all([
    orNotFound(listClaims({ userId: user.id, projectId, filters: query })),
    orNotFound(listThemeChoices({ userId: user.id, projectId })),
    orNotFound(listSourceChoices({ userId: user.id, projectId })),
    orNotFound(listMembers({ userId: user.id, projectId })),
    orNotFound(listReviewQueue({ userId: user.id, projectId, take: 0 })),
  ]);
  const { claims, filters, byStatus, total, pages } = board;
  const urls = claimsUrls(projectId, query);
  const all = Object.values(byStatus).reduce<number>((a, b) => a + (b ?? 0), 0);
  const filtered = Boolean(filters.theme || filters.status || filters.source || filters.author || filters.reviewer || filters.assignee || filters.credibility || filters.q);

  const mine = filters.assignee === "me" && filters.status === "IN_REVIEW";
  const waiting = filters.assignee === "none" && filters.status === "IN_REVIEW";
  const reviewers = members.filter((m) => can(m.role, "claim.review")).map((m) => ({ id: m.id, name: m.name }));

  return (
    <div className="space-y-4">
      {queue.total > 0 || mine || queue.waiting > 0 || waiting ? (
        <p className="flex flex-wrap items-center gap-3">
          <Link
            href={mine ? "?" : "?assignee=me&status=IN_REVIEW"}
            aria-current={mine ? "page" : undefined}
            className="inline-flex items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-amber-900 hover:bg-amber-100 aria-[current=page]:border-amber-600"
            data-testid="my-review-queue"
          >
            Awaiting my review <span className="font-semibold tabular-nums">{queue.total}</span>
          </Link>
          {queue.waiting > 0 || waiting ? (
            <Link
              href={waiting ? "?" : "?assignee=none&status=IN_REVIEW"}
              aria-current={waiting ? "page" : undefined}
              className="inline-flex items-center gap-2 rounded-md border border-sky-300 bg-sky-50 px-3 py-1.5 text-sky-900 hover:bg-sky-100 aria-[current=page]:border-sky-600"
              data-testid="waiting-queue"
            >
              Waiting for a reviewer <span className="font-semibold tabular-nums">{queue.waiting}</span>
            </Link>
          ) : null}
          {mine || waiting ? (
            <Link href="?" className="text-stone-600 hover:underline">
              Show all claims
            </Link>
          ) : null}
        </p>
      ) : null}
      <nav aria-label="Claims by status" className="flex flex-wrap gap-2">
        <Link href={urls.status(null)} aria-current={!filters.status ? "page" : undefined} className="rounded-md border border-stone-200 bg-white px-3 py-1.5 aria-[current=page]:border-blue-500">
          All <span className="font-semibold tabular-nums">{all}</span>
        </Link>
        {Object.entries(CLAIM_STATUS_LABELS).map(([status, label]) => (
          <Link
            key={status}
            href={urls.status(status)}
            aria-current={filters.status === status ? "page" : undefined}
            className="rounded-md border border-stone-200 bg-white px-3 py-1.5 aria-[current=page]:border-blue-500"
          >
            {label} <span className="font-semibold tabular-nums">{byStatus[status] ?? 0}</span>
          </Link>
        ))}
      </nav>
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="claim-exports">
        <a href={urls.export("claims.csv")} download className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50" title={filtered ? "The claims under these filters" : "Every claim of the project"}>
          Export CSV
        </a>
        <a href={urls.export("claims.jsonld")} download className="rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50" title="W3C Web Annotations: the claims under the same filters">
          Export Web Annotations (JSON-LD)
        </a>
      </p>
      <ClaimFiltersForm
        filters={filters}
        themes={themes.map((t) => ({ id: t.id, name: t.name, depth: t.depth }))}
        sources={sources.map((s) => ({ id: s.id, title: s.title }))}
        members={members.map((m) => ({ id: m.id, name: m.name }))}
      />
      {total === 0 ? (
        <EmptyState title={filtered ? "No claim matches these filters" : "No claims yet"}>
          {filtered ? null : "A claim is a statement pulled out of a source: highlight its words in the reader to make one."}
        </EmptyState>
      ) : (
        <form id="bulk" className="space-y-2">
          <BulkBar projectId={projectId} themes={themes.map((t) => ({ id: t.id, name: t.name, depth: t.depth }))} canTag={can(project.role, "theme.manage")} canSubmit={can(project.role, "claim.create")} canAssign={can(project.role, "claim.assign")} reviewers={reviewers} />
          <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
            <table className="w-full border-collapse text-left text-sm" data-testid="claim-board">
              <caption className="sr-only">
                Claims, page {filters.page} of {pages}
              </caption>
              <thead className="border-b border-stone-200 text-xs tracking-wide whitespace-nowrap text-stone-500 uppercase">
                <tr>
                  <th className="w-8 px-2 py-2">
                    <span className="sr-only">Select</span>
                  </th>
                  <th className="px-3 py-2 font-medium">Claim</th>
                  <th className="px-3 py-2 font-medium">Themes</th>
                  <th className="px-3 py-2 font-medium">Status</th>
                  <th className="px-3 py-2 font-medium">Cred.</th>
                  <th className="px-3 py-2 font-medium">Origins</th>
                  <th className="px-3 py-2 font-medium">Source</th>
                  <th className="px-3 py-2 font-medium">Author</th>
                  <th className="px-3 py-2 font-medium">Reviewer</th>
                  <th className="px-3 py-2 font-medium">Updated</th>
                </tr>
              </thead>
              <tbody>
                {claims.map((claim) => (
                  <tr key={claim.id} className="border-b border-stone-100 align-top last:border-0">
                    <td className="px-2 py-2">
                      <input type="checkbox" name="claimIds" value={claim.id} aria-label={`Select claim: ${claim.paraphrase.slice(0, 60)}`} />
                      {/* The revision shown, so that a claim changed since is skipped rather than changed unseen. */}
                      <input type="hidden" name={`revision.${claim.id}`} value={claim.revision} />
                    </td>
                    <td className="max-w-md min-w-64 px-3 py-2">
                      <Link href={`/projects/${projectId}/claims/${claim.id}`} className="block text-stone-900 hover:text-blue-800 hover:underline">
                        {claim.paraphrase}
                      </Link>
                      <p className="mt-0.5 line-clamp-2 font-serif text-xs text-stone-500">“{claim.exact}”</p>
                      {claim.orphaned ? <Badge tone="red">Quote not found</Badge> : null}
                    </td>
                    <td className="px-3 py-2">
                      <ThemeTags themes={claim.themes} />
                    </td>
                    <td className="px-3 py-2">
                      <ClaimStatusBadge status={claim.status} />
                    </td>
                    <td className="px-3 py-2 tabular-nums">{claim.credibility}</td>
                    <td className="px-3 py-2">{claim.provenance ? <OriginsCell {...claim.provenance} /> : "—"}</td>
                    <td className="min-w-48 px-3 py-2">
                      {/* Two lines at most: a long title otherwise stacks the row five lines high; the full title is its tooltip. */}
                      <Link href={`/projects/${projectId}/sources/${claim.source.id}`} title={claim.source.title} className="line-clamp-2 text-blue-700 hover:underline" data-testid="board-source">
                        {claim.source.title}
                      </Link>
                      <span className="text-xs text-stone-500">({gradeText(claim.source.reliability)})</span>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{claim.author.name}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{claim.assignee?.name ?? "—"}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDate(claim.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </form>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-3">
          {filters.page > 1 ? <Link href={urls.page(filters.page - 1)} className="text-blue-700 hover:underline">← Previous</Link> : null}
          <span className="text-stone-600">
            Page {filters.page} of {pages} · {total.toLocaleString("en")} claims
          </span>
          {filters.page < pages ? <Link href={urls.page(filters.page + 1)} className="text-blue-700 hover:underline">Next →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
