"use client";

import { useLayoutEffect, useState, type RefObject } from "react";
import { placeNear, type Placement } from "./place-near";
import { selectionEndBox } from "./selection-offsets";

/** The selected words as the floating boxes follow them. */
export type PickedRange = { range: Range; backwards: boolean };

const START: Placement = { top: 8, left: 8, maxHeight: 0, covers: false };

/**
 * Keeps a fixed box next to the end of a selection as the page scrolls, the
 * window resizes or the box itself grows (a field error, a new theme), so it
 * never leaves the window. `beside` names the column right of the text, where
 * the box may stand at the words' height instead of over them; `atEdge` stands
 * it by the very point where the selection ends rather than under its last line.
 */
export function usePlacement(picked: PickedRange, box: RefObject<HTMLElement | null>, options: { beside?: () => number | undefined; atEdge?: boolean; enabled?: boolean } = {}): Placement {
  const [placement, setPlacement] = useState<Placement>(START);
  const { beside, atEdge = false, enabled = true } = options;

  useLayoutEffect(() => {
    const element = box.current;
    if (!enabled || !element) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    const place = () => {
      const line = selectionEndBox(picked.range, picked.backwards);
      if (!line) return;
      const words = atEdge ? { top: line.top, height: line.height, left: picked.backwards ? line.left : line.right - element.offsetWidth / 2, width: 0 } : line;
      const size = { width: element.offsetWidth, height: element.scrollHeight };
      const next = placeNear(words, size, { width: window.innerWidth, height: window.innerHeight }, beside?.());
      setPlacement((prev) => (prev.top === next.top && prev.left === next.left && prev.maxHeight === next.maxHeight && prev.covers === next.covers ? prev : next));
    };
    place();
    const resized = new ResizeObserver(update);
    resized.observe(element);
    window.addEventListener("scroll", update, { capture: true, passive: true });
    window.addEventListener("resize", update);
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      window.removeEventListener("scroll", update, { capture: true });
      window.removeEventListener("resize", update);
    };
  }, [picked, box, beside, atEdge, enabled]);

  return placement;
}
