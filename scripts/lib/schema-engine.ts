// Migration SQL from Prisma's schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm). `prisma migrate` needs the native engine
// binary, which cannot be downloaded on these machines; the WASM build computes
// the same diffs, talking to PostgreSQL through a driver adapter.

import { randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
// The package's main entry imports the .wasm file as an ES module, which Node 20
// cannot do: use the JS glue directly and instantiate the WASM by hand.
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

/** Admin connection used to create and drop throwaway "shadow" databases. */
export const DEFAULT_SHADOW_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export type SchemaSource =
  /** What a new, empty PostgreSQL database holds. */
  | { kind: "empty" }
  /** The text of a Prisma schema. */
  | { kind: "datamodel"; schema: string }
  /** What applying `<dir>/<name>/migration.sql` in name order produces (needs a shadow database). */
  | { kind: "migrations"; dir: string };

export interface DiffOptions {
  from: SchemaSource;
  to: SchemaSource;
  /** Admin URL for shadow databases; default SHADOW_DATABASE_URL, then DEFAULT_SHADOW_DATABASE_URL. */
  shadowDatabaseUrl?: string;
}

/** The SQL script that takes a database from `from` to `to`; "" when they do not differ. */
export async function diffSql({ from, to, shadowDatabaseUrl }: DiffOptions): Promise<string> {
  const [fromTarget, toTarget] = await Promise.all([diffTarget(from), diffTarget(to)]);
  const adminUrl = shadowDatabaseUrl ?? process.env.SHADOW_DATABASE_URL ?? DEFAULT_SHADOW_DATABASE_URL;
  return withEngine(adminUrl, async (engine) => {
    const result = await engine.diff({
      from: fromTarget,
      to: toTarget,
      script: true,
      // With exitCode set the engine answers 2 when the diff is not empty; an
      // empty diff still comes back as a "-- This is an empty migration." script.
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}

/** The migrations folder as `prisma migrate` hands it to the engine (same listing and ordering). */
export async function readMigrationList(dir: string): Promise<MigrationList> {
  const baseDir = path.resolve(dir);
  const lockfilePath = "migration_lock.toml";
  const lockfile = await readFile(path.join(baseDir, lockfilePath), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b))
      .map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(baseDir, name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  return { baseDir, lockfile: { path: lockfilePath, content: lockfile }, shadowDbInitScript: "", migrationDirectories };
}

// The engine's own { tag: "empty" } target has no "public" schema, so its
// script would start with CREATE SCHEMA IF NOT EXISTS "public", which
// `prisma migrate dev` never writes and which fails for a role without CREATE on
// the database. An empty datamodel stands for an empty database exactly.
const EMPTY_POSTGRES_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

async function diffTarget(source: SchemaSource): Promise<DiffTarget> {
  switch (source.kind) {
    case "empty":
      return { tag: "schemaDatamodel", files: [{ path: "empty.prisma", content: EMPTY_POSTGRES_SCHEMA }] };
    case "datamodel":
      return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: source.schema }] };
    case "migrations":
      return { tag: "migrations", ...(await readMigrationList(source.dir)) };
  }
}

// --- The WASM engine -------------------------------------------------------

declare global {
  // The bindings call this with the message of a Rust panic, then trap with a
  // bare "unreachable". The trap happens in a promise callback, where no caller
  // can catch it, so it ends the process (a shadow database may be left behind).
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

// wasm-bindgen glue keeps the instance in module state: one instance per process.
let instantiated: Promise<void> | undefined;

function instantiate(): Promise<void> {
  instantiated ??= (async () => {
    globalThis.PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message) => console.error(`Schema engine panicked: ${message}`),
    };
    const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

async function withEngine<T>(adminUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  await instantiate();
  const factory = new PgFactory(adminUrl);
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: undefined },
      forwardLog,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await factory.close();
  }
}

/** The engine logs JSON lines at every level; only problems are worth showing. */
function forwardLog(line: string): void {
  if (/"level":"(ERROR|WARN)"/.test(line)) console.error(`schema engine: ${line}`);
}

// --- PostgreSQL through @prisma/adapter-pg, with three fixes -----------------

// 1. PrismaPg (7.10.1) rejects PostgreSQL's internal one-byte type "char"
//    (pg_constraint.contype, confdeltype, ...), which introspection reads; the
//    engine wants it as ColumnType.Character (it reads contype as a char and
//    panics on text). Our pg clients relabel such columns as text so PrismaPg
//    accepts them and remember them by row array, which PrismaPg passes through
//    unchanged, so the adapter can mark them Character.
const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;
const internalCharColumns = new WeakMap<unknown[], number[]>();

function relabelInternalChar(result: pg.QueryResult | pg.QueryResult[]): void {
  for (const { fields, rows } of [result].flat()) {
    const columns = fields.flatMap((field, i) => (field.dataTypeID === INTERNAL_CHAR_OID ? [i] : []));
    if (columns.length === 0) continue;
    for (const field of fields) if (field.dataTypeID === INTERNAL_CHAR_OID) field.dataTypeID = TEXT_OID;
    internalCharColumns.set(rows, columns);
  }
}

function markInternalChar(resultSet: SqlResultSet): SqlResultSet {
  for (const i of internalCharColumns.get(resultSet.rows) ?? []) resultSet.columnTypes[i] = ColumnTypeEnum.Character;
  return resultSet;
}

class InternalCharClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // pg-pool calls query() with a callback; transactions await its promise.
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (error: Error | null, result?: pg.QueryResult | pg.QueryResult[]) => {
          if (result) relabelInternalChar(result);
          callback(error, result);
        };
        return query(...args);
      }
      const pending = query(...args);
      if (!(pending instanceof Promise)) return pending;
      return pending.then((result: pg.QueryResult | pg.QueryResult[]) => {
        relabelInternalChar(result);
        return result;
      });
    }) as typeof this.query;
  }
}

