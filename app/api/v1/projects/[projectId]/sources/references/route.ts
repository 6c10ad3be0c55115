import { apiRoute } from "@/lib/api/handler";
import { readDocument } from "@/lib/api/read-document";
import { env } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { importReferences } from "@/lib/sources/references/import-references";

type Params = { projectId: string };

/** A reference library: multipart with `file`, or the file as the body (its name in `?name=`, which tells the format). */
export const POST = apiRoute<Params>(
  async ({ user, params, request }) => {
    const limit = env().MAX_UPLOAD_MB * 1024 * 1024;
    // Multipart adds its boundaries and headers: a little room above the file's own limit.
    if (Number(request.headers.get("content-length") ?? 0) > limit + 64 * 1024) throw invalid(`The file is larger than the ${env().MAX_UPLOAD_MB} MB limit.`);
    if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
      const { file } = await readDocument(request);
      return importReferences({ userId: user.id, projectId: params.projectId, file });
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    return importReferences({ userId: user.id, projectId: params.projectId, file: { name: request.nextUrl.searchParams.get("name"), bytes } });
  },
  { status: 201 },
);
