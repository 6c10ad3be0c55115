"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { BriefDocumentView } from "@/components/briefs/brief-document-view";
import { inputClass } from "@/components/ui/field";
import type { BriefWarning } from "@/lib/briefs/brief-warnings";
import type { ClaimCard } from "@/lib/briefs/claim-cards";
import type { BriefDocument } from "@/lib/briefs/document";
import type { EstimativeMark } from "@/lib/briefs/estimative-language";
import { MAX_BODY_CHARS } from "@/lib/briefs/schemas";
import { previewBriefAction, saveBriefAction, type SaveConflict } from "../../actions";
import { BriefRichEditor, type RichEditorHandle } from "./brief-rich-editor";
import { ClaimPicker } from "./claim-picker";
import { ConflictPanel, TheirVersion } from "./conflict-panel";
import { usePublishChecklist } from "./live-checklist";
import { MarksPanel } from "./marks-panel";

/** Autosave waits this long after typing stops; the preview a little less. */
const SAVE_DELAY_MS = 1500;
const PREVIEW_DELAY_MS = 400;

type Fields = { title: string; summary: string; audience: string; body: string };
type SaveState = "saved" | "saving" | "unsaved" | "conflict" | "error";
type Preview = { document: BriefDocument; warnings: BriefWarning[]; marks: EstimativeMark[]; claims: ClaimCard[] };

const STATE_LABEL: Record<SaveState, string> = { saved: "Saved", saving: "Saving…", unsaved: "Not saved", conflict: "Not saved: changed by someone else", error: "Not saved" };

/**
 * The brief editor: the rich text on the left, the rendered brief (as the
 * exports will have it) on the right. The text is kept as Markdown, which is
 * what autosave, the conflict panel and the versions work on. Autosaves a
 * moment after typing stops, each save naming the version it builds on; a
 * refused save opens the conflict panel instead of overwriting.
 */
