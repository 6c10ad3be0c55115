import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeMember, makeProject, makeUser } from "@/lib/factories";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createProject } from "./create-project";
import { DEFAULT_THEMES } from "./default-themes";
import { listProjects } from "./list-projects";
import { updateProject } from "./update-project";

describe("createProject", () => {
  it("makes the creator owner, seeds the default themes and records the activity", async () => {
    const user = await makeUser();
    const project = await createProject({ userId: user.id, input: { name: "  Laos–Japan CSP  ", description: "Aid and influence" } });

    expect(project.name).toBe("Laos–Japan CSP");
    const membership = await db.membership.findUniqueOrThrow({ where: { projectId_userId: { projectId: project.id, userId: user.id } } });
    expect(membership.role).toBe("OWNER");
    const themes = await db.theme.findMany({ where: { projectId: project.id }, orderBy: { name: "asc" } });
    expect(themes.map((t) => t.name).sort()).toEqual(DEFAULT_THEMES.map((t) => t.name).sort());
    const activity = await db.activity.findMany({ where: { projectId: project.id } });
    expect(activity).toMatchObject([{ action: "project.create", actorId: user.id, objectId: project.id }]);
  });

  it("refuses an empty or over-long name with a field message", async () => {
    const user = await makeUser();
    const empty = await expectAppError(createProject({ userId: user.id, input: { name: "   " } }), "invalid");
    expect(empty.fieldErrors?.name).toEqual(["Give the project a name."]);
    const long = await expectAppError(createProject({ userId: user.id, input: { name: "x".repeat(121) } }), "invalid");
    expect(long.fieldErrors?.name?.[0]).toMatch(/at most 120/);
    expect(await db.project.count({ where: { createdById: user.id } })).toBe(0);
  });

  it("keeps names unique per creator, leaving nothing half-written on a clash", async () => {
    const [alice, bob] = await Promise.all([makeUser(), makeUser()]);
    await createProject({ userId: alice.id, input: { name: "Mekong" } });
    const themesBefore = await db.theme.count();

    const clash = await expectAppError(createProject({ userId: alice.id, input: { name: "Mekong" } }), "conflict");
    expect(clash.fieldErrors?.name?.[0]).toMatch(/already have a project/);
    expect(await db.project.count({ where: { createdById: alice.id } })).toBe(1);
    expect(await db.theme.count()).toBe(themesBefore);

    // Another person may use the same name.
    await expect(createProject({ userId: bob.id, input: { name: "Mekong" } })).resolves.toMatchObject({ name: "Mekong" });
  });
});

describe("listProjects", () => {
  it("lists only my projects, with counts of sources, claims by status and briefs", async () => {
    const [me, other] = await Promise.all([makeUser(), makeUser()]);
    const mine = await makeProject(me, { name: "Mine" });
    const shared = await makeProject(other, { name: "Shared with me" });
    await makeMember(shared, other, me, "REVIEWER");
    await makeProject(other, { name: "Not mine" });

    const source = await db.source.create({
      data: { projectId: mine.id, title: "S", body: "Body text", contentHash: "h", addedById: me.id },
    });
    const claim = { projectId: mine.id, sourceId: source.id, sourceVersion: 1, exact: "Body", start: 0, end: 4, paraphrase: "p", authorId: me.id };
    await db.claim.createMany({ data: [claim, claim, { ...claim, status: "VERIFIED" }] });
    await db.brief.create({ data: { projectId: mine.id, title: "Brief", authorId: me.id } });

    const projects = await listProjects({ userId: me.id });
    expect(projects.map((p) => p.name).sort()).toEqual(["Mine", "Shared with me"]);
    const summary = projects.find((p) => p.id === mine.id)!;
    expect(summary.role).toBe("OWNER");
    expect(summary.counts).toMatchObject({ sources: 1, briefs: 1, members: 1, claims: 3 });
    expect(summary.counts.claimsByStatus).toMatchObject({ DRAFT: 2, VERIFIED: 1, IN_REVIEW: 0 });
    expect(projects.find((p) => p.id === shared.id)).toMatchObject({ role: "REVIEWER", counts: { members: 2, claims: 0 } });
  });
});

describe("updateProject", () => {
  it("records before and after in the activity trail", async () => {
    const user = await makeUser();
    const project = await makeProject(user, { name: "Old" });
    await updateProject({ userId: user.id, projectId: project.id, input: { name: "New", description: "d" } });
    const row = await db.activity.findFirstOrThrow({ where: { projectId: project.id, action: "project.update" } });
    expect(row.before).toEqual({ name: "Old", description: "", reviewPolicy: "FEWEST_OPEN" });
    expect(row.after).toEqual({ name: "New", description: "d", reviewPolicy: "FEWEST_OPEN" });
  });
});
