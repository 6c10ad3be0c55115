import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Every operation that writes more than one row does so in one transaction.
 * Proof by breaking it: each operation runs once to learn which tables it
 * writes, then again once per such table with a trigger that makes the first
 * write to that table fail, and every table of the database must then be
 * exactly as it was before the attempt.
 *
 * The triggers would disturb the other test files, so this file works on a
 * database of its own, made before any lib/ module connects.
 */
const database = await vi.hoisted(async () => {
  const { inject } = await import("vitest");
  const { createTestDatabase } = await import("../scripts/lib/test-database");
  const created = await createTestDatabase("atomic", { serverUrl: inject("testServerUrl") });
  process.env.DATABASE_URL = created.url;
  return created;
});

const { db } = await import("@/lib/db");
const { linkToken, makeSource, makeTeam, makeUser, TEST_ORIGIN } = await import("@/lib/factories");
const { createProject } = await import("@/lib/projects/create-project");
const { updateProject } = await import("@/lib/projects/update-project");
const { addMember } = await import("@/lib/members/add-member");
const { changeMemberRole } = await import("@/lib/members/change-member-role");
const { removeMember } = await import("@/lib/members/remove-member");
const { importSource } = await import("@/lib/sources/import-source");
const { addSourceVersion } = await import("@/lib/sources/add-source-version");
const { updateSource } = await import("@/lib/sources/update-source");
const { updateCitation } = await import("@/lib/sources/update-citation");
const { createClaim } = await import("@/lib/claims/create-claim");
const { updateClaim } = await import("@/lib/claims/update-claim");
const { deleteClaim } = await import("@/lib/claims/delete-claim");
const { bulkUpdateClaims } = await import("@/lib/claims/bulk-update-claims");
const { submitClaim } = await import("@/lib/reviews/submit-claim");
const { reviewClaim } = await import("@/lib/reviews/review-claim");
const { assignClaims } = await import("@/lib/reviews/assign-claims");
const { passBackClaim } = await import("@/lib/reviews/pass-back-claim");
const { relateClaims } = await import("@/lib/relations/relate-claims");
const { unrelateClaims } = await import("@/lib/relations/unrelate-claims");
const { createComment } = await import("@/lib/comments/create-comment");
const { deleteComment } = await import("@/lib/comments/delete-comment");
const { createTheme } = await import("@/lib/themes/create-theme");
const { mergeThemes } = await import("@/lib/themes/merge-themes");
const { deleteTheme } = await import("@/lib/themes/delete-theme");
const { importCodebook } = await import("@/lib/themes/import-codebook");
const { createBrief } = await import("@/lib/briefs/create-brief");
const { saveBrief } = await import("@/lib/briefs/save-brief");
const { submitBrief } = await import("@/lib/briefs/submit-brief");
const { approveBrief } = await import("@/lib/briefs/approve-brief");
const { restoreBriefVersion } = await import("@/lib/briefs/restore-brief-version");
const { deleteBrief } = await import("@/lib/briefs/delete-brief");
const { claimToken } = await import("@/lib/briefs/claim-references");
const { exportProject } = await import("@/lib/backup/export-project");
const { restoreProject } = await import("@/lib/backup/restore-project");
const { signUp } = await import("@/lib/users/sign-up");
const { acceptInvitation } = await import("@/lib/invitations/accept-invitation");
const { startSession } = await import("@/lib/sessions/start-session");
const { issueResetLink, resetPassword } = await import("@/lib/users/password-reset");
const { setAccountDisabled } = await import("@/lib/admin/set-account-disabled");

/** An admin and an account signed in twice, for the account operations. */
async function accountFixture() {
  const [admin, user] = await Promise.all([makeUser(), makeUser()]);
  await db.user.update({ where: { id: admin.id }, data: { isAdmin: true } });
  const sessions = await Promise.all([1, 2].map(() => startSession({ userId: user.id, userAgent: null, ip: null })));
  return { admin, user, sessions };
}

type Team = Awaited<ReturnType<typeof makeTeam>>;

const REPORT = [
  "# Japan and Laos: an airport and a partnership",
  "",
  "Japan has given Laos aid every year since 1958.[^1] The Wattay terminal was a grant.[^2]",
  "",
  "[^1]: Ministry of Foreign Affairs of Japan, \"Japan-Laos Relations\", 2024.",
  "[^2]: JICA, \"Wattay International Airport Terminal Expansion\", 2018.",
].join("\n");

