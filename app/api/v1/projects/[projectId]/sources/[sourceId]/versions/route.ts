import { apiRoute } from "@/lib/api/handler";
import { readDocument } from "@/lib/api/read-document";
import { addSourceVersion } from "@/lib/sources/add-source-version";

type Params = { projectId: string; sourceId: string };

export const POST = apiRoute<Params>(
  async ({ user, params, request }) => {
    const { file, fields } = await readDocument(request);
    return addSourceVersion({
      userId: user.id,
      ...params,
      input: { file, text: typeof fields.text === "string" ? fields.text : null },
    });
  },
  { status: 201 },
);
