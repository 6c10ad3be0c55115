"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { ClaimAdder } from "./claim-adder";
import { ClaimPanel } from "./claim-panel";
import { NewClaimPopover } from "./new-claim-popover";
import type { AnnotatorProps, PickedWords } from "./reader-types";
import { markersInTouchedSentences, readSelection } from "./selection-offsets";

const NAVIGATION_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown", "Tab", "Escape", "Shift"]);

/** Whether the selection was made from its end back to its start (the adder then stands at its start). */
function isBackwards(selection: globalThis.Selection): boolean {
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  if (!anchorNode || !focusNode) return false;
  return anchorNode === focusNode ? focusOffset < anchorOffset : Boolean(anchorNode.compareDocumentPosition(focusNode) & Node.DOCUMENT_POSITION_PRECEDING);
}

/** The selection in the text as it stands now, or null when none is there. */
function pickSelection(container: HTMLElement): PickedWords | null {
  const dom = window.getSelection();
  const selection = readSelection(container);
  if (!dom || !selection) return null;
  const suggestedLabels = markersInTouchedSentences(container, selection.start, selection.end);
  return { selection, range: dom.getRangeAt(0).cloneRange(), backwards: isBackwards(dom), suggestedLabels };
}

/**
 * The reader's interactive layer: a selection (mouse, touch, or keyboard with
 * shift+arrows: the text is a read-only editing host, so the caret moves
 * through it) brings up the "Claim" adder; the adder, Enter or C opens the
 * "New claim" form beside the words; a click on a highlight opens that claim
 * in the side panel.
 */
export function Annotator(props: AnnotatorProps) {
  const textRef = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<PickedWords | null>(null);
  const [composing, setComposing] = useState(false);
  const [dragging, setDragging] = useState(false);
  // The selection listeners are set once; they read the latest state through these.
  const pickedRef = useRef<PickedWords | null>(null);
  const composingRef = useRef(false);
  useEffect(() => {
    pickedRef.current = picked;
    composingRef.current = composing;
  }, [picked, composing]);
  const [activeId, setActiveId] = useState<string | null>(props.initialClaimId ?? null);
  const claimsById = useMemo(() => new Map(props.claims.map((c) => [c.id, c])), [props.claims]);
  const router = useRouter();
  const { parts, currentPart } = props;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const container = textRef.current;
        const dom = window.getSelection();
        if (!container || !dom) return;
        const next = pickSelection(container);
        if (next) {
          const current = pickedRef.current?.selection;
          if (current?.start === next.selection.start && current.end === next.selection.end) return;
          setPicked(next);
          // Other words selected: the form (if open) was about the old ones.
          setComposing(false);
        } else if (!composingRef.current && dom.anchorNode && container.contains(dom.anchorNode)) {
          setPicked(null);
        }
      }, 120);
    };
    // The adder waits for the mouse or finger to let go, so it never sits under a drag; a press elsewhere dismisses it.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target && textRef.current?.contains(target)) setDragging(true);
      else if (!composingRef.current && !target?.closest("[data-claim-adder]")) setPicked(null);
    };
    const onPointerUp = () => setDragging(false);
    document.addEventListener("selectionchange", onChange);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("pointerup", onPointerUp);
    document.addEventListener("pointercancel", onPointerUp);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("selectionchange", onChange);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("pointerup", onPointerUp);
      document.removeEventListener("pointercancel", onPointerUp);
    };
  }, []);

  const openForm = useCallback(() => {
    if (composingRef.current) {
      document.getElementById("new-claim-paraphrase")?.focus();
      return;
    }
    // A key can come before the selection has settled (shift+arrow, then Enter at once): take it as it is now.
    const now = textRef.current ? pickSelection(textRef.current) : null;
    if (now) setPicked(now);
    if (now || pickedRef.current) setComposing(true);
  }, []);

  /** Escape: the form goes, the words stay selected and the text has the focus again, so Enter reopens it. */
  const closeForm = useCallback(() => {
    setComposing(false);
    const container = textRef.current;
    const range = pickedRef.current?.range;
    if (!container || !range) return;
    container.focus({ preventScroll: true });
    const dom = window.getSelection();
    dom?.removeAllRanges();
    dom?.addRange(range);
  }, []);

  /** Saved or cancelled: the selection is spent. */
  const finishForm = useCallback(() => {
    setComposing(false);
    setPicked(null);
    window.getSelection()?.removeAllRanges();
    textRef.current?.focus({ preventScroll: true });
  }, []);

  const { initialClaimId } = props;
  useEffect(() => {
    if (!initialClaimId) return;
    textRef.current?.querySelector(`mark[data-claims~="${CSS.escape(initialClaimId)}"]`)?.scrollIntoView({ block: "center" });
  }, [initialClaimId]);

  const focusClaim = useCallback(
    (id: string) => {
      setActiveId(id);
      const claim = claimsById.get(id);
      const home = claim ? parts.findIndex((p) => claim.start >= p.start && claim.start < p.end) : -1;
      if (home !== -1 && home !== currentPart) {
        router.push(parts[home]!.href, { scroll: false });
        return;
      }
      const mark = textRef.current?.querySelector(`mark[data-claims~="${CSS.escape(id)}"]`);
      mark?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    [claimsById, parts, currentPart, router],
  );

  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (!window.getSelection()?.isCollapsed) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>("mark[data-claims]");
    if (!mark) return;
    // The innermost (shortest) claim under the pointer: nested claims stay reachable.
    const ids = (mark.dataset.claims ?? "").split(" ").filter((id) => claimsById.has(id));
    ids.sort((a, b) => {
      const x = claimsById.get(a)!;
      const y = claimsById.get(b)!;
      return x.end - x.start - (y.end - y.start);
    });
    const current = activeId ? ids.indexOf(activeId) : -1;
    // Clicking the same place again cycles through the claims stacked there.
    const next = ids[(current + 1) % ids.length];
    if (next) setActiveId(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const copy = (event.ctrlKey || event.metaKey) && ["c", "a"].includes(event.key.toLowerCase());
    if (event.key === "Escape" && picked && !composing) {
      window.getSelection()?.collapseToEnd();
      setPicked(null);
      return;
    }
    if (NAVIGATION_KEYS.has(event.key) || copy) return;
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    if (props.canCreate && (event.key === "Enter" || (event.key.toLowerCase() === "c" && !modified))) {
      event.preventDefault();
      openForm();
      return;
    }
    event.preventDefault();
  }

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_360px]">
      <div
        ref={textRef}
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        role="document"
        aria-label="Source text: select words to make a claim"
        className="caret-stone-400 outline-none"
        onKeyDown={onKeyDown}
        onBeforeInput={(event) => event.preventDefault()}
        onPaste={(event) => event.preventDefault()}
        onCut={(event) => event.preventDefault()}
        onDrop={(event) => event.preventDefault()}
        onClick={onClick}
      >
        {props.children}
      </div>
      {props.canCreate && picked && composing ? (
        <NewClaimPopover
          key={`${picked.selection.start}-${picked.selection.end}`}
          projectId={props.projectId}
          sourceId={props.sourceId}
          themes={props.themes}
          citations={props.citations}
          canManageThemes={props.canManageThemes}
          picked={picked}
          text={textRef}
          onClose={closeForm}
          onDone={finishForm}
        />
      ) : null}
      {props.canCreate && picked && !composing && !dragging ? <ClaimAdder picked={picked} onChoose={openForm} /> : null}
      <div className="space-y-5">
        <ClaimPanel {...props} activeId={activeId} onFocusClaim={focusClaim} />
        {props.aside}
      </div>
    </div>
  );
}