/** A team with a source (two citations), two themes and a claim tagged with both. */
async function claimFixture() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: REPORT });
  const citations = await db.citation.findMany({ where: { sourceId: source.id }, orderBy: { ordinal: "asc" } });
  const themes = await db.theme.findMany({ where: { projectId: team.project.id }, orderBy: { name: "asc" }, take: 3 });
  const body = (await db.source.findUniqueOrThrow({ where: { id: source.id } })).body;
  const start = body.indexOf("Japan has given");
  const claim = await createClaim({
    userId: team.analyst.id,
    projectId: team.project.id,
    input: {
      sourceId: source.id,
      start,
      end: start + 44,
      paraphrase: "Japan has aided Laos every year since 1958.",
      themeIds: [themes[0]!.id, themes[1]!.id],
      citationIds: [citations[0]!.id],
    },
  });
  return { ...team, source, citations, themes, claim, body };
}

const submitted = async () => {
  const f = await claimFixture();
  await submitClaim({ userId: f.analyst.id, projectId: f.project.id, claimId: f.claim.id });
  return f;
};

/** The claim fixture with a second claim of the same source, not yet related to the first. */
const pairFixture = async () => {
  const f = await claimFixture();
  const start = f.body.indexOf("Japan has given");
  const other = await createClaim({ userId: f.owner.id, projectId: f.project.id, input: { sourceId: f.source.id, start, end: start + 44, paraphrase: "Japan aids Laos yearly." } });
  return { ...f, other };
};

const briefFixture = async () => {
  const f = await submitted();
  await reviewClaim({ userId: f.reviewer.id, projectId: f.project.id, claimId: f.claim.id, input: { verdict: "VERIFIED", rationale: "Matches the MOFA page." } });
  const brief = await createBrief({ userId: f.analyst.id, projectId: f.project.id, input: { title: "Laos brief", body: `${claimToken(f.claim.id)} It is likely to continue.` } });
  await saveBrief({ userId: f.analyst.id, projectId: f.project.id, briefId: brief.id, input: { baseVersion: 1, body: `Edited. ${claimToken(f.claim.id)}` } });
  return { ...f, brief };
};

/** A case: `prepare` builds a fresh fixture and hands back the operation to run on it. */
type Operation = { name: string; prepare: () => Promise<() => Promise<unknown>> };
const op = <F>(operation: { name: string; prepare: () => Promise<F>; run: (fixture: F) => Promise<unknown> }): Operation => ({
  name: operation.name,
  prepare: async () => {
    const fixture = await operation.prepare();
    return () => operation.run(fixture);
  },
});

