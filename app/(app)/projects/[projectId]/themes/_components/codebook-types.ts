/** One theme as the codebook page shows it (tree order, depth from 0). */
export type CodebookEntry = {
  id: string;
  name: string;
  colour: string;
  description: string;
  parentId: string | null;
  /** Sent back with an edit, which is refused if someone saved since. */
  revision: number;
  depth: number;
  claims: number;
  rolledUpClaims: number;
};
