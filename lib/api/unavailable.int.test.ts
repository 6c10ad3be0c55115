import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError, unavailableError } from "@/lib/errors";
import { apiError } from "./handler";

const failureOf = async (work: Promise<unknown>): Promise<unknown> => {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
};

describe("a database out of reach", () => {
  it("answers 503 with a clear JSON error and a retry delay", async () => {
    // Nothing listens on this port: the driver's real "cannot reach" error.
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:9/claimwork" }) });
    const error = await failureOf(unreachable.$transaction(async (tx) => tx.user.count()));

    const response = apiError(error);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({
      error: { code: "unavailable", message: "Claimwork cannot reach its database at the moment. Nothing was half-saved; try again in a minute." },
    });
    await unreachable.$disconnect();
  });

  it("tells a change that found no free connection in time to try again, rather than failing opaquely", async () => {
    const url = process.env.DATABASE_URL!;
    const single = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
    const holding = single.$transaction((tx) => tx.$executeRawUnsafe("SELECT pg_sleep(0.5)"));
    const error = await failureOf(single.$transaction((tx) => tx.user.count(), { maxWait: 50 }));
    await holding;
    await single.$disconnect();
    const response = apiError(error);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/very busy/);
  });

  it("leaves other failures alone: a bug stays an opaque 500, an expected error keeps its own answer", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = await failureOf(db.$queryRawUnsafe("SELECT * FROM no_such_table"));
    expect(unavailableError(bug)).toBeNull();
    expect(apiError(bug).status).toBe(500);
    expect(unavailableError(new Error("Cannot read properties of undefined"))).toBeNull();
    expect(apiError(new AppError("conflict", "Changed by Kenji.")).status).toBe(409);
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
  });

  it("recognises a server shutting down or restarting, and a lost connection", () => {
    expect(unavailableError(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))?.code).toBe("unavailable");
    expect(unavailableError(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))?.code).toBe("unavailable");
    expect(unavailableError(new Error("Connection terminated unexpectedly"))?.code).toBe("unavailable");
    expect(unavailableError({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code: "08006" } } } })?.code).toBe("unavailable");
    expect(unavailableError({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } } })?.code).toBe("unavailable");
    expect(unavailableError(Object.assign(new Error("duplicate key"), { code: "P2002" }))).toBeNull();
  });
});
