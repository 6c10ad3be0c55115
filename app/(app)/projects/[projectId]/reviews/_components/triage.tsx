"use client";

import { useRouter } from "next/navigation";
import { createContext, use, useEffect, useEffectEvent, useRef, useState, type RefObject } from "react";
import type { ReviewFormHandle } from "../../claims/[claimId]/_components/review-form";
import { ShortcutsDialog } from "./shortcuts-dialog";

type Triage = {
  selectedId: string | null;
  select: (claimId: string) => void;
  /** After a verdict on a claim: on to the one that followed it in the queue, or to "All caught up". */
  advance: (reviewedId: string, message: string) => void;
  /** Back to the list, e.g. when the reviewer leaves the verdict form. */
  focusSelected: () => void;
  formRef: RefObject<ReviewFormHandle | null>;
  openShortcuts: () => void;
  /** What the last verdict did, for the reviewer (and a screen reader) to hear as the next claim comes up. */
  announcement: string;
};

const TriageContext = createContext<Triage | null>(null);

export function useTriage(): Triage {
  const triage = use(TriageContext);
  if (!triage) throw new Error("useTriage outside <TriageProvider>");
  return triage;
}

const VERDICT_KEYS = { v: "VERIFIED", d: "DISPUTED", n: "NEEDS_EVIDENCE" } as const;

/** Keys typed into a field are text, never shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

const itemOf = (claimId: string) => document.querySelector<HTMLElement>(`[data-triage-item="${CSS.escape(claimId)}"]`);

/**
 * The review triage's selection and keyboard, like a mail inbox: j/k (or the
 * arrows) move through the queue, Enter or o opens the claim's page, v/d/n
 * choose a verdict and go to its rationale, ? lists the keys. The selected
 * claim is in the URL (`?claim=`), so reload and back keep it; after a verdict
 * the claim that followed the reviewed one is selected.
 */
export function TriageProvider(props: { projectId: string; queueIds: string[]; selectedId: string | null; children: React.ReactNode }) {
  const { projectId, queueIds } = props;
  const router = useRouter();
  const formRef = useRef<ReviewFormHandle | null>(null);
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const base = `/projects/${projectId}/reviews`;

  // Selected at once on a key press; the claim shown follows when the server answers.
  const [selectedId, setSelectedId] = useState(props.selectedId);
  const [shownId, setShownId] = useState(props.selectedId);
  if (shownId !== props.selectedId) {
    setShownId(props.selectedId);
    setSelectedId(props.selectedId);
  }
  // Where the shown claim stood in the queue, kept once it has left it (reviewed), to select the one after it.
  const shownIndex = props.selectedId ? queueIds.indexOf(props.selectedId) : -1;
  const [lastIndex, setLastIndex] = useState(Math.max(shownIndex, 0));
  if (shownIndex >= 0 && shownIndex !== lastIndex) setLastIndex(shownIndex);
  const [announcement, setAnnouncement] = useState("");

  function select(claimId: string) {
    setSelectedId(claimId);
    router.replace(`${base}?claim=${encodeURIComponent(claimId)}`, { scroll: false });
    itemOf(claimId)?.focus();
  }

  function advance(reviewedId: string, message: string) {
    const rest = queueIds.filter((id) => id !== reviewedId);
    const next = rest[Math.min(lastIndex, rest.length - 1)];
    setAnnouncement(message);
    if (next) return select(next);
    setSelectedId(null);
    router.replace(base, { scroll: false });
  }

  const focusSelected = () => {
    if (selectedId) itemOf(selectedId)?.focus();
  };
  const openShortcuts = () => dialogRef.current?.showModal();

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    if (dialogRef.current?.open) return;
    const target = event.target instanceof Element ? event.target : null;
    // Enter and the arrows keep their usual meaning on the page's other links and buttons.
    const onQueue = target === document.body || !!target?.closest("[data-triage-item]");
    const index = selectedId ? queueIds.indexOf(selectedId) : -1;
    const move = (step: 1 | -1) => {
      const next = queueIds[index < 0 ? 0 : Math.min(Math.max(index + step, 0), queueIds.length - 1)];
      if (next) select(next);
    };
    const key = event.key;
    if (key === "j" || (key === "ArrowDown" && onQueue)) move(1);
    else if (key === "k" || (key === "ArrowUp" && onQueue)) move(-1);
    else if ((key === "o" || (key === "Enter" && onQueue)) && selectedId) router.push(`/projects/${projectId}/claims/${selectedId}`);
    else if (Object.hasOwn(VERDICT_KEYS, key) && selectedId === props.selectedId) {
      // Only on the claim shown: a verdict never lands on the one before while the next is loading.
      formRef.current?.choose(VERDICT_KEYS[key as keyof typeof VERDICT_KEYS]);
    } else if (key === "?") openShortcuts();
    else return;
    event.preventDefault();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  return (
    <TriageContext value={{ selectedId, select, advance, focusSelected, formRef, openShortcuts, announcement }}>
      {props.children}
      <ShortcutsDialog ref={dialogRef} />
    </TriageContext>
  );
}
