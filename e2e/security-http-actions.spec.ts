import type { APIRequestContext, APIResponse } from "@playwright/test";
import { exportProject } from "@/lib/backup/export-project";
import { db } from "@/lib/db";
import { createTheme } from "@/lib/themes/create-theme";
import { expect, test } from "./fixtures";
import { accountSnapshot, ACTION_CASES, builtActions, postAction, prepareActionTargets, workerPath, type BuiltAction } from "./security/actions";
import { fill } from "./security/routes";
import { makeSecureProject, projectSnapshot, signedInContext, staleSessionContext, type SecureProject } from "./security/world";

/**
 * Server actions are public HTTP endpoints: anyone can POST one by its id.
 * Each is posted here as the browser's router does, without a valid session,
 * and must refuse by itself before touching anything.
 */
test.describe.configure({ mode: "default" });

let W: SecureProject;
let actions: BuiltAction[];
test.beforeAll(async () => {
  actions = builtActions();
  W = await makeSecureProject("actions");
  const [spare, backup] = await Promise.all([
    createTheme({ userId: W.owner.id, projectId: W.project.id, input: { name: `Spare ${W.marker}`, colour: "#aa3300" } }),
    exportProject({ userId: W.owner.id, projectId: W.project.id }),
  ]);
  await prepareActionTargets(W, { spareThemeId: spare.id, backup: String(backup.body) });
});

const sessionActions = () => actions.filter((action) => ACTION_CASES[action.key]?.access === "session");

/** Posts every session action to a page whose bundle holds it, and hands each response to `check`. */
async function postEach(context: APIRequestContext, origin: string, check: (action: BuiltAction, response: APIResponse, body: string) => void) {
  const before = { project: await projectSnapshot(W.project.id), accounts: await accountSnapshot(W) };
  await Promise.all(
    sessionActions().map(async (action) => {
      const url = fill(workerPath(action.workers[0]!), W.params);
      const response = await postAction(context, { id: action.id, url, call: ACTION_CASES[action.key]!.args(W), origin });
      const body = await response.text();
      expect(body, action.key).not.toContain(W.marker);
      check(action, response, body);
    }),
  );
  expect(await projectSnapshot(W.project.id), "the project is unchanged").toEqual(before.project);
  expect(await accountSnapshot(W), "its members' accounts are unchanged").toEqual(before.accounts);
}

test("every server action in the build has a case", () => {
  const built = new Set(actions.map((action) => action.key));
  expect(actions.length).toBeGreaterThanOrEqual(40);
  expect([...built].filter((key) => !ACTION_CASES[key]), "server actions without a case in e2e/security/actions.ts").toEqual([]);
  expect(Object.keys(ACTION_CASES).filter((key) => !built.has(key)), "cases for actions the build no longer has").toEqual([]);
});

/** Pages anyone may open (an invitation link's), where the proxy lets a signed-out call through to the action. */
const onPublicPage = (action: BuiltAction) => workerPath(action.workers[0]!).startsWith("/invitations/");

test("without a session cookie, every server action is turned away to sign in and nothing changes", async ({ request, baseURL }) => {
  expect(sessionActions().filter(onPublicPage).length).toBe(2);
  await postEach(request, baseURL!, (action, response) => {
    if (onPublicPage(action)) {
      // The proxy lets the page through; the action's own check sends the caller to sign in.
      expect(response.status(), action.key).toBe(200);
      expect(response.headers()["x-action-redirect"], action.key).toMatch(/^\/sign-in(\?|;|$)/);
      return;
    }
    expect(response.status(), action.key).toBe(307);
    expect(new URL(response.headers().location ?? "", baseURL).pathname, action.key).toBe("/sign-in");
  });
});

test("with a session that is no longer valid, every server action refuses by itself and nothing changes", async ({ baseURL }) => {
  // A well-signed cookie passes the proxy: only the action's own check stands in the way.
  const stale = await staleSessionContext(baseURL!, W.owner);
  await postEach(stale, baseURL!, (action, response) => {
    expect(response.status(), action.key).toBe(200);
    // How Next.js answers a fetch action that redirected: the target in a header, no HTTP redirect.
    expect(response.headers()["x-action-redirect"], action.key).toMatch(/^\/sign-in(\?|;|$)/);
  });
  await stale.dispose();
});

