/**
 * Where a claim's evidence comes from. Each claim's chain (its source, the
 * footnotes it relies on, the original report each footnote names) resolves
 * to origins: one per original report, keyed by its normalised URL, or else
 * by publisher, title and date. A claim that relies on no footnote rests on
 * its source alone, which is then its own origin. Two claims whose chains
 * end at the same report are one report repeated, not two: they count once.
 */

/** A report as a source or a footnote describes it. */
export type ReportFields = {
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
  /** Who wrote it: a footnote often names the agency or newspaper as its author. */
  authors?: string[] | null;
  /** As printed ("23 January 2025", "2024") or an ISO day. */
  date?: string | Date | null;
  /** A footnote's whole text, the last resort when it names no URL or title. */
  text?: string | null;
};

export type OriginStep =
  | { kind: "source"; id: string; label: string }
  | { kind: "footnote"; id: string; label: string };

export type Origin = {
  /** "url:mofa.go.jp/a_o/sea2/la/page1e_000123.html" or "work:lao news agency|…|2025-01-23". */
  key: string;
  /** "Lao News Agency, 23 January 2025". */
  label: string;
  /** The way from the claim to the origin: its source, then the footnote. */
  via: OriginStep[];
};

/** What origins need to know of a claim. */
export type ClaimForOrigins = {
  id: string;
  source: { id: string; title: string; url: string | null; publisher: string | null; authors?: string[]; publishedOn: Date | string | null };
  citations: { id: string; label: string; url: string | null; title: string | null; publisher: string | null; authors?: string[]; issued: string | null; text: string }[];
};

const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|cmpid$|ocid$)/i;

/**
 * A URL reduced to what names the document: no scheme, no "www.", no
 * fragment, no tracking parameters, no trailing slash, the query sorted.
 * Returns null for anything that is not an http(s) URL.
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "").replace(/^amp\./, "");
  const params = [...url.searchParams.entries()].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = decodeURIComponentSafe(url.pathname).replace(/\/(index\.html?)?$/i, "").replace(/\/amp$/i, "");
  const port = url.port && url.port !== "80" && url.port !== "443" ? `:${url.port}` : "";
  return `${host}${port}${path}${query}`;
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Lower case, accents and punctuation gone, spaces collapsed: "The Diplomat" and "the diplomat." match. */
export function normaliseWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "23 January 2025", "January 23, 2025" and "2025-01-23" become "2025-01-23"; a year alone stays a year. */
export function normaliseDate(raw: string | Date | null | undefined): string {
  if (!raw) return "";
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  const text = raw.trim().toLowerCase();
  const iso = text.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?/);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join("-");
  const year = text.match(/\b(1[89]\d{2}|2\d{3})\b/)?.[1];
  if (!year) return normaliseWords(text);
  const monthIndex = MONTHS.findIndex((m) => text.includes(m) || text.includes(m.slice(0, 3) + " ") || text.includes(m.slice(0, 3) + "."));
  if (monthIndex < 0) return year;
  const month = String(monthIndex + 1).padStart(2, "0");
  const day = text.replace(year, "").match(/\b(\d{1,2})\b/)?.[1];
  return day ? `${year}-${month}-${day.padStart(2, "0")}` : `${year}-${month}`;
}

function displayDate(raw: string | Date | null | undefined): string {
  if (!raw) return "";
  if (raw instanceof Date) return raw.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return raw.trim();
}

/** The key and label of the report a source or a footnote describes, or null when it names none. */
export function reportOrigin(report: ReportFields): { key: string; label: string } | null {
  const date = displayDate(report.date);
  const by = report.publisher?.trim() || report.authors?.filter(Boolean).join(", ") || "";
  const name = by || report.title?.trim() || "";
  const label = (host: string) => [name || host, date].filter(Boolean).join(", ");
  const url = report.url ? normaliseUrl(report.url) : null;
  if (url) return { key: `url:${url}`, label: label(url.split("/")[0] ?? url) };
  if (report.title?.trim()) {
    const key = ["work", normaliseWords(by), normaliseWords(report.title), normaliseDate(report.date)].join("|");
    return { key, label: label("") };
  }
  if (report.text?.trim()) {
    const words = normaliseWords(report.text);
    if (words) return { key: `note:${words}`, label: report.text.trim().length > 80 ? `${report.text.trim().slice(0, 79).trimEnd()}…` : report.text.trim() };
  }
  return null;
}

/**
 * A claim's origins: the report each footnote it relies on names, or, when it
 * relies on none (or none names a report), its source itself. One entry per
 * origin, with every way the claim reaches it.
 */
export function claimOrigins(claim: ClaimForOrigins): Origin[] {
  const sourceStep: OriginStep = { kind: "source", id: claim.source.id, label: claim.source.title };
  const byKey = new Map<string, Origin>();
  for (const citation of claim.citations) {
    const report = reportOrigin({ url: citation.url, title: citation.title, publisher: citation.publisher, authors: citation.authors, date: citation.issued, text: citation.text });
    if (!report) continue;
    const origin = byKey.get(report.key) ?? { ...report, via: [] };
    origin.via.push(sourceStep, { kind: "footnote", id: citation.id, label: `n. ${citation.label}` });
    byKey.set(report.key, origin);
  }
  if (byKey.size === 0) return [sourceOrigin(claim.source)];
  return [...byKey.values()];
}

/** A source as the origin of what it says itself. */
export function sourceOrigin(source: ClaimForOrigins["source"]): Origin {
  const step: OriginStep = { kind: "source", id: source.id, label: source.title };
  const report = reportOrigin({ url: source.url, title: source.title, publisher: source.publisher, authors: source.authors, date: source.publishedOn });
  // A source with a title always names a report; the id only guards an empty one.
  return { ...(report ?? { key: `source:${source.id}`, label: source.title }), via: [step] };
}

/** Claims that bear on one another, and the origins between them. */
export type CorroborationGroup = {
  claimIds: string[];
  /** Distinct sources the group's claims come from: the "reports". */
  reports: number;
  origins: Origin[];
};

/** The origins of a claim and of the claims corroborating (or duplicating) it, each counted once. */
export function corroborationGroup(claim: ClaimForOrigins, corroborating: Iterable<ClaimForOrigins>): CorroborationGroup {
  const claims = [claim, ...corroborating];
  const byKey = new Map<string, Origin>();
  for (const member of claims) {
    for (const origin of claimOrigins(member)) {
      const known = byKey.get(origin.key);
      if (known) known.via.push(...origin.via);
      else byKey.set(origin.key, { ...origin, via: [...origin.via] });
    }
  }
  return { claimIds: claims.map((c) => c.id), reports: new Set(claims.map((c) => c.source.id)).size, origins: [...byKey.values()] };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 reports, 1 origin: Lao News Agency, 23 January 2025". */
export function describeGroup(group: Pick<CorroborationGroup, "reports" | "origins">): string {
  const head = `${plural(group.reports, "report")}, ${plural(group.origins.length, "origin")}`;
  return group.origins.length === 1 ? `${head}: ${group.origins[0]!.label}` : head;
}
