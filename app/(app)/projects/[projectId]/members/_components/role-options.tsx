import { ROLE_LABELS, ROLES } from "@/lib/authz/permissions";

export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}
