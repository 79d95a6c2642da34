import type { FieldError } from './errors';
import {
  emailAddress,
  list,
  oneOf,
  recordId,
  shapeProblems,
  text,
  type FieldRule,
} from './field-rules';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from './limits';
import { ROLES } from './roles';
import type { CreateUserRequest, ReplaceRolesRequest, RoleGrant } from './users';

/** The rules of a person's account as an admin adds it or changes its roles. */

export const ROLE_GRANT_RULES = {
  centreId: recordId('must be a centre id'),
  role: oneOf(ROLES),
} as const satisfies Record<keyof RoleGrant, FieldRule>;

export const NEW_USER_RULES = {
  email: emailAddress(EMAIL_MAX_LENGTH),
  displayName: text(DISPLAY_NAME_MAX_LENGTH),
  roles: list({
    min: 1,
    max: 50,
    tooFew: 'must give the person at least one role',
    entries: ROLE_GRANT_RULES,
  }),
} as const satisfies Record<keyof CreateUserRequest, FieldRule>;

export const ROLES_RULES = {
  roles: list({ max: 50, entries: ROLE_GRANT_RULES }),
} as const satisfies Record<keyof ReplaceRolesRequest, FieldRule>;

/** The words for a user's fields (the add-a-person form's labels), by path, to make a problem a sentence. */
export const USER_FIELD_NAMES: Readonly<Record<string, string>> = {
  email: 'Email address',
  displayName: 'Display name',
  roles: 'Roles',
  'roles.*.centreId': 'Centre',
  'roles.*.role': 'Role',
};

/** The problems of a new account (`POST /api/users`, the add-a-person form). */
export function newUserProblems(request: unknown): FieldError[] {
  return shapeProblems(NEW_USER_RULES, request);
}

/** The problems of a person's new set of roles (`PUT /api/users/:id/roles`). */
export function rolesProblems(request: unknown): FieldError[] {
  return shapeProblems(ROLES_RULES, request);
}
