import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transport: Transporter | undefined;

/** Whether this instance sends email (SMTP_URL is set). Without it, links are shown to pass on by hand. */
export function mailEnabled(): boolean {
  return env().SMTP_URL !== undefined;
}

export type Mail = { to: string; subject: string; text: string };

/**
 * Sends one plain-text message through SMTP_URL's server. Called after the
 * change it announces has committed, never inside a transaction: a slow or
 * failing mail server must not hold rows locked. Refused sends throw, for the
 * caller to say so to the person who acted.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const url = env().SMTP_URL;
  if (!url) throw new Error("This instance sends no email (SMTP_URL is not set).");
  transport ??= nodemailer.createTransport(url, { from: env().MAIL_FROM });
  await transport.sendMail({ ...mail, from: env().MAIL_FROM });
}
