import { apiRoute } from "@/lib/api/handler";
import { readDocument } from "@/lib/api/read-document";
import { importSource } from "@/lib/sources/import-source";
import { listSources } from "@/lib/sources/list-sources";

type Params = { projectId: string };

export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const { sources, filters } = await listSources({
    userId: user.id,
    projectId: params.projectId,
    filters: Object.fromEntries(request.nextUrl.searchParams),
  });
  return { sources, filters };
});

/** Import: multipart with `file`, or JSON with `text`; metadata fields override what is detected. */
export const POST = apiRoute<Params>(
  async ({ user, params, request }) => {
    const { file, fields } = await readDocument(request);
    const { text, onDuplicate, ...metadata } = fields;
    return importSource({
      userId: user.id,
      projectId: params.projectId,
      input: {
        text: typeof text === "string" ? text : null,
        file,
        metadata,
        onDuplicate: onDuplicate === "new-version" ? "new-version" : "refuse",
      },
    });
  },
  { status: 201 },
);
