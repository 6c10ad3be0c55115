import { env } from "@/lib/env";

/** How long an invitation link stays good. */
export const INVITATION_DAYS = 7;

export function invitationExpiry(now = new Date()): Date {
  return new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * The link an invitation's token opens. APP_URL names the address people
 * reach the app at; without it, the origin the request came in on.
 */
export function invitationUrl(token: string, requestOrigin: string): string {
  return new URL(`/invitations/${token}`, env().APP_URL ?? requestOrigin).toString();
}

/** Whether an invitation can still be accepted, as every query for one asks it. */
export function pendingInvitation(now = new Date()) {
  return { acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: now } };
}
