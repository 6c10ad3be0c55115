/** Seeds the demo workspace. `--if-empty` skips a database that already has users. */
import { seedDemo } from "../lib/demo/seed-demo";
import { db } from "../lib/db";
import { env } from "../lib/env";

const ifEmpty = process.argv.includes("--if-empty");
if (!env().SEED_DEMO && ifEmpty) {
  process.exit(0);
}
try {
  const seeded = await seedDemo({ ifEmpty });
  console.log(seeded ? "Seeded the demo workspace." : "Database already has data: demo seed skipped.");
} finally {
  await db.$disconnect();
}
