import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { storable } from "@/lib/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentHash } from "../content-hash";
import { parseReferences, REFERENCE_FORMATS, ReferencesError } from "./parse-references";
import { normaliseDoi, referenceSource, titleKey, type ReferenceSource } from "./reference-source";

export type ImportReferencesResult = { created: number; skipped: { title: string; reason: string }[] };

const IMPORT_TIME_LIMIT_MS = 60_000;

/**
 * Imports a reference library (CSL-JSON, BibTeX or RIS) as reference-only sources: their
 * details to cite, no text until a file is attached. A work the project has already (same
 * DOI, or same title and year), or that the file names twice, is skipped with the reason.
 * All of it lands in one transaction, or nothing does.
 */
export async function importReferences(options: { userId: string; projectId: string; file: { name?: string | null; bytes: Uint8Array } | null }): Promise<ImportReferencesResult> {
  const { userId, projectId, file } = options;
  await requireProjectAccess({ userId, projectId, action: "source.create" });
  if (!file || file.bytes.byteLength === 0) throw invalid("Choose a CSL-JSON, BibTeX or RIS file to import.", { file: ["Choose a file."] });
  const limit = env().MAX_UPLOAD_MB;
  if (file.bytes.byteLength > limit * 1024 * 1024) throw invalid(`The file is larger than the ${limit} MB limit.`, { file: [`Larger than ${limit} MB.`] });
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw invalid("The file is not UTF-8 text: export it from your reference manager again as UTF-8.", { file: ["Not UTF-8 text."] });
  }
  // The file's name and words as PostgreSQL can store them (no NUL, no half surrogate pair), its name without control characters.
  const name = file.name ? storable(file.name).replace(/[\p{Cc}\p{Cf}]/gu, "").slice(0, 200) || null : null;
  let parsed;
  try {
    parsed = parseReferences(storable(content), name);
  } catch (error) {
    if (error instanceof ReferencesError) throw invalid(error.message, { file: [error.message] });
    throw error;
  }

  const skipped: ImportReferencesResult["skipped"] = [];
  const candidates: ReferenceSource[] = [];
  for (const item of parsed.items) {
    const reference = referenceSource(item);
    if ("skip" in reference) skipped.push({ title: reference.title, reason: reference.skip });
    else candidates.push(reference);
  }

  return db.$transaction(
    async (tx) => {
      await requireProjectAccess({ userId, projectId, action: "source.create", tx });
      // Two imports into one project at once would each miss the other's rows: one at a time.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`references:${projectId}`}))`;
      const existing = await tx.source.findMany({ where: { projectId }, select: { title: true, publishedOn: true, url: true, csl: true } });
      const dois = new Set<string>();
      const keys = new Set<string>();
      for (const source of existing) {
        const csl = source.csl && typeof source.csl === "object" && !Array.isArray(source.csl) ? (source.csl as Record<string, unknown>) : {};
        const doi = normaliseDoi(typeof csl.DOI === "string" ? csl.DOI : null) ?? (source.url?.includes("doi.org/") ? normaliseDoi(source.url) : null);
        if (doi) dois.add(doi);
        const year = source.publishedOn?.getUTCFullYear() ?? cslYear(csl);
        keys.add(titleKey(source.title, year));
      }

      const fresh: ReferenceSource[] = [];
      const inFile = { dois: new Set<string>(), keys: new Set<string>() };
      for (const reference of candidates) {
        const sameDoi = reference.doi !== null && (dois.has(reference.doi) || inFile.dois.has(reference.doi));
        const sameTitle = keys.has(reference.key) || inFile.keys.has(reference.key);
        if (sameDoi || sameTitle) {
          const reason =
            (reference.doi && inFile.dois.has(reference.doi)) || inFile.keys.has(reference.key)
              ? "The file has this reference twice: the first is imported."
              : sameDoi
                ? `The project already has a source with the DOI ${reference.doi}.`
                : `The project already has a source with this title${reference.year ? ` from ${reference.year}` : ""}.`;
          skipped.push({ title: reference.title, reason });
          continue;
        }
        fresh.push(reference);
        if (reference.doi) inFile.dois.add(reference.doi);
        inFile.keys.add(reference.key);
      }

      const hash = contentHash("");
      await tx.source.createMany({
        data: fresh.map((r) => ({
          projectId,
          title: r.title,
          authors: r.authors,
          publisher: r.publisher,
          publishedOn: r.publishedOn ? new Date(`${r.publishedOn}T00:00:00Z`) : null,
          url: r.url,
          kind: r.kind,
          language: typeof r.csl.language === "string" ? r.csl.language.slice(0, 35) : null,
          reliability: null,
          referenceOnly: true,
          csl: r.csl as Prisma.InputJsonValue,
          body: "",
          contentHash: hash,
          addedById: userId,
        })),
      });
      await recordActivity(tx, {
        projectId,
        actorId: userId,
        action: "source.import_references",
        objectType: "Project",
        objectId: projectId,
        after: { format: REFERENCE_FORMATS[parsed.format], file: name, created: fresh.length, skipped: skipped.length },
      });
      return { created: fresh.length, skipped };
    },
    { timeout: IMPORT_TIME_LIMIT_MS, maxWait: 10_000 },
  );
}

function cslYear(csl: Record<string, unknown>): number | null {
  const issued = csl.issued as { "date-parts"?: unknown[][] } | undefined;
  const year = issued?.["date-parts"]?.[0]?.[0];
  return typeof year === "number" ? year : typeof year === "string" && /^\d+$/.test(year) ? Number(year) : null;
}
