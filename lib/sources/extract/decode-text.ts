/** Strict decoding of uploaded text: UTF-8 (with or without a BOM) or UTF-16 with a BOM; anything else is refused. */
export function decodeText(bytes: Uint8Array): string | null {
  let encoding = "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes("\u0000") ? null : text;
}

/** windows-1252's characters for bytes 0x80–0x9F, which Node's decoder reads as Latin-1 control characters. */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes).replace(/[\u0080-\u009F]/g, (ch) => CP1252[ch.charCodeAt(0) - 0x80]!);
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * HTML as a browser would read it: a BOM, else valid UTF-8, else the charset its <meta> declares, else
 * windows-1252 (what browsers assume for legacy pages). Null for bytes that are not text at all.
 */
export function decodeHtml(bytes: Uint8Array): string | null {
  const strict = decodeText(bytes);
  if (strict !== null) return strict;
  if (bytes.subarray(0, 4096).includes(0)) return null;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const declared = META_CHARSET.exec(head)?.[1];
  for (const encoding of [declared, "windows-1252"]) {
    if (!encoding) continue;
    // Browsers read "iso-8859-1" and "us-ascii" pages as windows-1252 too (the WHATWG Encoding Standard).
    if (/^(?:windows-1252|cp1252|iso-8859-1|latin1|us-ascii|ascii)$/i.test(encoding)) return windows1252(bytes);
    try {
      return new TextDecoder(encoding).decode(bytes);
    } catch {
      // An encoding name the runtime does not know: fall through to windows-1252.
    }
  }
  return null;
}
