import { apiRoute } from "@/lib/api/handler";

export const GET = apiRoute(async ({ user }) => ({ user }));
