import "server-only";
import { mailEnabled } from "@/lib/mail/send-mail";
import { sendDueNotificationEmails } from "./email-notifications";

const EVERY_MS = 60_000;

/**
 * Sends due notification emails each minute in this server process, where
 * the instance sends email. Started once per process (instrumentation.ts);
 * several processes share the work without sending anything twice.
 */
export function startNotificationMailer(): void {
  if (!mailEnabled()) return;
  const baseUrl = `http://localhost:${process.env.PORT ?? 3000}`;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sendDueNotificationEmails({ baseUrl })
      .catch((error: unknown) => console.error("Sending notification emails failed:", error))
      .finally(() => (running = false));
  }, EVERY_MS);
  timer.unref();
}
