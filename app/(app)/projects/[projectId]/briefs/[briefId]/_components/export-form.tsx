import { inputClass } from "@/components/ui/field";
import { CITATION_STYLES } from "@/lib/citations/styles";

const FORMATS = [
  { value: "docx", label: "Word (DOCX)" },
  { value: "pdf", label: "PDF" },
  { value: "md", label: "Markdown" },
  { value: "html", label: "HTML" },
];

/**
 * Downloads the saved brief: a plain GET form, so it works without JavaScript too.
 * The citation style starts at the project's, the notes at the brief's placement.
 */
export function ExportForm({ projectId, briefId, style, notes }: { projectId: string; briefId: string; style: string; notes: "footnotes" | "endnotes" }) {
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
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-50">
        Export
      </button>
      <p className="w-full text-xs text-stone-500">Exports the last saved version.</p>
    </form>
  );
}
