/**
 * `npm test`: every check, in order — types, lint, unit tests, integration
 * tests on a throwaway PostgreSQL database, then a production build driven by
 * Playwright in Chromium. Stops at the first failing stage.
 *
 * Databases: TEST_DATABASE_URL or DATABASE_URL names a server on which fresh
 * databases are created and dropped; with neither, the embedded PostgreSQL.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createTestDatabase, testServerUrl } from "./lib/test-database";

const root = path.resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const bin = (pkg: string, file: string) => path.join(root, "node_modules", pkg, file);

function run(stage: string, args: string[], env: Record<string, string | undefined> = {}): void {
  const started = Date.now();
  console.log(`\n▶ ${stage}`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${stage} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${stage} (${seconds} s)`);
}

const only = process.argv.slice(2);
const wanted = (stage: string) => only.length === 0 || only.includes(stage);

if (wanted("types")) run("Type check", [bin("typescript", "bin/tsc"), "--noEmit"]);
if (wanted("lint")) run("Lint", [bin("eslint", "bin/eslint.js"), "--max-warnings", "0", "."]);
if (wanted("unit")) run("Unit tests", [bin("vitest", "vitest.mjs"), "run", "--project", "unit"]);
if (wanted("integration")) run("Integration tests", [bin("vitest", "vitest.mjs"), "run", "--project", "integration"]);

if (wanted("e2e")) {
  run("Production build", [bin("next", "dist/bin/next"), "build"], { NODE_ENV: "production" });
  const serverUrl = testServerUrl();
  const database = serverUrl ? await createTestDatabase("e2e") : undefined;
  try {
    run("End-to-end tests (Chromium)", ["--conditions=react-server", bin("@playwright/test", "cli.js"), "test"], {
      ...(database ? { E2E_DATABASE_URL: database.url } : {}),
    });
  } finally {
    await database?.drop();
  }
}

console.log("\nAll checks passed.");