const OPERATIONS: Operation[] = [
  op({ name: "createProject", prepare: () => makeUser(), run: (u) => createProject({ userId: u.id, input: { name: "Mekong", description: "" } }) }),
  op({ name: "updateProject", prepare: makeTeam, run: (t: Team) => updateProject({ userId: t.owner.id, projectId: t.project.id, input: { name: "Renamed", description: "New" } }) }),
  op({
    name: "addMember (existing account)",
    prepare: makeTeam,
    run: (t: Team) => addMember({ origin: TEST_ORIGIN, userId: t.owner.id, projectId: t.project.id, input: { email: t.outsider.email, role: "ANALYST" } }),
  }),
  op({
    name: "changeMemberRole",
    prepare: makeTeam,
    run: (t: Team) => changeMemberRole({ userId: t.owner.id, projectId: t.project.id, memberId: t.viewer.id, input: { role: "REVIEWER" } }),
  }),
  op({ name: "removeMember", prepare: makeTeam, run: (t: Team) => removeMember({ userId: t.owner.id, projectId: t.project.id, memberId: t.viewer.id }) }),
  op({
    name: "signUp (from an invitation link, sign-up closed)",
    prepare: async () => {
      const t = await makeTeam();
      const email = `invitee-${Date.now()}@example.test`;
      const { invitation } = await addMember({ origin: TEST_ORIGIN, userId: t.owner.id, projectId: t.project.id, input: { email, role: "VIEWER" } });
      return { email, token: linkToken(invitation.url) };
    },
    run: ({ email, token }: { email: string; token: string }) =>
      signUp({ name: "New analyst", email, password: "a long enough passphrase", invitationToken: token, allowSignup: false }),
  }),
  op({
    name: "setAccountDisabled (ending every session)",
    prepare: accountFixture,
    run: ({ admin, user }: Awaited<ReturnType<typeof accountFixture>>) => setAccountDisabled({ userId: admin.id, targetId: user.id, disabled: true }),
  }),
  op({
    name: "resetPassword (spending the link, ending every session)",
    prepare: async () => {
      const { admin, user } = await accountFixture();
      const { url } = await issueResetLink({ userId: admin.id, targetId: user.id, origin: TEST_ORIGIN });
      return linkToken(url);
    },
    run: (token: string) => resetPassword({ token, input: { newPassword: "a brand new passphrase" } }),
  }),
  op({
    name: "acceptInvitation",
    prepare: async () => {
      const t = await makeTeam();
      const { invitation } = await addMember({ origin: TEST_ORIGIN, userId: t.owner.id, projectId: t.project.id, input: { email: t.outsider.email, role: "ANALYST" } });
      return { userId: t.outsider.id, token: linkToken(invitation.url) };
    },
    run: ({ userId, token }: { userId: string; token: string }) => acceptInvitation({ userId, ref: { token } }),
  }),
  op({
    name: "importSource (with footnotes)",
    prepare: makeTeam,
    run: (t: Team) => importSource({ userId: t.owner.id, projectId: t.project.id, input: { text: REPORT, metadata: {} } }),
  }),
  op({
    name: "addSourceVersion (re-anchoring a claim)",
    prepare: claimFixture,
    run: (f) => addSourceVersion({ userId: f.owner.id, projectId: f.project.id, sourceId: f.source.id, input: { text: `Preface.\n\n${REPORT}` } }),
  }),
  op({
    name: "updateSource",
    prepare: claimFixture,
    run: (f) => updateSource({ userId: f.owner.id, projectId: f.project.id, sourceId: f.source.id, input: { title: "Corrected title", reliability: "B" } }),
  }),
  op({
    name: "updateCitation (text read again)",
    prepare: claimFixture,
    run: (f) =>
      updateCitation({
        userId: f.analyst.id,
        projectId: f.project.id,
        sourceId: f.source.id,
        citationId: f.citations[1]!.id,
        input: { text: "JICA, “Wattay International Airport Terminal Expansion”, 2019, https://www.jica.go.jp/", publisher: "JICA" },
      }),
  }),
  op({
    name: "createClaim (themes and citations)",
    prepare: claimFixture,
    run: (f) =>
      createClaim({
        userId: f.analyst.id,
        projectId: f.project.id,
        input: { sourceId: f.source.id, start: 0, end: 20, paraphrase: "A title", themeIds: [f.themes[2]!.id], citationIds: [f.citations[1]!.id], submit: true },
      }),
  }),
  op({
    name: "updateClaim (quote reviewed, themes changed)",
    prepare: async () => {
      const f = await submitted();
      await reviewClaim({ userId: f.reviewer.id, projectId: f.project.id, claimId: f.claim.id, input: { verdict: "VERIFIED", rationale: "Checked." } });
      return f;
    },
    run: (f) =>
      updateClaim({
        userId: f.analyst.id,
        projectId: f.project.id,
        claimId: f.claim.id,
        input: { paraphrase: "Reworded", credibility: 2, themeIds: [f.themes[2]!.id], citationIds: [f.citations[1]!.id] },
      }),
  }),
  op({ name: "deleteClaim", prepare: claimFixture, run: (f) => deleteClaim({ userId: f.owner.id, projectId: f.project.id, claimId: f.claim.id }) }),
  op({
    name: "bulkUpdateClaims (add a theme)",
    prepare: claimFixture,
    run: (f) => bulkUpdateClaims({ userId: f.owner.id, projectId: f.project.id, input: { claimIds: [f.claim.id], operation: "add-theme", themeId: f.themes[2]!.id } }),
  }),
  op({ name: "submitClaim", prepare: claimFixture, run: (f) => submitClaim({ userId: f.analyst.id, projectId: f.project.id, claimId: f.claim.id }) }),
  op({
    name: "reviewClaim",
    prepare: submitted,
    run: (f) => reviewClaim({ userId: f.reviewer.id, projectId: f.project.id, claimId: f.claim.id, input: { verdict: "DISPUTED", rationale: "The terminal was a loan." } }),
  }),
  op({
    name: "assignClaims",
    prepare: submitted,
    // Submitting routed the claim to the reviewer (the default policy): asking the owner instead is a change.
    run: (f) => assignClaims({ userId: f.analyst.id, projectId: f.project.id, input: { claimIds: [f.claim.id], assigneeId: f.owner.id } }),
  }),
  op({
    name: "passBackClaim",
    prepare: async () => {
      const f = await submitted();
      await assignClaims({ userId: f.owner.id, projectId: f.project.id, input: { claimIds: [f.claim.id], assigneeId: f.reviewer.id } });
      return f;
    },
    run: (f) => passBackClaim({ userId: f.reviewer.id, projectId: f.project.id, claimId: f.claim.id, input: { comment: "Not my region." } }),
  }),
  op({
    name: "relateClaims",
    prepare: pairFixture,
    run: (f) => relateClaims({ userId: f.analyst.id, projectId: f.project.id, claimId: f.claim.id, input: { targetId: f.other.id, kind: "corroborates", note: "Same aid" } }),
  }),
  op({
    name: "unrelateClaims",
    prepare: async () => {
      const f = await pairFixture();
      const relation = await relateClaims({ userId: f.analyst.id, projectId: f.project.id, claimId: f.claim.id, input: { targetId: f.other.id, kind: "duplicates" } });
      return { ...f, relation };
    },
    run: (f) => unrelateClaims({ userId: f.owner.id, projectId: f.project.id, claimId: f.other.id, relationId: f.relation.id }),
  }),
  op({
    name: "createComment (mention)",
    prepare: claimFixture,
    run: (f) =>
      createComment({ userId: f.reviewer.id, projectId: f.project.id, claimId: f.claim.id, input: { body: `Which year, @[${f.analyst.name}](user:${f.analyst.id})?` } }),
  }),
  op({
    name: "deleteComment (with a reply)",
    prepare: async () => {
      const f = await claimFixture();
      const top = await createComment({ userId: f.reviewer.id, projectId: f.project.id, claimId: f.claim.id, input: { body: "Source?" } });
      await createComment({ userId: f.analyst.id, projectId: f.project.id, claimId: f.claim.id, input: { body: "MOFA.", parentId: top.id } });
      return { ...f, top };
    },
    run: (f) => deleteComment({ userId: f.owner.id, projectId: f.project.id, commentId: f.top.id }),
  }),
  op({
    name: "createTheme",
    prepare: makeTeam,
    run: (t: Team) => createTheme({ userId: t.owner.id, projectId: t.project.id, input: { name: "Mekong water", colour: "#0088cc" } }),
  }),
  op({
    name: "mergeThemes",
    prepare: claimFixture,
    run: (f) => mergeThemes({ userId: f.owner.id, projectId: f.project.id, themeId: f.themes[0]!.id, input: { targetId: f.themes[2]!.id } }),
  }),
  op({
    name: "deleteTheme (claims moved elsewhere)",
    prepare: claimFixture,
    run: (f) => deleteTheme({ userId: f.owner.id, projectId: f.project.id, themeId: f.themes[0]!.id, input: { reassignTo: f.themes[2]!.id } }),
  }),
  op({
    name: "importCodebook",
    prepare: makeTeam,
    run: (t: Team) =>
      importCodebook({
        userId: t.owner.id,
        projectId: t.project.id,
        input: {
          text: JSON.stringify({
            format: "claimwork-codebook",
            version: 1,
            themes: [{ name: "Water", colour: "#123456", description: "", children: [{ name: "Dams", colour: "#654321", description: "", children: [] }] }],
          }),
        },
      }),
  }),
  op({
    name: "createBrief",
    prepare: claimFixture,
    run: (f) => createBrief({ userId: f.analyst.id, projectId: f.project.id, input: { title: "Brief", body: claimToken(f.claim.id) } }),
  }),
  op({
    name: "saveBrief",
    prepare: briefFixture,
    run: (f) => saveBrief({ userId: f.owner.id, projectId: f.project.id, briefId: f.brief.id, input: { baseVersion: 2, body: "Rewritten." } }),
  }),
  op({ name: "submitBrief", prepare: briefFixture, run: (f) => submitBrief({ userId: f.analyst.id, projectId: f.project.id, briefId: f.brief.id }) }),
  op({
    name: "approveBrief",
    prepare: async () => {
      const f = await briefFixture();
      await submitBrief({ userId: f.analyst.id, projectId: f.project.id, briefId: f.brief.id });
      return f;
    },
    run: (f) => approveBrief({ userId: f.reviewer.id, projectId: f.project.id, briefId: f.brief.id }),
  }),
  op({
    name: "restoreBriefVersion",
    prepare: briefFixture,
    run: (f) => restoreBriefVersion({ userId: f.analyst.id, projectId: f.project.id, briefId: f.brief.id, version: 1 }),
  }),
  op({ name: "deleteBrief", prepare: briefFixture, run: (f) => deleteBrief({ userId: f.owner.id, projectId: f.project.id, briefId: f.brief.id }) }),
  op({
    name: "restoreProject (backup file)",
    prepare: async () => {
      const f = await briefFixture();
      const backup = await exportProject({ userId: f.owner.id, projectId: f.project.id });
      return { user: f.owner, file: new TextEncoder().encode(backup.body) };
    },
    run: (f) => restoreProject({ userId: f.user.id, input: { file: f.file } }),
  }),
];

