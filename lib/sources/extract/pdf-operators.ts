/** What a pdf.js page's drawing is read as: its operators and their arguments. */
export type OperatorList = { fnArray: number[]; argsArray: unknown[] };
/** The part of a pdf.js page that reading its drawing needs. */
export type OperatorPage = { getOperatorList(): Promise<OperatorList> };

/** A PDF transformation matrix [a b c d e f] (PDF 32000 §8.3.4). */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `n` drawn inside `m`: the matrix a "cm" operator leaves. */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A point of user space on the page. */
export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** An operator's matrix argument (an array or a typed array) as a Matrix. */
export const toMatrix = (value: unknown): Matrix => Array.from(value as ArrayLike<number>).slice(0, 6) as Matrix;

/**
 * pdf.js 5 reads fonts for a page's drawing with ArrayBuffer.prototype.transferToFixedLength (ES2024), which
 * Node 20 lacks; without it the operator list stops at the first text. A copy is what the method returns.
 */
function ensureTransferToFixedLength() {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === "function") return;
  Object.defineProperty(ArrayBuffer.prototype, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

const lists = new WeakMap<OperatorPage, Promise<OperatorList>>();

/** A page's operator list, read once however many readers (drawn lines, glyph positions) ask for it. */
export function operatorList(page: OperatorPage): Promise<OperatorList> {
  ensureTransferToFixedLength();
  let list = lists.get(page);
  if (!list) {
    list = page.getOperatorList();
    lists.set(page, list);
  }
  return list;
}
