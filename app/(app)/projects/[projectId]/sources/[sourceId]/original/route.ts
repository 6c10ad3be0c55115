import { getCurrentUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getOriginalFile } from "@/lib/sources/get-original-file";

/** The file a source version was imported from, always as a download, never rendered. */
export async function GET(request: Request, context: { params: Promise<{ projectId: string; sourceId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { projectId, sourceId } = await context.params;
  const version = Number(new URL(request.url).searchParams.get("version")) || undefined;
  try {
    const file = await getOriginalFile({ userId: user.id, projectId, sourceId, version });
    return new Response(Buffer.from(file.bytes), {
      headers: {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "Content-Security-Policy": "sandbox",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return new Response("Not found.", { status: 404 });
    throw error;
  }
}
