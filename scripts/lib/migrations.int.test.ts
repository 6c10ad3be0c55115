import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { diffSql } from "./schema-engine";
import { createTestDatabase, type TestDatabase } from "./test-database";

const root = path.resolve(import.meta.dirname, "../..");

/** Everything about a database's shape that a migration can change, as sorted text. */
async function describeSchema(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line).sort();
  try {
    return {
      columns: await q(`
        SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`),
      indexes: await q(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`),
      constraints: await q(`
        SELECT c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.conrelid::regclass::text NOT LIKE '%_prisma_migrations%'`),
      enums: await q(`
        SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`),
    };
  } finally {
    await client.end();
  }
}

/**
 * Rules the migrations add by hand because schema.prisma cannot say them
 * (see prisma/migrations/20261208030007_provenance). Each must exist; they are
 * then set aside for the comparison with the schema.
 */
const HAND_WRITTEN_CONSTRAINTS = [
  '"ClaimRelation" ClaimRelation_not_self CHECK (("fromId" <> "toId"))',
  '"ImpactWarning" ImpactWarning_one_cause CHECK ((num_nonnulls("causeSourceId", "causeClaimId") = 1))',
  '"ImpactWarning" ImpactWarning_one_subject CHECK ((num_nonnulls("claimId", "briefId") = 1))',
  '"Review" Review_credibility_range CHECK (((credibility >= 1) AND (credibility <= 6)))',
];

describe("migrations and schema.prisma", () => {
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    fromSchema = await createTestDatabase("drift", { migrate: false, serverUrl: inject("testServerUrl") });
  });
  afterAll(async () => {
    await fromSchema?.drop();
  });

  it("the committed migrations build exactly the database schema.prisma describes", async () => {
    const schema = await fs.readFile(path.join(root, "prisma/schema.prisma"), "utf8");
    const sql = await diffSql({ from: { kind: "empty" }, to: { kind: "datamodel", schema } });
    expect(sql).toContain('CREATE TABLE "Claim"');

    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    // The extensions the migrations create, which schema.prisma does not declare.
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await client.query(sql);
    await client.end();

    const migrated = await describeSchema(inject("databaseUrl"));
    const expected = await describeSchema(fromSchema.url);
    expect(migrated.columns?.length).toBeGreaterThan(100);
    for (const constraint of HAND_WRITTEN_CONSTRAINTS) expect(migrated.constraints).toContain(constraint);
    const rest = { ...migrated, constraints: migrated.constraints!.filter((line) => !HAND_WRITTEN_CONSTRAINTS.includes(line)) };
    expect(rest).toEqual(expected);
  });
});
