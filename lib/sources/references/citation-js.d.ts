/** The part of citation-js that Claimwork calls: its input parsers, which turn BibTeX or RIS text into CSL-JSON. */
declare module "@citation-js/core" {
  export const plugins: {
    input: {
      chain(data: string, options: { target: "@csl/list+object"; forceType: string; generateGraph?: boolean }): unknown[];
    };
  };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
