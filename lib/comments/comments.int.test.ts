import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeSource, makeTeam } from "@/lib/factories";
import { createClaim } from "@/lib/claims/create-claim";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { createComment } from "./create-comment";
import { deleteComment } from "./delete-comment";
import { listComments } from "./list-comments";
import { mentionToken } from "./mentions";
import { updateComment } from "./update-comment";

const TEXT = "# Wattay\n\nJapan pledged a grant for Wattay airport.";

async function setup() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: TEXT });
  const claim = await createClaim({ userId: team.analyst.id, projectId: team.project.id, input: { sourceId: source.id, start: 0, end: 5, paraphrase: "Japan funds Wattay" } });
  const say = (user: { id: string }, body: string, parentId?: string) =>
    createComment({ userId: user.id, projectId: team.project.id, claimId: claim.id, input: { body, parentId } });
  return { ...team, claim, say };
}

const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("comments", () => {
  it("keeps threads one level deep: a reply to a reply joins its top-level comment", async () => {
    const { project, viewer, reviewer, analyst, claim, say } = await setup();
    const top = await say(viewer, "  Is the grant amount right?  ");
    const reply = await say(reviewer, "Yes, see note 1.", top.id);
    const replyToReply = await say(analyst, "Thanks both.", reply.id);
    expect(reply.parentId).toBe(top.id);
    expect(replyToReply.parentId).toBe(top.id);
    const second = await say(analyst, "A second thread.");

    const { threads, count } = await listComments({ userId: viewer.id, projectId: project.id, claimId: claim.id });
    expect(count).toBe(4);
    expect(threads.map((t) => [t.id, t.replies.map((r) => r.id)])).toEqual([
      [top.id, [reply.id, replyToReply.id]],
      [second.id, []],
    ]);
    expect(threads[0]).toMatchObject({ body: "Is the grant amount right?", edited: false, deleted: false, author: { id: viewer.id } });
  });

  it("refuses an empty or too long body, and a parent on another claim, storing nothing", async () => {
    const { project, analyst, owner, claim, say } = await setup();
    const empty = await expectAppError(say(analyst, "   "), "invalid");
    expect(empty.fieldErrors?.body).toEqual(["Write a comment."]);
    const long = await expectAppError(say(analyst, "x".repeat(10_001)), "invalid");
    expect(long.fieldErrors?.body).toEqual(["Use at most 10,000 characters."]);
    await say(analyst, "x".repeat(10_000));

    const source = await db.source.findFirstOrThrow({ where: { projectId: project.id } });
    const other = await createClaim({ userId: owner.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 5, paraphrase: "Another" } });
    const elsewhere = await createComment({ userId: owner.id, projectId: project.id, claimId: other.id, input: { body: "Elsewhere" } });
    await expectAppError(say(analyst, "Reply across claims", elsewhere.id), "not_found");
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("answers not found for another project's claim or brief, even to a member of both", async () => {
    const mine = await setup();
    const theirs = await setup();
    await expectAppError(
      createComment({ userId: mine.analyst.id, projectId: mine.project.id, claimId: theirs.claim.id, input: { body: "Sneaky" } }),
      "not_found",
    );
    await expectAppError(createComment({ userId: mine.analyst.id, projectId: theirs.project.id, claimId: theirs.claim.id, input: { body: "Sneaky" } }), "not_found");
    const brief = await db.brief.create({ data: { projectId: theirs.project.id, title: "Their brief", authorId: theirs.owner.id } });
    await expectAppError(createComment({ userId: mine.owner.id, projectId: mine.project.id, briefId: brief.id, input: { body: "Sneaky" } }), "not_found");
    await expectAppError(listComments({ userId: mine.owner.id, projectId: mine.project.id, claimId: theirs.claim.id }), "not_found");
    expect(await db.comment.count({ where: { projectId: { in: [mine.project.id, theirs.project.id] } } })).toBe(0);
  });

  it("takes comments on briefs too", async () => {
    const { project, owner, reviewer } = await setup();
    const brief = await db.brief.create({ data: { projectId: project.id, title: "Wattay brief", authorId: owner.id } });
    const top = await createComment({ userId: reviewer.id, projectId: project.id, briefId: brief.id, input: { body: "Cite the grant." } });
    await createComment({ userId: owner.id, projectId: project.id, briefId: brief.id, input: { body: "Done.", parentId: top.id } });
    const { threads } = await listComments({ userId: owner.id, projectId: project.id, briefId: brief.id });
    expect(threads.map((t) => t.replies.length)).toEqual([1]);
    expect((await notificationsOf(reviewer.id)).map((n) => n.type)).toEqual(["comment.reply"]);
  });

  it("lets only the author edit, shows the edit, and records every change", async () => {
    const { project, reviewer, owner, claim, say } = await setup();
    const comment = await say(reviewer, "Frist draft");
    await expectAppError(updateComment({ userId: owner.id, projectId: project.id, commentId: comment.id, input: { body: "Hijacked" } }), "forbidden");
    await updateComment({ userId: reviewer.id, projectId: project.id, commentId: comment.id, input: { body: "First draft" } });
    const [thread] = (await listComments({ userId: owner.id, projectId: project.id, claimId: claim.id })).threads;
    expect(thread).toMatchObject({ body: "First draft", edited: true });
    await deleteComment({ userId: reviewer.id, projectId: project.id, commentId: comment.id });
    const trail = await db.activity.findMany({ where: { objectId: comment.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((a) => [a.action, a.actorId])).toEqual([
      ["comment.create", reviewer.id],
      ["comment.update", reviewer.id],
      ["comment.delete", reviewer.id],
    ]);
    expect(trail[1]).toMatchObject({ before: { body: "Frist draft" }, after: { body: "First draft" } });
  });

  it("deletes softly: the author or an owner, replies stay, the text is gone", async () => {
    const { project, viewer, reviewer, analyst, owner, claim, say } = await setup();
    const top = await say(viewer, "Wrong thread, sorry");
    const reply = await say(reviewer, "No worries", top.id);
    await expectAppError(deleteComment({ userId: analyst.id, projectId: project.id, commentId: top.id }), "forbidden");
    await deleteComment({ userId: viewer.id, projectId: project.id, commentId: top.id });
    await expectAppError(deleteComment({ userId: viewer.id, projectId: project.id, commentId: top.id }), "not_found");
    await expectAppError(updateComment({ userId: viewer.id, projectId: project.id, commentId: top.id, input: { body: "Back" } }), "not_found");
    await expectAppError(say(analyst, "Replying to the deleted", top.id), "invalid");
    await deleteComment({ userId: owner.id, projectId: project.id, commentId: reply.id });

    const row = await db.comment.findUniqueOrThrow({ where: { id: top.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.body).toBe("");
    const { threads, count } = await listComments({ userId: analyst.id, projectId: project.id, claimId: claim.id });
    expect(count).toBe(0);
    expect(threads[0]).toMatchObject({ deleted: true, body: "", replies: [{ id: reply.id, deleted: true }] });
  });
});

describe("mentions and notifications", () => {
  it("stores mentions of members and notifies each once, never the author", async () => {
    const { reviewer, viewer, analyst, say } = await setup();
    const body = `${mentionToken(viewer)} and ${mentionToken(reviewer)}, again ${mentionToken(viewer)}; plain @${analyst.name} is text`;
    const comment = await say(reviewer, body);
    const mentions = await db.commentMention.findMany({ where: { commentId: comment.id } });
    expect(mentions.map((m) => m.userId).sort()).toEqual([viewer.id, reviewer.id].sort());
    expect((await notificationsOf(viewer.id)).map((n) => [n.type, n.objectType, n.objectId, n.actorId])).toEqual([
      ["comment.mention", "Comment", comment.id, reviewer.id],
    ]);
    expect(await notificationsOf(reviewer.id)).toEqual([]);
    expect(await notificationsOf(analyst.id)).toEqual([]);
    expect(await db.activity.count({ where: { objectId: comment.id, action: "comment.create" } })).toBe(1);
  });

  it("refuses a mention of a non-member or an unknown id, naming them, and stores nothing", async () => {
    const { project, analyst, outsider, claim, say } = await setup();
    const stranger = await expectAppError(say(analyst, `Ask ${mentionToken(outsider)}`), "invalid");
    expect(stranger.fieldErrors?.body).toEqual([`@${outsider.name} is not a member of this project.`]);
    const ghosts = await expectAppError(say(analyst, "@[Ghost](user:nobody) and @[Phantom](user:none)"), "invalid");
    expect(ghosts.message).toBe("@Ghost, @Phantom are not members of this project.");
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);
    expect(await db.notification.count({ where: { projectId: project.id } })).toBe(0);
    expect(await db.activity.count({ where: { projectId: project.id, action: "comment.create" } })).toBe(0);
  });

  it("notifies the author answered, the thread's starter and the claim's author of a reply — a mention wins", async () => {
    const { reviewer, viewer, analyst, owner, say } = await setup();
    const top = await say(viewer, "Where is the grant amount from?");
    const reply = await say(reviewer, "Note 1.", top.id);
    expect((await notificationsOf(viewer.id)).map((n) => [n.type, n.objectId])).toEqual([["comment.reply", reply.id]]);
    expect((await notificationsOf(analyst.id)).map((n) => [n.type, n.objectId])).toEqual([["comment.reply", reply.id]]);

    const answer = await say(owner, `Agreed with ${mentionToken(reviewer)} and ${mentionToken(analyst)}`, reply.id);
    const forAnswer = await db.notification.findMany({ where: { objectId: answer.id }, orderBy: { userId: "asc" } });
    expect(forAnswer.map((n) => [n.userId, n.type]).sort()).toEqual(
      [
        [reviewer.id, "comment.mention"],
        [analyst.id, "comment.mention"],
        [viewer.id, "comment.reply"],
      ].sort(),
    );
    // The claim's author replying in their own thread notifies the others, not themselves.
    const own = await say(analyst, "Thanks.", top.id);
    const forOwn = await db.notification.findMany({ where: { objectId: own.id } });
    expect(forOwn.map((n) => n.userId)).toEqual([viewer.id]);
  });

  it("notifies only the members an edit newly mentions", async () => {
    const { project, reviewer, viewer, owner, say } = await setup();
    const comment = await say(owner, `Ask ${mentionToken(viewer)}`);
    await updateComment({ userId: owner.id, projectId: project.id, commentId: comment.id, input: { body: `Ask ${mentionToken(viewer)} and ${mentionToken(reviewer)}` } });
    expect((await notificationsOf(viewer.id)).length).toBe(1);
    expect((await notificationsOf(reviewer.id)).map((n) => n.type)).toEqual(["comment.mention"]);
    await updateComment({ userId: owner.id, projectId: project.id, commentId: comment.id, input: { body: "Never mind" } });
    expect(await db.commentMention.count({ where: { commentId: comment.id } })).toBe(0);
  });
});
