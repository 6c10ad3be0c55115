"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { fields, formAction } from "@/lib/actions/form-action";
import { setAccountDisabled } from "@/lib/admin/set-account-disabled";
import { setSignupMode } from "@/lib/admin/set-signup-mode";
import { requestOrigin } from "@/lib/security/request-origin";
import { issueResetLink } from "@/lib/users/password-reset";

export const setAccountDisabledAction = formAction(async (user, formData) => {
  const { targetId, disabled } = fields(formData, "targetId", "disabled");
  const result = await setAccountDisabled({ userId: user.id, targetId: targetId ?? "", disabled: disabled === "1" });
  revalidatePath("/admin");
  return {
    ok: true,
    message: result.disabled
      ? `${result.name} is disabled: signed out everywhere (${result.endedSessions} ${result.endedSessions === 1 ? "session" : "sessions"}), their API tokens refused.`
      : `${result.name} can sign in again.`,
  };
});

export const issueResetLinkAction = formAction(async (user, formData) => {
  const { targetId } = fields(formData, "targetId");
  const link = await issueResetLink({ userId: user.id, targetId: targetId ?? "", origin: requestOrigin(await headers()) });
  return {
    ok: true,
    message: `${link.emailed ? `Emailed to ${link.email}; you can also pass it on` : `Send this link to ${link.name} (${link.email})`}. It sets a new password once, within ${link.expiresInMinutes} minutes.`,
    data: { url: link.url },
  };
});

export const setSignupModeAction = formAction(async (user, formData) => {
  const { signupMode, requireTwoFactor } = fields(formData, "signupMode", "requireTwoFactor");
  await setSignupMode({ userId: user.id, input: { signupMode, requireTwoFactor } });
  revalidatePath("/admin");
  return { ok: true, message: "Saved." };
});
