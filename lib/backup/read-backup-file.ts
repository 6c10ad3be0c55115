import { gunzipSync } from "node:zlib";
import { invalid } from "@/lib/errors";
import { storable } from "@/lib/validation";
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileSchema, findBackupProblems, MAX_BACKUP_BYTES, type BackupFile } from "./backup-file";

const fileError = (message: string, details: string[] = [message]) => invalid(message, { file: details });

/**
 * A backup file's bytes (JSON, or JSON gzipped) checked from top to bottom:
 * size, encoding, format and version, the shape of every row, and every
 * reference inside the file. Any problem is an "invalid" error naming it.
 */
export function readBackupFile(bytes: Uint8Array): BackupFile {
  const limit = `${MAX_BACKUP_BYTES / 1024 / 1024} MB`;
  if (bytes.byteLength === 0) throw fileError("Choose a backup file to restore.");
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw fileError(`The backup file is larger than ${limit}.`);
  let raw = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_BACKUP_BYTES });
    } catch {
      throw fileError(`The compressed backup file is damaged, or larger than ${limit} once unpacked.`);
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch {
    throw fileError("The backup file is not valid JSON.");
  }
  const head = data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  if (head.format !== BACKUP_FORMAT) throw fileError("This is not a Claimwork project backup.");
  if (head.version !== BACKUP_VERSION) {
    throw fileError(`This backup is of version ${JSON.stringify(head.version) ?? "(none)"}; this Claimwork reads version ${BACKUP_VERSION}.`);
  }
  const parsed = backupFileSchema.safeParse(storable(data));
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`);
    throw fileError(`The backup file is damaged: ${details[0]}${details.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : ""}.`, details);
  }
  const problems = findBackupProblems(parsed.data);
  if (problems.length) {
    throw fileError(`The backup file is inconsistent: ${problems[0]}${problems.length > 1 ? ` (and more)` : ""}`, problems);
  }
  return parsed.data;
}
