"use client";

import { createContext, useContext, useState } from "react";
import type { BriefChecklist } from "@/lib/briefs/brief-warnings";
import { Checklist } from "./checklist";

type Live = { checklist: BriefChecklist | null; publish: (checklist: BriefChecklist) => void };

const LiveChecklistContext = createContext<Live>({ checklist: null, publish: () => {} });

/**
 * Holds the checklist of the text as typed, which the editor's preview
 * computes, for the checklist shown apart from the editor: it follows the
 * text without a reload.
 */
export function LiveChecklistProvider({ children }: { children: React.ReactNode }) {
  const [checklist, publish] = useState<BriefChecklist | null>(null);
  return <LiveChecklistContext.Provider value={{ checklist, publish }}>{children}</LiveChecklistContext.Provider>;
}

/** Lines that do not follow the text typed: the page's (refreshed when a warning is acknowledged) stand. */
const PAGE_LINES = new Set(["impacts-acknowledged"]);

function withPageLines(live: BriefChecklist, page: BriefChecklist): BriefChecklist {
  const items = live.items.map((item) => (PAGE_LINES.has(item.id) ? (page.items.find((i) => i.id === item.id) ?? item) : item));
  return { ...live, items, ready: !items.some((i) => i.blocking) };
}

/** The checklist of the text being typed, or the saved text's until the first preview. */
export function LiveChecklist({ initial, children }: { initial: BriefChecklist; children?: React.ReactNode }) {
  const { checklist } = useContext(LiveChecklistContext);
  return <Checklist checklist={checklist ? withPageLines(checklist, initial) : initial}>{children}</Checklist>;
}

export function usePublishChecklist() {
  return useContext(LiveChecklistContext).publish;
}
