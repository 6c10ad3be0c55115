"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { fields, submittedValues, toFormState } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { signIn } from "@/lib/auth";
import { signInSchema } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";
import { BAD_CREDENTIALS } from "@/lib/users/verify-credentials";
import { parseInput } from "@/lib/validation";
import { mailEnabled } from "@/lib/mail/send-mail";
import { clientIp } from "@/lib/security/client-ip";
import { looksLikeLinkToken } from "@/lib/security/link-token";
import { requestOrigin } from "@/lib/security/request-origin";
import { sendVerification } from "@/lib/users/email-verification";
import { requestPasswordReset } from "@/lib/users/password-reset";
import { safeCallbackUrl } from "@/lib/users/safe-callback";

function signInFailure(error: unknown, formData: FormData): FormState {
  const values = submittedValues(formData);
  if (error instanceof CredentialsSignin) {
    // The password was right and a second factor is on: the form asks for a code, carrying the challenge instead.
    if (error.code.startsWith("second_factor:")) {
      return { ok: false, message: "Enter the 6-digit code your authenticator app shows, or a recovery code.", values, data: { challenge: error.code.slice("second_factor:".length) } };
    }
    if (error.code.startsWith("bad_code:")) {
      const message = error.code.slice("bad_code:".length);
      return { ok: false, message, values, fieldErrors: { code: [message] }, data: { challenge: String(formData.get("challenge") ?? "") } };
    }
    if (error.code === "challenge_expired") return { ok: false, message: "That took too long. Sign in again.", values };
    for (const prefix of ["rate_limited:", "forbidden:"]) {
      if (error.code.startsWith(prefix)) return { ok: false, message: error.code.slice(prefix.length), values };
    }
    return { ok: false, message: BAD_CREDENTIALS, values };
  }
  if (error instanceof AuthError) return { ok: false, message: "Signing in failed. Please try again.", values };
  return toFormState(error, formData);
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = fields(formData, "email", "password", "code", "challenge");
  try {
    // Only what the step sends: Auth.js posts every field it is given, an absent one as "undefined".
    const step = input.challenge ? { challenge: input.challenge, code: input.code ?? "" } : { email: input.email, password: input.password };
    if (!input.challenge) parseInput(signInSchema, step);
    await signIn("credentials", { ...step, redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
    return { ok: true };
  } catch (error) {
    unstable_rethrow(error);
    return signInFailure(error, formData);
  }
}

/** Creates the account and signs it in; from an invitation link, back to that link's page to accept it. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = fields(formData, "name", "email", "password", "invitation");
  try {
    const user = await signUp({ name: input.name ?? "", email: input.email ?? "", password: input.password ?? "", invitationToken: input.invitation });
    if (mailEnabled()) {
      // The account stands even if the mail server is down: the account page sends the link again.
      await sendVerification({ userId: user.id, origin: requestOrigin(await headers()) }).catch((error: unknown) => console.error("The verification email could not be sent:", error));
    }
    const back = looksLikeLinkToken(input.invitation) ? `/invitations/${input.invitation}` : "/";
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: back });
    return { ok: true };
  } catch (error) {
    unstable_rethrow(error);
    return signInFailure(error, formData);
  }
}

/** "Forgot your password?": the same answer whether or not the address has an account. */
export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = fields(formData, "email");
  try {
    const h = await headers();
    const { email } = await requestPasswordReset({ input, origin: requestOrigin(h), ip: clientIp(h) });
    return { ok: true, message: `If ${email} has an account here, a link to set a new password is on its way. It works once, within an hour.` };
  } catch (error) {
    unstable_rethrow(error);
    return toFormState(error, formData);
  }
}
