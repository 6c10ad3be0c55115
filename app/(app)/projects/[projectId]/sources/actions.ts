"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { untrusted } from "@/lib/validation";
import { changedFields, fields, formAction, formRevision } from "@/lib/actions/form-action";
import { addSourceVersion } from "@/lib/sources/add-source-version";
import type { UploadedFile } from "@/lib/sources/extract";
import { importSource, previewImport } from "@/lib/sources/import-source";
import { updateCitation } from "@/lib/sources/update-citation";
import { updateSource } from "@/lib/sources/update-source";

const METADATA = ["title", "authors", "publisher", "publishedOn", "url", "kind", "language", "reliability"] as const;
/** The form's "Not graded yet" choice is an empty value; the operation takes null for no grade. */
const gradeOf = (value: string | undefined) => (value === "" ? null : value);
const NOTE_FIELDS = ["text", "title", "authors", "publisher", "issued", "url"] as const;

async function uploadedFile(formData: FormData): Promise<UploadedFile | null> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return null;
  return { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Reads the document and reports what was found, so the analyst can correct it before saving. */
export const previewImportAction = formAction(async (user, formData) => {
  const { projectId, text, plainText } = fields(formData, "projectId", "text", "plainText");
  const preview = await previewImport({
    userId: user.id,
    projectId: projectId ?? "",
    input: { text, file: await uploadedFile(formData), plainText: plainText === "on" },
  });
  const { detected } = preview;
  const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
  const found = `Found ${plural(preview.words, "word")}, ${plural(preview.headings, "heading")} and ${plural(preview.citations, "footnote")} (${plural(preview.markers, "marker")} in the text).`;
  return {
    ok: true,
    message: preview.duplicate ? `${found} This text is already in the project as “${preview.duplicate.title}”.` : `${found} Check the details, then import.`,
    values: {
      // What the analyst typed wins over what was detected.
      ...Object.fromEntries(
        Object.entries({
          title: detected.title ?? "",
          authors: detected.authors.join("; "),
          publisher: detected.publisher ?? "",
          publishedOn: detected.publishedOn ?? "",
          url: detected.url ?? "",
          language: detected.language ?? "",
        }),
      ),
      ...Object.fromEntries(METADATA.map((k) => [k, formData.get(k)]).filter(([, v]) => typeof v === "string" && v.trim() !== "")),
      ...(text ? { text } : {}),
      ...(plainText === "on" ? { plainText: "on" } : {}),
    } as Record<string, string>,
    data: {
      ...(preview.duplicate ? { duplicateSourceId: preview.duplicate.id, duplicateTitle: preview.duplicate.title } : {}),
      ...Object.fromEntries(Object.entries(preview.origins).map(([field, origin]) => [`origin.${field}`, origin])),
      ...(preview.series ? { series: preview.series } : {}),
      ...(preview.readAs ? { readAs: preview.readAs } : {}),
      backMatter: preview.backMatter,
      problems: JSON.stringify(preview.problems.map((p) => p.message)),
    },
  };
});

export const importSourceAction = formAction(async (user, formData) => {
  const input = fields(formData, "projectId", "text", "onDuplicate", "plainText", ...METADATA);
  const projectId = input.projectId ?? "";
  const result = await importSource({
    userId: user.id,
    projectId,
    input: {
      text: input.text,
      file: await uploadedFile(formData),
      plainText: input.plainText === "on",
      metadata: Object.fromEntries(METADATA.map((k) => [k, input[k]])),
      onDuplicate: input.onDuplicate === "new-version" ? "new-version" : "refuse",
    },
  });
  revalidatePath(`/projects/${projectId}/sources`);
  redirect(`/projects/${projectId}/sources/${result.source.id}${result.outcome === "version" ? "?imported=version" : "?imported=1"}`);
});

export const updateSourceAction = formAction(async (user, formData) => {
  const input = fields(formData, "projectId", "sourceId", "marking", ...METADATA);
  // A form without the marking select (markings turned off) leaves the marking as it is.
  const marking = input.marking === undefined ? {} : { marking: input.marking || null };
  await updateSource({
    userId: user.id,
    projectId: input.projectId ?? "",
    sourceId: input.sourceId ?? "",
    input: untrusted(changedFields(formData, { ...Object.fromEntries(METADATA.map((k) => [k, input[k]])), reliability: gradeOf(input.reliability), ...marking })),
    expectedRevision: formRevision(formData),
  });
  revalidatePath(`/projects/${input.projectId}/sources`, "layout");
  return { ok: true, message: "Details saved." };
});

/**
 * Corrects a note. Only the fields changed from what the form showed are
 * sent, so a new text is read again for the fields left as they were.
 * Browsers send a textarea's line ends as CRLF: made LF again, an untouched
 * list of authors compares equal to what was shown.
 */
export const updateCitationAction = formAction(async (user, formData) => {
  const input = fields(formData, "projectId", "sourceId", "citationId", ...NOTE_FIELDS);
  const values = Object.fromEntries(NOTE_FIELDS.map((k) => [k, input[k]?.replace(/\r\n?/g, "\n")]));
  const citation = await updateCitation({
    userId: user.id,
    projectId: input.projectId ?? "",
    sourceId: input.sourceId ?? "",
    citationId: input.citationId ?? "",
    input: untrusted(changedFields(formData, values)),
    expectedRevision: formRevision(formData),
  });
  revalidatePath(`/projects/${input.projectId}/sources`, "layout");
  return { ok: true, message: `Note ${citation.label} saved.` };
});

export const addVersionAction = formAction(async (user, formData) => {
  const { projectId, sourceId, text } = fields(formData, "projectId", "sourceId", "text");
  const { version } = await addSourceVersion({
    userId: user.id,
    projectId: projectId ?? "",
    sourceId: sourceId ?? "",
    input: { text, file: await uploadedFile(formData) },
  });
  revalidatePath(`/projects/${projectId}/sources`, "layout");
  return { ok: true, message: `Version ${version} imported.` };
});

/** Marks a source retracted, with why: everything resting on it gets a warning. */
export const retractSourceAction = formAction(async (user, formData) => {
  const { projectId, sourceId, retractionNote } = fields(formData, "projectId", "sourceId", "retractionNote");
  await updateSource({ userId: user.id, projectId: projectId ?? "", sourceId: sourceId ?? "", input: untrusted({ retracted: true, retractionNote }) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Marked as retracted." };
});

/** Reinstates a retracted source; the warnings it raised stay until acknowledged. */
export const reinstateSourceAction = formAction(async (user, formData) => {
  const { projectId, sourceId } = fields(formData, "projectId", "sourceId");
  await updateSource({ userId: user.id, projectId: projectId ?? "", sourceId: sourceId ?? "", input: untrusted({ retracted: false }) });
  revalidatePath(`/projects/${projectId}`, "layout");
  return { ok: true, message: "Reinstated." };
});
