import { z } from "zod";

export const COMMENT_MAX_LENGTH = 10_000;

const body = z
  .string({ error: "Write a comment." })
  .trim()
  .min(1, "Write a comment.")
  .max(COMMENT_MAX_LENGTH, "Use at most 10,000 characters.");

/** What the comment composer and the API send. */
export const createCommentSchema = z.object({
  body,
  /** The comment replied to; empty for a new thread. */
  parentId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
});

export const updateCommentSchema = z.object({ body });
