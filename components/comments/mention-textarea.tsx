"use client";

import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { inputClass } from "@/components/ui/field";
import { mentionToken } from "@/lib/comments/mentions";

export type MentionCandidate = { id: string; name: string; email: string };

type Query = { start: number; end: number; text: string };

const MAX_OPTIONS = 8;

/** The "@words" the caret is in, if any: "@" at the start or after a space or bracket. */
function queryAt(value: string, caret: number): Query | null {
  const match = /(?:^|[\s(])@([^\s@[\]()]{0,40})$/u.exec(value.slice(0, caret));
  if (!match) return null;
  const text = match[1] ?? "";
  return { start: caret - text.length - 1, end: caret, text };
}

function matches(member: MentionCandidate, text: string): boolean {
  const q = text.toLowerCase();
  return member.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(q)) || member.name.toLowerCase().startsWith(q) || member.email.startsWith(q);
}

/**
 * A textarea with a mention type-ahead (an ARIA 1.2 combobox): typing "@"
 * and letters lists the project's members by name or email; ↑ ↓ choose,
 * Enter or Tab insert `@[Name](user:<id>)`, Esc closes the list.
 */
export function MentionTextarea({
  value,
  onValueChange,
  members,
  ...props
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onValueChange: (value: string) => void;
  members: MentionCandidate[];
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();
  const [query, setQuery] = useState<Query | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);

  const options = query && query.start !== dismissedAt ? members.filter((m) => matches(m, query.text)).slice(0, MAX_OPTIONS) : [];
  const open = options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  useLayoutEffect(() => {
    if (pendingCaret.current !== null && ref.current) {
      ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [value]);

  function track(element: HTMLTextAreaElement) {
    const next = element.selectionStart === element.selectionEnd ? queryAt(element.value, element.selectionStart) : null;
    if (next?.start !== query?.start || next?.text !== query?.text) setActive(0);
    setQuery(next);
  }

  function choose(member: MentionCandidate) {
    if (!query) return;
    const token = `${mentionToken(member)} `;
    pendingCaret.current = query.start + token.length;
    onValueChange(value.slice(0, query.start) + token + value.slice(query.end));
    setQuery(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((index) => (index + step + options.length) % options.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        const member = options[Math.min(active, options.length - 1)];
        if (member) choose(member);
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(query?.start ?? null);
        return;
      }
    }
    props.onKeyDown?.(event);
  }

  return (
    <div className="relative">
      <textarea
        {...props}
        ref={ref}
        value={value}
        className={inputClass}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? optionId(Math.min(active, options.length - 1)) : undefined}
        onChange={(event) => {
          onValueChange(event.target.value);
          track(event.target);
        }}
        onSelect={(event) => track(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Members to mention"
        hidden={!open}
        className="absolute top-full left-0 z-20 mt-1 max-h-64 w-72 overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg"
      >
        {options.map((member, index) => (
          <li
            key={member.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the textarea must keep its focus and caret.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(member);
            }}
            onMouseEnter={() => setActive(index)}
            className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-blue-50" : ""}`}
          >
            <span className="block text-sm font-medium text-stone-900">{member.name}</span>
            <span className="block text-xs text-stone-500">{member.email}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
