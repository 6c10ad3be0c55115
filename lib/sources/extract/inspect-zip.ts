import yauzl from "yauzl";

export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number; encrypted: boolean };

/** The archive could not be read: truncated, corrupt, or not a ZIP file at all. */
export class ZipDamagedError extends Error {}

const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function openZip(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(toBuffer(bytes), { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(new ZipDamagedError(error?.message ?? "unreadable ZIP"));
      else resolve(zip);
    });
  });
}

/** Walks the entries one at a time; `visit` may read the entry before the next one is looked at. */
async function eachEntry(bytes: Uint8Array, visit: (entry: yauzl.Entry, zip: yauzl.ZipFile) => Promise<void>) {
  const zip = await openZip(bytes);
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip.close();
      reject(error instanceof ZipDamagedError ? error : new ZipDamagedError(String(error)));
    };
    zip.on("error", fail);
    zip.on("end", () => resolve());
    zip.on("entry", (entry: yauzl.Entry) => {
      visit(entry, zip).then(() => zip.readEntry(), fail);
    });
    zip.readEntry();
  });
}

/** The central directory's listing: names and sizes as the archive declares them. Nothing is decompressed. */
export async function listZipEntries(bytes: Uint8Array): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  await eachEntry(bytes, async (entry) => {
    entries.push({
      name: entry.fileName,
      compressedSize: entry.compressedSize,
      uncompressedSize: entry.uncompressedSize,
      encrypted: entry.isEncrypted(),
    });
  });
  return entries;
}

/**
 * Decompresses the entries `read` selects, checking each against the size the central directory declared (yauzl
 * stops a stream that yields more), so an archive that lies about its sizes is caught after at most the declared
 * number of bytes. Returns the contents of the entries `keep` selects; the others are read and dropped.
 */
export async function readZipEntries(
  bytes: Uint8Array,
  read: (name: string) => boolean,
  keep: (name: string) => boolean,
): Promise<Map<string, Buffer>> {
  const kept = new Map<string, Buffer>();
  await eachEntry(bytes, async (entry, zip) => {
    if (!read(entry.fileName) || entry.fileName.endsWith("/")) return;
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
      zip.openReadStream(entry, (error, s) => (error || !s ? reject(new ZipDamagedError(String(error))) : resolve(s)));
    });
    const chunks: Buffer[] = [];
    const store = keep(entry.fileName);
    try {
      for await (const chunk of stream) if (store) chunks.push(chunk as Buffer);
    } catch (error) {
      throw new ZipDamagedError(String(error));
    }
    if (store) kept.set(entry.fileName, Buffer.concat(chunks));
  });
  return kept;
}
