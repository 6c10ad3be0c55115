/**
 * `npm test`: every check, in order — types, lint, unit tests, integration
 * tests on a throwaway PostgreSQL database, then a production build driven by
 * Playwright in Chromium. Stops at the first failing stage.
 *
 *   npm test                       every stage
 *   npm test -- integration e2e    only those stages
 *   npm test -- e2e -- auth        arguments after a second `--` go to the test runner
 *
 * Databases: TEST_DATABASE_URL (or DATABASE_URL) names a server on which fresh
 * databases are made and dropped; with neither, an embedded PostgreSQL is
 * started for the run (its cluster kept in .data/test/) and stopped after it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, startTestServer, testServerUrl, type TestServer } from "./lib/test-database";

const root = path.resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const bin = (pkg: string, file: string) => path.join(root, "node_modules", pkg, file);

const args = process.argv.slice(2);
const split = args.indexOf("--");
const only = split === -1 ? args : args.slice(0, split);
const runnerArgs = split === -1 ? [] : args.slice(split + 1);
const STAGES = ["types", "lint", "unit", "integration", "e2e"];
const unknown = only.filter((stage) => !STAGES.includes(stage));
if (unknown.length > 0) {
  console.error(`Unknown stage ${unknown.join(", ")}: choose from ${STAGES.join(", ")}.`);
  process.exit(2);
}
const wanted = (stage: string) => only.length === 0 || only.includes(stage);

class StageFailed extends Error {
  constructor(readonly status: number) {
    super(`stage failed with ${status}`);
  }
}

function run(stage: string, command: string[], env: Record<string, string | undefined> = {}): void {
  const started = Date.now();
  console.log(`\n▶ ${stage}`);
  const result = spawnSync(process.execPath, command, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${stage} failed after ${seconds} s`);
    throw new StageFailed(result.status ?? 1);
  }
  console.log(`✔ ${stage} (${seconds} s)`);
}

/** Arguments for the test runner go to the one runner stage asked for. */
const passed = only.length === 1 ? runnerArgs : [];
let server: TestServer | undefined;
let status = 0;
// A Ctrl-C reaches the running stage too, which ends; the embedded server is then stopped below.
process.on("SIGINT", () => {});
try {
  if (wanted("types")) run("Type check", [bin("typescript", "bin/tsc"), "--noEmit"]);
  if (wanted("lint")) run("Lint", [bin("eslint", "bin/eslint.js"), "--max-warnings", "0", "."]);
  if (wanted("unit")) run("Unit tests", [bin("vitest", "vitest.mjs"), "run", "--project", "unit", ...passed]);

  let serverUrl = testServerUrl();
  if (!serverUrl && (wanted("integration") || wanted("e2e"))) {
    console.log("\nNo TEST_DATABASE_URL: starting an embedded PostgreSQL for the tests (.data/test/)…");
    server = await startTestServer("test", (line) => console.log(line));
    serverUrl = server.url;
  }
  // The stages below make their databases on this server.
  const serverEnv = { TEST_DATABASE_URL: serverUrl ?? undefined };

  if (wanted("integration")) run("Integration tests", [bin("vitest", "vitest.mjs"), "run", "--project", "integration", ...passed], serverEnv);

  if (wanted("e2e")) {
    run("Production build", [bin("next", "dist/bin/next"), "build"], { NODE_ENV: "production" });
    const database = await createTestDatabase("e2e", { serverUrl });
    // The `embedded` project's `npm start` keeps its cluster here, as a newcomer's keeps it in .data/.
    const embeddedDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-e2e-embedded-"));
    // The `mail` project's SMTP sink writes each message it receives here.
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-e2e-mail-"));
    try {
      run("End-to-end tests (Chromium)", ["--conditions=react-server", bin("@playwright/test", "cli.js"), "test", ...passed], {
        ...serverEnv,
        E2E_DATABASE_URL: database.url,
        E2E_EMBEDDED_DATA_DIR: embeddedDataDir,
        E2E_MAIL_DIR: mailDir,
      });
    } finally {
      await database.drop();
      fs.rmSync(embeddedDataDir, { recursive: true, force: true });
      fs.rmSync(mailDir, { recursive: true, force: true });
    }
  }
  console.log("\nAll checks passed.");
} catch (error) {
  if (!(error instanceof StageFailed)) throw error;
  status = error.status;
} finally {
  await server?.stop();
}
process.exit(status);
