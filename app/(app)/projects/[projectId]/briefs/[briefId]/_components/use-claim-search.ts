"use client";

import { useEffect, useRef, useState } from "react";
import { searchClaimsAction } from "../../actions";

export type ClaimChoice = { id: string; paraphrase: string; status: string; source: string; reliability: string; themes: { id: string; name: string; colour: string }[] };

/** The project's claims matching a search, read from the server a moment after typing stops. */
export function useClaimSearch(projectId: string, filters: { q: string; status: string; theme: string }, enabled = true) {
  const [claims, setClaims] = useState<ClaimChoice[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const { q, status, theme } = filters;

  useEffect(() => {
    if (!enabled) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const result = await searchClaimsAction(projectId, { q: q || undefined, status: status || undefined, theme: theme || undefined });
      if (mine !== seq.current) return;
      setLoading(false);
      if (result.ok) {
        setClaims(result.data.claims);
        setTotal(result.data.total);
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [projectId, q, status, theme, enabled]);

  return { claims, total, loading };
}
