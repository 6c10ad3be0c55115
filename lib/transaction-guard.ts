import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Development and test guard for the one rule of transactions here: inside
 * an open transaction, every query goes through that transaction's client,
 * one at a time. A query on the global client there waits for a pool
 * connection the transaction may be holding (under load, or on a small pool,
 * forever), and does not see the transaction's own writes; a second
 * transaction is a second connection and its own commit; and a Promise.all on
 * a transaction client only queues its queries on one connection, which hides
 * the order they run in. Each mistake throws at once, naming itself.
 *
 * The open transaction is marked with AsyncLocalStorage by `$transaction`, so
 * the mark follows every await of its callback and nothing outside it.
 */
type Scope = { open: boolean; running: string | null };

const scopes = new AsyncLocalStorage<Scope>();

export class TransactionMisuseError extends Error {
  override name = "TransactionMisuseError";
}

const inOpenTransaction = () => scopes.getStore()?.open === true;

function refuseOutsideQuery(): void {
  if (inOpenTransaction()) {
    throw new TransactionMisuseError(
      "A query on the global client inside an open transaction: pass the transaction's client (tx) to the code that runs it.",
    );
  }
}

function refuseNestedTransaction(): void {
  if (inOpenTransaction()) {
    throw new TransactionMisuseError("A transaction opened inside an open transaction: run the work in the outer transaction's client (tx).");
  }
}

const ROOT_QUERIES = new Set<PropertyKey>(["queryRaw", "executeRaw", "executeScript"]);

function guardConnection(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (ROOT_QUERIES.has(property) || property === "startTransaction") {
        return (...args: unknown[]) => {
          if (property === "startTransaction") refuseNestedTransaction();
          else refuseOutsideQuery();
          return Reflect.apply(value, target, args);
        };
      }
      return value.bind(target);
    },
  });
}

/** The driver adapter, with queries on the pool refused while a transaction of the same task is open. */
export function guardAdapter<Factory extends SqlDriverAdapterFactory>(factory: Factory): Factory {
  return new Proxy(factory, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === "connect" && typeof value === "function") {
        return async () => guardConnection(await Reflect.apply(value, target, []));
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * A Prisma query extension hook: refuses an operation that starts while
 * another operation of the same open transaction is still running.
 */
export async function guardOperation<T>(operation: string, run: () => Promise<T>): Promise<T> {
  const scope = scopes.getStore();
  if (!scope?.open) return run();
  if (scope.running) {
    throw new TransactionMisuseError(
      `${operation} started while ${scope.running} of the same transaction was still running: ` +
        "await each query on a transaction client in turn (no Promise.all).",
    );
  }
  scope.running = operation;
  try {
    return await run();
  } finally {
    scope.running = null;
  }
}

type TransactionFn = (...args: unknown[]) => Promise<unknown>;

/** The client, with `$transaction` marking its callback as an open transaction. */
export function guardTransactions<Client extends object>(client: Client): Client {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property !== "$transaction" || typeof value !== "function") return value;
      const transaction = value as TransactionFn;
      return (work: unknown, options?: unknown) => {
        refuseNestedTransaction();
        if (typeof work !== "function") return transaction.call(target, work, options);
        const scope: Scope = { open: false, running: null };
        return scopes.run(scope, () =>
          transaction.call(
            target,
            async (tx: unknown) => {
              scope.open = true;
              try {
                return await (work as (tx: unknown) => Promise<unknown>)(tx);
              } finally {
                scope.open = false;
              }
            },
            options,
          ),
        );
      };
    },
  });
}
