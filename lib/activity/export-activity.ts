import "server-only";
import { stringify } from "csv-stringify";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { describeActivity } from "./describe-activity";
import { ACTIVITY_FIELDS, ACTIVITY_ORDER, activityWhere } from "./list-activity";
import { activityFiltersSchema } from "./schemas";

const BATCH = 1000;
const COLUMNS = ["time", "actor", "actor_email", "action", "description", "object_type", "object_id", "before", "after"];

/**
 * A spreadsheet program runs a cell that starts with = + - @ (or a tab or
 * return) as a formula; such cells get a leading apostrophe.
 */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The project's whole trail under the given filters as CSV, newest first,
 * read in batches so that a long history never sits in memory at once.
 * Owners only. The access check and the first read run before the first byte.
 */
export async function exportActivityCsv(options: { userId: string; projectId: string; filters?: Record<string, unknown> }) {
  await requireProjectAccess({ ...options, action: "activity.export" });
  const filters = parseInput(activityFiltersSchema, options.filters ?? {});
  const where = activityWhere(options.projectId, { ...filters, before: undefined });
  const csv = stringify({ header: true, columns: COLUMNS, cast: { string: inertCell } });
  const readBatch = (after?: string) =>
    db.activity.findMany({
      where,
      select: ACTIVITY_FIELDS,
      orderBy: ACTIVITY_ORDER,
      take: BATCH,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
  // Read before the stream is handed out: filters the database refuses fail as an error, not as a cut-off file.
  let rows = await readBatch();

  void (async () => {
    try {
      for (;;) {
        for (const row of rows) {
          const ok = csv.write([
            row.createdAt.toISOString(),
            row.actor?.name ?? "",
            row.actor?.email ?? "",
            row.action,
            describeActivity(row),
            row.objectType,
            row.objectId,
            row.before === null ? "" : JSON.stringify(row.before),
            row.after === null ? "" : JSON.stringify(row.after),
          ]);
          if (!ok) await new Promise((resolve) => csv.once("drain", resolve));
        }
        if (rows.length < BATCH) break;
        rows = await readBatch(rows.at(-1)!.id);
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();

  return csv;
}
