import { apiRoute } from "@/lib/api/handler";
import { invalid } from "@/lib/errors";
import { importCodebook } from "@/lib/themes/import-codebook";
import { MAX_CODEBOOK_BYTES } from "@/lib/themes/schemas";

type Params = { projectId: string };

/**
 * Merges a codebook into the project's. The body is the file itself (JSON
 * codebook, or a .qdc with an XML content type), or multipart with a `file`.
 */
export const POST = apiRoute<Params>(async ({ user, params, request }) => {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_CODEBOOK_BYTES + 64 * 1024) throw invalid("The codebook file is too large.");
  let text: string;
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const file = (await request.formData()).get("file");
    if (!(file instanceof File)) throw invalid("Send the codebook as the form field “file”.", { file: ["Choose a codebook file."] });
    text = await file.text();
  } else {
    text = await request.text();
  }
  return importCodebook({ userId: user.id, projectId: params.projectId, input: { text } });
});
