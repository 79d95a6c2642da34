import type { Role } from './roles';

export interface RoleGrant {
  centreId: string;
  role: Role;
}

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  disabled: boolean;
  /** Only the grants at centres the caller administers. */
  roles: (RoleGrant & { centreName: string })[];
  createdAt: string;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  roles: RoleGrant[];
}

/** A one-time link, shown to the admin, with which a person sets their password. */
export interface PasswordLink {
  url: string;
  expiresAt: string;
}

export interface CreateUserResponse {
  user: UserSummary;
  /**
   * Null when the email already had an account, used only at other centres: that account is
   * added to the admin's centre and the person signs in with the password they have.
   */
  passwordLink: PasswordLink | null;
  /** Words for the admin saying so, when that happened; null otherwise. */
  notice: string | null;
}

export interface ReplaceRolesRequest {
  /** The complete set of grants at the caller's centres; grants elsewhere are untouched. */
  roles: RoleGrant[];
}
