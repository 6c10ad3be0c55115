"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fields, formAction } from "@/lib/actions/form-action";
import { restoreProject } from "@/lib/backup/restore-project";
import { createProject } from "@/lib/projects/create-project";

export const createProjectAction = formAction(async (user, formData) => {
  const input = fields(formData, "name", "description");
  const project = await createProject({ userId: user.id, input: { name: input.name ?? "", description: input.description ?? "" } });
  redirect(`/projects/${project.id}`);
});

export const restoreProjectAction = formAction(async (user, formData) => {
  const upload = formData.get("file");
  const file = upload instanceof File && upload.size > 0 ? new Uint8Array(await upload.arrayBuffer()) : null;
  const { project, members, standIns } = await restoreProject({ userId: user.id, input: { file } });
  revalidatePath("/");
  const others = members.filter((m) => m.email !== user.email);
  const notes = [
    others.length ? `The backup had ${others.length} other member${others.length === 1 ? "" : "s"}; add them again on the Members page if they should have access.` : "",
    standIns ? `${standIns} ${standIns === 1 ? "person has" : "people have"} no account here: their work keeps their name.` : "",
  ];
  return { ok: true, message: [`Restored as “${project.name}”.`, ...notes].filter(Boolean).join(" "), data: { href: `/projects/${project.id}` } };
});
