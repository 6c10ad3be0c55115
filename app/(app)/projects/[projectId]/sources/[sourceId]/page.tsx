import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/authz/permissions";
import { listClaimAnchors, listSourceClaims } from "@/lib/claims/list-source-claims";
import { listThemeChoices } from "@/lib/themes/list-theme-choices";
import { formatDate, formatDateTime } from "@/lib/format";
import { instanceMarkings } from "@/lib/markings/instance-markings";
import { getSource } from "@/lib/sources/get-source";
import { reliabilityLabel, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { contentsOf } from "@/lib/sources/outline";
import { describeNote } from "@/lib/sources/note-heading";
import { chooseSourcePart, readSourceView } from "@/lib/sources/read-source-view";
import { loadProject, orNotFound } from "../../_lib/load-project";
import { MarkingBadge } from "@/components/markings/marking-badge";
import { DependentsDisclosure } from "@/components/impact/dependents-disclosure";
import { RetractionBanner } from "@/components/impact/retraction-banner";
import { listSourceDependents } from "@/lib/impact/list-source-dependents";
import { ReliabilityBadge } from "../_components/reliability-badge";
import { Annotator } from "./_components/annotator";
import { NewVersionForm } from "./_components/new-version-form";
import { NotesList } from "./_components/notes-list";
import { ReferenceOnlySource } from "./_components/reference-only-source";
import { RetractionForm } from "./_components/retraction-form";
import { SourceOutline } from "./_components/source-outline";
import { SourceDetailsForm } from "./_components/source-details-form";
import { BackMatter, SourceText } from "./_components/source-text";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string; sourceId: string }>;
  searchParams: Promise<{ version?: string; imported?: string; part?: string; claim?: string }>;
}) {
  const { projectId, sourceId } = await params;
  const { version, imported, part, claim: claimParam } = await searchParams;
  const { user, project } = await loadProject(projectId);
  const wanted = version && /^\d{1,6}$/.test(version) ? Number(version) : undefined;
  const [source, anchors, themes, dependents] = await Promise.all([
    orNotFound(getSource({ userId: user.id, projectId, sourceId, version: wanted })),
    orNotFound(listClaimAnchors({ userId: user.id, projectId, sourceId })),
    orNotFound(listThemeChoices({ userId: user.id, projectId })),
    orNotFound(listSourceDependents({ userId: user.id, projectId, sourceId })),
  ]);
  const canEdit = can(project.role, "source.update");
  const base = `/projects/${projectId}/sources/${sourceId}`;
  const retraction = canEdit ? (
    <section className="rounded-lg border border-stone-200 bg-white p-4 text-sm" aria-label="Retraction">
      <RetractionForm key={source.retractedAt ? "retracted" : "standing"} projectId={projectId} sourceId={sourceId} retracted={!!source.retractedAt} />
    </section>
  ) : null;
  const impact = (
    <>
      {retraction}
      <DependentsDisclosure projectId={projectId} dependents={dependents} what="source" />
    </>
  );
  const detailsForm = (
    <SourceDetailsForm
      projectId={projectId}
      source={{
        id: source.id,
        title: source.title,
        authors: source.authors,
        publisher: source.publisher,
        publishedOn: source.publishedOn,
        url: source.url,
        kind: source.kind,
        language: source.language,
        revision: source.revision,
        reliability: source.reliability,
        marking: source.marking,
      }}
      markings={instanceMarkings()}
    />
  );
  if (source.referenceOnly) {
    const aside = (
      <section className="h-fit space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-sm">
        <RetractionBanner source={source} />
        <p className="text-stone-600">
          Added {formatDate(source.createdAt)} by {source.addedBy.name}
        </p>
        {source.url && /^https?:\/\//i.test(source.url) ? (
          <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="mt-2 block truncate text-blue-700 hover:underline">
            {source.url.replace(/^https?:\/\//, "")}
          </a>
        ) : null}
        {canEdit ? (
          <details className="mt-3">
            <summary className="cursor-pointer font-medium text-stone-800">Edit details</summary>
            <div className="mt-3">{detailsForm}</div>
          </details>
        ) : null}
        {impact}
      </section>
    );
    return <ReferenceOnlySource projectId={projectId} source={source} canEdit={canEdit} details={aside} />;
  }
  const reading = { text: source.text, isCurrentVersion: source.current };
  const choice = chooseSourcePart({ ...reading, anchors, part, claimId: claimParam });
  const { parts, current } = choice;
  const claims = await orNotFound(listSourceClaims({ userId: user.id, projectId, sourceId, within: choice.within }));
  const view = readSourceView({ ...reading, choice, citations: source.citations, claims });
  const partHref = (index: number) => `${base}?${new URLSearchParams({ ...(wanted ? { version: String(wanted) } : {}), part: String(index) })}`;
  const shownPart = current?.index ?? 0;
  const outline = contentsOf(choice.outline, shownPart).map((h) => ({
    ...h,
    href: h.part === shownPart ? `#${h.id}` : `${partHref(h.part)}#${h.id}`,
    elsewhere: h.part !== shownPart ? h.part + 1 : undefined,
  }));
  const partNav =
    parts.length > 1 && current ? (
      <nav aria-label="Parts of this source" className="my-4 flex flex-wrap items-center gap-2 font-sans text-sm">
        <span className="text-stone-600">
          Part {current.index + 1} of {parts.length}
        </span>
        {parts.map((p) => (
          <a key={p.index} href={partHref(p.index)} aria-current={p.index === current.index ? "page" : undefined} className="rounded px-2 py-0.5 text-blue-700 hover:bg-blue-50 aria-[current=page]:bg-blue-700 aria-[current=page]:text-white">
            {p.index + 1}
          </a>
        ))}
      </nav>
    ) : null;

  const details = (
    <div className="space-y-5 text-sm">
        <section className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">Details</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5">
            <dt className="text-stone-500">Kind</dt>
            <dd>{SOURCE_KIND_LABELS[source.kind]}</dd>
            <dt className="text-stone-500">Reliability</dt>
            <dd className="flex items-center gap-1.5">
              <ReliabilityBadge grade={source.reliability} title={reliabilityLabel(source.reliability)} />
              <span className="text-stone-600">{reliabilityLabel(source.reliability)}</span>
            </dd>
            {source.marking ? (
              <>
                <dt className="text-stone-500">Marking</dt>
                <dd>
                  <MarkingBadge marking={source.marking} />
                </dd>
              </>
            ) : null}
            {source.language ? (
              <>
                <dt className="text-stone-500">Language</dt>
                <dd>{source.language}</dd>
              </>
            ) : null}
            {source.url && /^https?:\/\//i.test(source.url) ? (
              <>
                <dt className="text-stone-500">Web</dt>
                <dd className="truncate">
                  <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-700 hover:underline">
                    {source.url.replace(/^https?:\/\//, "")}
                  </a>
                </dd>
              </>
            ) : null}
            <dt className="text-stone-500">Citations</dt>
            <dd>{source.citations.length}</dd>
            <dt className="text-stone-500">Claims</dt>
            <dd>{source._count.claims}</dd>
            <dt className="text-stone-500">Added</dt>
            <dd>
              {formatDate(source.createdAt)} by {source.addedBy.name}
            </dd>
          </dl>
          <a href={`${base}/original?version=${source.text.version}`} className="mt-3 inline-block text-blue-700 hover:underline" download>
            Download the original{source.text.originalName ? ` (${source.text.originalName})` : ""}
          </a>
          {canEdit ? (
            <details className="mt-3">
              <summary className="cursor-pointer font-medium text-stone-800">Edit details</summary>
              <div className="mt-3">{detailsForm}</div>
            </details>
          ) : null}
        </section>

        <section className="rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="versions-heading">
          <h2 id="versions-heading" className="mb-2 font-semibold">
            Versions
          </h2>
          <ol className="space-y-1" data-testid="version-list">
            {source.versions.map((v) => (
              <li key={v.version}>
                <Link
                  href={v.version === source.version ? base : `${base}?version=${v.version}`}
                  aria-current={v.version === source.text.version ? "page" : undefined}
                  className="hover:underline aria-[current=page]:font-semibold"
                >
                  Version {v.version}
                  {v.version === source.version ? " (current)" : ""}
                </Link>
                <span className="block text-xs text-stone-500">
                  {formatDateTime(v.createdAt)} · {v.createdBy.name}
                  {v.originalName ? ` · ${v.originalName}` : ""}
                </span>
              </li>
            ))}
          </ol>
          {canEdit ? (
            <details className="mt-3">
              <summary className="cursor-pointer font-medium text-stone-800">Import a revised version</summary>
              <div className="mt-3">
                <NewVersionForm projectId={projectId} sourceId={sourceId} />
              </div>
            </details>
          ) : null}
        </section>
        {impact}
    </div>
  );
  const hasOutline = outline.length > 1;
  const aside = (
    <>
      {details}
      {hasOutline ? (
        <section className="sticky top-4 hidden max-h-[calc(100vh-2rem)] overflow-y-auto rounded-lg border border-stone-200 bg-white p-4 xl:block" aria-labelledby="contents-heading">
          <h2 id="contents-heading" className="mb-2 text-sm font-semibold">
            Contents
          </h2>
          <SourceOutline headings={outline} />
        </section>
      ) : null}
    </>
  );

  return (
    <article aria-labelledby="source-title" className="space-y-6">
      <header>
        <Link href={`/projects/${projectId}/sources`} className="text-sm text-blue-700 hover:underline">
          ← Sources
        </Link>
        {imported ? (
          <p className="mt-3 rounded-md bg-green-50 px-3 py-2 text-green-800" role="status">
            {imported === "version" ? `Imported as version ${source.version} of this source.` : "Source imported."} {source.citations.length}{" "}
            footnote{source.citations.length === 1 ? "" : "s"} became citations.
          </p>
        ) : null}
        <h1 id="source-title" className="mt-3 font-serif text-2xl leading-tight font-semibold">
          {source.title}
        </h1>
        <p className="mt-1 text-stone-600">
          {[source.authors.join(", "), source.publisher, source.publishedOn ? formatDate(source.publishedOn) : null].filter(Boolean).join(" · ")}
        </p>
        <RetractionBanner source={source} />
        {!source.current ? (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-amber-900" role="note">
            You are reading version {source.text.version}; the current version is {source.version}. Claims are shown on the current version.{" "}
            <Link href={base} className="font-medium underline">
              Read the current version
            </Link>
          </p>
        ) : null}
      </header>
      {hasOutline ? (
        <details className="rounded-lg border border-stone-200 bg-white px-4 py-2 xl:hidden">
          <summary className="cursor-pointer font-sans text-sm font-semibold">Contents</summary>
          <SourceOutline headings={outline} className="mt-2 mb-1" />
        </details>
      ) : null}
      <Annotator
        projectId={projectId}
        sourceId={sourceId}
        currentUserId={user.id}
        canCreate={source.current && can(project.role, "claim.create")}
        canEditAny={can(project.role, "claim.update_any")}
        canManageThemes={can(project.role, "theme.manage")}
        themes={themes.map((t) => ({ id: t.id, name: t.name, colour: t.colour, depth: t.depth }))}
        markings={instanceMarkings()}
        citations={view.notes.map((c) => ({ id: c.id, label: c.label, text: c.text.slice(0, 200), heading: describeNote(c) }))}
        claims={claims.map((c) => ({ ...c, updatedAt: c.updatedAt.toISOString() }))}
        aside={aside}
        parts={parts.map((p) => ({ start: p.start, end: p.end, href: partHref(p.index), claims: p.claims }))}
        currentPart={shownPart}
        initialClaimId={choice.linkedClaimId}
      >
        <div className="rounded-lg border border-stone-200 bg-white px-6 py-6 sm:px-10">
          {partNav}
          <SourceText source={source} blocks={view.blocks} colours={view.colours} />
          {source.text.backMatter && (!current || current.index === parts.length - 1) ? <BackMatter text={source.text.backMatter} /> : null}
          {partNav}
          <NotesList citations={view.notes} markedLabels={view.markedLabels} editing={canEdit ? { projectId, sourceId } : undefined} />
        </div>
      </Annotator>
    </article>
  );
}
