"use client";

import { useCallback, useEffect, useRef, useSyncExternalStore, type KeyboardEvent, type RefObject } from "react";
import { NewClaimForm } from "./new-claim-form";
import type { AnnotatorProps, PickedWords } from "./reader-types";
import { selectionEndBox } from "./selection-offsets";
import { usePlacement } from "./use-placement";

/** Below this width the form is a sheet along the window's bottom: there is no room beside the words. */
const NARROW = "(max-width: 639px)";
/** How far from the window's top the words stand when the page scrolls to make room for the form under them. */
const ROOM_ABOVE = 64;

function useNarrow(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener("change", changed);
      return () => query.removeEventListener("change", changed);
    },
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/**
 * "New claim" beside the words it is about: in the column right of the text
 * where there is one, else next to the selection, always inside the window
 * (a bottom sheet on a phone). Focus goes to the paraphrase; Escape closes it.
 */
export function NewClaimPopover(
  props: Pick<AnnotatorProps, "projectId" | "sourceId" | "themes" | "citations" | "canManageThemes"> & {
    picked: PickedWords;
    /** The text column, whose right edge the form stands beyond when the window is wide enough. */
    text: RefObject<HTMLElement | null>;
    onClose: () => void;
    onDone: () => void;
  },
) {
  const ref = useRef<HTMLDivElement>(null);
  const narrow = useNarrow();
  const { text } = props;
  const beside = useCallback(() => {
    const column = text.current?.getBoundingClientRect();
    return column ? column.right + 24 : undefined;
  }, [text]);
  const { picked } = props;
  const { top, left, maxHeight, covers } = usePlacement(picked, ref, { beside, enabled: !narrow });

  // Where the form would hide the words (no room beside, below or above them, or a phone's sheet over them), the words go up the window, once.
  const madeRoom = useRef(false);
  useEffect(() => {
    const form = ref.current;
    const words = selectionEndBox(picked.range, picked.backwards);
    if (madeRoom.current || !form || !words) return;
    const hidden = narrow ? words.bottom > form.getBoundingClientRect().top : covers;
    if (!hidden) return;
    madeRoom.current = true;
    window.scrollBy({ top: words.top - ROOM_ABOVE });
  }, [covers, narrow, picked]);

  useEffect(() => {
    document.getElementById("new-claim-paraphrase")?.focus({ preventScroll: true });
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    props.onClose();
  }

  const { selection, suggestedLabels } = picked;
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby="new-claim-heading"
      data-testid="new-claim-dialog"
      onKeyDown={onKeyDown}
      style={narrow ? undefined : { top, left, maxHeight: maxHeight || undefined }}
      className={`fixed z-40 overflow-y-auto border border-amber-300 bg-white p-4 font-sans shadow-xl ${
        narrow ? "inset-x-0 bottom-0 max-h-[80dvh] rounded-t-xl" : "w-[min(360px,calc(100vw_-_16px))] rounded-lg"
      }`}
    >
      <NewClaimForm
        projectId={props.projectId}
        sourceId={props.sourceId}
        selection={selection}
        suggestedLabels={suggestedLabels}
        themes={props.themes}
        citations={props.citations}
        canManageThemes={props.canManageThemes}
        onDone={props.onDone}
      />
    </div>
  );
}
