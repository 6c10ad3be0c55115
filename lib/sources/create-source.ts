import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { requireProjectAccess } from "@/lib/authz/require-project-access";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { Reliability, SourceKind } from "@/lib/generated/prisma/enums";
import { contentHash } from "./content-hash";
import type { ParsedCitation, ParsedMarker } from "./parse-document";

export type NewSource = {
  title: string;
  authors: string[];
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  kind: SourceKind;
  language: string | null;
  /** Null: not graded yet. */
  reliability: Reliability | null;
  body: string;
  backMatter?: string;
  markers: ParsedMarker[];
  citations: ParsedCitation[];
  original?: { name: string; type: string; bytes: Uint8Array };
};

/** Stores a parsed source, its first version and its citations: all of it, or nothing. */
export async function createSource(options: { userId: string; projectId: string; source: NewSource }) {
  const { userId, projectId, source } = options;
  if (!source.body.trim()) throw invalid("The document has no text.", { body: ["The document has no text."] });
  const hash = contentHash(source.body);
  return db.$transaction(async (tx) => {
    await requireProjectAccess({ userId, projectId, action: "source.create", tx });
    const created = await tx.source.create({
      data: {
        projectId,
        title: source.title,
        authors: source.authors,
        publisher: source.publisher,
        publishedOn: source.publishedOn ? new Date(`${source.publishedOn}T00:00:00Z`) : null,
        url: source.url,
        kind: source.kind,
        language: source.language,
        reliability: source.reliability,
        body: source.body,
        backMatter: source.backMatter ?? "",
        contentHash: hash,
        addedById: userId,
        versions: {
          create: {
            version: 1,
            body: source.body,
            backMatter: source.backMatter ?? "",
            contentHash: hash,
            markers: source.markers,
            createdById: userId,
            originalName: source.original?.name,
            originalType: source.original?.type,
            originalFile: source.original ? Buffer.from(source.original.bytes) : undefined,
          },
        },
        citations: {
          createMany: {
            data: source.citations.map((c) => ({
              label: c.label,
              ordinal: c.ordinal,
              text: c.text,
              url: c.url,
              title: c.title,
              authors: c.authors,
              publisher: c.publisher,
              issued: c.issued,
            })),
          },
        },
      },
      select: { id: true, title: true, version: true },
    });
    await recordActivity(tx, {
      projectId,
      actorId: userId,
      action: "source.create",
      objectType: "Source",
      objectId: created.id,
      after: { title: source.title, citations: source.citations.length },
    });
    return created;
  });
}
