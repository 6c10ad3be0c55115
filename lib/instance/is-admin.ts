import { env } from "@/lib/env";

/** An instance admin: marked so (the first account is), or named in ADMIN_EMAILS. */
export function isInstanceAdmin(user: { isAdmin: boolean; email: string }): boolean {
  return user.isAdmin || env().ADMIN_EMAILS.has(user.email);
}
