import "server-only";
import { recordActivity } from "@/lib/activity/record-activity";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, conflict, isUniqueViolation } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "./password";
import { signUpSchema, type SignUpInput } from "./schemas";

/**
 * Creates an account. Where the instance does not allow open sign-up, only
 * addresses with a pending invitation may register. Pending invitations turn
 * into memberships in the same transaction.
 */
export async function signUp(input: SignUpInput & { allowSignup?: boolean }) {
  const { name, email, password } = parseInput(signUpSchema, input);
  const allowSignup = input.allowSignup ?? env().ALLOW_SIGNUP;
  const passwordHash = await hashPassword(password);

  try {
    return await db.$transaction(async (tx) => {
      const invitations = await tx.invitation.findMany({ where: { email } });
      if (!allowSignup && invitations.length === 0) {
        throw new AppError("forbidden", "Sign-up is by invitation only on this instance. Ask a project owner to invite you.");
      }
      const user = await tx.user.create({ data: { name, email, passwordHash }, select: { id: true, email: true, name: true } });
      await recordActivity(tx, { actorId: user.id, action: "user.sign_up", objectType: "User", objectId: user.id });
      for (const invitation of invitations) {
        await tx.membership.create({ data: { projectId: invitation.projectId, userId: user.id, role: invitation.role } });
        await recordActivity(tx, {
          projectId: invitation.projectId,
          actorId: user.id,
          action: "member.join",
          objectType: "Membership",
          objectId: user.id,
          after: { email, role: invitation.role },
        });
      }
      await tx.invitation.deleteMany({ where: { email } });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("An account with this email already exists. Sign in instead.", "email");
    throw error;
  }
}
