import fs from "node:fs";
import path from "node:path";

export type SentMail = { to: string[]; subject: string; text: string };

/** The next message to `to` the mail sink has written (waiting for it a few seconds). */
export async function nextMail(to: string, timeoutMs = 10_000): Promise<SentMail> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the tests with npm run test:e2e");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      const mail = JSON.parse(fs.readFileSync(file, "utf8")) as SentMail;
      if (mail.to.includes(to)) {
        fs.rmSync(file);
        return mail;
      }
    }
    if (Date.now() > deadline) throw new Error(`No message to ${to} arrived`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first link of a message that opens `path` ("/invitations/"). */
export function linkIn(mail: SentMail, linkPath: string): string {
  const found = mail.text.match(new RegExp(`https?://\\S+${linkPath.replace(/\//g, "\\/")}[A-Za-z0-9_-]+`));
  if (!found) throw new Error(`No ${linkPath} link in: ${mail.text}`);
  return found[0];
}
