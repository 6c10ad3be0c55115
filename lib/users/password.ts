import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, t=2, p=1: OWASP's minimum), about 10 ms a hash on this hardware.
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** A hash to verify against when the email is unknown, so both cases take as long. */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hash("claimwork-timing-equaliser");
  return dummyHash;
}
