"use server";

import { unstable_rethrow } from "next/navigation";
import { fields, toFormState } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { verifyEmail } from "@/lib/users/email-verification";

/** The link is the credential: confirming needs no session. */
export async function verifyEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { email } = await verifyEmail({ token: fields(formData, "token").token });
    return { ok: true, message: `${email} is confirmed. Invitations sent to it can now be accepted.` };
  } catch (error) {
    unstable_rethrow(error);
    return toFormState(error, formData);
  }
}
