import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { parseCitationStyle, parseNotePlacement } from "@/lib/citations/parse-options";
import { db } from "@/lib/db";
import { AppError, conflict, forbidden, invalid } from "@/lib/errors";
import { mayWithhold } from "@/lib/markings/may-withhold";
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
 *
 * A brief marked below a claim it cites (lib/markings/withhold.ts) is refused
 * with what it would need, unless `redact` withholds those claims: a choice
 * only the brief's author (while they may edit briefs) or an owner makes, and
 * recorded with the export as the claims withheld.
 */
export async function exportBrief(options: { userId: string; projectId: string; briefId: string; format: unknown; appendix?: boolean; sourcesAnnex?: boolean; style?: unknown; notes?: unknown; redact?: boolean }) {
  const { format } = options;
  if (!isBriefFormat(format)) throw invalid("Choose DOCX, PDF, Markdown (md) or HTML.", { format: ["Choose DOCX, PDF, Markdown (md) or HTML."] });
  const style = parseCitationStyle(options.style);
  const notes = parseNotePlacement(options.notes);
  return db.$transaction(
    async (tx) => {
      const { brief, access } = await requireBrief(tx, { ...options, action: "project.read" });
      const mayRedact = mayWithhold({ role: access.role, userId: options.userId, authorId: brief.authorId });
      if (options.redact && !mayRedact) throw forbidden("Only the brief's author or a project owner may export it with claims withheld.");
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${`brief-export:${brief.id}`})) AS locked`;
      if (!lock?.locked) throw conflict("This brief is being exported already. Try again in a moment.");
      const { document, marking, withheld } = await readBriefDocument(tx, brief, { projectId: options.projectId, appendix: options.appendix ?? false, sourcesAnnex: options.sourcesAnnex ?? false, style, notes, withhold: options.redact });
      if (marking.message && !options.redact) {
        throw new AppError("conflict", marking.message, { details: { required: marking.required, claimIds: marking.claimIds, mayWithhold: mayRedact } });
      }
      // Only a DOCX export reads the project's Word template, the one large column it has.
      const template = format === "docx" ? await tx.docxTemplate.findUnique({ where: { projectId: options.projectId }, select: { file: true } }) : null;
      const file: BriefFile = await writeBrief(document, format, { docx: { template: template ? new Uint8Array(template.file) : null } });
      await recordActivity(tx, {
        projectId: options.projectId,
        actorId: options.userId,
        action: "brief.export",
        objectType: "Brief",
        objectId: brief.id,
        after: { title: brief.title, format, version: brief.version, appendix: options.appendix ?? false, sources: options.sourcesAnnex ?? false, marking: brief.marking, ...(withheld.length ? { redacted: withheld } : {}) },
      });
      return { ...file, name: briefFileName(brief.title, file.extension) };
    },
    { timeout: EXPORT_TIME_LIMIT_MS, maxWait: 10_000 },
  );
}
