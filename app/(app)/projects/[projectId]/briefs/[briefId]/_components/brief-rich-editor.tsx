"use client";

import { EditorContent, ReactNodeViewRenderer, useEditor, type Editor } from "@tiptap/react";
import type { EditorView } from "@tiptap/pm/view";
import { useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { ClaimCard } from "@/lib/briefs/claim-cards";
import { briefEditorExtensions, ClaimReference } from "@/lib/briefs/editor-schema";
import { editorToMarkdown } from "@/lib/briefs/editor-to-markdown";
import { markdownToEditor } from "@/lib/briefs/markdown-to-editor";
import { ChipClaimsContext, ClaimChip, type ChipClaim } from "./claim-chip";
import { droppedClaim } from "./claim-drag";
import { EDITOR_CONTENT_CLASS } from "./editor-styles";
import { EditorToolbar } from "./editor-toolbar";
import { SlashMenu, slashOptionId, slashQuery, type CaretRect } from "./slash-menu";
import { useClaimSearch } from "./use-claim-search";

/** The Markdown is written out once typing pauses this long, not at every key: a long brief takes milliseconds to write. */
const SERIALIZE_DELAY_MS = 120;

const extensions = briefEditorExtensions({ claimReference: ClaimReference.extend({ addNodeView: () => ReactNodeViewRenderer(ClaimChip) }) });

export type RichEditorHandle = {
  /** Inserts a reference at the caret (or where the caret last was). */
  insertClaim: (claim: ChipClaim) => void;
  /** Selects the first occurrence of a sentence, for "Show in text". */
  showText: (text: string) => void;
};

type Slash = { query: string; from: number; to: number; caret: CaretRect };

/** "/claim …" just before an empty selection in ordinary text, with the range it covers and the caret's place on screen. */
function readSlash(editor: Editor): Slash | null {
  const { $from, empty } = editor.state.selection;
  if (!empty || !$from.parent.isTextblock || $from.parent.type.spec.code) return null;
  // One character for each inline node, so that offsets in the text are offsets in the document.
  const query = slashQuery($from.parent.textBetween(0, $from.parentOffset, undefined, "\ufffc"));
  if (!query) return null;
  const { top, bottom, left } = editor.view.coordsAtPos($from.pos);
  return { query: query.query, from: $from.start() + query.start, to: $from.pos, caret: { top, bottom, left } };
}

/**
 * The brief's text as it will read: headings, lists, tables, notes and
 * claims as chips. It takes and gives the brief's Markdown; the document is
 * replaced only when the Markdown given differs from the last it gave (a
 * teammate's version taken, a version restored).
 */
export function BriefRichEditor(props: {
  ref?: React.Ref<RichEditorHandle>;
  projectId: string;
  markdown: string;
  /** The Markdown once typing pauses. */
  onChange: (markdown: string) => void;
  /** At once at every edit, before its Markdown is written out. */
  onEdit: () => void;
  editable: boolean;
  /** The cited claims as the server last read them. */
  cards: ClaimCard[];
  invalid?: boolean;
}) {
  const { ref, projectId, markdown, onChange, onEdit, editable, cards, invalid } = props;
  const [initial] = useState(() => markdownToEditor(markdown));
  const given = useRef(markdown);
  const [slash, setSlash] = useState<Slash | null>(null);
  // The option Enter would insert, for the query it was chosen in: a new query starts at the top again.
  const [chosen, setChosen] = useState({ query: "", index: 0 });
  const [linking, setLinking] = useState(false);
  const [picked, setPicked] = useState<ReadonlyMap<string, ChipClaim>>(new Map());
  const dismissedAt = useRef<number | null>(null);
  const menuId = useId();
  const results = useClaimSearch(projectId, { q: slash?.query ?? "", status: "", theme: "" }, slash !== null);
  const choices = results.claims.slice(0, 8);
  const active = slash && chosen.query === slash.query ? chosen.index : 0;

  const onKey = useRef<(event: KeyboardEvent) => boolean>(() => false);
  const onDrop = useRef<(view: EditorView, event: DragEvent) => boolean>(() => false);
  const editorProps = useMemo(
    () => ({
      // The text scrolls itself, so that the scrolling box is the focusable editor (keyboard users can scroll it).
      attributes: { id: "brief-body", role: "textbox", "aria-multiline": "true", "aria-label": "Brief text", tabindex: "0", class: "h-[70vh] overflow-y-auto px-4 py-3 focus:outline-none" },
      handleKeyDown: (_view: EditorView, event: KeyboardEvent) => onKey.current(event),
      handleDrop: (view: EditorView, event: DragEvent) => onDrop.current(view, event),
    }),
    [],
  );

  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Every edit is reported, even one that leaves the Markdown as it was, so that "Not saved" always turns back to "Saved".
  const emit = (e: Editor) => {
    given.current = editorToMarkdown(e.getJSON());
    onChange(given.current);
  };
  const follow = (e: Editor) => {
    const next = readSlash(e);
    if (!next) dismissedAt.current = null;
    setSlash(next && next.from !== dismissedAt.current ? next : null);
  };
  const editor = useEditor({
    extensions,
    content: initial,
    editable,
    immediatelyRender: false,
    editorProps,
    onUpdate: ({ editor: e, transaction }) => {
      // Only what the writer did is an edit: a change a plugin appends by itself (the empty paragraph
      // kept after a closing table or list once the caret moves) would otherwise rewrite a brief
      // nobody touched into the canonical form, and send an approved one back to draft.
      if (!transaction.docChanged) return;
      onEdit();
      follow(e);
      clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        pending.current = undefined;
        emit(e);
      }, SERIALIZE_DELAY_MS);
    },
    onSelectionUpdate: ({ editor: e }) => follow(e),
    onBlur: ({ editor: e }) => {
      setTimeout(() => setSlash(null), 150);
      if (pending.current === undefined) return;
      clearTimeout(pending.current);
      pending.current = undefined;
      emit(e);
    },
  });

  useEffect(() => () => clearTimeout(pending.current), []);

  // Markdown from outside (their version taken) replaces the document; the Markdown this editor gave does not.
  useEffect(() => {
    if (!editor || markdown === given.current) return;
    clearTimeout(pending.current);
    pending.current = undefined;
    given.current = markdown;
    editor.commands.setContent(markdownToEditor(markdown), { emitUpdate: false });
  }, [editor, markdown]);

  useEffect(() => {
    editor?.setEditable(editable, false);
  }, [editor, editable]);

  const remember = (claim: ChipClaim) => setPicked((known) => (known.has(claim.id) ? known : new Map(known).set(claim.id, claim)));

  function insertClaim(claim: ChipClaim, at?: { from: number; to: number } | number) {
    if (!editor) return;
    remember(claim);
    editor.chain().focus().insertClaimReference(claim.id, at).run();
    setSlash(null);
  }

  useImperativeHandle(ref, () => ({
    insertClaim: (claim) => insertClaim(claim),
    showText: (text) => {
      if (!editor) return;
      let found: { from: number; to: number } | null = null;
      editor.state.doc.descendants((node, pos) => {
        if (found || !node.isTextblock) return !found;
        const at = node.textBetween(0, node.content.size, undefined, "\ufffc").indexOf(text);
        if (at >= 0) found = { from: pos + 1 + at, to: pos + 1 + at + text.length };
        return false;
      });
      if (found) editor.chain().focus().setTextSelection(found).scrollIntoView().run();
    },
  }));

  useLayoutEffect(() => {
    onKey.current = (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "k") {
        setLinking(true);
        return true;
      }
      if (!slash) return false;
      if (event.key === "Escape") {
        dismissedAt.current = slash.from;
        setSlash(null);
        return true;
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        const n = Math.max(1, choices.length);
        setChosen({ query: slash.query, index: (active + (event.key === "ArrowDown" ? 1 : n - 1)) % n });
        return true;
      }
      const choice = choices[active];
      if (event.key === "Enter" && choice) {
        insertClaim(choice, { from: slash.from, to: slash.to });
        return true;
      }
      return false;
    };
    onDrop.current = (view, event) => {
      const claim = event.dataTransfer ? droppedClaim(event.dataTransfer) : null;
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
      if (!claim || !at || !editor) return false;
      event.preventDefault();
      if (claim.summary) remember(claim.summary);
      editor.chain().focus().insertClaimReference(claim.id, at.pos).run();
      return true;
    };
  });

  // The caret's place moves with the page and the editor's box; the menu follows it.
  useEffect(() => {
    if (!slash || !editor) return;
    const move = () => follow(editor);
    window.addEventListener("scroll", move, true);
    window.addEventListener("resize", move);
    return () => {
      window.removeEventListener("scroll", move, true);
      window.removeEventListener("resize", move);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slash !== null, editor]);

  // The caret stays in the text; the text names the option Enter would insert.
  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    if (slash && choices.length) {
      dom.setAttribute("aria-activedescendant", slashOptionId(menuId, active));
      dom.setAttribute("aria-controls", menuId);
    } else {
      dom.removeAttribute("aria-activedescendant");
      dom.removeAttribute("aria-controls");
    }
  }, [editor, slash, choices.length, active, menuId]);

  const claims = useMemo(() => {
    const all = new Map<string, ChipClaim>(picked);
    for (const card of cards) all.set(card.id, card);
    return all;
  }, [picked, cards]);

  return (
    <ChipClaimsContext.Provider value={claims}>
      {editor && editable ? <EditorToolbar editor={editor} linking={linking} setLinking={setLinking} /> : null}
      <div
        data-invalid={invalid || undefined}
        className={`border border-stone-300 bg-white text-[15px] leading-relaxed focus-within:border-blue-600 data-[invalid]:border-red-600 ${editable ? "rounded-b-lg" : "rounded-lg"}`}
      >
        <EditorContent editor={editor} className={EDITOR_CONTENT_CLASS} />
      </div>
      {slash ? <SlashMenu id={menuId} caret={slash.caret} claims={choices} loading={results.loading} active={active} onPick={(id) => insertChoice(id)} /> : null}
    </ChipClaimsContext.Provider>
  );

  function insertChoice(id: string) {
    const choice = choices.find((c) => c.id === id);
    if (choice && slash) insertClaim(choice, { from: slash.from, to: slash.to });
  }
}
