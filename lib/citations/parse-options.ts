import { invalid } from "@/lib/errors";
import { CHOOSE_NOTES_MESSAGE, CHOOSE_STYLE_MESSAGE, isCitationStyleId, isNotePlacement, type CitationStyleId, type NotePlacement } from "./styles";

/** A citation style asked for (a query parameter, a field): undefined when not given, a 400 naming the choices when unknown. */
export function parseCitationStyle(value: unknown): CitationStyleId | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (!isCitationStyleId(value)) throw invalid(CHOOSE_STYLE_MESSAGE, { style: [CHOOSE_STYLE_MESSAGE] });
  return value;
}

/** Where notes print, asked for: undefined when not given, a 400 naming the choices when unknown. */
export function parseNotePlacement(value: unknown): NotePlacement | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (!isNotePlacement(value)) throw invalid(CHOOSE_NOTES_MESSAGE, { notes: [CHOOSE_NOTES_MESSAGE] });
  return value;
}

/** The brief's stored placement as the document names it. */
export const notePlacementOf = (stored: "FOOTNOTES" | "ENDNOTES"): NotePlacement => (stored === "ENDNOTES" ? "endnotes" : "footnotes");
