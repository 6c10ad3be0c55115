import { Markdown } from "@/components/markdown";
import { can } from "@/lib/authz/permissions";
import { listComments, type CommentView } from "@/lib/comments/list-comments";
import { formatDateTime } from "@/lib/format";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { listMembers } from "@/lib/members/list-members";
import { CommentComposer, type CommentActions, type CommentTargetProps } from "./comment-composer";
import { CommentItem } from "./comment-item";
import type { MentionCandidate } from "./mention-textarea";

type Props = CommentTargetProps & { actions: CommentActions; currentUser: { id: string }; role: MemberRole };

/**
 * The discussion of a claim (or a brief): threads oldest first, replies one
 * level deep, each comment at #comment-<id> so notifications can point at it.
 */
export async function CommentThread(props: Props) {
  const { projectId, claimId, briefId, currentUser } = props;
  const [{ threads, count }, { members }] = await Promise.all([
    listComments({ userId: currentUser.id, projectId, claimId, briefId }),
    listMembers({ userId: currentUser.id, projectId }),
  ]);
  const candidates: MentionCandidate[] = members.map((m) => ({ id: m.id, name: m.name, email: m.email }));
  const canComment = can(props.role, "comment.create");

  return (
    <section aria-labelledby="discussion-heading" className="space-y-4" data-testid="comment-thread">
      <h2 id="discussion-heading" className="font-semibold">
        Discussion ({count})
      </h2>
      {threads.length ? (
        <ol className="space-y-4">
          {threads.map((thread) => (
            <li key={thread.id} className="rounded-lg border border-stone-200 bg-white p-3">
              <Comment {...props} comment={thread} replyTo={thread.id} members={candidates} />
              {thread.replies.length ? (
                <ol className="mt-3 space-y-3 border-l-2 border-stone-100 pl-4" aria-label={`Replies to ${thread.author.name}`}>
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <Comment {...props} comment={reply} replyTo={reply.id} members={candidates} />
                    </li>
                  ))}
                </ol>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-stone-600">No comments yet.</p>
      )}
      {canComment ? (
        <div className="rounded-lg border border-stone-200 bg-white p-3">
          <CommentComposer projectId={projectId} claimId={claimId} briefId={briefId} actions={props.actions} members={candidates} label="Add a comment" submitLabel="Comment" />
        </div>
      ) : null}
    </section>
  );
}

function Comment(props: Props & { comment: CommentView; replyTo: string; members: MentionCandidate[] }) {
  const { comment, currentUser, role } = props;
  const mine = comment.author.id === currentUser.id;
  return (
    <article id={`comment-${comment.id}`} aria-label={`Comment by ${comment.author.name}`} className="scroll-mt-20 space-y-1">
      <header className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-500">
        <span className="text-sm font-medium text-stone-900">{comment.author.name}</span>
        <a href={`#comment-${comment.id}`} className="hover:underline">
          <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
        </a>
        {comment.edited ? <span title={`Edited ${formatDateTime(comment.updatedAt)}`}>(edited)</span> : null}
      </header>
      {comment.deleted ? (
        <p className="text-sm text-stone-500 italic">Comment deleted</p>
      ) : (
        <CommentItem
          projectId={props.projectId}
          claimId={props.claimId}
          briefId={props.briefId}
          actions={props.actions}
          commentId={comment.id}
          body={comment.body}
          revision={comment.revision}
          authorName={comment.author.name}
          members={props.members}
          canReply={can(role, "comment.create")}
          canEdit={mine && can(role, "comment.create")}
          canDelete={(mine && can(role, "comment.create")) || can(role, "comment.moderate")}
        >
          <Markdown source={comment.body} mentions={comment.mentions} className="text-sm text-stone-800" />
        </CommentItem>
      )}
    </article>
  );
}
