import { afterAll, inject } from "vitest";

// Set before any test imports lib/db, which reads it once.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_SIZE ??= "4";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
