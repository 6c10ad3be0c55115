"use server";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { fields, toFormState } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { requireUser, signIn } from "@/lib/auth";
import { clientIp } from "@/lib/security/client-ip";
import { changePassword } from "@/lib/users/change-password";

/**
 * Changes the password, which ends every session signed in before, this one
 * included; this browser then signs in again with the new password.
 */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  try {
    const input = fields(formData, "currentPassword", "newPassword", "confirmPassword");
    const { email } = await changePassword({ userId: user.id, input, ip: clientIp(await headers()) });
    await signIn("credentials", { email, password: input.newPassword, redirectTo: "/settings/account?changed=1" });
    return { ok: true };
  } catch (error) {
    unstable_rethrow(error);
    return toFormState(error, formData);
  }
}
