"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { initialFormState } from "@/lib/actions/form-state";
import { similarThemes } from "@/lib/themes/similar-names";
import { createThemeAction } from "../../../themes/actions";
import type { ReaderTheme } from "./reader-types";

const PALETTE = ["#0ea5e9", "#f97316", "#84cc16", "#a855f7", "#ef4444", "#14b8a6", "#eab308", "#6366f1"];

/**
 * Themes as checkboxes with a type-ahead filter. The checked ones are sent
 * as themeIds; order of checking decides the first (highlight) theme.
 */
export function ThemePicker({
  themes,
  initial = [],
  error,
  create,
}: {
  themes: ReaderTheme[];
  initial?: string[];
  error?: string[];
  /** Where new themes can be made inline; absent for those who cannot manage the codebook. */
  create?: { projectId: string };
}) {
  const [chosen, setChosen] = useState<string[]>(initial);
  const [filter, setFilter] = useState("");
  const [createError, setCreateError] = useState<string | null>(null);
  const [creating, startCreating] = useTransition();
  const id = useId();
  const needle = filter.trim().toLowerCase();
  const shown = needle ? themes.filter((t) => t.name.toLowerCase().includes(needle)) : themes;
  const exists = themes.some((t) => t.name.toLowerCase() === needle);
  // Near-duplicates in the codebook come first: the analyst likely means one of them.
  const similar = create && needle && !exists ? similarThemes(filter, themes) : [];
  const use = (themeId: string) => {
    setChosen((list) => (list.includes(themeId) ? list : [...list, themeId]));
    setFilter("");
  };

  function createFromFilter() {
    if (!create) return;
    const formData = new FormData();
    formData.set("projectId", create.projectId);
    formData.set("name", filter.trim());
    formData.set("colour", PALETTE[themes.length % PALETTE.length]!);
    startCreating(async () => {
      const result = await createThemeAction(initialFormState, formData);
      const themeId = result.data?.themeId;
      if (result.ok && themeId) {
        setChosen((list) => (list.includes(themeId) ? list : [...list, themeId]));
        setFilter("");
        setCreateError(null);
      } else {
        setCreateError(result.message ?? "The theme could not be created.");
      }
    });
  }
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium text-stone-800">Themes</legend>
      {chosen.map((themeId) => (
        <input key={themeId} type="hidden" name="themeIds" value={themeId} />
      ))}
      <input
        type="search"
        aria-label="Filter themes"
        placeholder="Type to filter…"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        className={inputClass}
        aria-controls={id}
      />
      <ul id={id} className="max-h-40 space-y-0.5 overflow-y-auto rounded-md border border-stone-200 p-1.5" aria-label="Themes">
        {shown.map((theme) => (
          <li key={theme.id} style={{ paddingLeft: `${theme.depth}rem` }}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-stone-50">
              <input
                type="checkbox"
                checked={chosen.includes(theme.id)}
                onChange={(event) =>
                  setChosen((list) => (event.target.checked ? [...list, theme.id] : list.filter((x) => x !== theme.id)))
                }
              />
              <span aria-hidden className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: theme.colour }} />
              <span>{theme.name}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 ? <li className="px-1 text-stone-500">No theme matches “{filter}”.</li> : null}
      </ul>
      {similar.length ? (
        <div className="space-y-1 rounded-md border border-amber-200 bg-amber-50 p-2 text-sm" data-testid="similar-themes">
          <p className="text-amber-900">Already in the codebook:</p>
          <ul className="flex flex-wrap gap-1.5">
            {similar.map((theme) => (
              <li key={theme.id}>
                <Button type="button" variant="secondary" onClick={() => use(theme.id)}>
                  Use “{theme.name}”
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {create && needle && !exists ? (
        <Button type="button" variant="secondary" onClick={createFromFilter} disabled={creating}>
          {creating ? "Creating…" : similar.length ? `Create a new theme “${filter.trim()}” anyway` : `Create theme “${filter.trim()}”`}
        </Button>
      ) : null}
      {createError ? <p className="text-xs text-red-700">{createError}</p> : null}
      {error?.length ? (
        <p className="text-xs text-red-700" data-field-error="themeIds">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
