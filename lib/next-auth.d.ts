import "next-auth";

declare module "next-auth" {
  interface Session {
    /** The Session row this cookie names; lib/sessions/get-session-user.ts checks it on every request. */
    sessionId?: string;
  }
  interface User {
    sessionId?: string;
  }
}
