import { z } from "zod";
import { markingsProblem, parseMarkings } from "./markings/markings";

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no", ""])
    .optional()
    // Set but empty, as unset.
    .transform((v) => (v === undefined || v === "" ? fallback : ["true", "1", "yes"].includes(v)));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. Unset: `npm start` runs the embedded database. */
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Signs session tokens. `npm start` generates and keeps one in .data/ when unset. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Anyone may create an account. Off: only someone with an invitation link. */
  ALLOW_SIGNUP: flag(true),
  /** Addresses that are instance admins, comma-separated, beside the first account. */
  ADMIN_EMAILS: z
    .string()
    .optional()
    .transform((v) => new Set((v ?? "").split(",").map((e) => e.trim().toLowerCase()).filter(Boolean))),
  /** smtp:// or smtps:// URL of the mail server (user and password in it). Unset: no email; links are shown to pass on by hand. */
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), "must be an smtp:// or smtps:// URL"),
  /** The From address of the instance's email. */
  MAIL_FROM: z.string().min(3).default("Claimwork <claimwork@localhost>"),
  /** The address people reach the app at, for invitation links (e.g. https://claimwork.example.org). Unset: the request's own. */
  APP_URL: z.string().url().optional(),
  /**
   * A reverse proxy in front terminates TLS and sets X-Forwarded-For, -Proto and -Host.
   * Unset, those headers are ignored: the client's address is the connection's, for rate limits and the
   * server actions' origin check.
   */
  TRUST_PROXY: flag(false),
  /** Failed sign-ins for one address within the window before it is locked. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /** Failed sign-ins from one network address within the window before it is locked. */
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  /** Length of the failure window and of the lock, in minutes. */
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Requests with an invalid API token from one network address within the sign-in window before it is locked. */
  TOKEN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  /** API tokens one user may create in an hour. */
  TOKEN_MAX_CREATED_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Largest upload or pasted document accepted, in megabytes. */
  MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
  /** Where the embedded database and generated secrets live. */
  CLAIMWORK_DATA_DIR: z.string().default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * The handling markings briefs, sources and claims may carry, lowest first, comma-separated
   * ("OFFICIAL,OFFICIAL-SENSITIVE,SECRET"). Unset: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET.
   * Set but empty: markings are turned off (none offered; a value already stored still prints).
   */
  MARKINGS: z
    .string()
    .optional()
    .transform(parseMarkings)
    .superRefine((list, ctx) => {
      const problem = markingsProblem(list);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  /** Seed the demo workspace into an empty database on start. */
  SEED_DEMO: flag(true),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment. Read lazily so that `next build` needs none of it. */
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Invalid environment:\n${issues}`);
    }
    cached = parsed.data;
  }
  return cached;
}
