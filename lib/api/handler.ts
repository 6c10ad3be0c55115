import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { AppError, expectedError, invalid } from "@/lib/errors";
import { isHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/security/content-security-policy";
import { clientIp } from "@/lib/security/client-ip";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";
import { storable, untrusted, type Untrusted } from "@/lib/validation";

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
    const response = await answer(request, context);
    if (isHttps(request.nextUrl, request.headers.get("x-forwarded-proto"))) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  };

  async function answer(request: NextRequest, context: Context<P>): Promise<Response> {
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
  }
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

/** Deeper than any body Claimwork takes; a deeper one would only be an attack on the parser and validators. */
export const MAX_JSON_DEPTH = 64;

/** The largest JSON body: an import's text (MAX_UPLOAD_MB), with room for escapes and the other fields. */
const maxJsonBytes = () => Math.ceil(env().MAX_UPLOAD_MB * 1.5 * 1024 * 1024);

/** Whether the arrays and objects of a JSON text nest at most `max` deep, read without parsing it. */
export function jsonDepthWithin(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return false;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return true;
}

/**
 * The request's JSON body, an object. A malformed body, one nested deeper
 * than MAX_JSON_DEPTH or one over the size limit is a 400 or 413 with a
 * message, never a crash.
 */
export async function readJson(request: NextRequest): Promise<Untrusted> {
  const limit = maxJsonBytes();
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw new AppError("too_large", `The request body is over ${limit} bytes.`);
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw invalid("The request body could not be read.");
  }
  if (Buffer.byteLength(text) > limit) throw new AppError("too_large", `The request body is over ${limit} bytes.`);
  if (!jsonDepthWithin(text, MAX_JSON_DEPTH)) throw invalid(`The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalid("The request body must be a JSON object.");
  }
  if (body && typeof body === "object" && !Array.isArray(body)) return untrusted(body as Record<string, unknown>);
  throw invalid("The request body must be a JSON object.");
}
