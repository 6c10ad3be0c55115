import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { listUsers } from "@/lib/admin/list-users";
import { requireUser } from "@/lib/auth";
import { isNotFound } from "@/lib/authz/require-project-access";
import { formatDate, formatDateTime } from "@/lib/format";
import { instanceSettings, SIGNUP_MODES, signupMode } from "@/lib/instance/signup-mode";
import { SignupModeForm } from "./_components/signup-mode-form";
import { UserControls } from "./_components/user-controls";

export const metadata: Metadata = { title: "Admin" };

/** The instance admin's page: accounts, and who may create one. Anyone else gets "not found". */
export default async function AdminPage() {
  const user = await requireUser();
  const users = await listUsers({ userId: user.id }).catch((error: unknown) => {
    if (isNotFound(error)) notFound();
    throw error;
  });
  const [mode, settings] = await Promise.all([signupMode(), instanceSettings()]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold">Admin</h1>
        <p className="text-stone-600">This instance&apos;s accounts. Without email, reset links are passed on by hand.</p>
      </header>
      <section aria-labelledby="signup-heading" className="space-y-3 rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="signup-heading" className="font-semibold">
          Sign-up and sign-in
        </h2>
        <SignupModeForm mode={mode} modes={SIGNUP_MODES} requireTwoFactor={settings.requireTwoFactor} />
      </section>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading" className="mb-2 font-semibold">
          Accounts ({users.length})
        </h2>
        <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="user-list">
          {users.map((u) => (
            <li key={u.id} className="flex flex-wrap items-start gap-3 px-4 py-3" data-user-email={u.email}>
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {u.name} {u.isAdmin ? <Badge>Admin</Badge> : null} {u.disabledAt ? <Badge>Disabled</Badge> : null}
                </p>
                <p className="text-xs text-stone-500">
                  {u.email} · joined {formatDate(u.createdAt)} · {u.projects} {u.projects === 1 ? "project" : "projects"} ·{" "}
                  {u.lastSeenAt ? `last seen ${formatDateTime(u.lastSeenAt)}` : "not signed in"}
                </p>
              </div>
              <UserControls user={{ id: u.id, name: u.name, disabled: u.disabledAt !== null }} self={u.id === user.id} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
