/**
 * The Sources annex of a brief, after ICD 206 (Sourcing Requirements for
 * Disseminated Analytic Products): a source summary statement saying what
 * the brief rests on as a whole, then a descriptor of each source cited,
 * then the claims that rest on a single independent origin. Pure: the
 * caller loads the brief's claims (those not withheld at its marking) with
 * their origins, and the sources they and the text cite.
 */
import type { CorroborationGroup, Origin } from "@/lib/provenance/origins";
import { describeGroup, sourceOrigin } from "@/lib/provenance/origins";
import { NOT_GRADED_LABEL, RELIABILITY_DESCRIPTIONS, RELIABILITY_LABELS, SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import type { Reliability, SourceKind } from "@/lib/generated/prisma/enums";
import { formatLongDate } from "./citation-format";
import type { SingleOriginClaim, SourceDescriptor, SourcesAnnex } from "./document";
import { sourceSummaryStatement } from "./source-summary-statement";

/** A source as the annex describes it. */
export type AnnexSource = {
  id: string;
  title: string;
  authors: string[];
  publisher: string | null;
  url: string | null;
  kind: string | null;
  reliability: string | null;
  publishedOn: Date | null;
  /** When it was imported into Claimwork. */
  createdAt: Date;
  referenceOnly: boolean;
  retractedAt: Date | null;
  retractionNote: string;
};

/** A claim of the brief with its provenance (lib/provenance/load-provenance.ts). */
export type AnnexClaim = {
  id: string;
  paraphrase: string;
  sourceId: string;
  origins: Pick<Origin, "key" | "label">[];
  group: Pick<CorroborationGroup, "reports"> & { origins: Pick<Origin, "key" | "label">[] };
};

export type SourcesAnnexInput = {
  /** The brief's claims in the order the text names them, without those withheld. */
  claims: AnnexClaim[];
  /** Every source the claims come from, and those the text cites directly, without the withheld ones. */
  sources: AnnexSource[];
  /** The sources the text cites directly, in the order it names them. */
  directSourceIds: string[];
  /** How many claims and sources cited directly were withheld at the brief's marking (they are left out, and said to be). */
  withheld?: number;
  /** Judgments resting on each source, by source id: none exist yet. */
  judgments?: ReadonlyMap<string, number>;
};

const isGrade = (value: string | null): value is Reliability => value !== null && value in RELIABILITY_LABELS;
const kindText = (kind: string | null) => (kind && kind in SOURCE_KIND_LABELS ? SOURCE_KIND_LABELS[kind as SourceKind] : SOURCE_KIND_LABELS.OTHER);

function reliabilityText(grade: string | null): string {
  if (!isGrade(grade)) return NOT_GRADED_LABEL;
  return `${grade} — ${RELIABILITY_LABELS[grade]}: ${RELIABILITY_DESCRIPTIONS[grade]}`;
}

function accessText(source: AnnexSource): string {
  const on = formatLongDate(source.createdAt);
  if (source.url) return `${source.url}, imported into Claimwork on ${on}`;
  return `${source.referenceOnly ? "Reference" : "File"} imported into Claimwork on ${on}`;
}

function retractionText(source: AnnexSource): string | null {
  if (!source.retractedAt) return null;
  const note = source.retractionNote.trim();
  return `Retracted on ${formatLongDate(source.retractedAt)}${note ? `: ${note}` : ""}`;
}

/** The sources in the order the brief first relies on them: its claims' sources, then those cited directly. */
function citedSources(input: SourcesAnnexInput): AnnexSource[] {
  const byId = new Map(input.sources.map((s) => [s.id, s]));
  const ids = new Set([...input.claims.map((c) => c.sourceId), ...input.directSourceIds]);
  return [...ids].flatMap((id) => byId.get(id) ?? []);
}

/** The annex of the brief whose claims and sources are given. */
export function buildSourcesAnnex(input: SourcesAnnexInput): SourcesAnnex {
  const sources = citedSources(input);
  const direct = new Set(input.directSourceIds);
  const claimsOf = new Map<string, number>();
  for (const claim of input.claims) claimsOf.set(claim.sourceId, (claimsOf.get(claim.sourceId) ?? 0) + 1);

  const descriptors: SourceDescriptor[] = sources.map((source, i) => ({
    n: i + 1,
    title: source.title,
    kind: kindText(source.kind),
    reliability: reliabilityText(source.reliability),
    published: source.publishedOn ? formatLongDate(source.publishedOn) : "Not dated",
    access: accessText(source),
    url: source.url,
    retraction: retractionText(source),
    claims: claimsOf.get(source.id) ?? 0,
    judgments: input.judgments?.get(source.id) ?? 0,
    direct: direct.has(source.id),
  }));

  // The brief's independent origins: its claims' own, and each source cited directly as its own.
  const origins = new Set(input.claims.flatMap((c) => c.origins.map((o) => o.key)));
  for (const source of sources) if (direct.has(source.id)) origins.add(sourceOrigin(source).key);

  const singleOrigin: SingleOriginClaim[] = input.claims.flatMap((claim) => {
    const [only, ...others] = claim.group.origins;
    if (!only || others.length > 0) return [];
    const reports = claim.group.reports;
    return [{ paraphrase: claim.paraphrase, origin: only.label, reports, circular: reports > 1 ? describeGroup({ reports, origins: [{ ...only, via: [] }] }) : null }];
  });

  const statement = sourceSummaryStatement({
    sources: sources.map((s) => ({ title: s.title, grade: isGrade(s.reliability) ? s.reliability : null, publishedOn: s.publishedOn, retracted: Boolean(s.retractedAt) })),
    origins: origins.size,
    claims: input.claims.length,
    singleOrigin,
    judgments: descriptors.reduce((n, d) => n + d.judgments, 0),
    withheld: input.withheld ?? 0,
  });
  return { statement, sources: descriptors, singleOrigin };
}
