import { apiRoute } from "@/lib/api/handler";
import { getOriginalFile } from "@/lib/sources/get-original-file";

type Params = { projectId: string; sourceId: string };

export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const version = Number(request.nextUrl.searchParams.get("version")) || undefined;
  const file = await getOriginalFile({ userId: user.id, ...params, version });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
