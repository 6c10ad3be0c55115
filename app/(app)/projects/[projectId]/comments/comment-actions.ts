import type { CommentActions } from "@/components/comments/comment-composer";
import { createCommentAction, deleteCommentAction, updateCommentAction } from "./actions";

/** What a page showing a discussion hands its CommentThread, so components/ never imports a route's actions. */
export const commentActions: CommentActions = { create: createCommentAction, update: updateCommentAction, remove: deleteCommentAction };
