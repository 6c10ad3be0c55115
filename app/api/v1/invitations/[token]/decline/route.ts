import { apiRoute } from "@/lib/api/handler";
import { declineInvitation } from "@/lib/invitations/accept-invitation";

type Params = { token: string };

export const POST = apiRoute<Params>(async ({ user, params }) => declineInvitation({ userId: user.id, ref: { token: params.token } }));
