"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { CommentComposer, type CommentActions, type CommentTargetProps } from "./comment-composer";
import type { MentionCandidate } from "./mention-textarea";

/**
 * One comment's body (rendered on the server, passed as children) with the
 * controls its reader may use: reply, and for its author edit, for its
 * author or an owner delete.
 */
export function CommentItem(
  props: CommentTargetProps & {
    actions: CommentActions;
    commentId: string;
    body: string;
    revision: number;
    authorName: string;
    members: MentionCandidate[];
    canReply: boolean;
    canEdit: boolean;
    canDelete: boolean;
    children: React.ReactNode;
  },
) {
  const [mode, setMode] = useState<"view" | "edit" | "reply">("view");
  const [deleteState, remove, deleting] = useActionState(props.actions.remove, initialFormState);
  const target = { projectId: props.projectId, claimId: props.claimId, briefId: props.briefId };
  const close = () => setMode("view");

  return (
    <div className="space-y-2">
      {mode === "edit" ? (
        <CommentComposer
          {...target}
          actions={props.actions}
          commentId={props.commentId}
          initialBody={props.body}
          revision={props.revision}
          members={props.members}
          label="Edit your comment"
          submitLabel="Save"
          autoFocus
          onDone={close}
          onCancel={close}
        />
      ) : (
        props.children
      )}
      {mode !== "edit" && (props.canReply || props.canEdit || props.canDelete) ? (
        <div className="flex flex-wrap items-center gap-1 text-xs">
          {props.canReply ? (
            <Button variant="ghost" className="px-2 py-0.5 text-xs" aria-expanded={mode === "reply"} onClick={() => setMode(mode === "reply" ? "view" : "reply")}>
              Reply
            </Button>
          ) : null}
          {props.canEdit ? (
            <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setMode("edit")}>
              Edit
            </Button>
          ) : null}
          {props.canDelete ? (
            <form
              action={remove}
              onSubmit={(event) => {
                if (!window.confirm(`Delete this comment by ${props.authorName}?`)) event.preventDefault();
              }}
            >
              <input type="hidden" name="projectId" value={props.projectId} />
              <input type="hidden" name="commentId" value={props.commentId} />
              <Button type="submit" variant="ghost" className="px-2 py-0.5 text-xs text-red-700" disabled={deleting}>
                Delete
              </Button>
            </form>
          ) : null}
        </div>
      ) : null}
      <FormMessage state={deleteState.ok === false ? deleteState : {}} />
      {mode === "reply" ? (
        <div className="border-l-2 border-stone-200 pl-3">
          <CommentComposer
            {...target}
            actions={props.actions}
            parentId={props.commentId}
            members={props.members}
            label={`Reply to ${props.authorName}`}
            submitLabel="Reply"
            autoFocus
            onDone={close}
            onCancel={close}
          />
        </div>
      ) : null}
    </div>
  );
}