// 2. PrismaPg's executeScript splits on every ";", even inside string literals.
//    The engine applies whole migration files through it, so send each script
//    in one piece, as the native engine does: without parameters pg uses the
//    simple query protocol, which runs several statements.
// 3. PrismaPg's connectToShadowDb spreads `database` into a config whose
//    connectionString overrides it, so the "shadow" is the admin database
//    itself (migrations land there), and it drops the database before closing
//    the pool on it. PgFactory builds the shadow URL, checks it, and closes first.

async function adapterOn(pool: pg.Pool): Promise<SqlDriverAdapter> {
  // An external pool: PrismaPg's dispose leaves it open, PgFactory ends it.
  const inner = await new PrismaPg(pool).connect();
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query) => markInternalChar(await inner.queryRaw(query)),
    executeRaw: (query) => inner.executeRaw(query),
    executeScript: async (script) => void (await inner.executeRaw({ sql: script, args: [], argTypes: [] })),
    startTransaction: async (isolationLevel) => withinTransaction(await inner.startTransaction(isolationLevel)),
    getConnectionInfo: () => inner.getConnectionInfo(),
    dispose: () => inner.dispose(),
  };
}

function withinTransaction(tx: Transaction): Transaction {
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: async (query) => markInternalChar(await tx.queryRaw(query)),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
  };
}

class PgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly pools = new Set<pg.Pool>();
  private readonly shadowDatabases = new Set<string>();

  constructor(private readonly adminUrl: string) {}

  // The engine connects when it starts, even for diffs that need no database;
  // a pool opens no connection until its first query.
  connect(): Promise<SqlDriverAdapter> {
    return adapterOn(this.pool(this.adminUrl));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "_")}`;
    await this.admin(`CREATE DATABASE "${name}"`);
    this.shadowDatabases.add(name);
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    const pool = this.pool(url.href);
    const { rows } = await pool.query<{ name: string }>("SELECT current_database() AS name");
    if (rows[0]?.name !== name) throw new Error(`Shadow database URL ${url.href} reached ${rows[0]?.name}`);
    const adapter = await adapterOn(pool);
    return { ...adapter, dispose: () => this.dropShadow(name, pool) };
  }

  /** Ends every pool and drops any shadow database the engine left behind. */
  async close(): Promise<void> {
    await Promise.all([...this.pools].map((pool) => this.end(pool)));
    for (const name of this.shadowDatabases) await this.dropShadow(name);
  }

  private pool(connectionString: string): pg.Pool {
    const pool = new pg.Pool({ connectionString, Client: InternalCharClient });
    this.pools.add(pool);
    return pool;
  }

  private async end(pool: pg.Pool): Promise<void> {
    if (this.pools.delete(pool)) await pool.end();
  }

  // PostgreSQL refuses to drop a database while a session is connected to it.
  private async dropShadow(name: string, pool?: pg.Pool): Promise<void> {
    if (pool) await this.end(pool);
    if (this.shadowDatabases.delete(name)) await this.admin(`DROP DATABASE IF EXISTS "${name}"`);
  }

  private async admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
