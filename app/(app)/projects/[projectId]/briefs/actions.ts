"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { untrusted } from "@/lib/validation";
import { fields, formAction, runAction } from "@/lib/actions/form-action";
import { approveBrief } from "@/lib/briefs/approve-brief";
import { compareBriefVersions } from "@/lib/briefs/compare-brief-versions";
import { createBrief } from "@/lib/briefs/create-brief";
import { deleteBrief } from "@/lib/briefs/delete-brief";
import { dismissBriefMark } from "@/lib/briefs/dismiss-brief-mark";
import { getBrief } from "@/lib/briefs/get-brief";
import { previewBrief } from "@/lib/briefs/preview-brief";
import { restoreBriefVersion } from "@/lib/briefs/restore-brief-version";
import { saveBrief, setBriefLayout } from "@/lib/briefs/save-brief";
import { submitBrief } from "@/lib/briefs/submit-brief";
import { listClaims } from "@/lib/claims/list-claims";
import { AppError } from "@/lib/errors";
import { gradeText } from "@/lib/sources/labels";

function ids(formData: FormData) {
  const { projectId, briefId } = fields(formData, "projectId", "briefId");
  return { projectId: projectId ?? "", briefId: briefId ?? "" };
}

const refresh = (projectId: string) => revalidatePath(`/projects/${projectId}`, "layout");

export const createBriefAction = formAction(async (user, formData) => {
  const { projectId } = ids(formData);
  const brief = await createBrief({ userId: user.id, projectId, input: untrusted(fields(formData, "title", "summary", "audience")) });
  refresh(projectId);
  redirect(`/projects/${projectId}/briefs/${brief.id}`);
});

/** What the editor needs to merge after a refused save: the version now stored, and who wrote it. */
export type SaveConflict = { version: number; title: string; body: string; changedBy: string; changedAt: string };

/**
 * The editor's autosave. A save based on an older version comes back with the
 * stored version attached, so the editor can show the difference and merge.
 */
export async function saveBriefAction(target: { projectId: string; briefId: string }, input: { baseVersion: number; body?: string; title?: string; summary?: string; audience?: string }) {
  return runAction(async (user) => {
    try {
      const saved = await saveBrief({ userId: user.id, ...target, input });
      return { saved, conflict: null };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "conflict") throw error;
      const current = await getBrief({ userId: user.id, ...target });
      const conflict: SaveConflict = {
        version: current.version,
        title: current.title,
        body: current.body,
        changedBy: typeof error.details?.changedBy === "string" ? error.details.changedBy : current.lastSavedBy.name,
        changedAt: typeof error.details?.changedAt === "string" ? error.details.changedAt : current.lastSavedAt.toISOString(),
      };
      return { saved: null, conflict, message: error.message };
    }
  });
}

export async function previewBriefAction(target: { projectId: string; briefId: string }, body: string) {
  return runAction((user) => previewBrief({ userId: user.id, ...target, input: { body } }));
}

/** The claim picker's search: the board's own filters (text, status, theme), first page. */
export async function searchClaimsAction(projectId: string, filters: { q?: string; status?: string; theme?: string }) {
  return runAction(async (user) => {
    const { claims, total } = await listClaims({ userId: user.id, projectId, filters });
    return {
      total,
      claims: claims.map((c) => ({ id: c.id, paraphrase: c.paraphrase, status: c.status, source: c.source.title, reliability: gradeText(c.source.reliability), themes: c.themes })),
    };
  });
}

export async function compareVersionsAction(target: { projectId: string; briefId: string }, from: number, to: number) {
  return runAction((user) => compareBriefVersions({ userId: user.id, ...target, input: { from, to } }));
}

export async function dismissMarkAction(target: { projectId: string; briefId: string }, key: string) {
  return runAction((user) => dismissBriefMark({ userId: user.id, ...target, input: { key } }));
}

export const restoreVersionAction = formAction(async (user, formData) => {
  const target = ids(formData);
  const { version } = fields(formData, "version");
  const restored = await restoreBriefVersion({ userId: user.id, ...target, version: Number(version) });
  refresh(target.projectId);
  return { ok: true, message: `Restored as version ${restored.version}. The brief is a draft again.` };
});

export const submitBriefAction = formAction(async (user, formData) => {
  const target = ids(formData);
  await submitBrief({ userId: user.id, ...target });
  refresh(target.projectId);
  return { ok: true, message: "Submitted for review." };
});

export const approveBriefAction = formAction(async (user, formData) => {
  const target = ids(formData);
  await approveBrief({ userId: user.id, ...target });
  refresh(target.projectId);
  return { ok: true, message: "Approved. The author has been told." };
});

export const deleteBriefAction = formAction(async (user, formData) => {
  const target = ids(formData);
  await deleteBrief({ userId: user.id, ...target });
  refresh(target.projectId);
  redirect(`/projects/${target.projectId}/briefs`);
});

/** The brief page's marking select: the marking alone, whatever the editor saved meanwhile. */
export const saveBriefMarkingAction = formAction(async (user, formData) => {
  const target = ids(formData);
  const { marking } = fields(formData, "marking");
  await setBriefLayout({ userId: user.id, ...target, input: untrusted({ marking: marking || null }) });
  refresh(target.projectId);
  return { ok: true, message: marking ? `Marked ${marking}.` : "Marking removed." };
});

/** The brief page's note placement: where the brief's notes print unless an export chooses otherwise. */
export const saveBriefNotesAction = formAction(async (user, formData) => {
  const target = ids(formData);
  const { notePlacement } = fields(formData, "notePlacement");
  await setBriefLayout({ userId: user.id, ...target, input: untrusted({ notePlacement }) });
  refresh(target.projectId);
  return { ok: true, message: notePlacement === "ENDNOTES" ? "Notes print at the end." : "Notes print at the foot of each page." };
});
