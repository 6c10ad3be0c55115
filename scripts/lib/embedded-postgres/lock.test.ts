import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { isRunning, lockDataFolder } from "./lock";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A process that has exited but is never reaped: its parent execs into a sleep that never waits. */
async function zombie(): Promise<{ pid: number; stop: () => void }> {
  const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 30"], { stdio: ["ignore", "pipe", "ignore"] });
  const { value } = await readline.createInterface({ input: parent.stdout! })[Symbol.asyncIterator]().next();
  const pid = Number(value);
  for (let i = 0; i < 100 && !fs.readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z "); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { pid, stop: () => parent.kill("SIGKILL") };
}

describe.runIf(process.platform === "linux")("lockDataFolder", () => {
  it("takes over a folder whose holder was killed but never reaped", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-lock-"));
    folders.push(dataDir);
    const dead = await zombie();
    try {
      expect(fs.readFileSync(`/proc/${dead.pid}/stat`, "utf8")).toContain(") Z ");
      fs.writeFileSync(path.join(dataDir, "claimwork.pid"), String(dead.pid));
      expect(isRunning(dead.pid)).toBe(false);
      const release = lockDataFolder(dataDir);
      expect(fs.readFileSync(path.join(dataDir, "claimwork.pid"), "utf8")).toBe(String(process.pid));
      release();
    } finally {
      dead.stop();
    }
  });

  it("refuses a folder whose holder is alive", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimwork-lock-"));
    folders.push(dataDir);
    const alive = spawn("sleep", ["30"]);
    try {
      fs.writeFileSync(path.join(dataDir, "claimwork.pid"), String(alive.pid));
      expect(() => lockDataFolder(dataDir)).toThrow(/in use by another Claimwork process/);
    } finally {
      alive.kill("SIGKILL");
    }
  });
});
