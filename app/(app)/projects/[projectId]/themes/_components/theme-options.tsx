import type { CodebookEntry } from "./codebook-types";

/** The codebook as <option>s, indented by depth, leaving out the ids in `exclude`. */
export function ThemeOptions({ themes, exclude }: { themes: readonly CodebookEntry[]; exclude?: ReadonlySet<string> }) {
  return themes
    .filter((theme) => !exclude?.has(theme.id))
    .map((theme) => (
      <option key={theme.id} value={theme.id}>
        {"\u2003".repeat(theme.depth)}
        {theme.name}
      </option>
    ));
}
