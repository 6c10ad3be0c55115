"use client";

import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { useKeptForm } from "@/components/ui/use-kept-form";
import { initialFormState, type FormStateAction } from "@/lib/actions/form-state";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/schemas";
import { MentionTextarea, type MentionCandidate } from "./mention-textarea";

export type CommentTargetProps = { projectId: string; claimId?: string; briefId?: string };

/** The server actions a discussion posts to, handed down by the page that shows it. */
export type CommentActions = { create: FormStateAction; update: FormStateAction; remove: FormStateAction };

/**
 * Writes a new comment, a reply (parentId) or an edit (commentId). The text
 * is kept when the server refuses it, with the reason at the field; ⌘/Ctrl
 * + Enter posts.
 */
export function CommentComposer(
  props: CommentTargetProps & {
    actions: CommentActions;
    members: MentionCandidate[];
    label: string;
    submitLabel: string;
    parentId?: string;
    commentId?: string;
    initialBody?: string;
    /** When editing: the revision the comment was opened at. */
    revision?: number;
    autoFocus?: boolean;
    onDone?: () => void;
    onCancel?: () => void;
  },
) {
  const editing = !!props.commentId;
  const [state, dispatch] = useActionState(editing ? props.actions.update : props.actions.create, initialFormState);
  const { onSubmit, pending } = useKeptForm(dispatch);
  const [body, setBody] = useState(props.initialBody ?? "");
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    setHandled(state);
    if (state.ok && !editing) setBody("");
  }
  const { onDone } = props;
  useEffect(() => {
    if (state.ok) onDone?.();
  }, [state, onDone]);

  const key = props.commentId ?? props.parentId ?? "new";
  const id = `comment-body-${key}`;
  const errors = state.ok === false ? state.fieldErrors?.body : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="projectId" value={props.projectId} />
      {props.claimId ? <input type="hidden" name="claimId" value={props.claimId} /> : null}
      {props.briefId ? <input type="hidden" name="briefId" value={props.briefId} /> : null}
      {props.parentId ? <input type="hidden" name="parentId" value={props.parentId} /> : null}
      {props.commentId ? <input type="hidden" name="commentId" value={props.commentId} /> : null}
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {props.label}
      </label>
      <MentionTextarea
        id={id}
        name="body"
        rows={props.parentId ? 3 : 4}
        value={body}
        onValueChange={setBody}
        members={props.members}
        maxLength={COMMENT_MAX_LENGTH + 500}
        autoFocus={props.autoFocus}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : `${id}-hint`}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs text-red-700" data-field-error="body">
          {errors.join(" ")}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          Markdown: **bold**, _italic_, [link](https://…), `code`, &gt; quote. Type @ to mention a member.
        </p>
      )}
      {errors?.length ? null : <FormMessage state={state} />}
      {editing && props.revision !== undefined ? <RevisionGuard state={state} revision={props.revision} /> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Posting…" : props.submitLabel}
        </Button>
        {props.onCancel ? (
          <Button type="button" variant="ghost" onClick={props.onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
