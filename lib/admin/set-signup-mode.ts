import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { forgetInstanceSettings } from "@/lib/instance/signup-mode";
import { parseInput } from "@/lib/validation";
import { requireAdmin } from "./require-admin";

const schema = z.object({
  signupMode: z.enum(["OPEN", "INVITE_ONLY", "CLOSED"], { error: "Choose who may create an account." }),
  requireTwoFactor: z
    .union([z.boolean(), z.enum(["on", "true", "false", ""])])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});

/** Sets who may create an account on this instance, and whether everyone must sign in with a second factor. */
export async function setSignupMode(options: { userId: string; input: { signupMode?: unknown; requireTwoFactor?: unknown } }) {
  const { signupMode, requireTwoFactor } = parseInput(schema, options.input);
  await requireAdmin(options.userId);
  await db.instanceSettings.upsert({ where: { id: 1 }, create: { id: 1, signupMode, requireTwoFactor }, update: { signupMode, requireTwoFactor } });
  forgetInstanceSettings();
  return { signupMode, requireTwoFactor };
}
