import { downloadResponse } from "@/lib/api/download";
import { apiRoute } from "@/lib/api/handler";
import { getOriginalFile } from "@/lib/sources/get-original-file";

type Params = { projectId: string; sourceId: string };

export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const version = Number(request.nextUrl.searchParams.get("version")) || undefined;
  const file = await getOriginalFile({ userId: user.id, ...params, version });
  return downloadResponse({ name: file.name, type: "application/octet-stream", body: Buffer.from(file.bytes) });
});
