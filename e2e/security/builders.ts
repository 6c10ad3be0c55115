import { exportProject } from "@/lib/backup/export-project";
import { createBrief } from "@/lib/briefs/create-brief";
import { saveBrief } from "@/lib/briefs/save-brief";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { linkToken, makeMember, makeProject, makeSource, makeUser, TEST_ORIGIN } from "@/lib/factories";
import { addMember } from "@/lib/members/add-member";
import { createTheme } from "@/lib/themes/create-theme";
import { sourceText, unique, type Role, type SecureProject } from "./world";

// Fresh objects for one API case, made through lib/ as the app would make them.

/** Someone other than the acting role, who may write claims and briefs: the owner, or the analyst when the owner acts. */
export const other = (t: SecureProject, role: Role) => (role === "OWNER" ? t.analyst : t.owner);

export const freshSource = (t: SecureProject) => makeSource(t.project, t.owner, { text: sourceText(unique(), "fresh") });

export const claimBy = (t: SecureProject, author: { id: string }, options: { submit?: boolean } = {}) =>
  createClaim({ userId: author.id, projectId: t.project.id, input: { sourceId: t.source.id, start: 0, end: 20, paraphrase: `Claim ${unique()}`, submit: options.submit } });

/** A claim written by someone else, then handed to `role`'s member as its author (as after a change of role). */
export const ownClaim = async (t: SecureProject, role: Role) => {
  const claim = await claimBy(t, other(t, role));
  await db.claim.update({ where: { id: claim.id }, data: { authorId: t.members[role].id } });
  return claim;
};

export const briefBy = async (t: SecureProject, author: { id: string }) => {
  const brief = await createBrief({ userId: author.id, projectId: t.project.id, input: { title: `Brief ${unique()}` } });
  await saveBrief({ userId: author.id, projectId: t.project.id, briefId: brief.id, input: { baseVersion: 1, body: "Laos may default on its loans." } });
  return brief;
};

export const freshTheme = (t: SecureProject) => createTheme({ userId: t.owner.id, projectId: t.project.id, input: { name: `Theme ${unique()}`, colour: "#65a30d" } });

export const extraMember = async (t: SecureProject) => {
  const user = await makeUser();
  await makeMember(t.project, t.owner, user, "VIEWER");
  return user;
};

let backupFile: Promise<string> | undefined;
/** A small backup file, made once: restoring it any number of times gives new projects. */
export const smallBackup = () =>
  (backupFile ??= (async () => {
    const owner = await makeUser();
    const project = await makeProject(owner);
    return String((await exportProject({ userId: owner.id, projectId: project.id })).body);
  })());

/** A pending invitation to a fresh project of someone outside any team, which nobody else belongs to: its link token. */
export async function freshInvitation(): Promise<string> {
  const owner = await makeUser();
  const project = await makeProject(owner, { name: `Invited ${unique()}` });
  const { invitation } = await addMember({ userId: owner.id, projectId: project.id, origin: TEST_ORIGIN, input: { email: `invited-${unique()}@example.test`, role: "VIEWER" } });
  return linkToken(invitation.url);
}
