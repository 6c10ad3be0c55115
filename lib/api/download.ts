import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";

/** A file as a download: never rendered by the browser, whatever it holds. */
export function downloadResponse(file: { name: string; type: string; body: BodyInit }): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Content-Security-Policy": "sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * A download route for the signed-in browser session: the lib/ operation
 * checks rights; its expected failures become plain-text answers.
 */
export async function sessionDownload(produce: (user: CurrentUser) => Promise<Response>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  try {
    return await produce(user);
  } catch (error) {
    if (error instanceof AppError) {
      return new Response(error.message, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
