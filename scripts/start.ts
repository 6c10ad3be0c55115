/**
 * `npm start`: one command from a fresh clone to a running Claimwork.
 * Uses DATABASE_URL when set; otherwise runs the embedded PostgreSQL in
 * CLAIMWORK_DATA_DIR (default .data/). Applies migrations, seeds the demo
 * workspace into an empty database, builds the app if no build exists, then
 * serves it.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../lib/demo/accounts";
import { ensureAuthSecret } from "./lib/auth-secret";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
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
  console.log(`No DATABASE_URL: using the embedded PostgreSQL in ${path.relative(root, dataDir) || "."}/`);
  try {
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: process.env.CLAIMWORK_EMBEDDED_PORT ? Number(process.env.CLAIMWORK_EMBEDDED_PORT) : undefined,
    });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  databaseUrl = embedded.url;
}

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: ensureAuthSecret(dataDir),
  // The embedded database serves one query at a time: a big pool only queues.
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (embedded ? "4" : "10"),
  PORT: String(port),
};

/**
 * Runs a step in a child process without blocking this one: the embedded
 * database lives in this process's event loop and must keep answering.
 */
function runStep(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env, cwd: root });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[args.length - 1] ?? "")} exited with ${code}`))));
  });
}

try {
  await migrate(databaseUrl, (line) => console.log(line));
  await runStep([tsxBin, "--conditions=react-server", path.join(root, "scripts", "seed.ts"), "--if-empty"], childEnv);
  if (!dev && !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("No production build yet: building (about a minute)…");
    await runStep([nextBin, "build"], { ...childEnv, NODE_ENV: "production" });
  }
} catch (error) {
  console.error((error as Error).message);
  await embedded?.stop();
  process.exit(1);
}

const hostname = process.env.HOST ?? "0.0.0.0";
// Production runs one server process per core (scripts/serve.mjs). The embedded
// database is one session inside this process, so it gets a single server process.
const server = spawn(
  process.execPath,
  dev ? [nextBin, "dev", "-p", String(port), "-H", hostname] : [path.join(root, "scripts", "serve.mjs"), "--port", String(port), "--hostname", hostname],
  {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...childEnv, NODE_ENV: dev ? "development" : "production", ...(embedded ? { WEB_CONCURRENCY: "1" } : {}) },
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

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await embedded?.stop().catch(() => {});
  process.exit(code);
}
server.on("exit", (code) => void shutdown(code ?? 0));
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
