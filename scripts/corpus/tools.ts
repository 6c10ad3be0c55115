/** The external tools the producers run, and the ZIP handling that keeps DOCX and ODT output stable. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import yauzl from "yauzl";
import yazl from "yazl";

/**
 * Fixed working directory: file paths end up inside some outputs (the URL in a browser's print
 * footer, a PDF's /ID), so they must not change between runs.
 */
export const WORK_DIR = "/tmp/claimwork-corpus";

export function workDir(...parts: string[]): string {
  const dir = path.join(WORK_DIR, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Seconds since 1970 at noon UTC of the text's date: what SOURCE_DATE_EPOCH gets. */
export const epochOf = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T12:00:00Z`) / 1000);

export function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, TZ: "UTC", LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8", ...options.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 180_000,
  });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status}\n${result.stderr}\n${result.stdout}`.slice(0, 4000));
  }
  return result.stdout;
}

/** A command's standard output as bytes (for binary output such as pandoc's data files). */
export function runBytes(command: string, args: string[]): Buffer {
  const result = spawnSync(command, args, { maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.error?.message ?? result.stderr}`);
  return result.stdout;
}

export function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

export type ZipEntries = Map<string, Buffer>;

export function readZip(file: string): Promise<ZipEntries> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(readFileSync(file), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`cannot open ${file}`));
      const entries: ZipEntries = new Map();
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith("/")) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
          stream.on("error", reject);
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/**
 * Writes entries in their order with one fixed timestamp; `mimetype` (ODF) is stored uncompressed,
 * as the format requires.
 */
export function writeZip(file: string, entries: ZipEntries, mtime: Date): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, data] of entries) {
      zip.addBuffer(data, name, { mtime, compress: name !== "mimetype" });
    }
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("end", () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve();
    });
    zip.outputStream.on("error", reject);
    zip.end();
  });
}

/** Rewrites a ZIP with some XML entries changed; every entry gets the same timestamp. */
export async function patchZip(file: string, mtime: Date, patches: Record<string, (xml: string) => string>): Promise<void> {
  const entries = await readZip(file);
  for (const [name, patch] of Object.entries(patches)) {
    const data = entries.get(name);
    if (!data) throw new Error(`${file} has no ${name}`);
    entries.set(name, Buffer.from(patch(data.toString("utf8")), "utf8"));
  }
  await writeZip(file, entries, mtime);
}

/** Replaces a regular expression that must match; a producer whose tool changed output fails loudly. */
export function mustReplace(s: string, pattern: RegExp, replacement: string | ((...m: string[]) => string), what: string): string {
  if (!pattern.test(s)) throw new Error(`pattern for ${what} not found`);
  pattern.lastIndex = 0;
  return s.replace(pattern, replacement as string);
}

/**
 * Fixes the dates, /ID and checksum a PDF writer takes from the clock, in place and at equal length so the
 * cross-reference offsets stay right.
 */
export function stabilisePdf(file: string, isoDate: string, seed: string): void {
  const pdf = readFileSync(file).toString("latin1");
  const stamp = isoDate.replace(/-/g, "") + "120000";
  let out = pdf.replace(/D:\d{14}/g, `D:${stamp}`);
  // XMP dates, when the writer adds them.
  out = out.replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)/g, `$1${isoDate}T12:00:00`);
  out = out.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/, (whole, a: string, b: string) => {
    const hash = (s: string, n: number) => createHash("sha256").update(s).digest("hex").slice(0, n).toUpperCase();
    return whole.replace(a, hash(`${seed}:a`, a.length)).replace(b, hash(`${seed}:b`, b.length));
  });
  // LibreOffice's checksum covers the clock-dependent parts too.
  out = out.replace(/\/DocChecksum \/([0-9A-F]{32})/, () => `/DocChecksum /${createHash("md5").update(seed).digest("hex").toUpperCase()}`);
  writeFileSync(file, Buffer.from(out, "latin1"));
}

/**
 * Per-page text as pdftotext gives it (reading order, or -layout), pages split at form feeds. With
 * two columns each page is read as its left half, then its right half: poppler's own reading order
 * interleaves the columns' footnotes.
 */
export function pdfPages(file: string, options: { layout?: boolean; columns?: 1 | 2 } = {}): string[] {
  const layout = options.layout ? ["-layout"] : [];
  if ((options.columns ?? 1) === 1) {
    const pages = run("pdftotext", [...layout, "-enc", "UTF-8", file, "-"]).split("\f");
    if (pages[pages.length - 1]!.trim() === "") pages.pop();
    return pages;
  }
  const info = run("pdfinfo", [file]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  if (!count || !size) throw new Error(`pdfinfo: no page count or size for ${file}`);
  const [width, height] = [Math.ceil(Number(size[1])), Math.ceil(Number(size[2]))];
  const half = Math.floor(width / 2);
  const crop = (page: number, x: number) =>
    run("pdftotext", [...layout, "-enc", "UTF-8", "-f", String(page), "-l", String(page), "-x", String(x), "-y", "0", "-W", String(half), "-H", String(height), file, "-"]).replace(/\f/g, "");
  return Array.from({ length: count }, (_, i) => crop(i + 1, 0) + "\n" + crop(i + 1, half));
}
