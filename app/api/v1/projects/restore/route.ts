import { apiRoute } from "@/lib/api/handler";
import { restoreProject } from "@/lib/backup/restore-project";
import { MAX_BACKUP_BYTES } from "@/lib/backup/backup-file";
import { invalid } from "@/lib/errors";

/**
 * A backup file into a new project of the token's user: multipart with
 * `file`, or the file itself as the body (JSON, or gzipped JSON).
 */
export const POST = apiRoute(
  async ({ user, request }) => {
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > MAX_BACKUP_BYTES + 1024 * 1024) throw invalid(`The backup file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`);
    let file: Uint8Array | null;
    if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
      const upload = (await request.formData()).get("file");
      file = upload instanceof File ? new Uint8Array(await upload.arrayBuffer()) : null;
    } else {
      file = new Uint8Array(await request.arrayBuffer());
    }
    const { project, counts, standIns, members } = await restoreProject({ userId: user.id, input: { file } });
    return { project, counts, standIns, members };
  },
  { status: 201 },
);
