import { describe, expect, it } from "vitest";
import { AppError, refusedValue } from "./errors";

/** The shape Prisma's driver adapter gives a PostgreSQL error. */
const databaseError = (originalCode: string) => Object.assign(new Error("Database error"), { code: "P2039", meta: { driverAdapterError: { cause: { originalCode } } } });

describe("refusedValue", () => {
  it("turns a NUL character and an out-of-range number into an invalid-input error", () => {
    const nul = refusedValue(databaseError("22021"));
    expect(nul).toBeInstanceOf(AppError);
    expect(nul).toMatchObject({ code: "invalid", status: 400, message: "Text cannot contain the NUL character." });
    expect(refusedValue(databaseError("22003"))).toMatchObject({ code: "invalid", message: "A number is out of range." });
  });

  it("leaves every other failure alone", () => {
    expect(refusedValue(databaseError("40001"))).toBeNull();
    expect(refusedValue(databaseError("08006"))).toBeNull();
    expect(refusedValue(new Error("boom"))).toBeNull();
    expect(refusedValue(null)).toBeNull();
    expect(refusedValue("text")).toBeNull();
  });
});
