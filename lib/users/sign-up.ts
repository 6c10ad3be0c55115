import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, conflict, isUniqueViolation } from "@/lib/errors";
import { pendingInvitation } from "@/lib/invitations/invitation-link";
import { hashToken, looksLikeLinkToken } from "@/lib/security/link-token";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "./password";
import { signUpSchema, type SignUpInput } from "./schemas";

/**
 * Creates an account, a member of nothing: invitations are accepted through
 * their links, never by holding an invited address. Where the instance does
 * not allow open sign-up, only someone holding a pending invitation's link
 * (`invitationToken`) may register; the link is then accepted on its page.
 */
export async function signUp(input: SignUpInput & { invitationToken?: string | null; allowSignup?: boolean }) {
  const { name, email, password } = parseInput(signUpSchema, input);
  const allowSignup = input.allowSignup ?? env().ALLOW_SIGNUP;
  const passwordHash = await hashPassword(password);

  try {
    return await db.$transaction(async (tx) => {
      if (!allowSignup) {
        const token = input.invitationToken;
        const invited =
          looksLikeLinkToken(token) && (await tx.invitation.count({ where: { tokenHash: hashToken(token), ...pendingInvitation() } })) > 0;
        if (!invited) {
          throw new AppError("forbidden", "Sign-up is by invitation only on this instance. Open the invitation link a project owner sent you.");
        }
      }
      const user = await tx.user.create({ data: { name, email, passwordHash }, select: { id: true, email: true, name: true } });
      await recordActivity(tx, { actorId: user.id, action: "user.sign_up", objectType: "User", objectId: user.id });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("An account with this email already exists. Sign in instead.", "email");
    throw error;
  }
}
