import { afterAll, inject } from "vitest";

// Set before any test imports lib/db, which reads it once.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE ??= "4";
// What seals TOTP secrets and signs sign-in challenges, as npm start generates one.
process.env.AUTH_SECRET ??= "integration-tests-integration-tests-secret";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
