import { request as playwrightRequest } from "@playwright/test";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { generateToken } from "@/lib/tokens/token-format";
import { expect, test } from "./fixtures";
import { builtActions, postAction } from "./security/actions";
import { API_CASES } from "./security/api-cases";
import { API_FALLBACK, BROWSER_CASES, discoverRoutes, fill, send } from "./security/routes";
import { makeActor, makeSecureProject, projectSnapshot, signedInContext, staleSessionContext, type SecureProject } from "./security/world";

test.describe.configure({ mode: "default" });

let P: SecureProject;
test.beforeAll(async () => {
  P = await makeSecureProject("nosession");
});

test("every page, route handler and API method has a security case", () => {
  const discovered = discoverRoutes();
  const known = new Set([...Object.keys(BROWSER_CASES), ...Object.keys(API_CASES)]);
  const missing = discovered.filter((route) => route.pattern !== API_FALLBACK && !known.has(route.key)).map((route) => route.key);
  expect(missing, "routes without a case in e2e/security/routes.ts or api-cases.ts").toEqual([]);
  const stale = [...known].filter((key) => !discovered.some((route) => route.key === key));
  expect(stale, "cases for routes that no longer exist").toEqual([]);
  for (const [key, cases] of Object.entries({ ...BROWSER_CASES, ...API_CASES })) expect(cases.length, key).toBeGreaterThan(0);
  // The inventory reads the file system: make sure it sees what it should.
  expect(discovered.filter((route) => route.kind === "page").length).toBeGreaterThanOrEqual(20);
  expect(discovered.some((route) => route.key === "DELETE /api/v1/projects/[projectId]/claims/[claimId]")).toBe(true);
});

const browserRoutes = (scope: "user" | "project") =>
  Object.entries(BROWSER_CASES).flatMap(([key, cases]) => {
    const [, pattern] = key.split(" ") as [string, string];
    return cases.filter((c) => c.scope === scope || (scope === "user" && c.scope === "project")).map((c) => ({ key, pattern, ...c }));
  });

test("without a session, every page and browser route sends the visitor to sign in, keeping where they were going", async ({ request }) => {
  const before = await projectSnapshot(P.project.id);
  const routes = browserRoutes("user");
  await Promise.all(
    routes.map(async (route) => {
      const url = fill(route.pattern, { ...P.params, ...route.params }, route.query);
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), `${route.key} ${url}`).toBe(307);
      const location = new URL(response.headers().location ?? "", "http://x");
      expect(location.pathname, url).toBe("/sign-in");
      if (url !== "/") expect(location.searchParams.get("callbackUrl"), url).toBe(url);
      expect(await response.text(), url).not.toContain(P.marker);
    }),
  );
  expect(await projectSnapshot(P.project.id)).toEqual(before);
});

test("a session that is no longer valid is refused by each page and route itself, not only by the proxy", async ({ baseURL }) => {
  // The cookie is well signed, so the proxy lets it through; the password change that voided it is in the database.
  const stale = await staleSessionContext(baseURL!, P.owner);
  const routes = browserRoutes("user");
  await Promise.all(
    routes.map(async (route) => {
      const url = fill(route.pattern, { ...P.params, ...route.params }, route.query);
      const response = await stale.get(url, { maxRedirects: 0 });
      const body = await response.text();
      expect(body, url).not.toContain(P.marker);
      if (route.kind === "page") {
        expect(response.status(), `${route.key} ${url}`).toBe(307);
        const location = new URL(response.headers().location ?? "", "http://x");
        expect(location.pathname, url).toBe("/sign-in");
        if (url !== "/") expect(location.searchParams.get("callbackUrl"), url).toBe(url);
      } else {
        expect(response.status(), `${route.key} ${url}`).toBe(401);
      }
    }),
  );
  await stale.dispose();
});

const apiRequests = () =>
  Object.entries(API_CASES).map(([key]) => {
    const [method, pattern] = key.split(" ") as [string, string];
    return { key, method, pattern };
  });

