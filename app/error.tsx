"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";

/**
 * What a page shows when the server could not answer it — most often because
 * the database is briefly out of reach. Nothing was half-saved: each change is
 * one transaction. Trying again re-requests the page.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  // The page's data comes from the server: fetch it again, then render the page afresh.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div role="alert" className="flex flex-col items-center justify-center gap-2 px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Claimwork could not load this page</h1>
      <p className="max-w-md text-stone-600">
        The server could not reach what it needed, often the database for a moment. Nothing you saved before is lost, and a change that failed
        was not half-made. Try again in a few seconds.
      </p>
      {error.digest ? <p className="text-xs text-stone-500">Reference: {error.digest}</p> : null}
      <button type="button" onClick={retry} className="mt-2 rounded-md bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
        Try again
      </button>
    </div>
  );
}
