/**
 * How the brief reads inside the editor: close to the preview
 * (brief-document-view.tsx), so that writing and reading look alike. Kept as
 * Tailwind variants on the editor's box, since the editor's own elements are
 * made by ProseMirror, not by React.
 */
export const EDITOR_CONTENT_CLASS = [
  "[&_h1]:mt-4 [&_h1]:text-2xl [&_h1]:font-semibold [&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-semibold",
  "[&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-medium [&_p]:my-2",
  "[&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_li_p]:my-0.5",
  "[&_blockquote]:my-2 [&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3 [&_blockquote]:text-stone-700",
  "[&_a]:text-blue-700 [&_a]:underline [&_hr]:my-4 [&_hr]:border-stone-300",
  "[&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em]",
  "[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-stone-100 [&_pre]:p-2 [&_pre]:font-mono [&_pre]:text-sm [&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_.tableWrapper]:my-2 [&_.tableWrapper]:overflow-x-auto [&_table]:border-collapse [&_td]:border [&_td]:border-stone-300 [&_td]:px-2 [&_td]:py-1 [&_td]:align-top",
  "[&_th]:border [&_th]:border-stone-300 [&_th]:bg-stone-50 [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_th]:font-semibold [&_.selectedCell]:bg-blue-50",
  "[&_.brief-footnote-ref]:text-xs [&_.brief-footnote-ref]:text-blue-800",
  "[&_.brief-footnote-def]:mt-2 [&_.brief-footnote-def]:flex [&_.brief-footnote-def]:gap-2 [&_.brief-footnote-def]:border-t [&_.brief-footnote-def]:border-stone-200 [&_.brief-footnote-def]:pt-1 [&_.brief-footnote-def]:text-sm",
  "[&_.brief-footnote-label]:shrink-0 [&_.brief-footnote-label]:text-stone-500 [&_.brief-footnote-def_p]:my-0",
  "[&_.brief-raw]:border [&_.brief-raw]:border-dashed [&_.brief-raw]:border-amber-400 [&_.brief-raw]:bg-amber-50",
].join(" ");