/** The form state a refused action hands back, read from the Flight response. */
function refusal(body: string): string | null {
  const state = body.match(/\{"ok":false,"message":"([^"]*)"/);
  return state ? state[1]! : null;
}

test("the harness reaches the actions: with a valid session, a form action and a called action run", async ({ baseURL }) => {
  const session = await signedInContext(baseURL!, W.analyst);
  const search = actions.find((action) => action.exportedName === "searchClaimsAction")!;
  const found = await postAction(session, { id: search.id, url: fill(workerPath(search.workers[0]!), W.params), call: ACTION_CASES[search.key]!.args(W), origin: baseURL! });
  expect(found.status()).toBe(200);
  expect(await found.text()).toContain(`Claim ${W.marker}`);

  const comment = actions.find((action) => action.exportedName === "createCommentAction")!;
  const posted = await postAction(session, {
    id: comment.id,
    url: fill(workerPath(comment.workers[0]!), W.params),
    call: { form: { projectId: W.project.id, claimId: W.claim.id, body: `Harness ${W.marker}` } },
    origin: baseURL!,
  });
  expect(posted.status()).toBe(200);
  expect(await posted.text()).toContain('"ok":true');
  expect(await db.comment.count({ where: { projectId: W.project.id, body: `Harness ${W.marker}`, authorId: W.analyst.id } })).toBe(1);
  await session.dispose();
});

test("a signed-in non-member posting the project's actions with its real ids gets not found, and nothing changes", async ({ baseURL }) => {
  const X = await makeSecureProject("intruder");
  const session = await signedInContext(baseURL!, X.owner);
  const projectActions = sessionActions().filter((action) => action.filename.startsWith("app/(app)/projects/"));
  expect(projectActions.length).toBeGreaterThanOrEqual(35);
  const before = await Promise.all([projectSnapshot(W.project.id), projectSnapshot(X.project.id)]);
  await Promise.all(
    projectActions.map(async (action) => {
      // Posted at the intruder's own project pages, as their browser would.
      const response = await postAction(session, { id: action.id, url: fill(workerPath(action.workers[0]!), X.params), call: ACTION_CASES[action.key]!.args(W), origin: baseURL! });
      const body = await response.text();
      expect(response.status(), action.key).toBe(200);
      expect(refusal(body), `${action.key}: ${body.slice(0, 300)}`).toBe("Project was not found.");
      expect(body, action.key).not.toContain(W.marker);
    }),
  );

  // And their own project's forms, with the other project's ids inside.
  const call = (name: string, form: Record<string, string | string[]>) => {
    const action = actions.find((a) => a.exportedName === name)!;
    return postAction(session, { id: action.id, url: fill(workerPath(action.workers[0]!), X.params), call: { form: { projectId: X.project.id, ...form } }, origin: baseURL! });
  };
  const attempts: [string, Promise<APIResponse>][] = [
    ["claim on W's source", call("createClaimAction", { sourceId: W.source.id, start: "0", end: "10", paraphrase: "Borrowed" })],
    ["claim tagged with W's theme", call("createClaimAction", { sourceId: X.source.id, start: "0", end: "10", paraphrase: "Borrowed", themeIds: [W.theme.id] })],
    ["claim citing W's footnote", call("createClaimAction", { sourceId: X.source.id, start: "0", end: "10", paraphrase: "Borrowed", citationIds: [W.citation.id] })],
    ["bulk tagging of W's claim", call("bulkClaimsAction", { operation: "add-theme", themeId: X.theme.id, claimIds: [W.claim.id] })],
    ["merge into W's theme", call("mergeThemeAction", { themeId: X.theme.id, targetId: W.theme.id })],
    ["comment on W's claim", call("createCommentAction", { claimId: W.claim.id, body: "Hello" })],
    ["assign to a non-member", call("assignClaimAction", { claimId: X.claim.id, assigneeId: W.reviewer.id })],
    ["remove W's member", call("removeMemberAction", { memberId: W.analyst.id })],
    ["relate to W's claim", call("relateClaimAction", { claimId: X.claim.id, targetId: W.claim.id, kind: "corroborates" })],
    ["remove W's relation", call("unrelateClaimAction", { claimId: X.claim.id, relationId: W.relation.id })],
  ];
  for (const [label, attempt] of attempts) {
    const response = await attempt;
    const body = await response.text();
    expect(response.status(), label).toBe(200);
    expect(refusal(body), `${label}: ${body.slice(0, 300)}`).toBeTruthy();
    expect(body, label).not.toContain(W.marker);
  }
  expect(await Promise.all([projectSnapshot(W.project.id), projectSnapshot(X.project.id)])).toEqual(before);
  await session.dispose();
});