async function expectUnauthenticated(response: Awaited<ReturnType<typeof send>>, label: string, marker: string) {
  expect(response.status(), label).toBe(401);
  expect(response.headers()["www-authenticate"], label).toBe('Bearer realm="claimwork"');
  const text = await response.text();
  expect(text, label).not.toContain(marker);
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(body.error.code, label).toBe("unauthenticated");
  expect(typeof body.error.message, label).toBe("string");
}

test("without a token, every API endpoint and method answers 401 with a JSON error and WWW-Authenticate", async ({ request, baseURL }) => {
  const before = await projectSnapshot(P.project.id);
  // A browser session is not an API credential: a signed-in cookie alone gets 401 too, so a
  // page on another site cannot drive the API with a visitor's cookie.
  const cookieOnly = await signedInContext(baseURL!, P.owner);
  await Promise.all(
    apiRequests().flatMap(({ key, method, pattern }) =>
      [request, cookieOnly].map(async (context) => {
        const body = method === "GET" || method === "DELETE" ? {} : { json: { name: "x", body: "x", text: "x" } };
        const response = await send(context, method, pattern, { params: P.params, ...body });
        await expectUnauthenticated(response, `${key} ${context === request ? "without credentials" : "with a session cookie only"}`, P.marker);
      }),
    ),
  );
  await cookieOnly.dispose();
  expect(await projectSnapshot(P.project.id)).toEqual(before);

  const unknown = await request.get("/api/v1/projects/x/nothing-here");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");
});

test("a malformed, unknown, revoked or expired token, or a token of a deleted account, answers 401", async ({ request }) => {
  const revoked = await makeActor();
  const revokedRow = await db.apiToken.findFirstOrThrow({ where: { userId: revoked.id } });
  await revokeApiToken({ userId: revoked.id, tokenId: revokedRow.id });
  const expired = await createApiToken({ userId: P.owner.id, input: { name: "short-lived", expiresInDays: 1 } });
  await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const deleted = await makeActor();
  await db.user.delete({ where: { id: deleted.id } });

  const headers: [string, string][] = [
    ["malformed", "Bearer not-a-token"],
    ["empty", "Bearer "],
    ["another scheme", `Basic ${Buffer.from(`${P.owner.email}:${P.owner.password}`).toString("base64")}`],
    ["unknown", `Bearer ${generateToken()}`],
    ["revoked", `Bearer ${revoked.token}`],
    ["expired", `Bearer ${expired.token}`],
    ["of a deleted account", `Bearer ${deleted.token}`],
    ["with its last character changed", `Bearer ${P.owner.token.slice(0, -1)}${P.owner.token.endsWith("A") ? "B" : "A"}`],
  ];
  await Promise.all(
    headers.flatMap(([label, authorization]) =>
      [
        ["GET", "/api/v1/me"],
        ["GET", `/api/v1/projects/${P.project.id}`],
        ["PATCH", `/api/v1/projects/${P.project.id}`],
      ].map(async ([method, url]) => {
        const response = await request.fetch(url!, { method, headers: { authorization }, data: method === "PATCH" ? { name: "Taken over" } : undefined });
        await expectUnauthenticated(response, `${label} token: ${method} ${url}`, P.marker);
      }),
    ),
  );
  expect((await db.project.findUniqueOrThrow({ where: { id: P.project.id } })).name).toBe(P.project.name);
  // The same token, intact, works: the refusals above are about the token, not the request.
  expect((await request.get("/api/v1/me", { headers: { authorization: `Bearer ${P.owner.token}` } })).status()).toBe(200);
});

/** The attributes of the Set-Cookie header that sets `name`. */
function cookieAttributes(setCookies: string[], name: string) {
  const header = setCookies.find((c) => c.startsWith(`${name}=`));
  if (!header) return null;
  const [, ...attributes] = header.split(";").map((part) => part.trim());
  return new Map(attributes.map((attribute) => {
    const [key, value = ""] = attribute.split("=");
    return [key!.toLowerCase(), value.toLowerCase()] as const;
  }));
}

const setCookies = (response: { headersArray(): { name: string; value: string }[] }) =>
  response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);

