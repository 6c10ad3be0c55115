"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useState } from "react";
import { safeUrl } from "@/lib/briefs/safe-url";

type Tool = { name: string; keys?: string; label: string; active?: boolean; disabled?: boolean; run: () => void };

/** The formatting the brief's Markdown can hold, as buttons; each names its shortcut, and Markdown typed out works too. */
export function EditorToolbar({ editor, linking, setLinking }: { editor: Editor; linking: boolean; setLinking: (open: boolean) => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullets: e.isActive("bulletList"),
      numbers: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      href: (e.getAttributes("link").href as string | undefined) ?? "",
      inTable: e.can().addRowAfter(),
    }),
  });
  const chain = () => editor.chain().focus();

  const tools: Tool[] = [
    { name: "Bold", keys: "Ctrl+B", label: "B", active: state.bold, run: () => chain().toggleBold().run() },
    { name: "Italic", keys: "Ctrl+I", label: "I", active: state.italic, run: () => chain().toggleItalic().run() },
    { name: "Heading 2", keys: "## then space", label: "H2", active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { name: "Heading 3", keys: "### then space", label: "H3", active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { name: "Bullet list", keys: "- then space", label: "•", active: state.bullets, run: () => chain().toggleBulletList().run() },
    { name: "Numbered list", keys: "1. then space", label: "1.", active: state.numbers, run: () => chain().toggleOrderedList().run() },
    { name: "Quote", keys: "> then space", label: "❝", active: state.quote, run: () => chain().toggleBlockquote().run() },
    { name: "Link", keys: "Ctrl+K, or [words](address)", label: "Link", active: state.link, run: () => setLinking(!linking) },
    { name: "Insert table", label: "Table", run: () => chain().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run() },
    { name: "Add row", label: "+Row", disabled: !state.inTable, run: () => chain().addRowAfter().run() },
    { name: "Add column", label: "+Col", disabled: !state.inTable, run: () => chain().addColumnAfter().run() },
    { name: "Delete row", label: "−Row", disabled: !state.inTable, run: () => chain().deleteRow().run() },
    { name: "Delete column", label: "−Col", disabled: !state.inTable, run: () => chain().deleteColumn().run() },
    { name: "Insert footnote", keys: "Ctrl+Alt+F", label: "Note", run: () => chain().insertFootnote().run() },
  ];

  return (
    <div className="space-y-1">
      <div
        role="toolbar"
        aria-label="Editing tools"
        className="flex flex-wrap gap-1 rounded-t-lg border border-b-0 border-stone-300 bg-stone-50 p-1"
      >
        {tools.map((tool) => (
          <button
            key={tool.name}
            type="button"
            title={tool.keys ? `${tool.name} (${tool.keys})` : tool.name}
            aria-pressed={tool.active === undefined ? undefined : tool.active}
            disabled={tool.disabled}
            // Keeps the caret in the text, where the command applies.
            onMouseDown={(e) => e.preventDefault()}
            onClick={tool.run}
            className={`rounded px-2 py-1 text-xs font-medium disabled:opacity-40 ${tool.active ? "bg-blue-100 text-blue-900" : "text-stone-700 hover:bg-stone-200"}`}
          >
            {/* The short label is what shows; the full name is what is announced. */}
            <span aria-hidden="true">{tool.label}</span>
            <span className="sr-only">{tool.name}</span>
          </button>
        ))}
      </div>
      {linking ? <LinkForm editor={editor} href={state.href} onClose={() => setLinking(false)} /> : null}
    </div>
  );
}

/** The address of the link on the selected words (or, with nothing selected, a link whose words are its address). */
function LinkForm({ editor, href, onClose }: { editor: Editor; href: string; onClose: () => void }) {
  const [value, setValue] = useState(href);
  const [error, setError] = useState<string | null>(null);

  function apply() {
    const url = safeUrl(value.trim());
    if (!url) {
      setError("Use an address starting with http://, https:// or mailto:.");
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) chain.insertContent({ type: "text", text: url, marks: [{ type: "link", attrs: { href: url } }] }).run();
    else chain.extendMarkRange("link").setLink({ href: url }).run();
    onClose();
  }

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        <span>Link address</span>
        <input
          autoFocus
          type="url"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            } else if (e.key === "Escape") onClose();
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "link-error" : undefined}
          className="w-72 rounded border border-stone-300 px-2 py-1"
        />
      </label>
      <button type="button" onClick={apply} className="rounded bg-blue-700 px-2 py-1 text-xs font-medium text-white">
        Apply link
      </button>
      {href ? (
        <button
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            onClose();
          }}
          className="rounded px-2 py-1 text-xs text-stone-700 hover:bg-stone-200"
        >
          Remove link
        </button>
      ) : null}
      {error ? (
        <p id="link-error" role="alert" className="w-full text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
