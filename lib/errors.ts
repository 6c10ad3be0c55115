/** Stable error codes, shared by forms and the JSON API. */
export type ErrorCode = "not_found" | "forbidden" | "invalid" | "conflict" | "unauthenticated" | "rate_limited";

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

/** An expected failure whose message is safe to show to the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;
  /** Safe facts a client can act on, e.g. the id of the source a duplicate matches. */
  readonly details?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number; details?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.details = options.details;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const notFound = (what = "This item") => new AppError("not_found", `${what} was not found.`);
export const forbidden = (message = "You don't have permission to do that.") => new AppError("forbidden", message);
export const conflict = (message: string, field?: string) =>
  new AppError("conflict", message, field ? { fieldErrors: { [field]: [message] } } : {});
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError("invalid", message, { fieldErrors });

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
