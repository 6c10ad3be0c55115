import { apiRoute, readJson } from "@/lib/api/handler";
import { getSource } from "@/lib/sources/get-source";
import { updateSource } from "@/lib/sources/update-source";

type Params = { projectId: string; sourceId: string };

export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const version = Number(request.nextUrl.searchParams.get("version")) || undefined;
  return { source: await getSource({ userId: user.id, ...params, version }) };
});

/** Corrects metadata. Send the fields to change; the others keep their values. */
export const PATCH = apiRoute<Params>(async ({ user, params, request }) => {
  const body = await readJson(request);
  const current = await getSource({ userId: user.id, ...params });
  const input = {
    title: current.title,
    authors: current.authors,
    publisher: current.publisher ?? "",
    publishedOn: current.publishedOn?.toISOString().slice(0, 10) ?? "",
    url: current.url ?? "",
    kind: current.kind,
    language: current.language ?? "",
    reliability: current.reliability,
    ...body,
  };
  await updateSource({ userId: user.id, ...params, input });
  return { source: await getSource({ userId: user.id, ...params }) };
});
