import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import type { SourceForReader } from "@/lib/sources/get-source";
import { cslDetails } from "@/lib/sources/references/csl-details";
import { AttachFileForm } from "./attach-file-form";

/** A source imported from a reference manager: its details to cite, and a way to attach its text. */
export function ReferenceOnlySource({ projectId, source, canEdit, details }: { projectId: string; source: SourceForReader; canEdit: boolean; details: React.ReactNode }) {
  const fields = cslDetails(source.csl);
  return (
    <article aria-labelledby="source-title" className="space-y-6">
      <header>
        <Link href={`/projects/${projectId}/sources`} className="text-sm text-blue-700 hover:underline">
          ← Sources
        </Link>
        <h1 id="source-title" className="mt-3 font-serif text-2xl leading-tight font-semibold">
          {source.title}
        </h1>
        <p className="mt-1 text-stone-600">
          {[source.authors.join(", "), source.publisher, source.publishedOn ? formatDate(source.publishedOn) : fields.issued].filter(Boolean).join(" · ")}
        </p>
        <p className="mt-2 flex items-center gap-2 text-sm text-stone-600">
          <Badge tone="violet">Reference only</Badge>
          Imported from a reference manager: its details can be cited; it has no text to read or claim from until its file is attached.
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <section aria-labelledby="reference-heading" className="rounded-lg border border-stone-200 bg-white p-5 text-sm">
            <h2 id="reference-heading" className="mb-2 font-semibold">
              Reference
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5" data-testid="reference-details">
              <dt className="text-stone-500">Kind</dt>
              <dd>
                {SOURCE_KIND_LABELS[source.kind]}
                {fields.type ? <span className="text-stone-500"> ({fields.type})</span> : null}
              </dd>
              {fields.rows.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-stone-500">{label}</dt>
                  <dd className="break-words">{value}</dd>
                </div>
              ))}
              {fields.doi ? (
                <>
                  <dt className="text-stone-500">DOI</dt>
                  <dd>
                    <a href={`https://doi.org/${fields.doi}`} rel="noopener noreferrer nofollow" target="_blank" className="text-blue-700 hover:underline">
                      {fields.doi}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          {canEdit ? (
            <section aria-labelledby="attach-heading" className="rounded-lg border border-stone-200 bg-white p-5 text-sm">
              <h2 id="attach-heading" className="mb-1 font-semibold">
                Attach a file
              </h2>
              <p className="mb-3 text-stone-600">Its text becomes the source&apos;s first version, with its footnotes as citations; the details above stay.</p>
              <AttachFileForm projectId={projectId} sourceId={source.id} />
            </section>
          ) : null}
        </div>
        {details}
      </div>
    </article>
  );
}
