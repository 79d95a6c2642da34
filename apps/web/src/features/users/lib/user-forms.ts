import {
  newUserProblems,
  ROLES,
  rolesProblems,
  type CreateUserRequest,
  type FieldError,
  type ReplaceRolesRequest,
  type Role,
  type RoleGrant,
} from '@signoff/contracts';

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

/** The role boxes are one field: a problem with one grant (`roles.0.role`) is theirs. */
function onRoleBoxes(problems: readonly FieldError[]): FieldError[] {
  return problems.map(({ path, message }) => ({
    path: path.startsWith('roles.') ? 'roles' : path,
    message,
  }));
}

export interface NewUserAnswers {
  email: string;
  displayName: string;
  roles: RoleSelection;
}

export function toNewUserRequest({ email, displayName, roles }: NewUserAnswers): CreateUserRequest {
  return { email: email.trim(), displayName: displayName.trim(), roles: toRoleGrants(roles) };
}

/** The new account's problems by the rules the API checks it with (`USER_FIELD_NAMES` words them). */
export function newUserFormProblems(answers: NewUserAnswers): FieldError[] {
  return onRoleBoxes(newUserProblems(toNewUserRequest(answers)));
}

const NO_ROLES_LEFT = 'Choose at least one role. To stop someone signing in, disable them instead.';

export interface RolesAnswers {
  roles: RoleSelection;
}

export function toRolesRequest({ roles }: RolesAnswers): ReplaceRolesRequest {
  return { roles: toRoleGrants(roles) };
}

/**
 * The new set of roles by the API's rules; and, though the API would take none (it removes the
 * person from the admin's centres), the form asks for one, pointing to the way meant for that.
 */
export function rolesFormProblems(answers: RolesAnswers): FieldError[] {
  const request = toRolesRequest(answers);
  return request.roles.length === 0
    ? [{ path: 'roles', message: NO_ROLES_LEFT }]
    : onRoleBoxes(rolesProblems(request));
}
