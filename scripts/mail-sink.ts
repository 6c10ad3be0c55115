/**
 * An SMTP server for the end-to-end tests' mail project: every message the
 * app sends is written, as JSON ({ to, subject, text }), into a folder the
 * tests read.
 *
 *   npx tsx scripts/mail-sink.ts --port 3125 --dir /tmp/claimwork-e2e-mail
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startMailSink } from "../lib/testing/mail-sink";

const { values } = parseArgs({ options: { port: { type: "string" }, dir: { type: "string" } } });
const dir = values.dir ?? "";
if (!values.port || !dir) throw new Error("Usage: mail-sink.ts --port N --dir FOLDER");
fs.mkdirSync(dir, { recursive: true });
let count = 0;
await startMailSink({
  port: Number(values.port),
  onMessage(mail) {
    const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []);
    count += 1;
    fs.writeFileSync(path.join(dir, `${Date.now()}-${count}.json`), JSON.stringify({ to, subject: mail.subject, text: mail.text }));
  },
});
console.log(`Mail sink on 127.0.0.1:${values.port}, writing to ${dir}`);
