import type { Role, UserSummary } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getAllPages } from '../../../lib/paging';

export interface StaffMember {
  id: string;
  displayName: string;
  email: string;
}

export interface CentreStaff {
  assessors: StaffMember[];
  iqas: StaffMember[];
}

function holding(users: readonly UserSummary[], centreId: string, role: Role): StaffMember[] {
  return users
    .filter(
      (user) =>
        !user.disabled &&
        user.roles.some((grant) => grant.centreId === centreId && grant.role === role),
    )
    .map(({ id, displayName, email }) => ({ id, displayName, email }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The people an admin's centres hold; filtered below to those who may assess or verify. */
export async function getCentreUsers(): Promise<UserSummary[]> {
  return (await getAllPages<UserSummary>('/api/users')).items;
}

// Under the users key, so that a change on the users page reaches this list too.
export const centreUsersQueryOptions = queryOptions({
  queryKey: ['users', 'for-enrolment'],
  queryFn: getCentreUsers,
});

/** Assessors and IQAs at one centre, for choosing who holds an enrolment (admins only). */
export function useCentreStaff(centreId: string | undefined) {
  return useQuery({
    ...centreUsersQueryOptions,
    enabled: centreId !== undefined,
    select: (users): CentreStaff => ({
      assessors: holding(users, centreId ?? '', 'assessor'),
      iqas: holding(users, centreId ?? '', 'iqa'),
    }),
  });
}
