import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth";
import { AppError, refusedValue } from "@/lib/errors";

export { downloadResponse } from "./download-response";

/**
 * A download route for the signed-in browser session: the lib/ operation
 * checks rights; its expected failures become plain-text answers.
 */
export async function sessionDownload(produce: (user: CurrentUser) => Promise<Response>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  try {
    return await produce(user);
  } catch (thrown) {
    const error = refusedValue(thrown) ?? thrown;
    if (error instanceof AppError) {
      return new Response(error.message, { status: error.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