export function BriefEditor(props: {
  projectId: string;
  briefId: string;
  initial: Fields & { version: number };
  preview: Preview;
  canEdit: boolean;
  themes: { id: string; name: string }[];
  /** The version stored now, as the server last rendered the page (a teammate's save shows here). */
  storedVersion: number;
}) {
  const { projectId, briefId, canEdit } = props;
  const target = { projectId, briefId };
  const [fields, setFields] = useState<Fields>(props.initial);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [merging, setMerging] = useState<SaveConflict | null>(null);
  const [preview, setPreview] = useState<Preview>(props.preview);
  const base = useRef(props.initial.version);
  const latest = useRef(fields);
  const inFlight = useRef(false);
  const editor = useRef<RichEditorHandle>(null);
  const previewSeq = useRef(0);
  const publishChecklist = usePublishChecklist();
  /** While a conflict waits for a choice, autosave holds off. */
  const conflictOpen = useRef(false);
  useEffect(() => {
    conflictOpen.current = conflict !== null;
  }, [conflict]);

  const [baseVersion, setBaseVersion] = useState(props.initial.version);
  const rebase = (version: number) => {
    base.current = version;
    setBaseVersion(version);
  };

  /** Saves until what is stored is what is typed; a save already running picks up later typing itself. */
  const save = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSaveState("saving");
    try {
      for (;;) {
        const sent = latest.current;
        const result = await saveBriefAction({ projectId, briefId }, { baseVersion: base.current, ...sent });
        if (!result.ok) {
          setSaveState("error");
          setMessage(result.message ?? "Not saved.");
          return;
        }
        if (result.data.conflict) {
          setConflict(result.data.conflict);
          setSaveState("conflict");
          return;
        }
        base.current = result.data.saved!.version;
        setBaseVersion(base.current);
        if (latest.current === sent) {
          setMessage(null);
          setSaveState("saved");
          return;
        }
      }
    } finally {
      inFlight.current = false;
    }
  }, [projectId, briefId]);

  // Autosave and preview follow the text, each after its own pause.
  useEffect(() => {
    latest.current = fields;
    if (!canEdit || conflictOpen.current || fields === props.initial) return;
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fields, canEdit, save, props.initial]);

  useEffect(() => {
    const mine = ++previewSeq.current;
    const timer = setTimeout(async () => {
      const result = await previewBriefAction(target, fields.body);
      if (mine !== previewSeq.current || !result.ok) return;
      setPreview(result.data);
      publishChecklist(result.data.checklist);
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields.body]);

  // Leaving with unsaved text asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (saveState !== "saved") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saveState]);

  const markUnsaved = () => setSaveState((state) => (state === "saving" || state === "conflict" ? state : "unsaved"));
  const change = (patch: Partial<Fields>) => {
    setFields((f) => ({ ...f, ...patch }));
    markUnsaved();
  };

  const resolve = {
    takeTheirs: () => {
      if (!conflict) return;
      rebase(conflict.version);
      const theirs = { ...latest.current, title: conflict.title, body: conflict.body };
      latest.current = theirs;
      setConflict(null);
      setSaveState("saved");
      setFields(theirs);
    },
    keepMine: () => {
      if (!conflict) return;
      rebase(conflict.version);
      conflictOpen.current = false;
      setConflict(null);
      void save();
    },
    mergeByHand: () => {
      if (!conflict) return;
      rebase(conflict.version);
      conflictOpen.current = false;
      setMerging(conflict);
      setConflict(null);
      setSaveState("unsaved");
    },
  };

  // Typing re-renders the editor's surroundings at every key; the preview changes only when the server has rendered anew.
  const renderedPreview = useMemo(() => <BriefDocumentView document={preview.document} idPrefix="preview" />, [preview.document]);
  const tooLong = fields.body.length > MAX_BODY_CHARS;
  const stale = props.storedVersion > baseVersion && saveState !== "conflict";

  return (
    <div className="space-y-4">
      {canEdit ? (
        <div className="grid gap-3 md:grid-cols-[2fr_1fr]">
          <label className="block text-sm">
            <span className="font-medium">Title</span>
            <input value={fields.title} maxLength={200} onChange={(e) => change({ title: e.target.value })} className={inputClass} />
          </label>
          <label className="block text-sm">
            <span className="font-medium">Intended audience</span>
            <input value={fields.audience} maxLength={200} onChange={(e) => change({ audience: e.target.value })} className={inputClass} />
          </label>
          <label className="block text-sm md:col-span-2">
            <span className="font-medium">Summary</span>
            <textarea value={fields.summary} rows={2} maxLength={2000} onChange={(e) => change({ summary: e.target.value })} className={inputClass} />
          </label>
        </div>
      ) : null}

      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p aria-live="polite" data-save-state={saveState} className={saveState === "saved" ? "text-green-800" : saveState === "saving" ? "text-stone-600" : "text-red-700"}>
          {canEdit ? STATE_LABEL[saveState] : "Read only"}
          {message ? ` — ${message}` : ""}
        </p>
        <p className={`text-xs ${tooLong ? "font-medium text-red-700" : "text-stone-500"}`}>
          {fields.body.length.toLocaleString("en-GB")} / {MAX_BODY_CHARS.toLocaleString("en-GB")} characters · type <kbd>/claim</kbd> to cite a claim
        </p>
      </div>
      {stale ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Someone saved a newer version (version {props.storedVersion}) while you were editing. Your next save will show the difference so that you can merge.
        </p>
      ) : null}
      {conflict ? <ConflictPanel conflict={conflict} mine={fields.body} onTakeTheirs={resolve.takeTheirs} onKeepMine={resolve.keepMine} onMergeByHand={resolve.mergeByHand} /> : null}
      {merging ? <TheirVersion conflict={merging} onDone={() => setMerging(null)} /> : null}

      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_300px]">
        <div>
          <BriefRichEditor ref={editor} projectId={projectId} markdown={fields.body} onChange={(body) => change({ body })} onEdit={markUnsaved} editable={canEdit} cards={preview.claims} invalid={tooLong} />
        </div>
        <section aria-label="Preview" tabIndex={0} className="h-[70vh] overflow-y-auto rounded-lg border border-stone-200 bg-white p-4">
          {renderedPreview}
        </section>
        <div className="space-y-4">
          <MarksPanel target={target} warnings={preview.warnings} marks={preview.marks} canDismiss={canEdit} onShow={(sentence) => editor.current?.showText(sentence)} />
          {canEdit ? <ClaimPicker projectId={projectId} themes={props.themes} onInsert={(claim) => editor.current?.insertClaim(claim)} /> : null}
        </div>
      </div>
    </div>
  );
}
