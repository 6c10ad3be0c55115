"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

type Incoming =
  | { scope: "project"; projectId: string; action: string; objectType: string; actorId: string | null }
  | { scope: "user" }
  | { scope: "resync" };

const REFRESH_DELAY_MS = 300;
const LABELS = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…" } as const;
/** Pages that show several projects at once (the home page's queue and counts, the inbox). */
const CROSS_PROJECT_PATHS = new Set(["/", "/inbox"]);

/**
 * Keeps the open page current: when a teammate changes something in the
 * project on screen (or anything that concerns the signed-in user), the page
 * re-reads its server data, as a reload would, without losing what is typed.
 * A hidden tab catches up when it is shown again.
 */
export function LiveUpdates({ userId }: { userId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  const [state, setState] = useState<"connecting" | "live" | "reconnecting">("connecting");

  useEffect(() => {
    pathRef.current = pathname;
  }, [pathname]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stale = false;
    let dropped = false;
    const refresh = () => {
      if (document.visibilityState === "hidden") {
        stale = true;
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), REFRESH_DELAY_MS);
    };
    const concerns = (event: Incoming) => {
      if (event.scope !== "project") return true;
      if (event.actorId === userId) return false;
      const path = pathRef.current;
      const open = /^\/projects\/([^/]+)/.exec(path)?.[1];
      // A brief saves as its author types: only the Briefs tab and the brief itself follow that.
      if (event.objectType === "Brief" && !path.includes("/briefs")) return false;
      return open ? open === event.projectId : CROSS_PROJECT_PATHS.has(path);
    };

    const source = new EventSource("/live");
    source.onopen = () => {
      setState("live");
      // Events may have been missed while the stream was down.
      if (dropped) refresh();
      dropped = false;
    };
    source.onerror = () => {
      dropped = true;
      setState("reconnecting");
    };
    source.onmessage = (message) => {
      let event: Incoming;
      try {
        event = JSON.parse(message.data as string) as Incoming;
      } catch {
        return;
      }
      window.dispatchEvent(new CustomEvent("claimwork:live", { detail: event }));
      if (concerns(event)) refresh();
    };
    const onVisible = () => {
      if (document.visibilityState === "visible" && stale) {
        stale = false;
        refresh();
      }
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      source.close();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [router, userId]);

  return (
    <span
      className="flex items-center gap-1.5 text-xs text-stone-500"
      data-testid="live-status"
      data-state={state}
      title={state === "live" ? "Live: changes by your team appear without reloading" : "Reconnecting to live updates…"}
    >
      <span aria-hidden className={`h-2 w-2 rounded-full ${state === "live" ? "bg-emerald-500" : "bg-stone-300"}`} />
      <span className="sr-only sm:not-sr-only">{LABELS[state]}</span>
    </span>
  );
}
