import type { Metadata } from "next";
import Link from "next/link";
import { CommentThread } from "@/components/comments/comment-thread";
import { can } from "@/lib/authz/permissions";
import { getBrief } from "@/lib/briefs/get-brief";
import { getBriefDocument } from "@/lib/briefs/get-brief-document";
import { listBriefVersions } from "@/lib/briefs/list-brief-versions";
import { notePlacementOf } from "@/lib/citations/parse-options";
import { formatDateTime } from "@/lib/format";
import { instanceMarkings } from "@/lib/markings/instance-markings";
import { mayWithhold } from "@/lib/markings/may-withhold";
import { MarkingBadge } from "@/components/markings/marking-badge";
import { listThemes } from "@/lib/themes/list-themes";
import { ImpactWarnings } from "@/components/impact/impact-warnings";
import { listWarnings } from "@/lib/impact/list-warnings";
import { loadProject, orNotFound } from "../../_lib/load-project";
import { commentActions } from "../../comments/comment-actions";
import { BriefStatusBadge } from "../_components/brief-status-badge";
import { BriefEditor } from "./_components/brief-editor";
import { BriefMarkingForm } from "./_components/brief-marking-form";
import { BriefNotesForm } from "./_components/brief-notes-form";
import { ExportForm } from "./_components/export-form";
import { LiveChecklist, LiveChecklistProvider } from "./_components/live-checklist";
import { StatusPanel } from "./_components/status-panel";
import { VersionHistory } from "./_components/version-history";

export const metadata: Metadata = { title: "Brief" };

export default async function BriefPage({ params }: { params: Promise<{ projectId: string; briefId: string }> }) {
  const { projectId, briefId } = await params;
  const { user, project } = await loadProject(projectId);
  const ids = { userId: user.id, projectId, briefId };
  const found = orNotFound(getBrief(ids));
  const [brief, rendered, versions, themes, impact] = await Promise.all([
    found,
    orNotFound(getBriefDocument(ids)),
    orNotFound(listBriefVersions(ids)),
    orNotFound(listThemes({ userId: user.id, projectId })),
    // Once the brief is found: an id that names none is "not found", never a refused filter.
    found.then(() => listWarnings({ userId: user.id, projectId, filters: { briefId, open: "1" } })),
  ]);
  const canEdit = can(project.role, "brief.edit");
  const wroteIt = brief.authorId === user.id || brief.lastSavedBy.id === user.id;
  const canApprove = can(project.role, "brief.approve") && brief.status === "IN_REVIEW" && !wroteIt;
  const approveNote =
    can(project.role, "brief.approve") && brief.status === "IN_REVIEW" && wroteIt ? "You wrote this brief (or its latest version), so another member approves it." : null;
  const markings = instanceMarkings();
  const refusal = rendered.marking.message
    ? { message: rendered.marking.message, claims: rendered.marking.claimIds.length, mayWithhold: mayWithhold({ role: project.role, userId: user.id, authorId: brief.authorId }) }
    : null;
  const canDelete = (brief.authorId === user.id && canEdit) || can(project.role, "brief.delete_any");

  return (
    <article aria-labelledby="brief-heading" className="space-y-6">
      <header className="space-y-2">
        <Link href={`/projects/${projectId}/briefs`} className="text-sm text-blue-700 hover:underline">
          ← Briefs
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <span data-testid="brief-status">
            <BriefStatusBadge status={brief.status} />
          </span>
          <MarkingBadge marking={brief.marking} />
          <span className="text-sm text-stone-600">
            by {brief.author.name} · version {brief.version} · last saved by {brief.lastSavedBy.name}, {formatDateTime(brief.lastSavedAt)}
            {brief.approvedBy && brief.approvedAt ? ` · approved by ${brief.approvedBy.name}, ${formatDateTime(brief.approvedAt)}` : ""}
          </span>
        </div>
        <h1 id="brief-heading" className="text-xl font-semibold text-stone-900">
          {brief.title}
        </h1>
        {brief.summary ? <p className="text-sm text-stone-700">{brief.summary}</p> : null}
        {canEdit ? (
          <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
            {markings.length || brief.marking ? <BriefMarkingForm key={brief.marking ?? ""} projectId={projectId} briefId={brief.id} marking={brief.marking} markings={markings} /> : null}
            <BriefNotesForm key={brief.notePlacement} projectId={projectId} briefId={brief.id} notePlacement={brief.notePlacement} />
          </div>
        ) : null}
      </header>

      <ImpactWarnings projectId={projectId} warnings={impact.warnings} canAcknowledge={can(project.role, "warning.acknowledge")} subject="brief" />

      <LiveChecklistProvider>
        <div className="grid gap-4 md:grid-cols-2">
          <StatusPanel
            projectId={projectId}
            briefId={brief.id}
            canSubmit={canEdit && brief.status === "DRAFT"}
            canApprove={canApprove}
            approveNote={approveNote}
            canDelete={canDelete}
          />
          <LiveChecklist initial={rendered.checklist}>
            <ExportForm key={brief.notePlacement} projectId={projectId} briefId={brief.id} style={project.citationStyle} notes={notePlacementOf(brief.notePlacement)} refusal={refusal} />
          </LiveChecklist>
        </div>

        <BriefEditor
          key={brief.id}
          projectId={projectId}
          briefId={brief.id}
          initial={{ version: brief.version, title: brief.title, summary: brief.summary, audience: brief.audience, body: brief.body }}
          preview={{ document: rendered.document, warnings: rendered.warnings, marks: rendered.marks, claims: rendered.claims }}
          storedVersion={brief.version}
          canEdit={canEdit}
          themes={themes.map((t) => ({ id: t.id, name: t.name }))}
        />
      </LiveChecklistProvider>

      <VersionHistory
        projectId={projectId}
        briefId={brief.id}
        canRestore={canEdit}
        versions={versions.map((v) => ({ version: v.version, kind: v.kind, author: v.author, savedAt: formatDateTime(v.updatedAt) }))}
      />

      <CommentThread projectId={projectId} briefId={brief.id} currentUser={user} role={project.role} actions={commentActions} />
    </article>
  );
}
