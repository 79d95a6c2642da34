import type { UserSummary } from '@signoff/contracts';
import { useQuery } from '@tanstack/react-query';
import { getAllPages } from '../../../lib/paging';

/**
 * The people holding the assessor or IQA role at the admin's centres, for filtering the
 * enrolments by who holds them (admins only: the users list is theirs). Under the users key, so
 * that a change on the users page reaches it.
 */
export function useStaffHolding(role: 'assessor' | 'iqa', enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'holding', role],
    queryFn: () => getAllPages<UserSummary>(`/api/users?role=${role}`),
    select: (page) => page.items,
    enabled,
  });
}
