import type { MeResponse } from '@signoff/contracts';

export interface AdminCentre {
  centreId: string;
  centreName: string;
}

/** The centres the person administers. */
export function adminCentresOf(me: MeResponse): AdminCentre[] {
  return me.memberships
    .filter((membership) => membership.role === 'admin')
    .map(({ centreId, centreName }) => ({ centreId, centreName }));
}
