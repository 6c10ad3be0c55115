import { getResolvedPDFJS } from "unpdf";
import { apply, multiply, operatorList, toMatrix, type Matrix, type OperatorPage } from "./pdf-operators";
import type { PdfItem, PdfRule } from "./pdf-lines";

/**
 * Whether a page may set its footnotes in the body's own size, under a drawn separator line: a line in the lower
 * half that starts with a note's number, in type no smaller than the page's text. (Notes in smaller type are told
 * by their size; reading a page's drawing costs more than reading its text, so only such pages are read.)
 */
export function mayHaveSeparatedNotes(items: PdfItem[], height: number): boolean {
  const sizes = items.filter((i) => i.str.trim()).map((i) => i.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)];
  if (size === undefined) return false;
  const full = (i: PdfItem | undefined) => i !== undefined && i.size >= 0.9 * size;
  // A line's first item: nothing written before it on its baseline (a marker inside a sentence has words before it).
  const startsLine = (item: PdfItem) => !items.some((o) => o !== item && o.str.trim() && Math.abs(o.y - item.y) < 0.6 * size && o.x + o.width <= item.x + 0.5);
  return items.some((item, k) => {
    if (item.y >= 0.5 * height || !/^(?:\d{1,3}|[⁰¹²³⁴-⁹]{1,3})(?:\s|$)/.test(item.str) || !startsLine(item)) return false;
    // "1 World Bank, …" in the text's size, or a raised "1" before a line in the text's size (not a page number alone).
    const next = items.slice(k + 1, k + 4).find((i) => i.str.trim());
    return (full(item) && /^\S+\s+\S/.test(item.str)) || (full(next) && next!.x - (item.x + item.width) < 0.75 * size && Math.abs(next!.y - item.y) < size);
  });
}

/**
 * The short horizontal lines a page draws (stroked or filled, at most 1.5 points thick and a tenth to two thirds
 * of the page wide): footnote separators among them, in the page's own coordinates, like its text.
 */
export async function horizontalRules(page: OperatorPage, width: number): Promise<PdfRule[]> {
  const { OPS } = (await getResolvedPDFJS()) as unknown as { OPS: Record<string, number> };
  const { fnArray, argsArray } = await operatorList(page);
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  fnArray.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, toMatrix(argsArray[i]));
    else if (fn === OPS.constructPath) {
      // [painting operator, path data, bounding box as [minX, minY, maxX, maxY]]
      const box = (argsArray[i] as [number, unknown, ArrayLike<number> | null])[2];
      if (!box || box.length < 4) return;
      const [x0, y0] = apply(ctm, box[0]!, box[1]!);
      const [x1, y1] = apply(ctm, box[2]!, box[3]!);
      const [left, right, bottom, top] = [Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1)];
      if (top - bottom <= 1.5 && right - left >= 0.1 * width && right - left <= 0.67 * width) rules.push({ x: left, y: (top + bottom) / 2, width: right - left });
    }
  });
  return rules;
}
