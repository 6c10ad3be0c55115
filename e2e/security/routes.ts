import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { ProjectAction } from "@/lib/authz/permissions";
import type { RequestSpec } from "./api-cases";

const APP_DIR = path.resolve(process.cwd(), "app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type DiscoveredRoute = {
  key: string;
  kind: "page" | "route";
  pattern: string;
  method: string;
  /** Whether the file reads its query string at all: only those need their query parameters tried. */
  readsQuery: boolean;
};

const readsQuery = (file: string) => /searchParams|request\.url|nextUrl/.test(fs.readFileSync(file, "utf8"));

/** "app/(app)/projects/[projectId]/page.tsx" → "/projects/[projectId]" (route groups do not show in URLs). */
function urlPattern(file: string): string {
  const segments = path.relative(APP_DIR, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** The HTTP methods a route.ts exports, in any of the forms the app uses. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(match[1]!);
  for (const match of source.matchAll(/export\s+(?:const|let)\s*\{([^}]*)\}/g)) for (const name of match[1]!.split(",")) found.add(name.trim());
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const name of match[1]!.split(",")) found.add(name.trim().split(/\s+as\s+/).pop()!);
  return METHODS.filter((method) => found.has(method));
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every page and every method of every route handler under app/, as "PAGE /path" or "METHOD /path". */
export function discoverRoutes(): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const file of walk(APP_DIR)) {
    const name = path.basename(file);
    if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) {
      const pattern = urlPattern(file);
      routes.push({ key: `PAGE ${pattern}`, kind: "page", pattern, method: "GET", readsQuery: readsQuery(file) });
    } else if (/^route\.(ts|js)$/.test(name)) {
      const pattern = urlPattern(file);
      const methods = exportedMethods(fs.readFileSync(file, "utf8"));
      if (methods.length === 0) throw new Error(`${file} exports no HTTP method the inventory can read`);
      for (const method of methods) routes.push({ key: `${method} ${pattern}`, kind: "route", pattern, method, readsQuery: readsQuery(file) });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

export type Scope = "public" | "user" | "project";

/** What a page or a browser route handler is, for the tests of sessions and membership. */
export type BrowserCase = {
  kind: "page" | "download" | "stream" | "auth";
  scope: Scope;
  query?: string;
  params?: Record<string, string>;
  /** For a download, the permission it needs; reading the project otherwise. */
  action?: ProjectAction;
};

/**
 * Every page and every route handler outside /api/v1, keyed like
 * discoverRoutes(). The inventory test fails when one has no case here.
 */
export const BROWSER_CASES: Record<string, BrowserCase[]> = {
  "PAGE /sign-in": [{ kind: "page", scope: "public" }],
  "PAGE /sign-up": [{ kind: "page", scope: "public" }],
  // What the link offers, to whoever holds it: the link is the invitation.
  "PAGE /invitations/[token]": [{ kind: "page", scope: "public" }],
  "PAGE /reset-password/[token]": [{ kind: "page", scope: "public" }],
  "PAGE /verify-email/[token]": [{ kind: "page", scope: "public" }],
  "PAGE /forgot-password": [{ kind: "page", scope: "public" }],
  // Admins only; anyone else gets "not found" (e2e/admin.spec.ts).
  "PAGE /admin": [{ kind: "page", scope: "user" }],
  "GET /api/auth/[...nextauth]": [{ kind: "auth", scope: "public" }],
  "POST /api/auth/[...nextauth]": [{ kind: "auth", scope: "public" }],
  "PAGE /": [{ kind: "page", scope: "user" }],
  "PAGE /inbox": [{ kind: "page", scope: "user" }],
  // Opens one of my notifications (marks it read, then redirects); anyone else's is not found.
  "GET /inbox/open/[notificationId]": [{ kind: "page", scope: "user", params: { notificationId: "not-a-notification" } }],
  "PAGE /settings/account": [{ kind: "page", scope: "user" }],
  "PAGE /settings/tokens": [{ kind: "page", scope: "user" }],
  "GET /live": [{ kind: "stream", scope: "user" }],
  "PAGE /projects/[projectId]": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/activity": [{ kind: "page", scope: "project", query: "type=Claim" }],
  "PAGE /projects/[projectId]/briefs": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/briefs/[briefId]": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/claims": [{ kind: "page", scope: "project", query: "status=NEEDS_EVIDENCE" }],
  "PAGE /projects/[projectId]/claims/[claimId]": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/members": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/reviews": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/reviews/agreement": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/search": [{ kind: "page", scope: "project", query: "q=Wattay" }],
  "PAGE /projects/[projectId]/settings": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/sources": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/sources/new": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/sources/[sourceId]": [
    { kind: "page", scope: "project" },
    { kind: "page", scope: "project", query: "version=1" },
  ],
  "PAGE /projects/[projectId]/themes": [{ kind: "page", scope: "project" }],
  "PAGE /projects/[projectId]/themes/coverage": [{ kind: "page", scope: "project" }],
  "GET /projects/[projectId]/activity/export": [{ kind: "download", scope: "project", action: "activity.export" }],
  "GET /projects/[projectId]/backup": [{ kind: "download", scope: "project", action: "project.backup" }],
  "GET /projects/[projectId]/reviews/agreement/export": [{ kind: "download", scope: "project" }],
  "GET /projects/[projectId]/settings/docx-template": [{ kind: "download", scope: "project", action: "project.update" }],
  "GET /projects/[projectId]/briefs/[briefId]/export": [{ kind: "download", scope: "project", query: "format=html" }],
  "GET /projects/[projectId]/exports/[file]": ["claims.csv", "claims.jsonld", "sources.csl.json", "sources.bib"].map((file) => ({
    kind: "download" as const,
    scope: "project" as const,
    params: { file },
  })),
  "GET /projects/[projectId]/sources/[sourceId]/original": [{ kind: "download", scope: "project", query: "version=1" }],
  "GET /projects/[projectId]/themes/export": [{ kind: "download", scope: "project", query: "format=json" }],
};

/** The one route of /api/v1 that is not an endpoint: it answers "not found" to any path no endpoint matches. */
export const API_FALLBACK = "/api/v1/[[...path]]";

/** Fills a pattern's dynamic segments: "/projects/[projectId]" with { projectId } → "/projects/c…". */
export function fill(pattern: string, params: Record<string, string>, query?: string): string {
  const filled = pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${pattern}`);
    return encodeURIComponent(value);
  });
  return query ? `${filled}?${query}` : filled;
}

/** Sends one API request as a client would: JSON, or a raw body with its type. */
export function send(
  request: APIRequestContext,
  method: string,
  pattern: string,
  spec: RequestSpec,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  const url = fill(pattern, spec.params, spec.query);
  const body = spec.raw
    ? { data: spec.raw.body, headers: { ...headers, "content-type": spec.raw.contentType } }
    : spec.json !== undefined
      ? { data: spec.json as object, headers }
      : { headers };
  return request.fetch(url, { method, maxRedirects: 0, ...body });
}
