/** Talking to the app over HTTP the way a browser does: cookies, Auth.js sign-in, pages. */

const REQUEST_TIMEOUT_MS = 30_000;

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  absorb(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /;\s*max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function request(url: string, jar: CookieJar, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const cookie = jar.header();
  if (cookie) headers.set("cookie", cookie);
  const response = await fetch(url, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  jar.absorb(response);
  return response;
}

/**
 * The full Auth.js credentials sign-in: GET /api/auth/csrf, then POST the form
 * to /api/auth/callback/credentials. Resolves with a jar holding the session.
 */
export async function signIn(baseUrl: string, user: { email: string; password: string }): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await request(`${baseUrl}/api/auth/csrf`, jar);
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gave no csrfToken");

  const body = new URLSearchParams({ email: user.email, password: user.password, csrfToken, callbackUrl: `${baseUrl}/` });
  const callback = await request(`${baseUrl}/api/auth/callback/credentials`, jar, { method: "POST", body });
  await callback.arrayBuffer();
  const location = callback.headers.get("location") ?? "";
  if (callback.status >= 400 || /[?&]error=/.test(location)) {
    throw new Error(`sign-in of ${user.email} refused: ${callback.status} ${location}`);
  }
  if (!jar.has("authjs.session-token") && !jar.has("__Secure-authjs.session-token")) {
    throw new Error(`sign-in of ${user.email} set no session cookie (status ${callback.status}, location ${location})`);
  }
  return jar;
}

/** GETs a page as the jar's user; it must answer 200 and contain every one of `expected`. Resolves with its size in bytes. */
export async function getPage(baseUrl: string, path: string, jar: CookieJar, expected: string[]): Promise<number> {
  const response = await request(`${baseUrl}${path}`, jar);
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}`);
  }
  for (const needle of expected) {
    if (!text.includes(needle)) throw new Error(`GET ${path}: the response lacks "${needle}" (${text.length} bytes)`);
  }
  return Buffer.byteLength(text);
}