/** Signs in through Auth.js with the headers a TLS-terminating proxy would add, carrying cookies by hand. */
async function signInWith(baseURL: string, user: { email: string; password: string }, headers: Record<string, string>) {
  const context = await playwrightRequest.newContext({ baseURL });
  const csrf = await context.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = setCookies(csrf).map((c) => c.split(";")[0]).join("; ");
  const response = await context.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, callbackUrl: "/" },
    headers: { ...headers, cookie },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const cookies = setCookies(response);
  await context.dispose();
  return { csrfCookies: setCookies(csrf), cookies };
}

test("the session cookie is HttpOnly and SameSite=Lax, and Secure with a __Secure- name when the site is served over HTTPS", async ({ baseURL }) => {
  const plain = await signInWith(baseURL!, P.viewer, {});
  const session = cookieAttributes(plain.cookies, "authjs.session-token");
  expect(session, plain.cookies.join("\n")).not.toBeNull();
  expect(session!.has("httponly")).toBe(true);
  expect(session!.get("samesite")).toBe("lax");
  expect(session!.get("path")).toBe("/");
  const csrf = cookieAttributes(plain.csrfCookies, "authjs.csrf-token");
  expect(csrf?.has("httponly")).toBe(true);

  // Behind a proxy that terminates TLS (README: pass X-Forwarded-Proto), Auth.js marks its cookies Secure.
  const https = await signInWith(baseURL!, P.viewer, { "x-forwarded-proto": "https" });
  const secure = cookieAttributes(https.cookies, "__Secure-authjs.session-token");
  expect(secure, https.cookies.join("\n")).not.toBeNull();
  expect(secure!.has("secure")).toBe(true);
  expect(secure!.has("httponly")).toBe(true);
  expect(secure!.get("samesite")).toBe("lax");
  expect(cookieAttributes(https.cookies, "authjs.session-token")).toBeNull();
  expect(cookieAttributes(https.csrfCookies, "__Host-authjs.csrf-token")?.has("secure")).toBe(true);
});

test("signing in through the form sets the same cookie, and never sends the browser to another site", async ({ baseURL }) => {
  const signIn = builtActions().find((action) => action.exportedName === "signInAction")!;
  const post = async (callbackUrl: string, headers: Record<string, string> = {}) => {
    const context = await playwrightRequest.newContext({ baseURL });
    const response = await postAction(context, {
      id: signIn.id,
      url: "/sign-in",
      call: { form: { email: P.reviewer.email, password: P.reviewer.password, callbackUrl } },
      origin: baseURL!,
      headers,
    });
    await context.dispose();
    // "<url>;push": Auth.js makes the address absolute.
    const redirect = new URL((response.headers()["x-action-redirect"] ?? "").replace(/;\w+$/, ""), baseURL);
    return { redirect, cookies: setCookies(response) };
  };

  const plain = await post("/inbox");
  expect(plain.redirect.href).toBe(new URL("/inbox", baseURL).href);
  const session = cookieAttributes(plain.cookies, "authjs.session-token");
  expect(session, plain.cookies.join("\n")).not.toBeNull();
  expect(session!.has("httponly")).toBe(true);
  expect(session!.get("samesite")).toBe("lax");

  const https = await post("/", { "x-forwarded-proto": "https" });
  const secure = cookieAttributes(https.cookies, "__Secure-authjs.session-token");
  expect(secure, https.cookies.join("\n")).not.toBeNull();
  expect(secure!.has("secure")).toBe(true);
  expect(secure!.has("httponly")).toBe(true);

  for (const elsewhere of ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)"]) {
    const { redirect } = await post(elsewhere);
    expect(redirect.href, elsewhere).toBe(new URL("/", baseURL).href);
  }
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { email: P.reviewer.email, password: P.reviewer.password, csrfToken, callbackUrl: "https://evil.example/" },
    maxRedirects: 0,
  });
  // Auth.js answers with its own base URL (which may name the host differently), never the one asked for.
  const location = new URL(response.headers().location ?? "", baseURL);
  expect(location.hostname).not.toBe("evil.example");
  expect(location.port).toBe(new URL(baseURL!).port);
  expect(location.pathname).toBe("/");
  await context.dispose();
});
