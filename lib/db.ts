import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { guardAdapter, guardOperation, guardTransactions } from "@/lib/transaction-guard";

function createClient() {
  const { DATABASE_URL, DATABASE_POOL_SIZE, NODE_ENV } = env();
  // No URL is not an error here: `next build` imports this module without one.
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE });
  // Outside production, misuse of a transaction throws at once (lib/transaction-guard).
  const guarded = NODE_ENV !== "production";
  const client = new PrismaClient({
    adapter: guarded ? guardAdapter(adapter) : adapter,
    omit: { user: { passwordHash: true }, apiToken: { tokenHash: true } },
    // Under a burst, waiting a few seconds for a free connection beats failing the change.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  if (!guarded) return client;
  const checked = client.$extends({
    query: { $allOperations: ({ model, operation, args, query }) => guardOperation(model ? `${model}.${operation}` : operation, () => query(args)) },
  });
  // A query extension changes no method's types: the client keeps its own.
  return guardTransactions(checked) as unknown as typeof client;
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { claimworkDb?: Db };

export const db: Db = globalForDb.claimworkDb ?? createClient();

if (env().NODE_ENV !== "production") globalForDb.claimworkDb = db;
