"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import { ClaimPanel } from "./claim-panel";
import type { AnnotatorProps, Selection } from "./reader-types";
import { markersNear, readSelection } from "./selection-offsets";

const NAVIGATION_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown", "Tab", "Escape", "Shift"]);

/**
 * The reader's interactive layer: turns a selection (mouse, or keyboard with
 * shift+arrows: the text is a read-only editing host, so the caret moves
 * through it) into a "New claim" form, and a click on a highlight into that
 * claim in the side panel.
 */
export function Annotator(props: AnnotatorProps) {
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [suggested, setSuggested] = useState<string[]>([]);
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
        if (!container) return;
        const next = readSelection(container);
        if (next) {
          setSelection(next);
          setSuggested(markersNear(container, next.start, next.end));
        }
      }, 120);
    };
    document.addEventListener("selectionchange", onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("selectionchange", onChange);
    };
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
    if (NAVIGATION_KEYS.has(event.key) || copy) return;
    if (event.key === "Enter" && selection) {
      event.preventDefault();
      document.getElementById("new-claim-paraphrase")?.focus();
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
      <div className="space-y-5">
      <ClaimPanel
        {...props}
        selection={selection}
        suggestedLabels={suggested}
        activeId={activeId}
        onFocusClaim={focusClaim}
        onClearSelection={() => {
          setSelection(null);
          window.getSelection()?.removeAllRanges();
        }}
      />
      {props.aside}
      </div>
    </div>
  );
}
