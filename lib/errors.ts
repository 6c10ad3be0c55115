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

/** PostgreSQL's codes for a value it cannot take: a NUL character in text, a number beyond a column's range. */
const REFUSED_VALUES: Record<string, string> = {
  "22021": "Text cannot contain the NUL character.",
  "22003": "A number is out of range.",
};

/**
 * A value the database refuses whatever the query (a NUL character in a
 * search, an id or a comment; a version number beyond any that can exist) is
 * the client's mistake: it becomes an "invalid" error, not a server failure.
 */
export function refusedValue(error: unknown): AppError | null {
  const code = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta?.driverAdapterError?.cause?.originalCode;
  const message = typeof code === "string" ? REFUSED_VALUES[code] : undefined;
  return message ? invalid(message) : null;
}
