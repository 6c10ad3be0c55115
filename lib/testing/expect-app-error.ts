import { expect } from "vitest";
import { AppError, type ErrorCode } from "@/lib/errors";

/** Awaits a promise that must fail with an AppError of the given code. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected an AppError "${code}"`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
