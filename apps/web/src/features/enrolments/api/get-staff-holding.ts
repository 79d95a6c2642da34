import type { UserSummary } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAllPages } from '../../../lib/paging';

export type StaffRole = 'assessor' | 'iqa';

/**
 * The people holding the assessor or IQA role at the admin's centres, or at one of them, in the
 * list's order (by name); the server filters, so a page of 200 holds most centres' staff and a
 * larger one is read page after page. Admins only: the users list is theirs. Under the users
 * key, so that a change on the users page reaches it.
 */
export function staffHoldingQueryOptions(role: StaffRole, centreId?: string) {
  const centre = centreId === undefined ? '' : `&centre=${encodeURIComponent(centreId)}`;
  return queryOptions({
    queryKey: ['users', 'holding', role, centreId ?? 'every centre'],
    queryFn: async () => (await getAllPages<UserSummary>(`/api/users?role=${role}${centre}`)).items,
  });
}

/** Who holds the role at any of the admin's centres, for filtering the enrolments by them. */
export function useStaffHolding(role: StaffRole, enabled: boolean) {
  return useQuery({ ...staffHoldingQueryOptions(role), enabled });
}
