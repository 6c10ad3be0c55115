import { request as playwrightRequest, expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { builtActions, postAction } from "../security/actions";

/**
 * `npm start` as a newcomer runs it, with no TRUST_PROXY: X-Forwarded-*
 * headers come from the client and are dropped, so neither the server
 * actions' origin check nor the cookies can be told another host or scheme.
 */
const [mai] = DEMO_ACCOUNTS;

async function signedIn(baseURL: string) {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { email: mai!.email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return context;
}

test("a cross-site server action is refused even when it claims X-Forwarded-Host: the attacker's site", async ({ baseURL }) => {
  const create = builtActions().find((action) => action.exportedName === "createProjectAction")!;
  const session = await signedIn(baseURL!);
  const name = (label: string) => `Forwarded ${label} ${Date.now()}`;

  const forged = await postAction(session, {
    id: create.id,
    url: "/",
    call: { form: { name: name("forged"), description: "" } },
    origin: "http://evil.example",
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
  });
  expect(forged.status()).toBe(403);
  expect(forged.headers()["x-action-redirect"]).toBeUndefined();

  // The same call from the app's own origin goes through: the refusal was the origin's.
  const own = await postAction(session, { id: create.id, url: "/", call: { form: { name: name("own"), description: "" } }, origin: baseURL! });
  expect(own.status()).toBeLessThan(400);
  expect(own.headers()["x-action-redirect"]).toMatch(/^\/projects\//);
  const home = await (await session.get("/")).text();
  expect(home).toContain("Forwarded own");
  expect(home).not.toContain("Forwarded forged");
  await session.dispose();
});

test("cookies are not marked Secure because a client says X-Forwarded-Proto: https", async ({ baseURL }) => {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { email: mai!.email, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/" },
    headers: { "x-forwarded-proto": "https" },
    maxRedirects: 0,
  });
  const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  expect(cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(true);
  expect(cookies.some((c) => c.startsWith("__Secure-"))).toBe(false);
  const api = await context.get("/api/v1/me", { headers: { "x-forwarded-proto": "https" } });
  expect(api.headers()["strict-transport-security"]).toBeUndefined();
  await context.dispose();
});
