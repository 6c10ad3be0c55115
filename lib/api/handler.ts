import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { expectedError, invalid } from "@/lib/errors";
import { clientIp } from "@/lib/security/client-ip";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";
import { storable } from "@/lib/validation";

export type ApiUser = { id: string; email: string; name: string };

type Context<P> = { params: Promise<P> };
type Handler<P> = (args: { user: ApiUser; request: NextRequest; params: P }) => Promise<unknown>;

/**
 * Wraps a /api/v1 route: authenticates the bearer token, runs the lib/
 * operation, and answers JSON. Errors become `{ error: { code, message } }`
 * with the matching status; unexpected ones are logged and stay opaque.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>, options: { status?: number } = {}) {
  return async (request: NextRequest, context: Context<P>): Promise<Response> => {
    try {
      const user = await authenticateApiToken(request.headers.get("authorization"), clientIp(request.headers));
      // An id in the path that holds a NUL names nothing, like any other id that names nothing.
      const result = await handler({ user, request, params: storable(await context.params) });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return NextResponse.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return apiError(error);
    }
  };
}

export function apiError(thrown: unknown): Response {
  const error = expectedError(thrown);
  if (error) {
    const headers = new Headers();
    if (error.code === "unauthenticated") headers.set("WWW-Authenticate", 'Bearer realm="claimwork"');
    if (error.retryAfterSeconds) headers.set("Retry-After", String(error.retryAfterSeconds));
    return NextResponse.json(
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fieldErrors ? { fields: error.fieldErrors } : {}),
          ...(error.details ? { details: error.details } : {}),
        },
      },
      { status: error.status, headers },
    );
  }
  console.error(thrown);
  return NextResponse.json({ error: { code: "internal", message: "Something went wrong on our side." } }, { status: 500 });
}

/** The request's JSON body; a malformed one is an "invalid" error, not a crash. */
export async function readJson(request: NextRequest): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json();
    if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw invalid("The request body must be a JSON object.");
}
