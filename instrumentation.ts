/** Next.js calls this once as each server process starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startNotificationMailer } = await import("./lib/notifications/mailer");
  startNotificationMailer();
}
