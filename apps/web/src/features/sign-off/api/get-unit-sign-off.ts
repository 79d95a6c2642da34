import type { UnitSignOffView } from '@signoff/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/**
 * Under the enrolment's own key (`['enrolments', id]`, as the enrolments feature keys its detail
 * and progress), so that a signature refreshes the unit's progress wherever it is shown.
 */
export function enrolmentSignOffKey(enrolmentId: string) {
  return ['enrolments', enrolmentId] as const;
}

/** Everything the signing screen needs for one unit of one enrolment, in one request. */
export function getUnitSignOff(enrolmentId: string, unit: string): Promise<UnitSignOffView> {
  return apiClient.get<UnitSignOffView>(
    `/api/enrolments/${encodeURIComponent(enrolmentId)}/units/${encodeURIComponent(unit)}/matrix`,
  );
}

export function unitSignOffQueryOptions(enrolmentId: string, unit: string) {
  return queryOptions({
    queryKey: [...enrolmentSignOffKey(enrolmentId), 'units', unit, 'sign-off'],
    queryFn: () => getUnitSignOff(enrolmentId, unit),
  });
}

export function useUnitSignOff(enrolmentId: string, unit: string) {
  return useQuery(unitSignOffQueryOptions(enrolmentId, unit));
}
