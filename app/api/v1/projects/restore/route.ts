import type { NextRequest } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { restoreProject } from "@/lib/backup/restore-project";
import { MAX_BACKUP_BYTES } from "@/lib/backup/backup-file";
import { invalid } from "@/lib/errors";

const tooLarge = () => invalid(`The backup file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`, { file: ["This file is too large."] });

/** The request body, refused as soon as it outgrows a backup file, whatever its declared length. */
async function readBody(request: NextRequest): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BACKUP_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A backup file into a new project of the token's user: the file itself as
 * the body (JSON, or gzipped JSON), or multipart with `file`.
 */
export const POST = apiRoute(
  async ({ user, request }) => {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BACKUP_BYTES + 1024 * 1024) throw tooLarge();
    let file: Uint8Array | null;
    if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
      const upload = (await request.formData()).get("file");
      file = upload instanceof File ? new Uint8Array(await upload.arrayBuffer()) : null;
    } else {
      file = await readBody(request);
    }
    const { project, counts, standIns, members } = await restoreProject({ userId: user.id, input: { file } });
    return { project, counts, standIns, members };
  },
  { status: 201 },
);
