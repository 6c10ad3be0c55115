import path from "node:path";
import { defineConfig } from "prisma/config";

// Claimwork applies migrations with its own runner (scripts/migrate.ts) and
// diffs schemas with the WASM schema engine, so the CLI is only used for
// `prisma generate`. The CLI insists on locating a native schema engine
// before doing anything; pointing it at an existing file stops it from
// trying to download one (the client it generates is pure TypeScript + WASM).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
