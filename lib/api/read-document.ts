import "server-only";
import type { NextRequest } from "next/server";
import type { UploadedFile } from "@/lib/sources/extract";
import { readJson } from "./handler";

/**
 * A document sent to the API: multipart form data with a `file` (and text
 * fields), or a JSON object with `text`. Returns the file and the fields.
 */
export async function readDocument(request: NextRequest): Promise<{ file: UploadedFile | null; fields: Record<string, unknown> }> {
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const form = await request.formData();
    const upload = form.get("file");
    const fields: Record<string, unknown> = {};
    for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
    const file =
      upload instanceof File && upload.size > 0
        ? { name: upload.name, type: upload.type, bytes: new Uint8Array(await upload.arrayBuffer()) }
        : null;
    return { file, fields };
  }
  return { file: null, fields: await readJson(request) };
}
