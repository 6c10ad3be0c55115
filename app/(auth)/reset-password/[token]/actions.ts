"use server";

import { unstable_rethrow } from "next/navigation";
import { fields, toFormState } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { signIn } from "@/lib/auth";
import { resetPassword } from "@/lib/users/password-reset";

/** Sets the new password through the link, then signs this browser in with it: every other session has ended. */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = fields(formData, "token", "newPassword", "confirmPassword");
  try {
    const { email } = await resetPassword({ token: input.token, input: { newPassword: input.newPassword ?? "", confirmPassword: input.confirmPassword } });
    await signIn("credentials", { email, password: input.newPassword, redirectTo: "/" });
    return { ok: true };
  } catch (error) {
    unstable_rethrow(error);
    return toFormState(error, formData);
  }
}
