"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { fields, submittedValues, toFormState } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { signIn } from "@/lib/auth";
import { signInSchema } from "@/lib/users/schemas";
import { signUp } from "@/lib/users/sign-up";
import { BAD_CREDENTIALS } from "@/lib/users/verify-credentials";
import { parseInput } from "@/lib/validation";
import { looksLikeLinkToken } from "@/lib/security/link-token";
import { safeCallbackUrl } from "@/lib/users/safe-callback";

function signInFailure(error: unknown, formData: FormData): FormState {
  const values = submittedValues(formData);
  if (error instanceof CredentialsSignin) {
    for (const prefix of ["rate_limited:", "forbidden:"]) {
      if (error.code.startsWith(prefix)) return { ok: false, message: error.code.slice(prefix.length), values };
    }
    return { ok: false, message: BAD_CREDENTIALS, values };
  }
  if (error instanceof AuthError) return { ok: false, message: "Signing in failed. Please try again.", values };
  return toFormState(error, formData);
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = fields(formData, "email", "password");
  try {
    parseInput(signInSchema, input);
    await signIn("credentials", { ...input, redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
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
    await signUp({ name: input.name ?? "", email: input.email ?? "", password: input.password ?? "", invitationToken: input.invitation });
    const back = looksLikeLinkToken(input.invitation) ? `/invitations/${input.invitation}` : "/";
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: back });
    return { ok: true };
  } catch (error) {
    unstable_rethrow(error);
    return signInFailure(error, formData);
  }
}
