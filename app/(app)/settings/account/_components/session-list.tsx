"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { signOutSessionAction } from "../actions";

export type SessionRow = { id: string; device: string; ip: string | null; lastSeen: string; signedIn: string; current: boolean };

/** My signed-in browsers, each with its own sign-out, and one for all the others. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const [state, action, pending] = useActionState(signOutSessionAction, initialFormState);
  const others = sessions.filter((s) => !s.current).length;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-stone-100 rounded-md border border-stone-200" data-testid="session-list">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center gap-3 px-3 py-2" data-session-current={session.current || undefined}>
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {session.device} {session.current ? <span className="text-xs font-normal text-green-700">this browser</span> : null}
              </p>
              <p className="text-xs text-stone-500">
                {session.ip ? `${session.ip} · ` : ""}signed in {session.signedIn} · last seen {session.lastSeen}
              </p>
            </div>
            {session.current ? null : (
              <form action={action}>
                <input type="hidden" name="sessionId" value={session.id} />
                <Button type="submit" variant="ghost" disabled={pending} aria-label={`Sign out ${session.device}, last seen ${session.lastSeen}`}>
                  Sign out
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <form action={action}>
          <input type="hidden" name="all" value="1" />
          <Button type="submit" variant="secondary" disabled={pending}>
            Sign out all other sessions ({others})
          </Button>
        </form>
      ) : null}
      <FormMessage state={state} success={state.message} />
    </div>
  );
}
