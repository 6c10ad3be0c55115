"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { RevisionGuard } from "@/components/ui/conflict-notice";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/actions/form-state";
import { ROLE_LABELS } from "@/lib/authz/permissions";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { changeRoleAction, removeMemberAction } from "../actions";
import { RoleOptions } from "./role-options";

export function MemberControls(props: {
  projectId: string;
  memberId: string;
  name: string;
  role: MemberRole;
  revision: number;
  canManage: boolean;
  isSelf: boolean;
}) {
  const [roleState, changeRole, changing] = useActionState(changeRoleAction, initialFormState);
  const [removeState, remove, removing] = useActionState(removeMemberAction, initialFormState);
  const error = roleState.ok === false ? roleState : removeState;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {props.canManage ? (
        <form action={changeRole}>
          <input type="hidden" name="projectId" value={props.projectId} />
          <input type="hidden" name="memberId" value={props.memberId} />
          <label className="sr-only" htmlFor={`role-${props.memberId}`}>
            Role of {props.name}
          </label>
          <select
            id={`role-${props.memberId}`}
            name="role"
            defaultValue={props.role}
            key={props.role + (roleState.message ?? "")}
            disabled={changing}
            className={`${inputClass} w-32`}
            onChange={(event) => event.currentTarget.form?.requestSubmit()}
          >
            <RoleOptions />
          </select>
          <RevisionGuard state={roleState} revision={props.revision} verb="Choose the role" />
        </form>
      ) : (
        <span className="text-stone-600">{ROLE_LABELS[props.role]}</span>
      )}
      <form
        action={remove}
        onSubmit={(event) => {
          const question = props.isSelf ? "Leave this project?" : `Remove ${props.name} from this project?`;
          if (!window.confirm(question)) event.preventDefault();
        }}
      >
        <input type="hidden" name="projectId" value={props.projectId} />
        <input type="hidden" name="memberId" value={props.memberId} />
        <Button type="submit" variant="danger" disabled={removing}>
          {props.isSelf ? "Leave" : "Remove"}
        </Button>
      </form>
      <div className="basis-full">
        <FormMessage state={error} />
      </div>
    </div>
  );
}
