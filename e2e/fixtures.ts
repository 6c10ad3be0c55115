import { test as base, expect, type Page } from "@playwright/test";
import { makeUser } from "@/lib/factories";

type TestUser = Awaited<ReturnType<typeof makeUser>>;

/** Signs a browser context in through Auth.js's own endpoints, without the form. */
export async function signInAs(page: Page, user: { email: string; password: string }) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email: user.email, password: user.password, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in through the API").toBeLessThan(400);
}

/**
 * `user` is a fresh account for each test, made through lib/factories;
 * `signedInPage` is a page already signed in as that user.
 */
export const test = base.extend<{ user: TestUser; signedInPage: Page }>({
  user: async ({}, provide) => {
    await provide(await makeUser({ name: `E2E ${Math.random().toString(36).slice(2, 8)}` }));
  },
  signedInPage: async ({ page, user }, provide) => {
    await signInAs(page, user);
    await provide(page);
  },
});

export { expect };
