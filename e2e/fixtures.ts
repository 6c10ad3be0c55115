import { test as base, expect, type Page } from "@playwright/test";
import { makeUser } from "@/lib/factories";
import { signInAs } from "./sign-in";

type TestUser = Awaited<ReturnType<typeof makeUser>>;

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

export { expect, signInAs };
