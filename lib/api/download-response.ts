import "server-only";
import { Readable } from "node:stream";

/** A file as a download: never rendered by the browser, whatever it holds. A Node stream is sent as it is read. */
export function downloadResponse(file: { name: string; type: string; body: BodyInit | Readable }): Response {
  // Node's web stream and the DOM's ReadableStream are one object under two type names.
  const body = file.body instanceof Readable ? (Readable.toWeb(file.body) as ReadableStream) : file.body;
  return new Response(body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Content-Security-Policy": "sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
