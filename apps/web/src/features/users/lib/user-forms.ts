import { ROLES, type Role, type RoleGrant } from '@signoff/contracts';

/** Problems found before sending, as sentences keyed by form field. */
export type FormProblems = Record<string, string>;

/** Roles chosen at each centre, by centre id. */
export type RoleSelection = Record<string, Role[]>;

export function toRoleGrants(selection: RoleSelection): RoleGrant[] {
  return Object.entries(selection).flatMap(([centreId, roles]) =>
    ROLES.filter((role) => roles.includes(role)).map((role) => ({ centreId, role })),
  );
}

export function toRoleSelection(grants: readonly RoleGrant[]): RoleSelection {
  const selection: RoleSelection = {};
  for (const grant of grants) (selection[grant.centreId] ??= []).push(grant.role);
  return selection;
}

export interface NewUserAnswers {
  email: string;
  displayName: string;
  roles: RoleSelection;
}

export function newUserProblems({ email, displayName, roles }: NewUserAnswers): FormProblems {
  const found: FormProblems = {};
  if (email.trim() === '') found['email'] = 'Enter their email address.';
  if (displayName.trim() === '') found['displayName'] = 'Enter their name.';
  if (toRoleGrants(roles).length === 0) found['roles'] = 'Choose at least one role.';
  return found;
}

export interface RolesAnswers {
  roles: RoleSelection;
}

export function rolesProblems({ roles }: RolesAnswers): FormProblems {
  return toRoleGrants(roles).length === 0
    ? { roles: 'Choose at least one role. To stop someone signing in, disable them instead.' }
    : {};
}