const FAULT_SETUP = `
CREATE TABLE IF NOT EXISTS claimwork_fault (table_name text PRIMARY KEY);
CREATE OR REPLACE FUNCTION claimwork_inject_fault() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM claimwork_fault WHERE table_name = TG_TABLE_NAME) THEN
    RAISE EXCEPTION 'fault injected into a write to %', TG_TABLE_NAME;
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$;
`;

let tables: string[] = [];

/** A digest of every row of every table. */
async function snapshot(): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const table of tables) {
    const [row] = await db.$queryRawUnsafe<{ digest: string | null; rows: bigint }[]>(
      `SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest, count(*) AS rows FROM "${table}" t`,
    );
    digests.set(table, `${row!.rows} rows ${row!.digest ?? ""}`);
  }
  return digests;
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return tables.filter((table) => before.get(table) !== after.get(table));
}

async function injectFault(table: string | null) {
  await db.$executeRawUnsafe("DELETE FROM claimwork_fault");
  if (table) await db.$executeRawUnsafe("INSERT INTO claimwork_fault (table_name) VALUES ($1)", table);
}

beforeAll(async () => {
  for (const statement of FAULT_SETUP.split(/;\n(?=CREATE)/)) await db.$executeRawUnsafe(statement);
  const rows = await db.$queryRawUnsafe<{ tablename: string }[]>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'claimwork_fault') ORDER BY tablename",
  );
  tables = rows.map((row) => row.tablename);
  for (const table of tables) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER claimwork_inject_fault BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION claimwork_inject_fault()`,
    );
  }
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("a fault in the middle of a write leaves nothing half-done", () => {
  it("finds every table of the schema to watch", () => {
    expect(tables).toEqual(expect.arrayContaining(["User", "Project", "Source", "Citation", "Claim", "Theme", "Review", "Comment", "Brief", "Activity"]));
  });

  for (const operation of OPERATIONS) {
    it(operation.name, async () => {
      // A clean run shows which tables the operation writes.
      const runClean = await operation.prepare();
      const beforeClean = await snapshot();
      await runClean();
      const written = changedTables(beforeClean, await snapshot());
      expect(written.length, `${operation.name} writes more than one table`).toBeGreaterThan(1);

      // Then each of those writes fails in turn, and the whole operation must vanish.
      for (const table of written) {
        const run = await operation.prepare();
        const before = await snapshot();
        await injectFault(table);
        try {
          await expect(run(), `a fault in ${table}`).rejects.toThrow(`fault injected into a write to ${table}`);
        } finally {
          await injectFault(null);
        }
        expect(changedTables(before, await snapshot()), `tables changed after a fault in ${table}`).toEqual([]);
      }
    });
  }
});
