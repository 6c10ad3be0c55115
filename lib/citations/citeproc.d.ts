/** The part of citeproc-js (CommonJS, untyped) that Claimwork uses. */
declare module "citeproc" {
  type CiteprocCite = { id: string; position?: number; prefix?: string; suffix?: string; locator?: string; label?: string };
  type CiteprocSys = { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown };
  type CiteprocBibliography = [{ entry_ids: string[][] }, string[]];

  class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: "html" | "text" | "rtf"): void;
    updateItems(ids: string[]): void;
    makeCitationCluster(cites: CiteprocCite[]): string;
    /** `include`: only the items whose field has one of the values. */
    makeBibliography(section?: { include: { field: string; value: string }[] }): CiteprocBibliography | false;
    /** The style's sort of cites within one citation; emptied while a citation must keep its order. */
    citation_sort: { tokens: unknown[] };
  }

  const CSL: {
    Engine: typeof Engine;
    POSITION_FIRST: number;
    POSITION_SUBSEQUENT: number;
    POSITION_IBID: number;
    POSITION_IBID_WITH_LOCATOR: number;
  };
  export type { CiteprocCite, CiteprocSys, CiteprocBibliography };
  export { Engine };
  export default CSL;
}
