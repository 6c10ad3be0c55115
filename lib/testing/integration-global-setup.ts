import type { TestProject } from "vitest/node";
import { createTestDatabase, testServerUrl } from "../../scripts/lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** Where further throwaway databases go: the same server, or null for embedded ones. */
    testServerUrl: string | null;
  }
}

/** One migrated throwaway database for the whole integration run. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("it");
  project.provide("databaseUrl", database.url);
  project.provide("testServerUrl", testServerUrl());
  return () => database.drop();
}
