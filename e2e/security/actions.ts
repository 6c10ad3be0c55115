import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { houseTemplate } from "@/lib/testing/docx-template-fixture";
import type { SecureProject } from "./world";

/** What `next build` records of each server action: its id, where it is defined and which pages' bundles hold it. */
export type BuiltAction = { id: string; key: string; exportedName: string; filename: string; workers: string[] };

/** The server actions of the production build, from Next.js's server reference manifest. */
export function builtActions(): BuiltAction[] {
  const file = path.resolve(process.cwd(), ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string; filename: string }>;
    edge: Record<string, unknown>;
  };
  if (Object.keys(manifest.edge).length > 0) throw new Error("Edge server actions: add them to the security cases");
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    exportedName: entry.exportedName,
    filename: entry.filename,
    workers: Object.keys(entry.workers),
  }));
}

/** "app/(app)/projects/[projectId]/claims/page" → "/projects/[projectId]/claims": a page whose bundle holds the action. */
export function workerPath(worker: string): string {
  const segments = worker.replace(/^app\//, "").replace(/\/?page$/, "").split("/").filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** A form action's arguments, (previous state, form data), or a called action's arguments as they are. */
export type ActionArgs = { form: Record<string, string | string[] | File> } | { args: unknown[] };

export type ActionCase = {
  /** "public" actions are the way in (sign-in, sign-up) or out; every other one must check the session itself. */
  access: "public" | "session";
  args: (w: SecureProject) => ActionArgs;
};

/**
 * Encodes arguments the way React's client does for a server action call
 * (encodeReply): a FormData argument becomes "$K1" with its fields sent as
 * "_1_<name>", followed by part "0", the JSON of the arguments.
 */
function encodeArguments(call: ActionArgs): FormData | string {
  if ("args" in call) return JSON.stringify(call.args);
  const body = new FormData();
  for (const [name, value] of Object.entries(call.form)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(`_1_${name}`, item);
  }
  // Last, as React sends it: the server decodes the root as soon as it arrives.
  body.set("0", JSON.stringify([{}, "$K1"]));
  return body;
}

/** Posts a server action as the browser's router does: to a page holding it, with the Next-Action header. */
export function postAction(request: APIRequestContext, options: { id: string; url: string; call: ActionArgs; origin: string; headers?: Record<string, string> }) {
  const body = encodeArguments(options.call);
  const headers = { "next-action": options.id, accept: "text/x-component", origin: options.origin, ...options.headers };
  return typeof body === "string"
    ? request.post(options.url, { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data: body, maxRedirects: 0 })
    : request.post(options.url, { headers, multipart: body, maxRedirects: 0 });
}

const v = (w: SecureProject) => w.params;

/**
 * Every server action of the app, keyed "file#export" as the build names
 * them, with arguments that would change project `w` (or its members'
 * accounts) if the action ran. The inventory test fails when the build has
 * an action without a case here.
 */
export const ACTION_CASES: Record<string, ActionCase> = {
  "app/(auth)/actions.ts#signInAction": { access: "public", args: (w) => ({ form: { email: w.owner.email, password: "not the password", callbackUrl: "/" } }) },
  "app/(auth)/actions.ts#signUpAction": { access: "public", args: (w) => ({ form: { name: "Someone", email: w.owner.email, password: "a long enough password" } }) },
  "app/(app)/actions.ts#signOutAction": { access: "public", args: () => ({ args: [] }) },
  "app/(app)/home-actions.ts#createProjectAction": { access: "session", args: (w) => ({ form: { name: `Created ${w.marker}`, description: "" } }) },
  "app/(app)/home-actions.ts#restoreProjectAction": {
    access: "session",
    args: (w) => ({ form: { file: new File([backupOf(w)], "backup.json", { type: "application/json" }) } }),
  },
  "app/(app)/inbox/actions.ts#markReadAction": { access: "session", args: () => ({ form: { all: "1" } }) },
  "app/(app)/settings/account/actions.ts#changePasswordAction": {
    access: "session",
    args: (w) => ({ form: { currentPassword: w.owner.password, newPassword: "a taken-over password", confirmPassword: "a taken-over password" } }),
  },
  "app/(app)/settings/tokens/actions.ts#createTokenAction": { access: "session", args: (w) => ({ form: { name: `Token ${w.marker}`, expiresInDays: "0" } }) },
  "app/(app)/settings/tokens/actions.ts#revokeTokenAction": { access: "session", args: (w) => ({ form: { tokenId: tokenIds.get(w.owner.id) ?? "" } }) },
  "app/(app)/projects/[projectId]/settings/actions.ts#updateProjectAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, name: "Taken over", description: "" } }),
  },
  "app/(app)/projects/[projectId]/settings/actions.ts#updateReviewPolicyAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, reviewPolicy: "SHARED_QUEUE" } }),
  },
  "app/(app)/projects/[projectId]/settings/actions.ts#updateCitationStyleAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, citationStyle: "apa" } }),
  },
  "app/(app)/projects/[projectId]/settings/actions.ts#updateBlindReviewAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, blindReview: "on" } }),
  },
  "app/(app)/projects/[projectId]/settings/actions.ts#updateProjectMarkingAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, marking: "SECRET" } }),
  },
  "app/(app)/projects/[projectId]/settings/docx-template-actions.ts#uploadDocxTemplateAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, file: new File([docxTemplateBytes()], "house.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }) } }),
  },
  "app/(app)/projects/[projectId]/settings/docx-template-actions.ts#removeDocxTemplateAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId! } }),
  },
  "app/(app)/projects/[projectId]/members/actions.ts#addMemberAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, email: "intruder@example.test", role: "OWNER" } }),
  },
  "app/(app)/projects/[projectId]/members/actions.ts#changeRoleAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, memberId: w.viewer.id, role: "OWNER" } }),
  },
  "app/(app)/projects/[projectId]/members/actions.ts#removeMemberAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, memberId: w.analyst.id } }),
  },
  "app/(app)/projects/[projectId]/members/actions.ts#cancelInvitationAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, invitationId: invitationIds.get(w.project.id) ?? "" } }),
  },
  // The invitation link's page: the token is the invitation; the person must be signed in.
  "app/(auth)/invitations/[token]/actions.ts#acceptInvitationAction": { access: "session", args: (w) => ({ form: { token: w.invitation.token } }) },
  "app/(auth)/invitations/[token]/actions.ts#declineInvitationAction": { access: "session", args: (w) => ({ form: { token: w.invitation.token } }) },
  "app/(app)/inbox/actions.ts#acceptInvitationAction": { access: "session", args: (w) => ({ form: { invitationId: w.invitation.id } }) },
  "app/(app)/inbox/actions.ts#declineInvitationAction": { access: "session", args: (w) => ({ form: { invitationId: w.invitation.id } }) },
  "app/(app)/settings/account/actions.ts#signOutSessionAction": { access: "session", args: () => ({ form: { all: "1" } }) },
  "app/(app)/admin/actions.ts#setAccountDisabledAction": { access: "session", args: (w) => ({ form: { targetId: w.viewer.id, disabled: "1" } }) },
  "app/(app)/admin/actions.ts#issueResetLinkAction": { access: "session", args: (w) => ({ form: { targetId: w.viewer.id } }) },
  "app/(app)/admin/actions.ts#setSignupModeAction": { access: "session", args: () => ({ form: { signupMode: "CLOSED" } }) },
  "app/(app)/settings/account/actions.ts#resendVerificationAction": { access: "session", args: () => ({ form: {} }) },
  "app/(app)/settings/account/actions.ts#startTwoFactorAction": { access: "session", args: () => ({ form: {} }) },
  "app/(app)/settings/account/actions.ts#setEmailNotificationsAction": { access: "session", args: () => ({ form: { choice: "OFF" } }) },
  "app/(app)/settings/account/actions.ts#confirmTwoFactorAction": { access: "session", args: () => ({ form: { code: "123456" } }) },
  "app/(app)/settings/account/actions.ts#disableTwoFactorAction": { access: "session", args: () => ({ form: { code: "123456" } }) },
  // Links that are their own credential, and a request that tells nobody anything: public.
  "app/(auth)/verify-email/[token]/actions.ts#verifyEmailAction": { access: "public", args: () => ({ form: { token: "A".repeat(43) } }) },
  "app/(auth)/actions.ts#forgotPasswordAction": { access: "public", args: (w) => ({ form: { email: w.owner.email } }) },
  "app/(auth)/reset-password/[token]/actions.ts#resetPasswordAction": {
    access: "public",
    args: () => ({ form: { token: "A".repeat(43), newPassword: "taken over at last", confirmPassword: "taken over at last" } }),
  },
  "app/(app)/projects/[projectId]/sources/actions.ts#previewImportAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, text: "# A note\n\nJapan funds Wattay." } }),
  },
  "app/(app)/projects/[projectId]/sources/actions.ts#importSourceAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, text: "# A note\n\nJapan funds Wattay.", title: "Imported", reliability: "B" } }),
  },
  "app/(app)/projects/[projectId]/sources/actions.ts#updateSourceAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, sourceId: v(w).sourceId!, title: "Retitled", reliability: "A", kind: "REPORT" } }),
  },
  "app/(app)/projects/[projectId]/sources/actions.ts#updateCitationAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, sourceId: v(w).sourceId!, citationId: v(w).citationId!, text: "Rewritten note", publisher: "Taken over" } }),
  },
  "app/(app)/projects/[projectId]/sources/actions.ts#retractSourceAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, sourceId: v(w).sourceId!, retractionNote: "Taken over" } }),
  },
  "app/(app)/projects/[projectId]/sources/actions.ts#reinstateSourceAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, sourceId: v(w).retractedSourceId! } }),
  },
  "app/(app)/projects/[projectId]/warnings-actions.ts#acknowledgeWarningAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, warningId: v(w).warningId!, note: "Taken over" } }),
  },
  "app/(app)/projects/[projectId]/sources/actions.ts#addVersionAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, sourceId: v(w).sourceId!, text: "# Replaced\n\nNothing left." } }),
  },
  "app/(app)/projects/[projectId]/claims/actions.ts#createClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, sourceId: v(w).sourceId!, start: "0", end: "10", paraphrase: "Planted", themeIds: [v(w).themeId!] } }),
  },
  "app/(app)/projects/[projectId]/claims/actions.ts#updateClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId!, paraphrase: "Rewritten", credibility: "1" } }),
  },
  "app/(app)/projects/[projectId]/claims/actions.ts#updateClaimMarkingAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId!, marking: "SECRET" } }),
  },
  "app/(app)/projects/[projectId]/sources/references-actions.ts#importReferencesAction": {
    access: "session",
    args: (w) => ({
      form: {
        projectId: v(w).projectId!,
        file: new File([`@techreport{planted, title = {Planted ${w.marker}}, author = {Someone, A.}, year = {2024}}`], "library.bib", { type: "application/x-bibtex" }),
      },
    }),
  },
  "app/(app)/projects/[projectId]/claims/actions.ts#deleteClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId! } }),
  },
  "app/(app)/projects/[projectId]/claims/actions.ts#bulkClaimsAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, operation: "remove-theme", themeId: v(w).themeId!, claimIds: [v(w).claimId!] } }),
  },
  "app/(app)/projects/[projectId]/claims/[claimId]/actions.ts#reviewClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId!, verdict: "VERIFIED", rationale: "Looks fine." } }),
  },
  "app/(app)/projects/[projectId]/claims/[claimId]/actions.ts#submitClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId! } }),
  },
  "app/(app)/projects/[projectId]/claims/[claimId]/actions.ts#withdrawClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId! } }),
  },
  "app/(app)/projects/[projectId]/claims/[claimId]/actions.ts#assignClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId!, assigneeId: w.owner.id } }),
  },
  "app/(app)/projects/[projectId]/claims/[claimId]/actions.ts#passBackClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId!, comment: "Not mine." } }),
  },
  "app/(app)/projects/[projectId]/claims/[claimId]/actions.ts#relateClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId!, targetId: spareClaimIds.get(w.project.id) ?? "", kind: "duplicates" } }),
  },
  "app/(app)/projects/[projectId]/claims/[claimId]/actions.ts#unrelateClaimAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId!, relationId: v(w).relationId! } }),
  },
  "app/(app)/projects/[projectId]/comments/actions.ts#createCommentAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, claimId: v(w).claimId!, body: "Planted comment" } }),
  },
  "app/(app)/projects/[projectId]/comments/actions.ts#updateCommentAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, commentId: v(w).commentId!, body: "Rewritten comment" } }),
  },
  "app/(app)/projects/[projectId]/comments/actions.ts#deleteCommentAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, commentId: v(w).commentId! } }),
  },
  "app/(app)/projects/[projectId]/themes/actions.ts#createThemeAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, name: "Planted theme", colour: "#123456" } }),
  },
  "app/(app)/projects/[projectId]/themes/actions.ts#updateThemeAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, themeId: v(w).themeId!, name: "Renamed theme", colour: "#654321" } }),
  },
  "app/(app)/projects/[projectId]/themes/actions.ts#moveThemeAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, themeId: v(w).themeId!, parentId: spareThemeIds.get(w.project.id) ?? "" } }),
  },
  "app/(app)/projects/[projectId]/themes/actions.ts#mergeThemeAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, themeId: v(w).themeId!, targetId: spareThemeIds.get(w.project.id) ?? "" } }),
  },
  "app/(app)/projects/[projectId]/themes/actions.ts#deleteThemeAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, themeId: v(w).themeId!, reassignTo: spareThemeIds.get(w.project.id) ?? "" } }),
  },
  "app/(app)/projects/[projectId]/themes/actions.ts#importCodebookAction": {
    access: "session",
    args: (w) => ({
      form: {
        projectId: v(w).projectId!,
        text: JSON.stringify({ format: "claimwork-codebook", version: 1, themes: [{ name: "Planted", colour: "#123456", description: "", children: [] }] }),
      },
    }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#createBriefAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, title: "Planted brief" } }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#saveBriefAction": {
    access: "session",
    args: (w) => ({ args: [{ projectId: v(w).projectId, briefId: v(w).briefId }, { baseVersion: Number(v(w).version), body: "Overwritten" }] }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#saveBriefMarkingAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, briefId: v(w).briefId!, marking: "SECRET" } }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#saveBriefNotesAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, briefId: v(w).briefId!, notePlacement: "ENDNOTES" } }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#previewBriefAction": {
    access: "session",
    args: (w) => ({ args: [{ projectId: v(w).projectId, briefId: v(w).briefId }, `Show me [[claim:${v(w).claimId}]]`] }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#searchClaimsAction": { access: "session", args: (w) => ({ args: [v(w).projectId, { q: "" }] }) },
  "app/(app)/projects/[projectId]/briefs/actions.ts#compareVersionsAction": {
    access: "session",
    args: (w) => ({ args: [{ projectId: v(w).projectId, briefId: v(w).briefId }, 1, Number(v(w).version)] }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#dismissMarkAction": {
    access: "session",
    args: (w) => ({ args: [{ projectId: v(w).projectId, briefId: v(w).briefId }, "hedge:00000000"] }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#restoreVersionAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, briefId: v(w).briefId!, version: "1" } }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#submitBriefAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, briefId: v(w).briefId! } }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#approveBriefAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, briefId: v(w).briefId! } }),
  },
  "app/(app)/projects/[projectId]/briefs/actions.ts#deleteBriefAction": {
    access: "session",
    args: (w) => ({ form: { projectId: v(w).projectId!, briefId: v(w).briefId! } }),
  },
};

/** Ids the arguments need that the project does not name itself, filled in by prepareActionTargets. */
const tokenIds = new Map<string, string>();
const invitationIds = new Map<string, string>();
const spareThemeIds = new Map<string, string>();
/** A claim of the project not yet related to its main claim. */
const spareClaimIds = new Map<string, string>();
const backups = new Map<string, string>();
const backupOf = (w: SecureProject) => backups.get(w.project.id) ?? "{}";
/** A real Word template, which the upload would accept from an owner. */
let template = new Uint8Array();
const docxTemplateBytes = () => template;

export async function prepareActionTargets(w: SecureProject, extras: { spareThemeId: string; backup: string }) {
  const [token, invitation] = await Promise.all([
    db.apiToken.findFirstOrThrow({ where: { userId: w.owner.id } }),
    db.invitation.findFirstOrThrow({ where: { projectId: w.project.id } }),
  ]);
  tokenIds.set(w.owner.id, token.id);
  invitationIds.set(w.project.id, invitation.id);
  spareThemeIds.set(w.project.id, extras.spareThemeId);
  const spareClaim = await createClaim({ userId: w.owner.id, projectId: w.project.id, input: { sourceId: w.source.id, start: 0, end: 20, paraphrase: `Spare ${w.marker}` } });
  spareClaimIds.set(w.project.id, spareClaim.id);
  backups.set(w.project.id, extras.backup);
  template = new Uint8Array(await houseTemplate());
}

/**
 * What the project's people own outside the project, read back so that a
 * test can tell that no action changed it: passwords, tokens, projects
 * bearing the project's marker, unread notifications.
 */
export async function accountSnapshot(w: SecureProject) {
  const ids = [w.owner.id, w.analyst.id, w.reviewer.id, w.viewer.id];
  const [users, tokens, projects, unread] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids } }, omit: { passwordHash: false }, orderBy: { id: "asc" } }),
    db.apiToken.findMany({ where: { userId: { in: ids } }, select: { id: true, name: true, revokedAt: true }, orderBy: { id: "asc" } }),
    db.project.findMany({ where: { name: { contains: w.marker } }, select: { id: true }, orderBy: { id: "asc" } }),
    db.notification.count({ where: { userId: { in: ids }, readAt: null } }),
  ]);
  return { users, tokens, projects, unread };
}
