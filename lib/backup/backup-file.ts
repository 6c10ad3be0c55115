import { z } from "zod";

/**
 * Claimwork's project backup file: one JSON document holding every row of a
 * project, table by table, with the rows' own ids so that references between
 * them can be followed. Dates are ISO strings, file bytes base64. Shared by the
 * export (which writes it) and the restore (which trusts nothing in it).
 */
export const BACKUP_FORMAT = "claimwork-project-backup";
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are parsed. Everything is held in memory. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a valid id");
const date = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const role = z.enum(["OWNER", "ANALYST", "REVIEWER", "VIEWER"]);
const claimStatus = z.enum(["DRAFT", "IN_REVIEW", "VERIFIED", "DISPUTED", "NEEDS_EVIDENCE"]);
const json = z.json();
/** A handling marking ("OFFICIAL-SENSITIVE"); absent from backups made before markings, which had none. */
const marking = z.string().trim().min(1).max(100).nullable().default(null);
/** Claimwork only ever stores web addresses; anything else (javascript:, data:…) marks a crafted file. */
const webAddress = z
  .string()
  .refine((value) => {
    try {
      return ["http:", "https:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "is not an http or https address")
  .nullable();

const tables = {
  users: z.strictObject({ id, name: z.string(), email: z.email().max(254) }),
  memberships: z.strictObject({ id, userId: id, role, revision: z.int().min(1).default(1), createdAt: date, updatedAt: date }),
  invitations: z.strictObject({ id, email: z.email().max(254), role, invitedById: id, createdAt: date }),
  sources: z.strictObject({
    id,
    title: z.string(),
    authors: z.array(z.string()).max(500),
    publisher: z.string().nullable(),
    publishedOn: date.nullable(),
    url: webAddress,
    kind: z.enum(["COMMENTARY", "REPORT", "NEWS", "OFFICIAL_STATEMENT", "ACADEMIC", "OTHER"]),
    language: z.string().nullable(),
    /** Null: not graded yet (backups made before that state always carry a grade). */
    reliability: z.enum(["A", "B", "C", "D", "E", "F"]).nullable(),
    marking,
    /** Absent from backups made before references could be imported. */
    referenceOnly: z.boolean().default(false),
    csl: json.nullable().default(null),
    /** Absent from backups made before retractions: the source stands. */
    retractedAt: date.nullable().default(null),
    retractionNote: z.string().default(""),
    retractedById: id.nullable().default(null),
    /** Absent from backups made before edits carried revisions. */
    revision: z.int().min(1).default(1),
    body: z.string(),
    /** Absent from backups made before back matter was kept apart. */
    backMatter: z.string().default(""),
    contentHash: z.string(),
    version: z.int().min(1),
    addedById: id,
    createdAt: date,
    updatedAt: date,
  }),
  sourceVersions: z.strictObject({
    id,
    sourceId: id,
    version: z.int().min(1),
    body: z.string(),
    backMatter: z.string().default(""),
    contentHash: z.string(),
    markers: json,
    originalName: z.string().nullable(),
    originalType: z.string().nullable(),
    originalFile: z.base64().nullable(),
    createdById: id,
    createdAt: date,
  }),
  citations: z.strictObject({
    id,
    sourceId: id,
    label: z.string(),
    ordinal: z.int().min(0),
    text: z.string(),
    url: webAddress,
    title: z.string().nullable(),
    authors: z.array(z.string()).max(500),
    publisher: z.string().nullable(),
    issued: z.string().nullable(),
    /** Absent from backups made before notes could be corrected. */
    revision: z.int().min(1).default(1),
    createdAt: date,
    updatedAt: date,
  }),
  themes: z.strictObject({
    revision: z.int().min(1).default(1),
    id,
    name: z.string(),
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "is not a #rrggbb colour"),
    description: z.string(),
    parentId: id.nullable(),
    createdAt: date,
    updatedAt: date,
  }),
  claims: z.strictObject({
    id,
    sourceId: id,
    sourceVersion: z.int().min(1),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    start: z.int().min(0),
    end: z.int().min(0),
    orphaned: z.boolean(),
    paraphrase: z.string(),
    note: z.string(),
    credibility: z.int().min(1).max(6),
    /** Absent from backups made before the credibility rule: no override. */
    credibilityRationale: z.string().nullable().default(null),
    credibilityOverriddenById: id.nullable().default(null),
    marking,
    status: claimStatus,
    authorId: id,
    assigneeId: id.nullable(),
    revision: z.int().min(1),
    createdAt: date,
    updatedAt: date,
  }),
  claimVersions: z.strictObject({
    id,
    claimId: id,
    revision: z.int().min(1),
    exact: z.string(),
    paraphrase: z.string(),
    note: z.string(),
    credibility: z.int().min(1).max(6),
    status: claimStatus,
    themeIds: z.array(id),
    citationIds: z.array(id),
    editorId: id,
    createdAt: date,
  }),
  claimRelations: z.strictObject({
    id,
    fromId: id,
    toId: id,
    kind: z.enum(["CORROBORATES", "CONTRADICTS", "DUPLICATES"]),
    note: z.string(),
    createdById: id.nullable(),
    createdAt: date,
  }),
  claimThemes: z.strictObject({ claimId: id, themeId: id, position: z.int() }),
  claimCitations: z.strictObject({ claimId: id, citationId: id }),
  reviews: z.strictObject({
    id,
    claimId: id,
    reviewerId: id,
    verdict: z.enum(["VERIFIED", "DISPUTED", "NEEDS_EVIDENCE"]),
    rationale: z.string(),
    evidenceUrl: webAddress,
    citationId: id.nullable(),
    /** Absent from backups made before reviewers graded credibility. */
    credibility: z.int().min(1).max(6).nullable().default(null),
    claimRevision: z.int().min(1),
    createdAt: date,
  }),
  comments: z.strictObject({
    revision: z.int().min(1).default(1),
    id,
    claimId: id.nullable(),
    briefId: id.nullable(),
    parentId: id.nullable(),
    authorId: id,
    body: z.string(),
    deletedAt: date.nullable(),
    createdAt: date,
    updatedAt: date,
  }),
  commentMentions: z.strictObject({ commentId: id, userId: id }),
  briefs: z.strictObject({
    id,
    title: z.string(),
    summary: z.string(),
    audience: z.string(),
    body: z.string(),
    status: z.enum(["DRAFT", "IN_REVIEW", "APPROVED"]),
    version: z.int().min(1),
    authorId: id,
    approvedById: id.nullable(),
    approvedAt: date.nullable(),
    dismissedMarks: z.array(z.string()),
    marking,
    /** Absent from backups made before notes could go at the end. */
    notePlacement: z.enum(["FOOTNOTES", "ENDNOTES"]).default("FOOTNOTES"),
    createdAt: date,
    updatedAt: date,
  }),
  briefVersions: z.strictObject({
    id,
    briefId: id,
    version: z.int().min(1),
    title: z.string(),
    body: z.string(),
    authorId: id,
    createdAt: date,
    kind: z.enum(["CREATE", "SAVE", "RESTORE"]),
    updatedAt: date,
  }),
  impactWarnings: z.strictObject({
    id,
    code: z.enum(["SOURCE_RETRACTED", "SOURCE_DOWNGRADED", "CLAIM_DISPUTED", "CLAIM_ORPHANED", "CLAIM_MOVED"]),
    causeSourceId: id.nullable(),
    causeClaimId: id.nullable(),
    claimId: id.nullable(),
    briefId: id.nullable(),
    message: z.string(),
    actorId: id.nullable(),
    createdAt: date,
    acknowledgedAt: date.nullable(),
    acknowledgedById: id.nullable(),
    acknowledgement: z.string(),
  }),
  activities: z.strictObject({
    id,
    actorId: id.nullable(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string(),
    before: json.nullable(),
    after: json.nullable(),
    createdAt: date,
  }),
};

export type BackupTable = keyof typeof tables;
/** Tables absent from backups made before they existed: read as empty. */
const ADDED_LATER = new Set<BackupTable>(["claimRelations", "impactWarnings"]);
/** The tables in an order in which every row's references come before it. */
export const BACKUP_TABLES = Object.keys(tables) as BackupTable[];

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, `This is not a Claimwork project backup (its "format" should be "${BACKUP_FORMAT}").`),
  version: z.literal(BACKUP_VERSION, `This backup's version is not one this Claimwork reads (expected ${BACKUP_VERSION}).`),
  exportedAt: date,
  project: z.strictObject({
    revision: z.int().min(1).default(1),
    id,
    name: z.string().trim().min(1).max(120),
    description: z.string(),
    reviewPolicy: z.enum(["FEWEST_OPEN", "ROUND_ROBIN", "SHARED_QUEUE"]).default("FEWEST_OPEN"),
    /** Absent from backups made before citation styles: Claimwork's own. */
    citationStyle: z.string().trim().min(1).max(64).default("house"),
    marking,
    /** Absent from backups made before blind review: off. */
    blindReview: z.boolean().default(false),
    createdById: id,
    createdAt: date,
    updatedAt: date,
  }),
  /** The project's Word template, the file base64; absent from backups made before templates, or null: none. */
  docxTemplate: z
    .strictObject({ name: z.string().trim().min(1).max(200), file: z.base64(), uploadedById: id, createdAt: date })
    .nullable()
    .default(null),
  ...(Object.fromEntries(Object.entries(tables).map(([name, row]) => [name, ADDED_LATER.has(name as BackupTable) ? z.array(row).default([]) : z.array(row)])) as {
    [T in BackupTable]: z.ZodArray<(typeof tables)[T]>;
  }),
});

export type BackupFile = z.output<typeof backupFileSchema>;
/** The file as written: the same shape with dates as strings. */
export type BackupFileJson = z.input<typeof backupFileSchema>;
export type BackupRow<T extends BackupTable> = BackupFile[T][number];

/**
 * Where each table's references point. Every reference in the file must name
 * a row of the same file, so a restored project never points outside itself.
 */
const REFERENCES: { [T in BackupTable]?: Partial<Record<keyof BackupRow<T>, BackupTable>> } = {
  memberships: { userId: "users" },
  invitations: { invitedById: "users" },
  sources: { addedById: "users", retractedById: "users" },
  sourceVersions: { sourceId: "sources", createdById: "users" },
  citations: { sourceId: "sources" },
  themes: { parentId: "themes" },
  claims: { sourceId: "sources", authorId: "users", assigneeId: "users", credibilityOverriddenById: "users" },
  claimRelations: { fromId: "claims", toId: "claims", createdById: "users" },
  claimVersions: { claimId: "claims", editorId: "users" },
  claimThemes: { claimId: "claims", themeId: "themes" },
  claimCitations: { claimId: "claims", citationId: "citations" },
  reviews: { claimId: "claims", reviewerId: "users", citationId: "citations" },
  comments: { claimId: "claims", briefId: "briefs", parentId: "comments", authorId: "users" },
  commentMentions: { commentId: "comments", userId: "users" },
  briefs: { authorId: "users", approvedById: "users" },
  briefVersions: { briefId: "briefs", authorId: "users" },
  impactWarnings: {
    causeSourceId: "sources",
    causeClaimId: "claims",
    claimId: "claims",
    briefId: "briefs",
    actorId: "users",
    acknowledgedById: "users",
  },
  activities: { actorId: "users" },
};

/**
 * The problems of a parsed file that its shape alone does not show: ids used
 * twice, references to rows the file lacks, a comment on both a claim and a
 * brief or in another discussion than its parent, a theme tree with a cycle.
 * At most `limit` messages, each naming the table and row.
 */
export function findBackupProblems(file: BackupFile, limit = 20): string[] {
  const problems: string[] = [];
  const report = (message: string) => {
    if (problems.length < limit) problems.push(message);
  };
  const ids = new Map<BackupTable, Set<string>>();
  for (const table of BACKUP_TABLES) {
    const seen = new Set<string>();
    for (const row of file[table]) {
      if (!("id" in row)) continue;
      if (seen.has(row.id)) report(`${table}: the id ${row.id} is used twice.`);
      seen.add(row.id);
    }
    ids.set(table, seen);
  }
  if (!ids.get("users")!.has(file.project.createdById)) report(`project: createdById ${file.project.createdById} is not among the file's users.`);
  if (file.docxTemplate && !ids.get("users")!.has(file.docxTemplate.uploadedById)) {
    report(`docxTemplate: uploadedById ${file.docxTemplate.uploadedById} is not among the file's users.`);
  }
  for (const table of BACKUP_TABLES) {
    const references = Object.entries(REFERENCES[table] ?? {}) as [string, BackupTable][];
    file[table].forEach((row: Record<string, unknown>, index: number) => {
      for (const [field, target] of references) {
        const value = row[field];
        if (value !== null && !ids.get(target)!.has(value as string)) {
          report(`${table}[${index}]: ${field} ${String(value)} is not among the file's ${target}.`);
        }
      }
    });
  }
  const comments = new Map(file.comments.map((c) => [c.id, c]));
  file.comments.forEach((comment, index) => {
    if ((comment.claimId === null) === (comment.briefId === null)) report(`comments[${index}]: a comment belongs to exactly one claim or brief.`);
    const parent = comment.parentId ? comments.get(comment.parentId) : undefined;
    if (parent && (parent.claimId !== comment.claimId || parent.briefId !== comment.briefId)) {
      report(`comments[${index}]: the reply is not in its parent's discussion.`);
    }
  });
  file.claimRelations.forEach((relation, index) => {
    if (relation.fromId === relation.toId) report(`claimRelations[${index}]: a claim cannot bear on itself.`);
  });
  file.impactWarnings.forEach((warning, index) => {
    if ((warning.claimId === null) === (warning.briefId === null)) report(`impactWarnings[${index}]: a warning is about exactly one claim or brief.`);
    if ((warning.causeSourceId === null) === (warning.causeClaimId === null)) report(`impactWarnings[${index}]: a warning has exactly one cause, a source or a claim.`);
  });
  for (const [table, parents] of [
    ["themes", new Map(file.themes.map((t) => [t.id, t.parentId]))],
    ["comments", new Map(file.comments.map((c) => [c.id, c.parentId]))],
  ] as const) {
    for (const start of parents.keys()) {
      const seen = new Set<string>();
      let current: string | null | undefined = start;
      while (current && !seen.has(current)) {
        seen.add(current);
        current = parents.get(current);
      }
      if (current) {
        report(`${table}: ${start} is its own ancestor.`);
        break;
      }
    }
  }
  return problems;
}

/** Rows in an order in which every parent comes before its children. */
export function parentsFirst<R extends { id: string; parentId: string | null }>(rows: R[]): R[] {
  const present = new Set(rows.map((r) => r.id));
  const byParent = new Map<string | null, R[]>();
  for (const row of rows) {
    const key = row.parentId && present.has(row.parentId) ? row.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), row]);
  }
  const ordered: R[] = [];
  const queue = [...(byParent.get(null) ?? [])];
  while (queue.length) {
    const row = queue.shift()!;
    ordered.push(row);
    queue.push(...(byParent.get(row.id) ?? []));
  }
  return ordered;
}
