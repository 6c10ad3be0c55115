import type { ParsedMarker } from "@/lib/sources/parse-document";

/**
 * The footnote labels a selection relies on: markers inside it, or right
 * after it (only punctuation or a space between), as "…airport.¹" is read.
 */
export function suggestCitationLabels(body: string, markers: readonly ParsedMarker[], start: number, end: number): string[] {
  const labels: string[] = [];
  for (const marker of markers) {
    const inside = marker.offset > start && marker.offset <= end;
    const after = marker.offset > end && marker.offset - end <= 4 && /^[\s.,;:!?)"”’]*$/.test(body.slice(end, marker.offset));
    if ((inside || after) && !labels.includes(marker.label)) labels.push(marker.label);
  }
  return labels;
}
