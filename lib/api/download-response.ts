import "server-only";

/** A file as a download: never rendered by the browser, whatever it holds. */
export function downloadResponse(file: { name: string; type: string; body: BodyInit }): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "Content-Security-Policy": "sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
