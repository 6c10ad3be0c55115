"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { untrusted } from "@/lib/validation";
import { fields, formAction, toFormState } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { requireUser } from "@/lib/auth";
import { clientIp } from "@/lib/security/client-ip";
import { setEmailNotifications } from "@/lib/notifications/email-notifications";
import { requestOrigin } from "@/lib/security/request-origin";
import { signOutSession } from "@/lib/sessions/sign-out-session";
import { sendVerification } from "@/lib/users/email-verification";
import { confirmTwoFactor, disableTwoFactor, startTwoFactorSetup } from "@/lib/users/two-factor";
import { changePassword } from "@/lib/users/change-password";

/** Changes the password; every other session of the account ends, this one stays signed in. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  try {
    const input = fields(formData, "currentPassword", "newPassword", "confirmPassword");
    await changePassword({ userId: user.id, currentSessionId: user.sessionId, input: untrusted(input), ip: clientIp(await headers()) });
  } catch (error) {
    unstable_rethrow(error);
    return toFormState(error, formData);
  }
  redirect("/settings/account?changed=1");
}

/** Signs out one of my sessions, or (`all`) every one but this. */
export const signOutSessionAction = formAction(async (user, formData) => {
  const { sessionId, all } = fields(formData, "sessionId", "all");
  const { ended } = await signOutSession({ userId: user.id, currentSessionId: user.sessionId, input: { sessionId, all: all === "1" } });
  revalidatePath("/settings/account");
  return { ok: true, message: ended === 1 ? "Signed out that session." : `Signed out ${ended} sessions.` };
});

/** Emails the link that confirms my address again. */
export const resendVerificationAction = formAction(async (user) => {
  const { sent, email } = await sendVerification({ userId: user.id, origin: requestOrigin(await headers()) });
  return { ok: true, message: sent ? `A new link is on its way to ${email}.` : `${email} is confirmed already.` };
});

export const startTwoFactorAction = formAction(async (user) => {
  const { secret, qr } = await startTwoFactorSetup({ userId: user.id });
  return { ok: true, data: { secret, qr } };
});

/** Turns two-factor sign-in on with the app's first code; the recovery codes are shown once. */
export const confirmTwoFactorAction = formAction(async (user, formData) => {
  const { recoveryCodes } = await confirmTwoFactor({ userId: user.id, input: fields(formData, "code") });
  revalidatePath("/settings/account");
  return { ok: true, message: "Two-factor sign-in is on.", data: { recoveryCodes: recoveryCodes.join("\n") } };
});

export const disableTwoFactorAction = formAction(async (user, formData) => {
  await disableTwoFactor({ userId: user.id, input: fields(formData, "code") });
  revalidatePath("/settings/account");
  return { ok: true, message: "Two-factor sign-in is off." };
});

export const setEmailNotificationsAction = formAction(async (user, formData) => {
  await setEmailNotifications({ userId: user.id, input: fields(formData, "choice") });
  revalidatePath("/settings/account");
  return { ok: true, message: "Saved." };
});
