import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { mailEnabled, sendMail } from "@/lib/mail/send-mail";
import { listNotifications } from "./list-notifications";
import { visibleNotifications } from "./visible-notifications";

/** A notification read within this long after it arrived is not emailed. */
export const INSTANT_DELAY_MS = 2 * 60_000;
const DAY_MS = 24 * 3_600_000;

function digestText(name: string, lines: string[], more: number, base: string) {
  return [
    `Hello ${name},`,
    "",
    ...lines,
    ...(more > 0 ? [`…and ${more} more.`] : []),
    "",
    `Your inbox: ${new URL("/inbox", base)}`,
    `To change how these reach you, see ${new URL("/settings/account", base)}.`,
  ].join("\n");
}

/**
 * Emails the notifications that are due, one message per person: for those
 * who chose "at once", their unread ones older than a couple of minutes (what
 * they read in the meantime is not sent); for "daily", a digest of the unread
 * ones at most once a day. Each notification goes out once, whichever server
 * process claims it; a mail server that fails hands them back for the next
 * run. Every server process runs it each minute (lib/notifications/mailer.ts).
 */
export async function sendDueNotificationEmails(options: { now?: Date; baseUrl: string }): Promise<{ emails: number; notifications: number }> {
  if (!mailEnabled()) return { emails: 0, notifications: 0 };
  const now = options.now ?? new Date();
  const base = env().APP_URL ?? options.baseUrl;
  // Claimed in one short transaction (rows another process is claiming are skipped), sent after it.
  const due = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; userId: string }[]>`
      SELECT n."id", n."userId" FROM "Notification" n JOIN "User" u ON u."id" = n."userId"
       WHERE n."emailedAt" IS NULL AND n."readAt" IS NULL AND n."createdAt" <= ${new Date(now.getTime() - INSTANT_DELAY_MS)}
         AND u."disabledAt" IS NULL
         AND (u."emailNotifications" = 'INSTANT'
              OR (u."emailNotifications" = 'DAILY' AND (u."lastDigestAt" IS NULL OR u."lastDigestAt" <= ${new Date(now.getTime() - DAY_MS)})))
       ORDER BY n."createdAt" LIMIT 5000
       FOR UPDATE OF n SKIP LOCKED`;
    if (rows.length > 0) await tx.notification.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { emailedAt: now } });
    return rows;
  });
  const byUser = new Map<string, string[]>();
  for (const row of due) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.id]);
  let emails = 0;
  let notifications = 0;
  for (const [userId, ids] of byUser) {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, emailNotifications: true } });
    // Only what the inbox would show: notifications of projects the person is still in.
    const visible = new Set(
      (await db.notification.findMany({ where: { id: { in: ids }, ...visibleNotifications(userId) }, select: { id: true } })).map((n) => n.id),
    );
    const { items } = await listNotifications({ userId, filters: { unread: true } });
    const shown = items.filter((item) => visible.has(item.id));
    if (shown.length > 0) {
      const lines = shown.map((item) => `• ${item.actor?.name ?? "Someone"} ${item.sentence} (${item.project.name})${item.href ? `\n  ${new URL(item.href, base)}` : ""}`);
      const daily = user.emailNotifications === "DAILY";
      try {
        await sendMail({
          to: user.email,
          subject: daily ? `Your Claimwork digest: ${visible.size} unread` : visible.size === 1 ? `${shown[0]!.actor?.name ?? "Someone"} ${shown[0]!.sentence}` : `${visible.size} new notifications on Claimwork`,
          text: digestText(user.name, lines, Math.max(0, visible.size - shown.length), base),
        });
      } catch (error) {
        console.error("Notification email not sent; it is tried again on the next run:", error);
        await db.notification.updateMany({ where: { id: { in: ids } }, data: { emailedAt: null } });
        continue;
      }
      emails += 1;
      notifications += visible.size;
      if (daily) await db.user.update({ where: { id: userId }, data: { lastDigestAt: now } });
    }
    // Sent, or of a project the person has left: either way, claimed for good.
  }
  return { emails, notifications };
}

/** How my notifications reach me by email. */
export async function setEmailNotifications(options: { userId: string; input: { choice?: unknown } }) {
  const choice = options.input.choice;
  if (choice !== "OFF" && choice !== "INSTANT" && choice !== "DAILY") throw invalid("Choose how notifications reach you.", { choice: ["Choose how notifications reach you."] });
  await db.user.update({ where: { id: options.userId }, data: { emailNotifications: choice } });
  return { choice };
}
