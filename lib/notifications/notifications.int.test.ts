import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { createComment } from "@/lib/comments/create-comment";
import { deleteComment } from "@/lib/comments/delete-comment";
import { mentionToken } from "@/lib/comments/mentions";
import { makeSource, makeTeam } from "@/lib/factories";
import { removeMember } from "@/lib/members/remove-member";
import { expectAppError } from "@/lib/testing/expect-app-error";
import { countUnread } from "./count-unread";
import { listNotifications, openNotification } from "./list-notifications";
import { markRead } from "./mark-read";

async function setup() {
  const team = await makeTeam();
  const source = await makeSource(team.project, team.owner, { text: "# Wattay\n\nJapan pledged a grant for Wattay airport." });
  const claim = await createClaim({ userId: team.analyst.id, projectId: team.project.id, input: { sourceId: source.id, start: 0, end: 5, paraphrase: "Japan funds Wattay" } });
  const say = (user: { id: string }, body: string, parentId?: string) =>
    createComment({ userId: user.id, projectId: team.project.id, claimId: claim.id, input: { body, parentId } });
  return { ...team, claim, say };
}

describe("notifications", () => {
  it("lists mine newest first with actor, project, a sentence and a link to the comment", async () => {
    const { project, owner, reviewer, viewer, analyst, claim, say } = await setup();
    const mention = await say(reviewer, `Can you check, ${mentionToken(viewer)}?`);
    const reply = await say(owner, "On it.", mention.id);
    const { items, nextCursor } = await listNotifications({ userId: reviewer.id });
    expect(nextCursor).toBeNull();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: "comment.reply",
      read: false,
      actor: { id: owner.id, name: owner.name },
      project: { id: project.id, name: project.name },
      sentence: "replied to your comment on the claim “Japan funds Wattay”",
      excerpt: "On it.",
      href: `/projects/${project.id}/claims/${claim.id}#comment-${reply.id}`,
    });
    const forViewer = await listNotifications({ userId: viewer.id });
    expect(forViewer.items.map((n) => n.sentence)).toEqual(["mentioned you in a comment on the claim “Japan funds Wattay”"]);
    const forAnalyst = await listNotifications({ userId: analyst.id });
    expect(forAnalyst.items.map((n) => n.sentence)).toEqual(["replied to a comment on your claim “Japan funds Wattay”"]);

    await deleteComment({ userId: reviewer.id, projectId: project.id, commentId: mention.id });
    const afterDelete = await listNotifications({ userId: viewer.id });
    expect(afterDelete.items[0]).toMatchObject({ excerpt: null, href: `/projects/${project.id}/claims/${claim.id}#comment-${mention.id}` });
  });

  it("counts unread, filters them, and pages newest first", async () => {
    const { reviewer, viewer, say } = await setup();
    for (let i = 0; i < 32; i++) await say(reviewer, `Ping ${i} ${mentionToken(viewer)}`);
    expect(await countUnread({ userId: viewer.id })).toBe(32);
    const first = await listNotifications({ userId: viewer.id, filters: { unread: "1" } });
    expect(first.items).toHaveLength(30);
    expect(first.items[0]!.excerpt).toBe(`Ping 31 @${viewer.name}`);
    const second = await listNotifications({ userId: viewer.id, filters: { unread: "1", before: first.nextCursor ?? undefined } });
    expect(second.items.map((n) => n.excerpt)).toEqual([`Ping 1 @${viewer.name}`, `Ping 0 @${viewer.name}`]);
    expect(second.nextCursor).toBeNull();

    await markRead({ userId: viewer.id, input: { ids: [first.items[0]!.id, first.items[1]!.id] } });
    expect(await countUnread({ userId: viewer.id })).toBe(30);
    const unread = await listNotifications({ userId: viewer.id, filters: { unread: true } });
    expect(unread.items.map((n) => n.id)).not.toContain(first.items[0]!.id);
    const all = await listNotifications({ userId: viewer.id });
    expect(all.items[0]).toMatchObject({ id: first.items[0]!.id, read: true });

    expect(await markRead({ userId: viewer.id, input: { all: true } })).toEqual({ marked: 30 });
    expect(await countUnread({ userId: viewer.id })).toBe(0);
  });

  it("marks only my own: someone else's id is not found and nothing changes", async () => {
    const { reviewer, viewer, owner, say } = await setup();
    await say(reviewer, `${mentionToken(viewer)} ${mentionToken(owner)}`);
    const [viewers] = (await listNotifications({ userId: viewer.id })).items;
    const [owners] = (await listNotifications({ userId: owner.id })).items;
    await expectAppError(markRead({ userId: owner.id, input: { ids: [owners!.id, viewers!.id] } }), "not_found");
    await expectAppError(markRead({ userId: owner.id, input: { ids: ["nope"] } }), "not_found");
    await expectAppError(markRead({ userId: owner.id, input: {} }), "invalid");
    expect(await countUnread({ userId: owner.id })).toBe(1);
    expect(await countUnread({ userId: viewer.id })).toBe(1);
    await markRead({ userId: owner.id, input: { all: true } });
    expect(await countUnread({ userId: viewer.id })).toBe(1);
  });

  it("opens one of mine: marks it read and answers where it leads; someone else's is not found", async () => {
    const { reviewer, viewer, owner, claim, project, say } = await setup();
    await say(reviewer, `${mentionToken(viewer)} ${mentionToken(owner)}`);
    const [viewers] = (await listNotifications({ userId: viewer.id })).items;
    await expectAppError(openNotification({ userId: owner.id, notificationId: viewers!.id }), "not_found");
    expect(await countUnread({ userId: viewer.id })).toBe(1);
    const href = await openNotification({ userId: viewer.id, notificationId: viewers!.id });
    expect(href).toMatch(new RegExp(`^/projects/${project.id}/claims/${claim.id}#comment-`));
    expect(await countUnread({ userId: viewer.id })).toBe(0);
    // Opening it again leads to the same place.
    expect(await openNotification({ userId: viewer.id, notificationId: viewers!.id })).toBe(href);
  });

  it("hides the notifications of a project I have left", async () => {
    const { project, reviewer, viewer, say } = await setup();
    await say(reviewer, `${mentionToken(viewer)}, before you go`);
    expect(await countUnread({ userId: viewer.id })).toBe(1);
    await removeMember({ userId: viewer.id, projectId: project.id, memberId: viewer.id });
    expect(await countUnread({ userId: viewer.id })).toBe(0);
    expect((await listNotifications({ userId: viewer.id })).items).toEqual([]);
  });
});
