"use server";

import { revalidatePath } from "next/cache";
import { untrusted } from "@/lib/validation";
import { fields, formAction } from "@/lib/actions/form-action";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export const createTokenAction = formAction(async (user, formData) => {
  const input = fields(formData, "name", "expiresInDays");
  const created = await createApiToken({ userId: user.id, input: untrusted(input) });
  revalidatePath("/settings/tokens");
  return { ok: true, data: { token: created.token, name: created.name } };
});

export const revokeTokenAction = formAction(async (user, formData) => {
  const { tokenId } = fields(formData, "tokenId");
  await revokeApiToken({ userId: user.id, tokenId: tokenId ?? "" });
  revalidatePath("/settings/tokens");
  return { ok: true, message: "Token revoked." };
});
