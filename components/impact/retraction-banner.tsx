import { formatDate } from "@/lib/format";

/** "Retracted: <note>, by X on <date>": shown wherever a retracted source is read. */
export function RetractionBanner({ source }: { source: { retractedAt: Date | null; retractionNote: string; retractedBy: { name: string } | null } }) {
  if (!source.retractedAt) return null;
  return (
    <p role="note" data-testid="retraction-banner" className="mt-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 font-sans text-sm text-red-900">
      <strong className="font-semibold">Retracted:</strong> {source.retractionNote}
      {source.retractedBy ? `, by ${source.retractedBy.name}` : ""} on {formatDate(source.retractedAt)}
    </p>
  );
}
