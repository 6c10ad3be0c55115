"use server";

import { revalidatePath } from "next/cache";
import { changedFields, fields, formAction, formRevision } from "@/lib/actions/form-action";
import { updateProject } from "@/lib/projects/update-project";
import { untrusted } from "@/lib/validation";

export const updateProjectAction = formAction(async (user, formData) => {
  const { projectId, name, description } = fields(formData, "projectId", "name", "description");
  await updateProject({ userId: user.id, projectId: projectId ?? "", input: changedFields(formData, { name: name ?? "", description: description ?? "" }), expectedRevision: formRevision(formData) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Project saved." };
});

export const updateReviewPolicyAction = formAction(async (user, formData) => {
  const { projectId, reviewPolicy } = fields(formData, "projectId", "reviewPolicy");
  await updateProject({ userId: user.id, projectId: projectId ?? "", input: untrusted({ reviewPolicy }) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Review policy saved." };
});

export const updateProjectMarkingAction = formAction(async (user, formData) => {
  const { projectId, marking } = fields(formData, "projectId", "marking");
  await updateProject({ userId: user.id, projectId: projectId ?? "", input: untrusted({ marking: marking ?? null }) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Marking saved." };
});

export const updateCitationStyleAction = formAction(async (user, formData) => {
  const { projectId, citationStyle } = fields(formData, "projectId", "citationStyle");
  await updateProject({ userId: user.id, projectId: projectId ?? "", input: untrusted({ citationStyle }) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Citation style saved." };
});

export const updateBlindReviewAction = formAction(async (user, formData) => {
  const { projectId } = fields(formData, "projectId");
  const blindReview = formData.get("blindReview") === "on";
  await updateProject({ userId: user.id, projectId: projectId ?? "", input: { blindReview } });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: blindReview ? "Blind review is on." : "Blind review is off." };
});
