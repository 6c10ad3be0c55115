const KB = 1024;
const MB = 1024 * KB;

/**
 * 24_536_000 → "23.4 MB"; 20 MB → "20 MB"; 3_000 → "3 KB". Rounded up, so a file just over a limit never reads as
 * the limit itself.
 */
export function formatMegabytes(bytes: number): string {
  if (bytes < KB) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.ceil(bytes / KB)} KB`;
  const tenths = Math.ceil((bytes / MB) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} MB`;
}

export const megabytes = (n: number) => n * MB;
