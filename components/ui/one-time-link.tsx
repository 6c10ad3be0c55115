"use client";

import { useState } from "react";
import { Button } from "./button";

/** A link (or secret) shown once: selected on focus, with a button that copies it. */
export function OneTimeLink({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex gap-2">
      <input
        readOnly
        aria-label={label}
        data-testid={testId}
        value={value}
        className="min-w-0 flex-1 rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
        onFocus={(event) => event.currentTarget.select()}
      />
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true));
        }}
      >
        {copied ? "Copied" : "Copy"}
      </Button>
    </div>
  );
}
