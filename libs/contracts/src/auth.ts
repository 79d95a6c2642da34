import type { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface Membership {
  centreId: string;
  centreName: string;
  role: Role;
}

export interface MeResponse {
  id: string;
  email: string;
  displayName: string;
  /** Distinct roles across all centres, in the order of ROLES. */
  roles: Role[];
  memberships: Membership[];
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface CompletePasswordResetRequest {
  token: string;
  password: string;
}
