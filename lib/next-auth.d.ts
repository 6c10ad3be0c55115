import "next-auth";

declare module "next-auth" {
  interface Session {
    /** Compared with User.sessionVersion: a password change ends older sessions. */
    sessionVersion: number;
  }
}
