import { formatDateTime } from "@/lib/format";
import { IMPACT_LABELS } from "@/lib/impact/codes";
import type { ImpactCode } from "@/lib/generated/prisma/enums";
import { AcknowledgeForm } from "./acknowledge-form";

type Warning = { id: string; code: string; message: string; createdAt: Date; actor: { name: string } | null };

const LABEL_OF: Record<string, string> = Object.fromEntries(
  (Object.entries(IMPACT_LABELS) as [ImpactCode, string][]).map(([code, label]) => [code.toLowerCase().replace("_", "-"), label]),
);

/**
 * The open impact warnings of a brief or claim: what changed, who did it and
 * when, each with an "Acknowledge" button for members who may.
 */
export function ImpactWarnings({ projectId, warnings, canAcknowledge, subject }: { projectId: string; warnings: Warning[]; canAcknowledge: boolean; subject: "brief" | "claim" }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="impact-heading" data-testid="impact-warnings" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
      <h2 id="impact-heading" className="font-semibold">
        Something this {subject} rests on changed
      </h2>
      <ul className="mt-2 space-y-3">
        {warnings.map((warning) => (
          <li key={warning.id} data-warning-code={warning.code} className="rounded-md bg-white px-3 py-2">
            <p>
              <span className="font-medium">{LABEL_OF[warning.code] ?? warning.code}.</span> {warning.message}
            </p>
            <p className="text-xs text-stone-600">
              {warning.actor ? `${warning.actor.name}, ` : ""}
              {formatDateTime(warning.createdAt)}
            </p>
            {canAcknowledge ? <AcknowledgeForm projectId={projectId} warningId={warning.id} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
