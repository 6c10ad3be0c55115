import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db";
import { makeSource, makeTeam, makeUser } from "@/lib/factories";
import { notify } from "@/lib/notifications/notify";
import { updateProject } from "@/lib/projects/update-project";
import { recordActivity } from "@/lib/activity/record-activity";
import { openLiveStream } from "./open-live-stream";

/** Reads an event stream's data lines; `collect` waits until `done` says enough, or the time is up. */
function eventReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  return async function collect(done: (events: Record<string, unknown>[]) => boolean, ms = 3000) {
    const events: Record<string, unknown>[] = [];
    const deadline = Date.now() + ms;
    while (!done(events) && Date.now() < deadline) {
      pending ??= reader.read();
      const chunk = await Promise.race([pending, new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
      if (!chunk) break;
      pending = null;
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        for (const line of block.split("\n")) if (line.startsWith("data: ")) events.push(JSON.parse(line.slice(6)) as Record<string, unknown>);
      }
    }
    return events;
  };
}

describe("live events", () => {
  it("streams a committed change to the project's members, and nothing to anyone else", async () => {
    const { project, owner, analyst } = await makeTeam();
    const outsider = await makeUser();
    const source = await makeSource(project, owner, { text: "Japan has given Laos aid every year since 1958." });
    const member = new AbortController();
    const stranger = new AbortController();
    const memberStream = eventReader(await openLiveStream({ userId: owner.id, signal: member.signal }));
    const strangerStream = eventReader(await openLiveStream({ userId: outsider.id, signal: stranger.signal }));

    const claim = await createClaim({ userId: analyst.id, projectId: project.id, input: { sourceId: source.id, start: 0, end: 30, paraphrase: "Aid since 1958" } });
    const seen = await memberStream((events) => events.some((e) => e.action === "claim.create"));
    expect(seen).toContainEqual(
      expect.objectContaining({ scope: "project", projectId: project.id, action: "claim.create", objectType: "Claim", objectId: claim.id, actorId: analyst.id }),
    );
    const unseen = await strangerStream(() => false, 500);
    expect(unseen).toEqual([]);
    member.abort();
    stranger.abort();
  });

  it("announces nothing when the writing transaction rolls back", async () => {
    const { project, owner } = await makeTeam();
    const abort = new AbortController();
    const stream = eventReader(await openLiveStream({ userId: owner.id, signal: abort.signal }));
    await expect(
      db.$transaction(async (tx) => {
        await recordActivity(tx, { projectId: project.id, actorId: owner.id, action: "project.update", objectType: "Project", objectId: project.id });
        throw new Error("a fault after the write");
      }),
    ).rejects.toThrow("a fault after the write");
    await updateProject({ userId: owner.id, projectId: project.id, input: { name: "Mekong brief", description: "" } });
    const updates = (events: Record<string, unknown>[]) => events.filter((e) => e.action === "project.update");
    const events = await stream((e) => updates(e).length > 0, 3000);
    events.push(...(await stream(() => false, 500)));
    // Only the committed update arrives: the rolled-back one was never announced.
    expect(updates(events)).toEqual([expect.objectContaining({ projectId: project.id, actorId: owner.id })]);
    abort.abort();
  });

  it("tells a person of their own notifications only", async () => {
    const { project, owner, analyst, reviewer } = await makeTeam();
    const abort = new AbortController();
    const analystStream = eventReader(await openLiveStream({ userId: analyst.id, signal: abort.signal }));
    const reviewerAbort = new AbortController();
    const reviewerStream = eventReader(await openLiveStream({ userId: reviewer.id, signal: reviewerAbort.signal }));
    await db.$transaction((tx) =>
      notify(tx, { recipientIds: [analyst.id, owner.id], projectId: project.id, actorId: owner.id, type: "claim.assigned", objectType: "Claim", objectId: "c1" }),
    );
    const events = await analystStream((e) => e.some((x) => x.scope === "user"));
    expect(events).toContainEqual({ scope: "user", userId: analyst.id, action: "notification" });
    expect((await reviewerStream(() => false, 500)).filter((e) => e.scope === "user")).toEqual([]);
    // The actor is never notified of their own action.
    expect(await db.notification.count({ where: { userId: owner.id } })).toBe(0);
    abort.abort();
    reviewerAbort.abort();
  });

  it("stops streaming a project to someone removed from it", async () => {
    const { project, owner, viewer } = await makeTeam();
    const abort = new AbortController();
    const stream = eventReader(await openLiveStream({ userId: viewer.id, signal: abort.signal }));
    await db.$transaction(async (tx) => {
      await tx.membership.delete({ where: { projectId_userId: { projectId: project.id, userId: viewer.id } } });
      await recordActivity(tx, { projectId: project.id, actorId: owner.id, action: "member.remove", objectType: "Membership", objectId: viewer.id });
    });
    const first = await stream((e) => e.some((x) => x.action === "member.remove"));
    expect(first.map((e) => e.action)).toContain("member.remove");
    await new Promise((r) => setTimeout(r, 200));
    await updateProject({ userId: owner.id, projectId: project.id, input: { name: "Renamed after removal", description: "" } });
    expect(await stream(() => false, 800)).toEqual([]);
    abort.abort();
  });
});
