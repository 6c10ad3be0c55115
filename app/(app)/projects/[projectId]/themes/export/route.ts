import { getCurrentUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { exportCodebook } from "@/lib/themes/export-codebook";

/** The codebook as a download (?format=json or qdc) for the signed-in member. */
export async function GET(request: Request, context: { params: Promise<{ projectId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { projectId } = await context.params;
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  try {
    const file = await exportCodebook({ userId: user.id, projectId, format });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "Content-Security-Policy": "sandbox",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return new Response("Not found.", { status: 404 });
    if (error instanceof AppError) return new Response(error.message, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
