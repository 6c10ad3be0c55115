import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server inside the test process that keeps every message it
 * receives, parsed, for a test to read: what the app's nodemailer sends
 * travels the same protocol as to any mail server.
 */
export async function startMailSink(options: { port?: number; onMessage?: (mail: ParsedMail) => void } = {}) {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          options.onMessage?.(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };

  /** The next message to `to` (waiting for it a few seconds), removed from the sink. */
  async function next(to: string, timeoutMs = 5000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = messages.findIndex((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.value.some((v) => v.address === to)));
      if (index >= 0) return messages.splice(index, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`No message to ${to} arrived`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Every message to `to` so far. */
  const to = (address: string) => messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.value.some((v) => v.address === address)));

  return { url: `smtp://127.0.0.1:${port}`, next, to, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The first link of a message's text that points at `path` ("/invitations/"). */
export function linkIn(mail: ParsedMail, path: string): string {
  const found = (mail.text ?? "").match(new RegExp(`https?://\\S+${path.replace(/\//g, "\\/")}[A-Za-z0-9_-]+`));
  if (!found) throw new Error(`No ${path} link in: ${mail.text}`);
  return found[0];
}
