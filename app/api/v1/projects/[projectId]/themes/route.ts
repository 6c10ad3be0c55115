import { apiRoute, readJson } from "@/lib/api/handler";
import { createTheme } from "@/lib/themes/create-theme";
import { listThemes } from "@/lib/themes/list-themes";

type Params = { projectId: string };

/** The codebook in tree order: each theme with its depth, own claim count and rolled-up count. */
export const GET = apiRoute<Params>(async ({ user, params }) => {
  const themes = await listThemes({ userId: user.id, projectId: params.projectId });
  return {
    themes: themes.map(({ _count, rolledUpClaims, ...theme }) => ({ ...theme, claims: _count.claims, rolledUpClaims })),
  };
});

export const POST = apiRoute<Params>(
  async ({ user, params, request }) => {
    const body = await readJson(request);
    const theme = await createTheme({
      userId: user.id,
      projectId: params.projectId,
      input: body,
    });
    return { theme };
  },
  { status: 201 },
);
