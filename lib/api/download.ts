import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/auth";
import { expectedError } from "@/lib/errors";
import { instanceSettings } from "@/lib/instance/signup-mode";

export { downloadResponse } from "./download-response";

/**
 * A download route for the signed-in browser session: the lib/ operation
 * checks rights; its expected failures become plain-text answers.
 */
export async function sessionDownload(produce: (user: CurrentUser) => Promise<Response>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (!user.twoFactor && (await instanceSettings()).requireTwoFactor) {
    return new Response("This instance requires two-factor sign-in: set it up on your account page first.", { status: 403 });
  }
  try {
    return await produce(user);
  } catch (thrown) {
    const error = expectedError(thrown);
    if (error) {
      const headers = new Headers({ "Content-Type": "text/plain; charset=utf-8" });
      if (error.retryAfterSeconds) headers.set("Retry-After", String(error.retryAfterSeconds));
      return new Response(error.message, { status: error.status, headers });
    }
    throw thrown;
  }
}
