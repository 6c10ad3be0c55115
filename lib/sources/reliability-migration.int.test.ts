import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate, readMigrations } from "@/scripts/lib/migrate";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";

const MIGRATION = "20261207135039_source_reliability_optional";

describe(`migration ${MIGRATION}`, () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase("grades", { migrate: false, serverUrl: inject("testServerUrl") });
    const names = (await readMigrations()).map((m) => m.name);
    expect(names).toContain(MIGRATION);
    await migrate(database.url, { only: names.filter((name) => name < MIGRATION) });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it("keeps every existing grade, the F of the old default included, and leaves new sources ungraded", async () => {
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('u1', 'u1@example.test', 'U', 'x', now())`);
    await client.query(`INSERT INTO "Project" (id, name, "createdById", "updatedAt") VALUES ('p1', 'P', 'u1', now())`);
    const insert = (id: string, grade?: string) =>
      client.query(
        `INSERT INTO "Source" (id, "projectId", title, authors, body, "contentHash", "addedById", "updatedAt"${grade ? ", reliability" : ""})
         VALUES ($1, 'p1', $1, '{}', 'Body', $1, 'u1', now()${grade ? `, '${grade}'` : ""})`,
        [id],
      );
    await insert("graded-a", "A");
    await insert("graded-e", "E");
    await insert("defaulted");

    await migrate(database.url);

    await insert("after");
    const { rows } = await client.query<{ id: string; reliability: string | null }>(`SELECT id, reliability::text FROM "Source" ORDER BY id`);
    expect(rows).toEqual([
      { id: "after", reliability: null },
      { id: "defaulted", reliability: "F" },
      { id: "graded-a", reliability: "A" },
      { id: "graded-e", reliability: "E" },
    ]);
  });
});