test("posted at the sign-in page, which the proxy lets everyone reach, every server action still refuses and nothing changes", async ({ request, baseURL }) => {
  const before = { project: await projectSnapshot(W.project.id), accounts: await accountSnapshot(W) };
  await Promise.all(
    sessionActions().map(async (action) => {
      const response = await postAction(request, { id: action.id, url: "/sign-in", call: ACTION_CASES[action.key]!.args(W), origin: baseURL! });
      const body = await response.text();
      // Next.js hands the call to the page that holds the action, through the proxy again: it never runs.
      expect(body, action.key).not.toContain('"ok":true');
      expect(body, action.key).not.toContain(W.marker);
    }),
  );
  expect(await projectSnapshot(W.project.id)).toEqual(before.project);
  expect(await accountSnapshot(W)).toEqual(before.accounts);
});

test("the public actions, signing in, up and out, reveal nothing and sign nobody in on a wrong password", async ({ request, baseURL }) => {
  const byName = (name: string) => actions.find((action) => action.exportedName === name)!;
  const publicActions = actions.filter((action) => ACTION_CASES[action.key]?.access === "public").map((action) => action.exportedName);
  expect(publicActions.sort()).toEqual(["forgotPasswordAction", "resetPasswordAction", "signInAction", "signOutAction", "signUpAction", "verifyEmailAction"]);

  const verify = byName("verifyEmailAction");
  const unverified = await postAction(request, { id: verify.id, url: fill(workerPath(verify.workers[0]!), W.params), call: ACTION_CASES[verify.key]!.args(W), origin: baseURL! });
  expect(refusal(await unverified.text())).toBe("Link was not found.");
  // This server sends no email: the form says so, and nothing is made.
  const forgot = byName("forgotPasswordAction");
  const asked = await postAction(request, { id: forgot.id, url: "/forgot-password", call: ACTION_CASES[forgot.key]!.args(W), origin: baseURL! });
  expect(refusal(await asked.text())).toMatch(/sends no email/);
  expect(await db.userToken.count({ where: { userId: W.owner.id } })).toBe(0);

  const reset = byName("resetPasswordAction");
  const forged = await postAction(request, { id: reset.id, url: fill(workerPath(reset.workers[0]!), W.params), call: ACTION_CASES[reset.key]!.args(W), origin: baseURL! });
  expect(refusal(await forged.text())).toBe("Reset link was not found.");

  const signIn = byName("signInAction");
  const refused = await postAction(request, { id: signIn.id, url: "/sign-in", call: ACTION_CASES[signIn.key]!.args(W), origin: baseURL! });
  expect(refusal(await refused.text())).toBe("Email or password is incorrect.");
  expect(refused.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && /session-token=[^;]/.test(h.value))).toEqual([]);

  const signUp = byName("signUpAction");
  const taken = await postAction(request, { id: signUp.id, url: "/sign-up", call: ACTION_CASES[signUp.key]!.args(W), origin: baseURL! });
  const takenBody = await taken.text();
  expect(refusal(takenBody), takenBody.slice(0, 300)).toBeTruthy();
  expect(takenBody).not.toContain(W.marker);
  expect(await db.user.count({ where: { email: W.owner.email } })).toBe(1);

  const signOut = byName("signOutAction");
  const out = await postAction(request, { id: signOut.id, url: "/", call: ACTION_CASES[signOut.key]!.args(W), origin: baseURL! });
  expect(out.status()).toBe(307);
  expect(new URL(out.headers().location ?? "", baseURL).pathname).toBe("/sign-in");
});
