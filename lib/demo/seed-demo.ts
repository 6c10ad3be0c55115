import fs from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeSource, makeUser } from "@/lib/factories";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT } from "./accounts";

/** Builds the demo workspace. Returns false when the database already has users. */
export async function seedDemo(options: { ifEmpty: boolean }): Promise<boolean> {
  if (options.ifEmpty && (await db.user.count()) > 0) return false;

  const [owner, ...others] = await Promise.all(
    DEMO_ACCOUNTS.map((a) => makeUser({ name: a.name, email: a.email, password: DEMO_PASSWORD })),
  );
  const project = await makeProject(owner!, DEMO_PROJECT);
  for (const [index, user] of others.entries()) {
    await makeMember(project, owner!, user, DEMO_ACCOUNTS[index + 1]!.role);
  }
  const text = await fs.readFile(path.join(import.meta.dirname, "laos-japan-commentary.md"), "utf8");
  await makeSource(project, owner!, { text, kind: "COMMENTARY", reliability: "B" });
  return true;
}
