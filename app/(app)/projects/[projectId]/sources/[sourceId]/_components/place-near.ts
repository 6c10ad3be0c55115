/**
 * Where a floating box (the "Claim" adder, the New claim form) goes so that it
 * stays next to the selected words and always inside the window.
 */

export type Box = { top: number; left: number; width: number; height: number };
export type Placement = {
  top: number;
  left: number;
  maxHeight: number;
  /** The box fits neither beside, below nor above the words, and stands over them. */
  covers: boolean;
};

/** Space kept between a box and the window's edge or the words. */
const MARGIN = 8;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** The least height worth giving the form under or over the words; with less it stands over them instead. */
const MIN_ROOM = 320;

/**
 * Below the words if the box fits there, else above them, else on the roomier
 * side with its height cut to that room (it scrolls inside), else as close as
 * the window allows; with `beside` (the column to the right of the text), in
 * that column at the words' height. Words scrolled out of the window leave the
 * box at the window's edge, never beyond it.
 */
export function placeNear(words: Box, size: { width: number; height: number }, window: { width: number; height: number }, beside?: number): Placement {
  const fullHeight = window.height - 2 * MARGIN;
  const inside = (top: number, left: number, maxHeight: number, covers = false): Placement => {
    const height = Math.min(size.height, maxHeight);
    return { top: clamp(top, MARGIN, window.height - MARGIN - height), left: clamp(left, MARGIN, window.width - size.width - MARGIN), maxHeight, covers };
  };
  if (beside !== undefined && beside + size.width + MARGIN <= window.width) return inside(words.top - MARGIN, beside, fullHeight);
  const height = Math.min(size.height, fullHeight);
  const below = words.top + words.height + MARGIN;
  const roomBelow = window.height - MARGIN - below;
  const roomAbove = words.top - 2 * MARGIN;
  if (height <= roomBelow) return inside(below, words.left, fullHeight);
  if (height <= roomAbove) return inside(words.top - MARGIN - height, words.left, fullHeight);
  if (roomBelow >= MIN_ROOM && roomBelow >= roomAbove) return inside(below, words.left, roomBelow);
  if (roomAbove >= MIN_ROOM) return inside(MARGIN, words.left, roomAbove);
  return inside(below, words.left, fullHeight, true);
}
