/**
 * `npm start`: one command from a fresh clone to a running Claimwork.
 * Uses DATABASE_URL when set; otherwise runs the embedded PostgreSQL server
 * (real PostgreSQL binaries from the npm registry) on a cluster in
 * CLAIMWORK_DATA_DIR (default .data/). Applies migrations, seeds the demo
 * workspace into an empty database, builds the app if no build exists, then
 * serves it; stopping it stops the server, then the database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo/accounts";
import { ensureAuthSecret } from "./lib/auth-secret";
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { migrate } from "./lib/migrate";

const root = path.resolve(import.meta.dirname, "..");
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const dev = process.argv.includes("--dev");
const dataDir = path.resolve(root, process.env.CLAIMWORK_DATA_DIR ?? ".data");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

let embedded: EmbeddedPostgres | undefined;
let databaseUrl = process.env.DATABASE_URL || undefined;

if (!databaseUrl) {
  const folder = `${path.relative(root, dataDir) || "."}/`;
  console.log(`No DATABASE_URL: using the embedded PostgreSQL in ${folder}`);
  try {
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: process.env.CLAIMWORK_EMBEDDED_PORT ? Number(process.env.CLAIMWORK_EMBEDDED_PORT) : undefined,
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(error instanceof EmbeddedPostgresError ? error.message : (error as Error).stack);
    process.exit(1);
  }
  console.log(`Embedded PostgreSQL ${embedded.version} on 127.0.0.1:${embedded.port} (its log: ${folder}postgres.log)`);
  databaseUrl = embedded.url;
}

/** The app server, once it is started. */
const app: { server?: ChildProcess } = {};
let stopping = false;
/** Stops the app server first (it finishes what it is serving), then the database. */
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const { server } = app;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = once(server, "exit");
    server.kill("SIGTERM");
    await Promise.race([exited, sleep(15_000)]);
  }
  await embedded?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(0));
void embedded?.exited.then(() => {
  if (stopping) return;
  console.error("The embedded PostgreSQL is gone and could not be started again: stopping Claimwork.");
  void shutdown(1);
});

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: ensureAuthSecret(dataDir),
  PORT: String(port),
};

/** Runs a step in a child process, keeping this one free to stop the database on Ctrl-C. */
function runStep(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env, cwd: root });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[args.length - 1] ?? "")} exited with ${code}`))));
  });
}

try {
  await migrate(databaseUrl, { log: (line) => console.log(line) });
  await runStep([tsxBin, "--conditions=react-server", path.join(root, "scripts", "seed.ts"), "--if-empty"], childEnv);
  if (!dev && !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("No production build yet: building (about a minute)…");
    await runStep([nextBin, "build"], { ...childEnv, NODE_ENV: "production" });
  }
} catch (error) {
  console.error((error as Error).message);
  await shutdown(1);
}

const hostname = process.env.HOST ?? "0.0.0.0";
// Production runs one server process per core (scripts/serve.mjs).
const server = spawn(
  process.execPath,
  dev ? [nextBin, "dev", "-p", String(port), "-H", hostname] : [path.join(root, "scripts", "serve.mjs"), "--port", String(port), "--hostname", hostname],
  {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
    cwd: root,
  },
);

let announced = false;
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started/i.test(chunk.toString())) {
    announced = true;
    console.log(`\nClaimwork is running at http://localhost:${port}`);
    if (childEnv.SEED_DEMO !== "false") {
      console.log(`Demo sign-ins (password for each: ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(28)} ${account.note}`);
      console.log("");
    }
  }
});

app.server = server;
server.on("exit", (code) => void shutdown(code ?? 0));
