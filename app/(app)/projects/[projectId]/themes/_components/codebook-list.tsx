"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { CodebookEntry } from "./codebook-types";
import { ThemeEditor } from "./theme-editor";

const claimsLabel = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "claim" : "claims"}`;

/**
 * The codebook as a tree. For those who may manage it, each theme opens an
 * editor; the editors render only when opened, so the page stays light
 * whatever the size of the codebook.
 */
export function CodebookList({ projectId, themes, canManage }: { projectId: string; themes: CodebookEntry[]; canManage: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  const hasChildren = new Set(themes.map((t) => t.parentId).filter((id): id is string => id !== null));
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="theme-list">
      {themes.map((theme) => {
        const editing = open === theme.id;
        return (
          <li key={theme.id} data-theme-name={theme.name} className="px-4 py-3" style={{ paddingLeft: `${1 + theme.depth * 1.5}rem` }}>
            <div className="flex items-start gap-3">
              <span aria-hidden className="mt-1 size-3 shrink-0 rounded-full" style={{ backgroundColor: theme.colour }} />
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {theme.depth > 0 ? <span className="sr-only">Sub-theme: </span> : null}
                  {theme.name}
                </p>
                {theme.description ? <p className="text-stone-600">{theme.description}</p> : null}
              </div>
              <p className="text-right text-stone-500 tabular-nums" data-testid="theme-counts">
                {claimsLabel(theme.claims)}
                {hasChildren.has(theme.id) ? <span className="block text-xs">{claimsLabel(theme.rolledUpClaims)} with sub-themes</span> : null}
              </p>
              {canManage ? (
                <Button
                  variant="ghost"
                  aria-label={`${editing ? "Close" : "Edit"} ${theme.name}`}
                  aria-expanded={editing}
                  aria-controls={`theme-${theme.id}-editor`}
                  onClick={() => setOpen(editing ? null : theme.id)}
                >
                  {editing ? "Close" : "Edit"}
                </Button>
              ) : null}
            </div>
            {canManage && editing ? <ThemeEditor projectId={projectId} theme={theme} themes={themes} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
