/**
 * Builders of realistic objects through the real lib/ operations. The
 * integration tests, the e2e fixtures, the benchmark and the demo seed all
 * use these, so what the demo shows is what the tests exercise.
 */
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { MemberRole, Reliability, SourceKind } from "@/lib/generated/prisma/enums";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { addMember } from "@/lib/members/add-member";
import { createProject } from "@/lib/projects/create-project";
import { createSource } from "@/lib/sources/create-source";
import { parseDocument } from "@/lib/sources/parse-document";
import { hashPassword } from "@/lib/users/password";

const unique = () => randomBytes(5).toString("hex");

let cachedHash: { password: string; hash: Promise<string> } | undefined;

/** An account in good standing: its address confirmed, unless `verified: false`. */
export async function makeUser(input: { name?: string; email?: string; password?: string; verified?: boolean } = {}) {
  const password = input.password ?? "correct horse battery staple";
  // Hashing costs ~100 ms; users made with the default password share one hash.
  const passwordHash =
    input.password === undefined
      ? await (cachedHash ??= { password, hash: hashPassword(password) }).hash
      : await hashPassword(password);
  const id = unique();
  const user = await db.user.create({
    data: {
      name: input.name ?? `Analyst ${id}`,
      email: (input.email ?? `analyst-${id}@example.test`).toLowerCase(),
      passwordHash,
      emailVerifiedAt: input.verified === false ? null : new Date(),
    },
    select: { id: true, name: true, email: true },
  });
  return { ...user, password };
}

export async function makeProject(owner: { id: string }, input: { name?: string; description?: string } = {}) {
  return createProject({ userId: owner.id, input: { name: input.name ?? `Project ${unique()}`, description: input.description ?? "" } });
}

/** Where invitation links made by the factories (tests, seeds, bench) point; they are accepted at once, never opened. */
export const TEST_ORIGIN = "http://claimwork.test";

/** The token of an invitation link. */
export function linkToken(url: string): string {
  return new URL(url).pathname.split("/").at(-1)!;
}

/** Invites a person, who accepts through the link, as a new member would. */
export async function makeMember(project: { id: string }, owner: { id: string }, user: { id: string; email: string }, role: MemberRole) {
  const { invitation } = await addMember({ userId: owner.id, projectId: project.id, origin: TEST_ORIGIN, input: { email: user.email, role } });
  return acceptInvitation({ userId: user.id, ref: { token: linkToken(invitation.url) } });
}

/** A project with one member of each role. */
export async function makeTeam() {
  const [owner, analyst, reviewer, viewer, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser()]);
  const project = await makeProject(owner);
  await makeMember(project, owner, analyst, "ANALYST");
  await makeMember(project, owner, reviewer, "REVIEWER");
  await makeMember(project, owner, viewer, "VIEWER");
  return { project, owner, analyst, reviewer, viewer, outsider };
}

export async function makeSource(
  project: { id: string },
  user: { id: string },
  input: { text: string; kind?: SourceKind; reliability?: Reliability | null; url?: string; title?: string },
) {
  const parsed = parseDocument(input.text);
  return createSource({
    userId: user.id,
    projectId: project.id,
    source: {
      title: input.title ?? parsed.title ?? "Untitled source",
      authors: parsed.authors,
      publisher: parsed.publisher,
      publishedOn: parsed.publishedOn,
      url: input.url ?? null,
      kind: input.kind ?? "OTHER",
      language: "en",
      reliability: input.reliability ?? null,
      body: parsed.body,
      markers: parsed.markers,
      citations: parsed.citations,
    },
  });
}
