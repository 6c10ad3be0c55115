import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
/**
 * The `embedded` project (e2e/embedded/) runs on a second server started as a
 * newcomer's `npm start` is: no DATABASE_URL, so on the embedded PostgreSQL,
 * in a data folder of its own (made by scripts/test.ts, or here).
 */
const embeddedPort = Number(process.env.E2E_EMBEDDED_PORT ?? 3101);
/**
 * The `mail` project (e2e/mail/) runs on a third server, on the same database,
 * that sends email (SMTP_URL) to a sink writing each message into a folder.
 */
const mailPort = Number(process.env.E2E_MAIL_PORT ?? 3102);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3125);
process.env.E2E_MAIL_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-e2e-mail-"));
process.env.E2E_EMBEDDED_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-e2e-embedded-"));
/** A fresh database made by scripts/test.ts (`npm test`, `npm run test:e2e`), which drops it afterwards. */
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error("Run the end-to-end tests with `npm run test:e2e` (or `npm test`): it makes their database.");

// The fixtures build users through lib/ (see lib/factories), whose modules are server-only:
// the runner is started with this condition (npm run test:e2e) and its workers inherit it.
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim();
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  testDir: "e2e",
  projects: [
    { name: "app", testIgnore: ["embedded/**", "mail/**"] },
    { name: "mail", testMatch: "mail/**/*.spec.ts", use: { baseURL: `http://127.0.0.1:${mailPort}` } },
    { name: "embedded", testMatch: "embedded/**/*.spec.ts", use: { baseURL: `http://127.0.0.1:${embeddedPort}` } },
  ],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
      url: `http://127.0.0.1:${port}/sign-in`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NODE_OPTIONS: "",
        PORT: String(port),
        HOST: "127.0.0.1",
        SEED_DEMO: "true",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        // As deployed behind a proxy that terminates TLS; the embedded server below trusts none.
        TRUST_PROXY: "true",
      },
    },
    {
      command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
      url: `http://127.0.0.1:${embeddedPort}/sign-in`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      // Nothing set, as on a fresh clone; the secret is generated into the data folder.
      env: { NODE_OPTIONS: "", PORT: String(embeddedPort), HOST: "127.0.0.1", DATABASE_URL: "", AUTH_SECRET: "", TRUST_PROXY: "", CLAIMWORK_DATA_DIR: process.env.E2E_EMBEDDED_DATA_DIR },
    },
    {
      command: `node node_modules/tsx/dist/cli.mjs scripts/mail-sink.ts --port ${smtpPort} --dir ${process.env.E2E_MAIL_DIR}`,
      port: smtpPort,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
      url: `http://127.0.0.1:${mailPort}/sign-in`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        NODE_OPTIONS: "",
        PORT: String(mailPort),
        HOST: "127.0.0.1",
        // The app server above seeds the demo into this same database.
        SEED_DEMO: "false",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: "Claimwork <claimwork@e2e.test>",
      },
    },
  ],
});
