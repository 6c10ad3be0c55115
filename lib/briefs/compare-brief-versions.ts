import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseInput, type Input } from "@/lib/validation";
import { requireBrief } from "./require-brief";
import { diffStats, diffTexts } from "./text-diff";

const compareSchema = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

/** The difference between two versions of a brief (title and body), readable word by word. */
export async function compareBriefVersions(options: { userId: string; projectId: string; briefId: string; input: Input<typeof compareSchema> }) {
  const { from, to } = parseInput(compareSchema, options.input);
  const { brief } = await requireBrief(db, { ...options, action: "project.read" });
  const rows = await db.briefVersion.findMany({
    where: { briefId: brief.id, version: { in: [from, to] } },
    select: { version: true, title: true, body: true, updatedAt: true, author: { select: { name: true } } },
  });
  const a = rows.find((r) => r.version === from);
  const b = rows.find((r) => r.version === to);
  if (!a || !b) throw notFound("That version");
  const parts = diffTexts(a.body, b.body);
  const meta = ({ body: _body, ...row }: typeof a) => row;
  return { from: meta(a), to: meta(b), titleChanged: a.title !== b.title, parts, stats: diffStats(parts) };
}
