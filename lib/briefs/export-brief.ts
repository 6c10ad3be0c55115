import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { parseCitationStyle, parseNotePlacement } from "@/lib/citations/parse-options";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { isBriefFormat, writeBrief, type BriefFile } from "@/lib/exports/write-brief";
import { readBriefDocument } from "./get-brief-document";
import { requireBrief } from "./require-brief";

const EXPORT_TIME_LIMIT_MS = 60_000;

/** A file name from the brief's title: letters, digits and dashes. */
export function briefFileName(title: string, extension: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .toLowerCase();
  return `${stem || "brief"}.${extension}`;
}

/**
 * The brief as a file (DOCX, PDF, Markdown or HTML), written from the same
 * document the preview shows; missing claims appear as visible markers. One
 * export of a brief runs at a time across every app server (a transaction-
 * scoped advisory lock): a second one meanwhile is refused, not queued. Each
 * export is in the activity trail.
 */
export async function exportBrief(options: { userId: string; projectId: string; briefId: string; format: unknown; appendix?: boolean; style?: unknown; notes?: unknown }) {
  const { format } = options;
  if (!isBriefFormat(format)) throw invalid("Choose DOCX, PDF, Markdown (md) or HTML.", { format: ["Choose DOCX, PDF, Markdown (md) or HTML."] });
  const style = parseCitationStyle(options.style);
  const notes = parseNotePlacement(options.notes);
  return db.$transaction(
    async (tx) => {
      const { brief } = await requireBrief(tx, { ...options, action: "project.read" });
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${`brief-export:${brief.id}`})) AS locked`;
      if (!lock?.locked) throw conflict("This brief is being exported already. Try again in a moment.");
      const { document } = await readBriefDocument(tx, brief, { projectId: options.projectId, appendix: options.appendix ?? false, style, notes });
      const file: BriefFile = await writeBrief(document, format);
      await recordActivity(tx, {
        projectId: options.projectId,
        actorId: options.userId,
        action: "brief.export",
        objectType: "Brief",
        objectId: brief.id,
        after: { title: brief.title, format, version: brief.version, appendix: options.appendix ?? false },
      });
      return { ...file, name: briefFileName(brief.title, file.extension) };
    },
    { timeout: EXPORT_TIME_LIMIT_MS, maxWait: 10_000 },
  );
}
