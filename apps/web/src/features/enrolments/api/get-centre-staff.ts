import type { UserSummary } from '@signoff/contracts';
import { useQueries } from '@tanstack/react-query';
import { staffHoldingQueryOptions } from './get-staff-holding';

export interface StaffMember {
  id: string;
  displayName: string;
  email: string;
}

export interface CentreStaff {
  assessors: StaffMember[];
  iqas: StaffMember[];
}

/** Those not suspended, in the order the server lists them. */
function choosable(users: readonly UserSummary[]): StaffMember[] {
  return users
    .filter((user) => !user.disabled)
    .map(({ id, displayName, email }) => ({ id, displayName, email }));
}

/**
 * Assessors and IQAs at one centre, for choosing who holds an enrolment (admins only): the users
 * list asked for each role at the centre, so the picker offers all of them and nobody else.
 */
export function useCentreStaff(centreId: string | undefined) {
  return useQueries({
    queries: (['assessor', 'iqa'] as const).map((role) => ({
      ...staffHoldingQueryOptions(role, centreId ?? ''),
      enabled: centreId !== undefined,
    })),
    combine: ([assessors, iqas]) => ({
      data: (assessors.data && iqas.data
        ? { assessors: choosable(assessors.data), iqas: choosable(iqas.data) }
        : undefined) satisfies CentreStaff | undefined,
      isPending: assessors.isPending || iqas.isPending,
      isError: assessors.isError || iqas.isError,
      error: assessors.error ?? iqas.error,
    }),
  });
}
