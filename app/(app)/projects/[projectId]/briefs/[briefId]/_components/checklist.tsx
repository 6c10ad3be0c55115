import type { BriefChecklist } from "@/lib/briefs/brief-warnings";

/** The checklist before export: each line passes, or says what to look at; missing claims block. */
export function Checklist({ checklist, children }: { checklist: BriefChecklist; children?: React.ReactNode }) {
  return (
    <section aria-labelledby="checklist-heading" className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <h2 id="checklist-heading" className="mb-2 font-semibold">
        Before export
      </h2>
      <ul className="space-y-1.5">
        {checklist.items.map((item) => (
          <li key={item.id} data-check={item.id} data-ok={item.ok}>
            <span aria-hidden className={item.ok ? "text-green-700" : item.blocking ? "text-red-700" : "text-amber-700"}>
              {item.ok ? "✓" : item.blocking ? "✗" : "!"}
            </span>{" "}
            {item.label}
            {!item.ok && item.details.length ? <span className="block pl-4 text-xs text-stone-600">{item.details.slice(0, 3).join(" ")}{item.details.length > 3 ? ` And ${item.details.length - 3} more.` : ""}</span> : null}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
