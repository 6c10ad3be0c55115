import { inputClass } from "@/components/ui/field";
import { CITATION_STYLES } from "@/lib/citations/styles";

const FORMATS = [
  { value: "docx", label: "Word (DOCX)" },
  { value: "pdf", label: "PDF" },
  { value: "md", label: "Markdown" },
  { value: "html", label: "HTML" },
];

/**
 * What stops an export at the brief's marking: the refusal, how many claims
 * withholding would blank, and whether this person may choose that.
 */
export type MarkingRefusal = { message: string; claims: number; mayWithhold: boolean };

/**
 * Downloads the saved brief: a plain GET form, so it works without JavaScript too. The citation style starts at the
 * project's, the notes at the brief's placement. When the brief is marked below what it cites, the refusal shows
 * here, and its author or an owner gets a second button that withholds those claims.
 */
export function ExportForm({
  projectId,
  briefId,
  style,
  notes,
  refusal,
}: {
  projectId: string;
  briefId: string;
  style: string;
  notes: "footnotes" | "endnotes";
  refusal?: MarkingRefusal | null;
}) {
  return (
    <form method="get" action={`/projects/${projectId}/briefs/${briefId}/export`} className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3" aria-label="Export the brief">
      <label className="text-xs text-stone-600">
        Format
        <select name="format" defaultValue="docx" className={`${inputClass} w-auto`}>
          {FORMATS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Citation style
        <select name="style" defaultValue={style} className={`${inputClass} w-auto`}>
          {CITATION_STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-stone-600">
        Notes
        <select name="notes" defaultValue={notes} className={`${inputClass} w-auto`}>
          <option value="footnotes">Footnotes</option>
          <option value="endnotes">Endnotes</option>
        </select>
      </label>
      <label className="flex items-center gap-1.5 pb-1.5 text-sm">
        <input type="checkbox" name="appendix" value="1" /> Appendix of claims used
      </label>
      <label className="flex items-center gap-1.5 pb-1.5 text-sm">
        <input type="checkbox" name="sources" value="1" /> Sources annex (ICD 206)
      </label>
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-50">
        Export
      </button>
      {refusal?.mayWithhold ? (
        <button type="submit" name="redact" value="1" className="rounded-md border border-amber-400 bg-amber-50 px-3 py-1.5 text-sm text-amber-900 hover:bg-amber-100">
          Export with {refusal.claims} claim{refusal.claims === 1 ? "" : "s"} withheld
        </button>
      ) : null}
      {refusal ? (
        <p className="w-full rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="marking-refusal">
          {refusal.message}
          {refusal.mayWithhold ? "" : " Only the brief's author or a project owner may export it with claims withheld."}
        </p>
      ) : null}
      <p className="w-full text-xs text-stone-500">Exports the last saved version.</p>
    </form>
  );
}
