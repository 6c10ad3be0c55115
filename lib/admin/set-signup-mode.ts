import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { requireAdmin } from "./require-admin";

const schema = z.object({ signupMode: z.enum(["OPEN", "INVITE_ONLY", "CLOSED"], { error: "Choose who may create an account." }) });

/** Sets who may create an account on this instance. */
export async function setSignupMode(options: { userId: string; input: { signupMode?: unknown } }) {
  const { signupMode } = parseInput(schema, options.input);
  await requireAdmin(options.userId);
  await db.instanceSettings.upsert({ where: { id: 1 }, create: { id: 1, signupMode }, update: { signupMode } });
  return { signupMode };
}
