/** Calls a /api/v1 route handler in process with a bearer token, for the integration tests. */
import { NextRequest } from "next/server";

type Route<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

export async function callRoute<P>(route: Route<P>, options: { token: string; params: P; method?: string; body?: unknown; search?: string }) {
  const request = new NextRequest(`http://localhost/api/v1/test${options.search ?? ""}`, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json" },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await route(request, { params: Promise.resolve(options.params) });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, type, text, json: (type.includes("json") ? JSON.parse(text) : null) as Record<string, unknown> & { error?: { code: string; fields?: Record<string, string[]> } } };
}
