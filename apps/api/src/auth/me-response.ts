import { ROLES, type Membership, type MeResponse } from '@signoff/contracts';

export function meResponse(user: {
  id: string;
  email: string;
  displayName: string;
  memberships: Membership[];
}): MeResponse {
  const held = new Set(user.memberships.map((membership) => membership.role));
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: ROLES.filter((role) => held.has(role)),
    memberships: user.memberships,
  };
}
