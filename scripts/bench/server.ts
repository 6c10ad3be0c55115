import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const BUILD_TIMEOUT_MS = 10 * 60_000;
const READY_TIMEOUT_MS = 60_000;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Stops a child started in its own process group: SIGTERM to the group, SIGKILL after a grace period. */
async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Keeps the last lines a child printed, to show when it fails. */
function tail(child: ChildProcess, max = 40): () => string {
  const lines: string[] = [];
  const take = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > max) lines.splice(0, lines.length - max);
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  return () => lines.join("\n");
}

/**
 * Builds the app when no production build exists. `track` receives a stopper
 * so that an interrupt during the build ends the build too.
 */
export async function ensureBuild(log: (line: string) => void, track: (stop: () => Promise<void>) => void): Promise<boolean> {
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return false;
  log("No production build (.next/BUILD_ID): running next build…");
  const child = spawn(process.execPath, [nextBin, "build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  track(() => stopChild(child));
  const output = tail(child);
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => void stopChild(child), BUILD_TIMEOUT_MS);
    child.on("error", reject);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  if (code !== 0) throw new Error(`next build failed (${code}):\n${output()}`);
  return true;
}

export type RunningServer = { url: string; pid: number; stop: () => Promise<void>; output: () => string };

/** Starts the production server (scripts/serve.mjs, as `npm start` does) on a free loopback port and waits until it answers. */
export async function startServer(env: NodeJS.ProcessEnv, probePath: string): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that stopping it reaches any child it starts.
    detached: true,
  });
  const output = tail(child);
  const stop = () => stopChild(child);
  let exited = false;
  child.on("exit", () => (exited = true));

  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`the server exited before answering:\n${output()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}${probePath}`, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { url, pid: child.pid!, stop, output };
}
