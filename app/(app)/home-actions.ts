"use server";

import { redirect } from "next/navigation";
import { fields, formAction } from "@/lib/actions/form-action";
import { createProject } from "@/lib/projects/create-project";

export const createProjectAction = formAction(async (user, formData) => {
  const input = fields(formData, "name", "description");
  const project = await createProject({ userId: user.id, input: { name: input.name ?? "", description: input.description ?? "" } });
  redirect(`/projects/${project.id}`);
});
