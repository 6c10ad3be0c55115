import { downloadResponse } from "@/lib/api/download-response";
import { apiRoute } from "@/lib/api/handler";
import { readDocument } from "@/lib/api/read-document";
import { deleteDocxTemplate } from "@/lib/docx-template/delete-docx-template";
import { getDocxTemplate } from "@/lib/docx-template/get-docx-template";
import { putDocxTemplate } from "@/lib/docx-template/put-docx-template";
import { env } from "@/lib/env";
import { invalid } from "@/lib/errors";

type Params = { projectId: string };

export const GET = apiRoute<Params>(async ({ user, params }) => {
  const file = await getDocxTemplate({ userId: user.id, projectId: params.projectId });
  return downloadResponse({ name: file.name, type: file.type, body: Buffer.from(file.bytes) });
});

/** The .docx as the request body (its name in `?name=`), or multipart with `file`. */
export const PUT = apiRoute<Params>(async ({ user, params, request }) => {
  const limit = env().MAX_UPLOAD_MB * 1024 * 1024;
  // Multipart adds its boundaries and headers: a little room above the file's own limit.
  if (Number(request.headers.get("content-length") ?? 0) > limit + 64 * 1024) throw invalid(`The template is larger than the ${env().MAX_UPLOAD_MB} MB limit.`);
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const { file } = await readDocument(request);
    return putDocxTemplate({ userId: user.id, projectId: params.projectId, file });
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  return putDocxTemplate({ userId: user.id, projectId: params.projectId, file: { name: request.nextUrl.searchParams.get("name"), bytes } });
});

export const DELETE = apiRoute<Params>(async ({ user, params }) => {
  await deleteDocxTemplate({ userId: user.id, projectId: params.projectId });
});
