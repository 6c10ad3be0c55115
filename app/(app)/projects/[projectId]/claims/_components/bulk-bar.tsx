"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { nestedOptions } from "@/components/ui/filter-select";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { bulkClaimsAction } from "../actions";

/** Acts on the claims ticked in the board (their checkboxes belong to the same form). */
export function BulkBar(props: {
  projectId: string;
  themes: { id: string; name: string; depth: number }[];
  canTag: boolean;
  canSubmit: boolean;
  canAssign: boolean;
  /** Members whose role may review. */
  reviewers: { id: string; name: string }[];
}) {
  const [state, action, pending] = useActionState(bulkClaimsAction, initialFormState);
  const [operation, setOperation] = useState(props.canTag ? "add-theme" : props.canSubmit ? "submit" : "assign");
  if (!props.canTag && !props.canSubmit && !props.canAssign) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-lg border border-stone-200 bg-white px-3 py-2">
      <input type="hidden" name="projectId" value={props.projectId} form="bulk" />
      <label className="text-sm text-stone-700">
        With the selected claims:{" "}
        <select name="operation" form="bulk" value={operation} onChange={(e) => setOperation(e.target.value)} className={`${inputClass} inline-block w-auto`}>
          {props.canTag ? <option value="add-theme">add the theme</option> : null}
          {props.canTag ? <option value="remove-theme">remove the theme</option> : null}
          {props.canSubmit ? <option value="submit">submit for review</option> : null}
          {props.canAssign ? <option value="assign">assign to a reviewer</option> : null}
        </select>
      </label>
      {operation === "assign" ? (
        <select name="assigneeId" form="bulk" aria-label="Reviewer to assign" className={`${inputClass} w-auto`}>
          {props.reviewers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
          <option value="">nobody (unassign)</option>
        </select>
      ) : null}
      {operation === "add-theme" || operation === "remove-theme" ? (
        <select name="themeId" form="bulk" aria-label="Theme to add or remove" className={`${inputClass} w-auto`}>
          {nestedOptions(props.themes).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : null}
      <Button type="submit" formAction={action} disabled={pending}>
        Apply
      </Button>
      <div className="basis-full">
        <FormMessage state={state} success={state.message} />
      </div>
    </div>
  );
}
