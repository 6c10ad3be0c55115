import type { TestProject } from "vitest/node";
import { createTestDatabase, startTestServer, testServerUrl, type TestServer } from "../../scripts/lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The server further throwaway databases are made on. */
    testServerUrl: string;
  }
}

/**
 * One migrated throwaway database for the whole integration run, on
 * TEST_DATABASE_URL's server or, with none named, on an embedded server
 * started for the run.
 */
export default async function setup(project: TestProject) {
  let server: TestServer | undefined;
  let serverUrl = testServerUrl();
  if (!serverUrl) {
    server = await startTestServer();
    serverUrl = server.url;
  }
  const database = await createTestDatabase("it", { serverUrl });
  project.provide("databaseUrl", database.url);
  project.provide("testServerUrl", serverUrl);
  return async () => {
    await database.drop();
    await server?.stop();
  };
}
