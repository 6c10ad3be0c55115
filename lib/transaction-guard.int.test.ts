import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/factories";
import { TransactionMisuseError } from "@/lib/transaction-guard";

/** A user name no other test writes, to find what a refused transaction left behind. */
const marker = () => `guard-${Math.random().toString(36).slice(2)}`;

async function namesLike(name: string) {
  return db.user.count({ where: { name } });
}

describe("the transaction guard", () => {
  it("refuses a query on the global client inside an open transaction, and the transaction rolls back", async () => {
    const user = await makeUser();
    const name = marker();
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name } });
        await db.user.findUnique({ where: { id: user.id } });
      }),
    ).rejects.toThrow(TransactionMisuseError);
    expect(await namesLike(name)).toBe(0);
  });

  it("refuses a raw query on the global client inside an open transaction", async () => {
    await expect(db.$transaction(async () => db.$queryRaw`SELECT 1`)).rejects.toThrow(/global client inside an open transaction/);
  });

  it("refuses a second transaction opened inside an open one", async () => {
    const user = await makeUser();
    const name = marker();
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name } });
        await db.$transaction(async (inner) => inner.user.count());
      }),
    ).rejects.toThrow(/transaction opened inside an open transaction/);
    expect(await namesLike(name)).toBe(0);
  });

  it("refuses a Promise.all of queries on one transaction client", async () => {
    const user = await makeUser();
    await expect(
      db.$transaction(async (tx) => Promise.all([tx.user.findUnique({ where: { id: user.id } }), tx.project.count()])),
    ).rejects.toThrow(/no Promise\.all/);
    await expect(db.$transaction(async (tx) => Promise.all([tx.$queryRaw`SELECT 1`, tx.$queryRaw`SELECT 2`]))).rejects.toThrow(
      TransactionMisuseError,
    );
  });

  it("lets a transaction's queries run one after another, and the global client run in parallel outside it", async () => {
    const user = await makeUser();
    const name = marker();
    const count = await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name } });
      const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "User" WHERE name = ${name}`;
      return row?.n;
    });
    expect(count).toBe(1);
    // After the transaction, and beside other transactions, the global client works as ever.
    const [found, others] = await Promise.all([db.user.findUnique({ where: { id: user.id } }), db.$transaction(async (tx) => tx.user.count())]);
    expect(found?.name).toBe(name);
    expect(others).toBeGreaterThan(0);
  });
});
