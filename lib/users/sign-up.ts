import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { signupMode } from "@/lib/instance/signup-mode";
import { AppError, conflict, isUniqueViolation } from "@/lib/errors";
import { pendingInvitation } from "@/lib/invitations/invitation-link";
import { hashToken, looksLikeLinkToken } from "@/lib/security/link-token";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "./password";
import { signUpSchema, type SignUpInput } from "./schemas";

/**
 * Creates an account, a member of nothing: invitations are accepted through
 * their links, never by holding an invited address. The instance's sign-up
 * mode decides who may: anyone; only someone holding a pending invitation's
 * link (`invitationToken`, accepted afterwards on its page); or nobody. The
 * first account of an instance is its admin.
 */
export async function signUp(input: SignUpInput & { invitationToken?: string | null; allowSignup?: boolean }) {
  const { name, email, password } = parseInput(signUpSchema, input);
  const passwordHash = await hashPassword(password);

  try {
    return await db.$transaction(async (tx) => {
      // One sign-up at a time decides who is first.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('claimwork:first-account'))`;
      const mode = input.allowSignup === undefined ? await signupMode(tx) : input.allowSignup ? "OPEN" : "INVITE_ONLY";
      if (mode === "CLOSED") throw new AppError("forbidden", "This instance does not take new accounts. Ask its admin.");
      if (mode === "INVITE_ONLY") {
        const token = input.invitationToken;
        const invited =
          looksLikeLinkToken(token) && (await tx.invitation.count({ where: { tokenHash: hashToken(token), ...pendingInvitation() } })) > 0;
        if (!invited) {
          throw new AppError("forbidden", "Sign-up is by invitation only on this instance. Open the invitation link a project owner sent you.");
        }
      }
      const first = (await tx.user.count({ where: { standInFor: null } })) === 0;
      const user = await tx.user.create({ data: { name, email, passwordHash, isAdmin: first }, select: { id: true, email: true, name: true, isAdmin: true } });
      await recordActivity(tx, { actorId: user.id, action: "user.sign_up", objectType: "User", objectId: user.id });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("An account with this email already exists. Sign in instead.", "email");
    throw error;
  }
}
