/** What a pdf.js page's drawing is read as: its operators and their arguments. */
export type OperatorList = { fnArray: number[]; argsArray: unknown[] };
type OperatorPage = { getOperatorList(): Promise<OperatorList> };

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
