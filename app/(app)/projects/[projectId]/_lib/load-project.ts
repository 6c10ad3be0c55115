import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth";
import { isNotFound } from "@/lib/authz/require-project-access";
import { refusedValue } from "@/lib/errors";
import { getProject } from "@/lib/projects/get-project";

/**
 * The signed-in user and the project, once per request. A project the user
 * cannot see renders the 404 page, exactly like one that does not exist.
 */
export const loadProject = cache(async (projectId: string) => {
  const user = await requireUser();
  try {
    const project = await getProject({ userId: user.id, projectId });
    return { user, project };
  } catch (error) {
    if (isNotFound(error) || refusedValue(error)) notFound();
    throw error;
  }
});

/**
 * Runs a lib/ read for a project page; "not found" becomes the 404 page, and so
 * does an id or filter the database cannot even compare (a NUL character).
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isNotFound(error) || refusedValue(error)) notFound();
    throw error;
  }
}
