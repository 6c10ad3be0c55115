/** Stable error codes, shared by forms and the JSON API. */
export type ErrorCode = "not_found" | "forbidden" | "invalid" | "conflict" | "too_large" | "unauthenticated" | "rate_limited" | "unavailable";

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

type DetailValue = string | number | boolean | null | DetailValue[] | { [key: string]: DetailValue };
export type ErrorDetails = { [key: string]: DetailValue };

/** An expected failure whose message is safe to show to the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;
  /** Safe facts a client can act on, e.g. the id of the source a duplicate matches, or who changed what a stale edit was based on. */
  readonly details?: ErrorDetails;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number; details?: ErrorDetails } = {},
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

/** Prisma's codes for a database it cannot reach, a connection it lost, or a pool with no connection free in time. */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds of the same failures. */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
/** SQLSTATE classes 08 (connection exception) and 57P01–57P03 (server shutting down or starting up). */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123])/;
const CONNECTION_LOST = /Connection terminated|ECONNREFUSED|ECONNRESET|Client has encountered a connection error/;

/**
 * An error that means the database is out of reach (a restart, a network
 * fault) or too busy to start the work in time, as the AppError to answer with:
 * "unavailable" (503, with a retry delay). Anything else gives null.
 */
export function unavailableError(error: unknown): AppError | null {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } }; cause?: unknown };
    const adapterCause = e.meta?.driverAdapterError?.cause;
    const unreachable =
      (typeof e.code === "string" && (UNREACHABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) ||
      (typeof adapterCause?.kind === "string" && UNREACHABLE_KINDS.has(adapterCause.kind)) ||
      [adapterCause?.code, adapterCause?.originalCode].some((code) => typeof code === "string" && UNAVAILABLE_SQLSTATE.test(code)) ||
      (typeof e.message === "string" && CONNECTION_LOST.test(e.message));
    if (unreachable) {
      return new AppError("unavailable", "Claimwork cannot reach its database at the moment. Nothing was half-saved; try again in a minute.", {
        retryAfterSeconds: 30,
      });
    }
    if (e.code === "P2028" && typeof e.message === "string" && /Unable to start a transaction in the given time/.test(e.message)) {
      return new AppError("unavailable", "Claimwork is very busy at the moment and could not start your change. Nothing was saved; try again in a few seconds.", {
        retryAfterSeconds: 5,
      });
    }
    current = e.cause;
  }
  return null;
}

/**
 * The failure to show the user: an AppError as thrown, the "invalid" error
 * for a value the database refuses, or the "unavailable" error a database
 * fault maps to (logged in one line); null for anything else, which is a bug
 * to log in full and answer opaquely.
 */
export function expectedError(thrown: unknown): AppError | null {
  if (thrown instanceof AppError) return thrown;
  const refused = refusedValue(thrown);
  if (refused) return refused;
  const unavailable = unavailableError(thrown);
  if (unavailable) {
    const detail = thrown instanceof Error ? thrown.message.trim().split("\n").pop() : String(thrown);
    console.error(`Database unavailable: ${detail}`);
  }
  return unavailable;
}
