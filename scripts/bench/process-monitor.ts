import fs from "node:fs";

/** Linux reports process CPU time in clock ticks; 100 a second on every common kernel config. */
const CLOCK_TICKS_PER_SECOND = 100;

/** cpuTicks: the process's own CPU; childTicks: that of its children it has waited for (reaped). */
type ProcStat = { pid: number; ppid: number; comm: string; cpuTicks: number; childTicks: number };

function readStat(pid: number): ProcStat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid … utime stime …": comm may hold spaces and parentheses.
    const comm = text.slice(text.indexOf("(") + 1, text.lastIndexOf(")"));
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return {
      pid,
      ppid: Number(fields[1]),
      comm,
      cpuTicks: Number(fields[11]) + Number(fields[12]),
      childTicks: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null;
  }
}

function allProcesses(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.push(stat);
  }
  return stats;
}

/**
 * CPU time (ms) of every live process with this command name, e.g. "postgres" (server and backends), plus that
 * of their reaped children: a backend that exits (a pool closing an idle connection) moves its CPU into the
 * postmaster's children's time instead of taking it out of the sum.
 */
export function cpuMsOfCommand(comm: string): number {
  const ticks = allProcesses().filter((s) => s.comm === comm).reduce((sum, s) => sum + s.cpuTicks + s.childTicks, 0);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** The process and all its descendants, found by walking /proc. */
function processTree(rootPid: number): ProcStat[] {
  const stats = allProcesses();
  const inTree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of stats) {
      if (!inTree.has(s.pid) && inTree.has(s.ppid)) {
        inTree.add(s.pid);
        grew = true;
      }
    }
  }
  return stats.filter((s) => inTree.has(s.pid));
}

/** VmRSS and VmHWM (peak RSS the kernel saw) of one process, in kB. */
function readMemory(pid: number): { rssKb: number; hwmKb: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
    return { rssKb: kb("VmRSS"), hwmKb: kb("VmHWM") };
  } catch {
    return null;
  }
}

export type MemoryReport = {
  /** Highest sum of VmRSS over the process tree in any 100 ms sample. */
  peakTreeRssMb: number;
  /** Highest VmHWM of any one process of the tree (the kernel's own peak, between samples too). */
  peakProcessHwmMb: number;
  processes: number;
  samples: number;
};

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/**
 * Samples a process tree's memory every `intervalMs` and reads its CPU time on
 * demand. `window()` starts a new window for per-scenario figures.
 */
export function monitorProcessTree(rootPid: number, intervalMs = 100) {
  let peakTreeKb = 0;
  let windowPeakKb = 0;
  let peakHwmKb = 0;
  let samples = 0;
  const seen = new Set<number>();

  const sample = () => {
    let sumKb = 0;
    for (const { pid } of processTree(rootPid)) {
      const memory = readMemory(pid);
      if (!memory) continue;
      seen.add(pid);
      sumKb += memory.rssKb;
      peakHwmKb = Math.max(peakHwmKb, memory.hwmKb);
    }
    samples++;
    peakTreeKb = Math.max(peakTreeKb, sumKb);
    windowPeakKb = Math.max(windowPeakKb, sumKb);
    return sumKb;
  };
  sample();
  const timer = setInterval(sample, intervalMs);

  return {
    /** CPU time (user + system) used so far by the tree's live processes, in ms. */
    cpuMs(): number {
      return (processTree(rootPid).reduce((sum, s) => sum + s.cpuTicks, 0) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    currentRssMb(): number {
      return mb(sample());
    },
    /** Starts a new window; returns the peak tree RSS of the window that ends, in MB. */
    window(): number {
      const peak = windowPeakKb;
      windowPeakKb = 0;
      return mb(peak);
    },
    stop(): MemoryReport {
      clearInterval(timer);
      sample();
      return { peakTreeRssMb: mb(peakTreeKb), peakProcessHwmMb: mb(peakHwmKb), processes: seen.size, samples };
    },
  };
}

export type ProcessMonitor = ReturnType<typeof monitorProcessTree>;

/** Busy and total CPU ticks of the whole machine, all cores (the first line of /proc/stat). */
export function machineCpuTicks(): { busy: number; total: number } {
  const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const ticks = fields.map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: total - idle, total };
}

/** A process's PSS in kB: each page shared by n processes counts 1/n to each of them. */
function readPssKb(pid: number): number | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(text)?.[1] ?? 0);
  } catch {
    return null;
  }
}

/** The postmaster of the server a backend belongs to: its parent. */
export function parentPid(pid: number): number | null {
  return readStat(pid)?.ppid ?? null;
}

export type PssReport = { idlePssMb: number; peakPssMb: number; processes: number };

/**
 * Samples the summed PSS of a PostgreSQL server (its postmaster and every
 * backend), where shared buffers count once rather than once per backend as
 * summed RSS would count them.
 */
export function monitorPssTree(rootPid: number, intervalMs = 500) {
  let peakKb = 0;
  let processes = 0;
  const sample = () => {
    const tree = processTree(rootPid);
    const kb = tree.reduce((sum, { pid }) => sum + (readPssKb(pid) ?? 0), 0);
    processes = Math.max(processes, tree.length);
    peakKb = Math.max(peakKb, kb);
    return kb;
  };
  const idleKb = sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): PssReport {
      clearInterval(timer);
      sample();
      return { idlePssMb: mb(idleKb), peakPssMb: mb(peakKb), processes };
    },
  };
}
