import { apiRoute } from "@/lib/api/handler";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";

type Params = { token: string };

/** Accepts an invitation link for the token's user: 404 for a link that is unknown, used, declined, revoked or expired. */
export const POST = apiRoute<Params>(async ({ user, params }) => {
  const { membership } = await acceptInvitation({ userId: user.id, ref: { token: params.token } });
  return { membership };
});
