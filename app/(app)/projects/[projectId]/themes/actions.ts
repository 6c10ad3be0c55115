"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changedFields, fields, formAction, formRevision } from "@/lib/actions/form-action";
import { invalid } from "@/lib/errors";
import { createTheme } from "@/lib/themes/create-theme";
import { deleteTheme } from "@/lib/themes/delete-theme";
import { importCodebook } from "@/lib/themes/import-codebook";
import { mergeThemes } from "@/lib/themes/merge-themes";
import { MAX_CODEBOOK_BYTES } from "@/lib/themes/schemas";
import { updateTheme } from "@/lib/themes/update-theme";

const themesPath = (projectId: string | undefined) => `/projects/${projectId}/themes`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const createThemeAction = formAction(async (user, formData) => {
  const { projectId, name, colour, description, parentId } = fields(formData, "projectId", "name", "colour", "description", "parentId");
  const theme = await createTheme({ userId: user.id, projectId: projectId ?? "", input: { name: name ?? "", colour, description, parentId } });
  // The whole project: the reader's theme picker may have created it.
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: `Added “${theme.name}”.`, data: { themeId: theme.id } };
});

export const updateThemeAction = formAction(async (user, formData) => {
  const { projectId, themeId, name, colour, description } = fields(formData, "projectId", "themeId", "name", "colour", "description");
  await updateTheme({ userId: user.id, projectId: projectId ?? "", themeId: themeId ?? "", input: changedFields(formData, { name, colour, description }), expectedRevision: formRevision(formData) });
  revalidatePath(themesPath(projectId), "layout");
  return { ok: true, message: "Saved." };
});

export const moveThemeAction = formAction(async (user, formData) => {
  const { projectId, themeId, parentId } = fields(formData, "projectId", "themeId", "parentId");
  await updateTheme({ userId: user.id, projectId: projectId ?? "", themeId: themeId ?? "", input: { parentId: parentId ?? null } });
  revalidatePath(themesPath(projectId), "layout");
  return { ok: true, message: "Moved." };
});

/** Merge and delete remove the row their form sits in, so the outcome is shown on the page after a redirect. */
export const mergeThemeAction = formAction(async (user, formData) => {
  const { projectId, themeId, targetId } = fields(formData, "projectId", "themeId", "targetId");
  const result = await mergeThemes({ userId: user.id, projectId: projectId ?? "", themeId: themeId ?? "", input: { targetId } });
  revalidatePath(themesPath(projectId), "layout");
  const claims = result.claimsMoved + result.claimsAlreadyTagged;
  redirect(`${themesPath(projectId)}?done=merged&into=${encodeURIComponent(result.target.id)}&claims=${claims}`);
});

export const deleteThemeAction = formAction(async (user, formData) => {
  const { projectId, themeId, reassignTo } = fields(formData, "projectId", "themeId", "reassignTo");
  const result = await deleteTheme({ userId: user.id, projectId: projectId ?? "", themeId: themeId ?? "", input: { reassignTo } });
  revalidatePath(themesPath(projectId), "layout");
  const claims = result.claimsMoved + result.claimsAlreadyTagged;
  redirect(`${themesPath(projectId)}?done=deleted${reassignTo ? `&into=${encodeURIComponent(reassignTo)}&claims=${claims}` : ""}`);
});

export const importCodebookAction = formAction(async (user, formData) => {
  const { projectId, text } = fields(formData, "projectId", "text");
  const file = formData.get("file");
  let content = text ?? "";
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_CODEBOOK_BYTES) throw invalid("This file is too large for a codebook.", { file: ["This file is too large."] });
    content = await file.text();
  }
  const result = await importCodebook({ userId: user.id, projectId: projectId ?? "", input: { text: content } });
  revalidatePath(themesPath(projectId), "layout");
  return {
    ok: true,
    message: `Imported the codebook: ${plural(result.created, "new theme")}, ${plural(result.updated, "theme")} updated, ${result.unchanged} already as in the file.`,
  };
});
