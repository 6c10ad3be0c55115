/** The claims board's search parameters as the page receives them; a repeated parameter is not a filter and is dropped. */
type BoardQuery = Readonly<Record<string, string | string[] | undefined>>;

function carry(query: BoardQuery, keep: (name: string, value: string) => boolean): URLSearchParams {
  return new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string" && keep(e[0], e[1])));
}

/**
 * The links of the claims board, each keeping the filters and sort it is showing:
 * another page of them; a status tab, which starts again at the first page; and an
 * export file, which takes the same filters and has no pages.
 */
export function claimsUrls(projectId: string, query: BoardQuery) {
  return {
    page(page: number): string {
      const next = carry(query, () => true);
      next.set("page", String(page));
      return `?${next}`;
    },
    status(status: string | null): string {
      const next = carry(query, (name) => name !== "page");
      if (status) next.set("status", status);
      else next.delete("status");
      return `?${next}`;
    },
    export(file: string): string {
      const search = carry(query, (name, value) => value !== "" && name !== "page").toString();
      return `/projects/${projectId}/exports/${file}${search ? `?${search}` : ""}`;
    },
  };
}
